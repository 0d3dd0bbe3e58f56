"""W3C Web Annotation export/import."""

from __future__ import annotations

import json

import pytest

from desktop_app.annotations.anchoring import AnchorStatus, Selector, make_selector, reanchor
from desktop_app.annotations.jsonld import DocRef, from_jsonld, to_jsonld
from desktop_app.models import Annotation

HASH_A = "a" * 63 + "1"
HASH_B = "0123456789abcdef" * 4
TEXT = "Sáng nay 😀, Thủ tướng Phạm Minh Chính chủ trì phiên họp về 𠀋 kinh tế - xã hội."
DOCS = {
    1: DocRef(1, HASH_A, "Phiên họp Chính phủ", "/home/lan/Tài liệu/bí mật/hop-chinh-phu.txt"),
    2: DocRef(2, HASH_B, "Báo cáo 𝔘", ""),
}


def annotation(ann_id: int, quote: str, **fields) -> Annotation:
    start = TEXT.index(quote)
    sel = make_selector(TEXT, start, start + len(quote), context=12)
    base = dict(
        id=ann_id,
        document_id=1,
        start=sel.start,
        end=sel.end,
        quote=sel.quote,
        prefix=sel.prefix,
        suffix=sel.suffix,
    )
    base.update(fields)
    return Annotation(**base)


ANNOTATIONS = [
    annotation(
        1,
        "Phạm Minh Chính",
        note="**Thủ tướng** từ 2021.\n- xem `Nghị quyết 01`",
        tags=("nhân vật", "chính phủ"),
        colour="#f4d03f",
        author="Lan Nguyễn",
        created="2024-03-01T08:00:00Z",
        modified="2024-03-02T09:30:00Z",
    ),
    annotation(2, "😀", colour="orange"),  # highlight only, astral quote
    annotation(3, "𠀋 kinh tế", note="ghi chú", document_id=2, tags=("kinh tế",)),
]


def test_export_is_a_w3c_collection_with_stable_urns():
    data = to_jsonld(ANNOTATIONS, DOCS)
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["total"] == 3
    first = data["first"]["items"][0]
    assert first["type"] == "Annotation" and first["motivation"] == "commenting"
    target = first["target"]
    assert target["source"]["id"] == f"urn:chugiai:sha256:{HASH_A}"
    assert target["source"]["dc:source"] == "hop-chinh-phu.txt"
    assert "Tài liệu" not in json.dumps(data, ensure_ascii=False)  # no local folders leak
    quote, position = target["selector"]
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": "Phạm Minh Chính",
        "prefix": TEXT[TEXT.index("Phạm") - 12 : TEXT.index("Phạm")],
        "suffix": TEXT[TEXT.index(" chủ") : TEXT.index(" chủ") + 12],
    }
    # W3C positions count code points, like Python: the emoji before the quote is one.
    assert position == {"type": "TextPositionSelector", "start": 22, "end": 37}
    bodies = first["body"]
    assert bodies[0]["format"] == "text/markdown" and bodies[0]["purpose"] == "commenting"
    assert [b["value"] for b in bodies[1:]] == ["nhân vật", "chính phủ"]
    assert all(b["purpose"] == "tagging" for b in bodies[1:])
    assert target["styleClass"] in first["stylesheet"]["value"]
    assert first["creator"] == {"type": "Person", "name": "Lan Nguyễn"}
    highlight = data["first"]["items"][1]
    assert highlight["motivation"] == "highlighting" and "body" not in highlight
    json.dumps(data)  # serialisable as is


def test_round_trip_keeps_every_field():
    data = json.loads(json.dumps(to_jsonld(ANNOTATIONS, DOCS), ensure_ascii=False))
    imported = from_jsonld(data)
    assert len(imported) == len(ANNOTATIONS)
    for original, back in zip(ANNOTATIONS, imported, strict=True):
        doc = DOCS[original.document_id]
        assert back.content_hash == doc.content_hash
        assert back.target_source == f"urn:chugiai:sha256:{doc.content_hash}"
        assert back.document_title == doc.title
        assert back.selector == Selector(
            original.start, original.end, original.quote, original.prefix, original.suffix
        )
        assert (back.note, back.tags, back.colour) == (
            original.note,
            original.tags,
            original.colour,
        )
        assert (back.author, back.created, back.modified) == (
            original.author,
            original.created,
            original.modified,
        )
        assert back.annotation_iri.endswith(f":{original.id}")


def test_orphaned_annotation_is_exported_without_position():
    orphan = annotation(9, "phiên họp", orphaned=True)
    (back,) = from_jsonld(to_jsonld([orphan], DOCS))
    assert (back.selector.start, back.selector.end) == (-1, -1)
    assert back.selector.quote == "phiên họp"


def test_unknown_document_is_an_error():
    with pytest.raises(ValueError, match="document 7"):
        to_jsonld([annotation(1, "😀", document_id=7)], DOCS)


def test_unsafe_colour_is_not_written_into_css():
    data = to_jsonld([annotation(1, "😀", colour="red; } body { display:none")], DOCS)
    assert "stylesheet" not in data["first"]["items"][0]


# The TextQuoteSelector example of the W3C Web Annotation Data Model, section 4.2.4.
W3C_EXAMPLE = """
{
  "@context": "http://www.w3.org/ns/anno.jsonld",
  "id": "http://example.org/anno23",
  "type": "Annotation",
  "body": "http://example.org/comment1",
  "target": {
    "source": "http://example.org/page1",
    "selector": {
      "type": "TextQuoteSelector",
      "exact": "anotation",
      "prefix": "this is an ",
      "suffix": " that has some"
    }
  }
}
"""


def test_w3c_spec_example_parses_and_anchors():
    (parsed,) = from_jsonld(json.loads(W3C_EXAMPLE))
    assert parsed.content_hash is None
    assert parsed.target_source == "http://example.org/page1"
    assert parsed.selector == Selector(-1, -1, "anotation", "this is an ", " that has some")
    assert parsed.note == "http://example.org/comment1"  # kept as an IRI, never fetched
    assert parsed.annotation_iri == "http://example.org/anno23"
    page = "Here this is an anotation that has some typos, and another anotation too."
    placed = reanchor(parsed.selector, page)
    assert placed.status is AnchorStatus.MOVED
    assert (placed.selector.start, placed.selector.end) == (16, 25)


def test_foreign_shapes_body_value_position_selector_and_page():
    page = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationPage",
        "items": [
            {
                "type": ["Annotation"],
                "bodyValue": "Comment text",
                "creator": [{"type": "Person", "nickname": "pat"}],
                "target": [
                    "http://example.org/other",
                    {
                        "source": {"id": f"URN:CHUGIAI:SHA256:{HASH_A.upper()}"},
                        "selector": [
                            {"type": "TextPositionSelector", "start": 412, "end": 795},
                            {"type": "oa:TextQuoteSelector", "exact": "abc"},
                        ],
                    },
                ],
                "body": [
                    {"type": "SpecificResource", "purpose": "tagging", "source": "http://t/x"},
                    {"type": "TextualBody", "purpose": ["tagging"], "value": "đỏ"},
                ],
            }
        ],
    }
    (parsed,) = from_jsonld(page)
    assert parsed.content_hash == HASH_A
    assert parsed.selector == Selector(412, 795, "abc", "", "")
    assert parsed.note == "Comment text" and parsed.tags == ("http://t/x", "đỏ")
    assert parsed.author == "pat" and parsed.colour is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "expected a JSON object"),
        ({"type": "Person"}, "not a W3C annotation"),
        ({"type": "AnnotationCollection", "total": 3, "first": "http://x/p1"}, "never fetches"),
        ({"type": "AnnotationPage"}, "no 'items' list"),
        ({"type": "AnnotationPage", "items": [{"type": "Note"}]}, "annotation #1.*type Annotation"),
        ({"type": "Annotation", "id": "x:1"}, r"annotation #1 \(x:1\): has no target"),
        ({"type": "Annotation", "target": "http://x/p"}, "no TextQuoteSelector"),
        (
            {
                "type": "Annotation",
                "target": {"source": "s", "selector": {"type": "TextQuoteSelector"}},
            },
            "no 'exact'",
        ),
        (
            {
                "type": "Annotation",
                "target": {
                    "source": "s",
                    "selector": [
                        {"type": "TextQuoteSelector", "exact": "a"},
                        {"type": "TextPositionSelector", "start": 5, "end": 2},
                    ],
                },
            },
            "0 <= start <= end",
        ),
        (
            {
                "type": "Annotation",
                "target": {"selector": {"type": "TextQuoteSelector", "exact": "a"}},
            },
            "no source IRI",
        ),
    ],
)
def test_bad_input_raises_clear_errors(data, message):
    with pytest.raises(ValueError, match=message):
        from_jsonld(data)


def test_empty_collection():
    assert from_jsonld(to_jsonld([], DOCS)) == []
    assert from_jsonld({"type": "AnnotationCollection", "total": 0}) == []
