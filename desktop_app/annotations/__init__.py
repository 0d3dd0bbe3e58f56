"""Qt-free annotation core: durable anchors, margin layout, undo, W3C JSON-LD, note Markdown."""
