"""Side-by-side annotation in the GUI: margin, note editor, tags, undo actions and browser.

``integration.install(window)`` wires everything into the main window; each widget also works
on its own with any reader that offers the small interface described in ``controller.py``.
"""
