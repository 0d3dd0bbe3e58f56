"""W3C Web Annotation (JSON-LD) export and import, so notes travel between libraries.

A document is identified by the SHA-256 of its content, ``urn:chugiai:sha256:<hash>``, not by a
local id or path: a colleague who imported the same file matches the annotation to it. The passage
is a ``TextQuoteSelector`` (exact/prefix/suffix, the durable part) plus a ``TextPositionSelector``
(code points, as the W3C model and this app both count them); the note is a ``TextualBody`` in
``text/markdown``, each tag a ``TextualBody`` with purpose ``tagging``, the colour a CSS rule in
the annotation's ``stylesheet`` referenced by ``target.styleClass``. Nothing here touches the
network: bodies or pages given only by IRI are kept as IRIs, never fetched.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from desktop_app import __version__
from desktop_app.annotations.anchoring import Selector
from desktop_app.models import Annotation

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
URN_PREFIX = "urn:chugiai:sha256:"
_URN = re.compile(r"^urn:chugiai:sha256:([0-9a-f]{64})$", re.IGNORECASE)
_COLOUR = re.compile(r"^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30})$")
_CSS_RULE = re.compile(r"\.([\w-]+)\s*\{\s*background(?:-color)?\s*:\s*([^;}\s]+)\s*;?\s*\}")


@dataclass(frozen=True, slots=True)
class DocRef:
    """What the export needs to know about an annotated document."""

    id: int
    content_hash: str
    title: str
    source_path: str


@dataclass(frozen=True, slots=True)
class ImportedAnnotation:
    """One annotation read from a W3C file, before it is matched to a local document.

    ``content_hash`` is None when the target is not a Chú Giải URN (then match by
    ``target_source`` or ask the user). ``selector.start``/``end`` are -1 when the file had no
    TextPositionSelector; re-anchor the selector against the matched document's text anyway.
    """

    content_hash: str | None
    target_source: str
    document_title: str | None
    selector: Selector
    note: str = ""
    tags: tuple[str, ...] = ()
    colour: str | None = None
    author: str = ""
    created: str = ""
    modified: str = ""
    annotation_iri: str | None = None


def document_urn(content_hash: str) -> str:
    return URN_PREFIX + content_hash.lower()


def to_jsonld(annotations: Sequence[Annotation], documents: Mapping[int, DocRef]) -> dict:
    """An ``AnnotationCollection`` holding ``annotations`` in one embedded page.

    Orphaned annotations are exported with their quote only: their stored position no longer
    means anything. Only the file name of a document's source path is exported, never the full
    local path (it would disclose the user's folders).
    """
    items = []
    for annotation in annotations:
        document = documents.get(annotation.document_id)
        if document is None:
            raise ValueError(
                f"annotation {annotation.id} refers to document {annotation.document_id}, "
                "which is not among the documents given"
            )
        items.append(_annotation_to_jsonld(annotation, document))
    return {
        "@context": ANNO_CONTEXT,
        "type": "AnnotationCollection",
        "label": "Chú Giải annotations",
        "generator": {"type": "Software", "name": f"Chú Giải {__version__}"},
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def _annotation_to_jsonld(annotation: Annotation, document: DocRef) -> dict:
    selectors: list[dict[str, Any]] = [
        {
            "type": "TextQuoteSelector",
            "exact": annotation.quote,
            "prefix": annotation.prefix,
            "suffix": annotation.suffix,
        }
    ]
    if not annotation.orphaned:
        selectors.append(
            {"type": "TextPositionSelector", "start": annotation.start, "end": annotation.end}
        )
    source: dict[str, Any] = {
        "id": document_urn(document.content_hash),
        "type": "Text",
        "format": "text/plain",
        "language": "vi",
        "dc:title": document.title,
    }
    if document.source_path:
        source["dc:source"] = PurePath(document.source_path).name
    target: dict[str, Any] = {"type": "SpecificResource", "source": source, "selector": selectors}
    bodies: list[dict[str, Any]] = []
    if annotation.note:
        bodies.append(
            {
                "type": "TextualBody",
                "value": annotation.note,
                "format": "text/markdown",
                "purpose": "commenting",
            }
        )
    bodies.extend(
        {"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in annotation.tags
    )
    result: dict[str, Any] = {
        "id": f"urn:chugiai:annotation:{document.content_hash.lower()}:{annotation.id}",
        "type": "Annotation",
        "motivation": "commenting" if annotation.note else "highlighting",
        "target": target,
    }
    if bodies:
        result["body"] = bodies
    if annotation.colour and _COLOUR.match(annotation.colour):
        css_class = "chugiai-" + re.sub(r"[^0-9a-zA-Z]", "", annotation.colour).lower()
        result["stylesheet"] = {
            "type": "CssStylesheet",
            "value": f".{css_class} {{ background-color: {annotation.colour}; }}",
        }
        target["styleClass"] = css_class
    if annotation.author:
        result["creator"] = {"type": "Person", "name": annotation.author}
    if annotation.created:
        result["created"] = annotation.created
    if annotation.modified:
        result["modified"] = annotation.modified
    return result


# -- import -------------------------------------------------------------------------------------


def from_jsonld(data: Mapping) -> list[ImportedAnnotation]:
    """Annotations from an AnnotationCollection (embedded first page), AnnotationPage, or a
    single Annotation. Raises ValueError naming the offending annotation on bad input."""
    if not isinstance(data, Mapping):
        raise ValueError(f"expected a JSON object, got {type(data).__name__}")
    types = _types(data)
    if "AnnotationCollection" in types:
        first = data.get("first")
        if first is None and data.get("total", 0) == 0:
            return []
        if isinstance(first, str):
            raise ValueError(
                f"the collection's first page is only referenced ({first}); "
                "Chú Giải never fetches it: embed the page in the file"
            )
        if not isinstance(first, Mapping):
            raise ValueError("an AnnotationCollection needs an embedded 'first' AnnotationPage")
        items = first.get("items")
    elif "AnnotationPage" in types:
        items = data.get("items")
    elif "Annotation" in types:
        items = [data]
    else:
        raise ValueError(
            f"not a W3C annotation document: type is {sorted(types) or 'missing'}, expected "
            "Annotation, AnnotationPage or AnnotationCollection"
        )
    if not isinstance(items, list):
        raise ValueError("the annotation page has no 'items' list")
    result = []
    for index, item in enumerate(items, start=1):
        label = f"annotation #{index}"
        if isinstance(item, Mapping) and isinstance(item.get("id"), str):
            label += f" ({item['id']})"
        try:
            result.append(_parse_annotation(item))
        except ValueError as error:
            raise ValueError(f"{label}: {error}") from None
    return result


def _parse_annotation(item: Any) -> ImportedAnnotation:
    if not isinstance(item, Mapping) or "Annotation" not in _types(item):
        raise ValueError("is not an object of type Annotation")
    target, selector = _find_target(item.get("target"))
    source = target.get("source") if isinstance(target, Mapping) else target
    title = None
    if isinstance(source, Mapping):
        raw_title = source.get("dc:title", source.get("title"))
        title = raw_title if isinstance(raw_title, str) else None
        source = source.get("id", source.get("@id"))
    if not isinstance(source, str) or not source:
        raise ValueError("its target has no source IRI")
    match = _URN.match(source)
    note, tags = _parse_bodies(item)
    colour = _parse_colour(item, target)
    return ImportedAnnotation(
        content_hash=match.group(1).lower() if match else None,
        target_source=source,
        document_title=title,
        selector=selector,
        note=note,
        tags=tags,
        colour=colour,
        author=_parse_creator(item.get("creator")),
        created=_text(item.get("created")),
        modified=_text(item.get("modified")),
        annotation_iri=_text(item.get("id", item.get("@id"))) or None,
    )


def _find_target(target: Any) -> tuple[Mapping, Selector]:
    """The first target carrying a TextQuoteSelector, and that selector (with position if any)."""
    candidates = target if isinstance(target, list) else [target]
    if target is None or not candidates:
        raise ValueError("has no target")
    for candidate in candidates:
        if not isinstance(candidate, Mapping):
            continue
        raw = candidate.get("selector")
        selectors = [s for s in (raw if isinstance(raw, list) else [raw]) if isinstance(s, Mapping)]
        quote = next((s for s in selectors if "TextQuoteSelector" in _types(s)), None)
        if quote is None:
            continue
        exact = quote.get("exact")
        if not isinstance(exact, str) or not exact:
            raise ValueError("its TextQuoteSelector has no 'exact' text")
        start, end = -1, -1
        position = next((s for s in selectors if "TextPositionSelector" in _types(s)), None)
        if position is not None:
            start, end = position.get("start"), position.get("end")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
                raise ValueError(
                    f"its TextPositionSelector needs integers 0 <= start <= end, got {start}, {end}"
                )
        selector = Selector(
            start, end, exact, _text(quote.get("prefix")), _text(quote.get("suffix"))
        )
        return candidate, selector
    raise ValueError("has no TextQuoteSelector: Chú Giải anchors passages by their quoted text")


def _parse_bodies(item: Mapping) -> tuple[str, tuple[str, ...]]:
    """Note text (comment bodies joined by blank lines) and tags (bodies with purpose tagging).

    A body given only by IRI is kept as that IRI in the note: it is shown, never fetched.
    """
    notes: list[str] = []
    tags: list[str] = []
    if isinstance(item.get("bodyValue"), str):
        notes.append(item["bodyValue"])
    raw = item.get("body")
    for body in raw if isinstance(raw, list) else [] if raw is None else [raw]:
        if isinstance(body, str):
            notes.append(body)
            continue
        if not isinstance(body, Mapping):
            raise ValueError(f"has a body that is neither an object nor an IRI: {body!r}")
        purposes = body.get("purpose", [])
        purposes = purposes if isinstance(purposes, list) else [purposes]
        value = body.get("value")
        if not isinstance(value, str):
            value = _text(body.get("source", body.get("id", body.get("@id"))))
        if not value:
            continue
        (tags if "tagging" in purposes else notes).append(value)
    return "\n\n".join(notes), tuple(dict.fromkeys(tags))


def _parse_colour(item: Mapping, target: Mapping) -> str | None:
    style_class = target.get("styleClass")
    sheet = item.get("stylesheet")
    css = sheet.get("value") if isinstance(sheet, Mapping) else None
    if not isinstance(style_class, str) or not isinstance(css, str):
        return None
    for css_class, colour in _CSS_RULE.findall(css):
        if css_class == style_class and _COLOUR.match(colour):
            return colour
    return None


def _parse_creator(creator: Any) -> str:
    if isinstance(creator, list):
        creator = creator[0] if creator else None
    if isinstance(creator, Mapping):
        for key in ("name", "nickname", "id", "@id"):
            if isinstance(creator.get(key), str):
                return creator[key]
        return ""
    return _text(creator)


def _types(node: Mapping) -> set[str]:
    raw = node.get("type", node.get("@type"))
    if isinstance(raw, str):
        return {raw.removeprefix("oa:")}
    if isinstance(raw, list):
        return {t.removeprefix("oa:") for t in raw if isinstance(t, str)}
    return set()


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
