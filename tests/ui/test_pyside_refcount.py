"""Guard for the PySide6 6.12.0 bug that made us exclude that version in pyproject.

On CPython 3.11, 6.12.0 drops a reference to ``None`` on every call of a void-returning
method (QTextCursor.setPosition, mergeCharFormat, ...); after a few thousand calls None's
refcount reaches zero and the interpreter aborts. The reader makes exactly these calls by
the thousand, so this test would catch the bug again if the pin were lifted.
"""

import os
import subprocess
import sys
import textwrap

_SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    doc = QTextDocument("x" * 100)
    cursor = QTextCursor(doc)
    fmt = QTextCharFormat()
    fmt.setFontWeight(700)
    before = sys.getrefcount(None)
    for i in range(200_000):
        cursor.setPosition(i % 50)
        cursor.setPosition(i % 50 + 10, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
    after = sys.getrefcount(None)
    print(before, after)
    """
)


def test_void_methods_do_not_leak_references_to_none():
    proc = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        capture_output=True, text=True, timeout=240,
        env={"QT_QPA_PLATFORM": "offscreen", **os.environ},
    )
    assert proc.returncode == 0, proc.stderr
    before, after = map(int, proc.stdout.split())
    # A leak of one reference per call would take ~600,000 references away.
    assert after >= before - 1000, (before, after)
