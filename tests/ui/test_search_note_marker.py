"""A hit found through a note says so (issue 6: notes match ordinary queries, with a marker)."""

from __future__ import annotations

from desktop_app.search import Hit
from desktop_app.ui.search_model import hit_html


def test_note_hits_are_marked(qapp) -> None:
    plain = Hit(doc_id=1, title="Tin", date=None, source=None, score=1.0, snippets=(), matches=())
    in_notes = Hit(doc_id=1, title="Tin", date=None, source=None, score=1.0, snippets=(),
                   matches=(), note_hits=(4, 9))
    assert "✎" not in hit_html(plain)
    assert "✎" in hit_html(in_notes) and "2" in hit_html(in_notes)
