"""Text and metadata of a saved web page, parsed offline with lxml.

Safety: the page is parsed from bytes already in memory; nothing is fetched (no network, no
external entities, images and scripts are never loaded or run). Script, style and embedded
objects are dropped; navigation, sidebars and forms are moved to ``furniture``.

The article is the ``<article>`` (or ``itemprop=articleBody``/``<main>``) with the most text,
else the element holding the most paragraph text. Metadata comes from meta tags
(``og:title``, ``article:published_time``, ``author``...), ``<h1>``, ``<time datetime>`` and
byline classes; the text cleaner then handles what the page only says in prose.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..models import ImportedText, RemovedBlock
from ..textnorm import normalize_text
from .decoding import decode_bytes
from .errors import MAX_TEXT_FILE_BYTES, UnreadableFileError
from .fileio import read_bytes_limited
from .metadata import parse_iso_date
from .news_cleaning import PageHints, clean_news_text

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["HtmlPage", "read_html", "read_html_file"]

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_DROP_SILENTLY = ("script", "style", "noscript", "template", "svg", "iframe", "object",
                  "embed", "canvas", "button", "select", "input", "textarea")  # fmt: skip
_FURNITURE_TAGS = {"nav": "navigation", "aside": "sidebar", "form": "form",
                   "header": "page-header", "footer": "page-footer"}  # fmt: skip
_FURNITURE_ROLES = {"navigation": "navigation", "banner": "page-header",
                    "contentinfo": "page-footer", "complementary": "sidebar"}  # fmt: skip
_BLOCK_TAGS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol table tr blockquote pre figure "
    "figcaption address dd dt dl header footer hr".split()
)
_PARAGRAPH_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 blockquote figure table ul ol pre".split())
_SPACES = re.compile(r"\s+")
_BYLINE_CLASS = re.compile(r"author|byline|tac-gia|tacgia", re.I)
_ENCODING_NAMES = {"cp1258": "windows-1258", "utf_8": "utf-8"}


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What the HTML reader hands to the cleaner."""

    article_text: str
    page_text: str
    encoding: str
    hints: PageHints
    furniture: tuple[RemovedBlock, ...]


def _decode(data: bytes) -> tuple[str, str]:
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            try:
                name = codecs.lookup(declared.group(1).decode("ascii")).name
                text = data.decode(name)
            except (LookupError, UnicodeDecodeError):
                pass
            else:
                return text, _ENCODING_NAMES.get(name.replace("-", "_"), name)
    decoded = decode_bytes(data)
    return decoded.text, decoded.encoding


def _element_text(element: HtmlElement) -> str:
    """Visible text with block structure: one line per block, blank line between paragraphs."""
    from lxml import etree

    parts: list[str] = []
    pre_depth = 0
    for event, node in etree.iterwalk(element, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag == "pre":
                pre_depth += 1
            if tag == "br":
                parts.append("\n")
            elif tag in _BLOCK_TAGS:
                parts.append("\n\n" if tag in _PARAGRAPH_TAGS else "\n")
            if tag == "li":
                parts.append("• ")
            if tag in ("td", "th") and node.getprevious() is not None:
                parts.append(" | ")
            if node.text and tag:
                parts.append(node.text if pre_depth else _SPACES.sub(" ", node.text))
        else:
            if tag in _BLOCK_TAGS:
                parts.append("\n\n" if tag in _PARAGRAPH_TAGS else "\n")
            if tag == "pre":
                pre_depth -= 1
            if node.tail and node is not element:
                parts.append(node.tail if pre_depth else _SPACES.sub(" ", node.tail))
    return normalize_text("".join(parts))


def _meta(root: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in root.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower()
        content = (node.get("content") or "").strip()
        if key and content:
            found.setdefault(key, content)
    return found


def _first(meta: dict[str, str], *keys: str) -> str | None:
    for key in keys:
        if meta.get(key):
            return meta[key]
    return None


def _hints(root: HtmlElement) -> PageHints:
    meta = _meta(root)
    h1 = next(
        (normalize_text(h.text_content()) for h in root.iter("h1") if h.text_content().strip()),
        None,
    )
    title_tag = next((normalize_text(t.text_content()) for t in root.iter("title")), None)
    title = h1 or _first(meta, "og:title", "twitter:title") or title_tag or None
    raw_date = _first(
        meta, "article:published_time", "og:published_time", "datepublished", "pubdate",
        "publishdate", "date", "dc.date", "dc.date.issued", "article:modified_time",
    )  # fmt: skip
    if raw_date is None:
        time = next((t.get("datetime") for t in root.iter("time") if t.get("datetime")), None)
        raw_date = time
    author = _first(meta, "author", "article:author", "dc.creator")
    if author and author.startswith(("http://", "https://")):
        author = None
    if author is None:
        for node in root.iter():
            if isinstance(node.tag, str) and _BYLINE_CLASS.search(node.get("class") or ""):
                text = normalize_text(node.text_content())
                if 0 < len(text) <= 60:
                    author = re.sub(r"^(?:tác giả|by|bởi)\s*:?\s*", "", text, flags=re.I)
                    break
    return PageHints(
        title=normalize_text(title) if title else None,
        date=parse_iso_date(raw_date) if raw_date else None,
        author=normalize_text(author) if author else None,
        source=_first(meta, "og:site_name"),
        category=_first(meta, "article:section"),
    )


def _inside(node: HtmlElement, tags: tuple[str, ...]) -> bool:
    return any(ancestor.tag in tags for ancestor in node.iterancestors())


def _remove_furniture(root: HtmlElement) -> list[RemovedBlock]:
    for node in list(root.iter(*_DROP_SILENTLY)):
        node.drop_tree()
    removed: list[RemovedBlock] = []
    for node in list(root.iter()):
        if not isinstance(node.tag, str) or node.getparent() is None:
            continue
        reason = _FURNITURE_ROLES.get((node.get("role") or "").lower()) or _FURNITURE_TAGS.get(
            node.tag
        )
        if reason is None:
            continue
        if node.tag in ("header", "footer") and _inside(node, ("article", "main")):
            continue  # an article's own header holds its title and byline
        text = _element_text(node)
        if text:
            removed.append(RemovedBlock(text, reason))
        node.drop_tree()
    return removed


def _article(root: HtmlElement) -> HtmlElement:
    def text_length(node: HtmlElement) -> int:
        return len(node.text_content())

    for query in ("article", "main"):
        found = list(root.iter(query))
        if found:
            return _with_headline(max(found, key=text_length), root)
    body_prop = [n for n in root.iter() if n.get("itemprop") == "articleBody"]
    if body_prop:
        return max(body_prop, key=text_length)
    scores: dict[HtmlElement, int] = {}
    for paragraph in root.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + len(paragraph.text_content().strip())
    if scores:
        return _with_headline(max(scores, key=lambda node: scores[node]), root)
    body = root.find("body")
    return body if body is not None else root


def _with_headline(best: HtmlElement, root: HtmlElement) -> HtmlElement:
    """Widen the text block to the element it shares with the page's ``<h1>``.

    Sites without ``<article>`` put the headline, the date and the lead (sapo) next to the
    body block rather than in it; their common ancestor holds the whole article, unless it
    is the page itself or mostly links (then the block alone is safer).
    """
    h1 = next((h for h in root.iter("h1") if h.text_content().strip()), None)
    if h1 is None or best in h1.iterancestors() or h1 in best.iterdescendants():
        return best
    ancestors = set(best.iterancestors())
    common = next((node for node in h1.iterancestors() if node in ancestors), None)
    if common is None or common.tag in ("body", "html"):
        return best
    total = len(common.text_content())
    links = sum(len(a.text_content()) for a in common.iter("a"))
    return common if total and links / total < 0.3 else best


def read_html(data: bytes) -> HtmlPage:
    """Parse a saved web page; raises ``UnreadableFileError`` when it holds no HTML text."""
    import lxml.html
    from lxml import etree

    text, encoding = _decode(data)
    text = _XML_DECLARATION.sub("", text, count=1)
    parser = lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, huge_tree=False
    )
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise UnreadableFileError("not a readable web page (no HTML content)") from exc
    hints = _hints(root)
    furniture = _remove_furniture(root)
    page_text = _element_text(root)
    article = _article(root)
    article_text = _element_text(article)
    article_lines = set(article_text.split("\n"))
    outside = [line for line in page_text.split("\n") if line and line not in article_lines]
    if hints.title:
        outside = [line for line in outside if line != hints.title]
    if outside:
        furniture.append(RemovedBlock("\n".join(outside), "outside-article"))
    if hints.title and hints.title not in article_lines:
        article_text = hints.title + "\n\n" + article_text
    return HtmlPage(article_text, page_text, encoding, hints, tuple(furniture))


def read_html_file(path: Path) -> ImportedText:
    """Read a saved web page: article text cleaned of furniture, metadata from markup first."""
    html = read_html(read_bytes_limited(path, MAX_TEXT_FILE_BYTES, "web page"))
    page = clean_news_text(html.article_text, html.hints)
    if not page.clean_text.strip():
        raise UnreadableFileError("the web page contains no readable text")
    return ImportedText(
        raw_text=unicodedata.normalize("NFC", html.page_text),
        clean_text=page.clean_text,
        format="html",
        encoding=html.encoding,
        title=page.title,
        date=page.date,
        source=page.source,
        author=page.author,
        category=page.category,
        furniture=html.furniture + page.furniture,
    )
