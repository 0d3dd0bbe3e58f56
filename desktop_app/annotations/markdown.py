"""The small Markdown dialect of note bodies, rendered to safe HTML (for Qt rich text) or plain
text (for search, tooltips and DOCX comments).

Supported: paragraphs, line breaks, ``**bold**``/``__bold__``, ``*italic*``/``_italic_``,
``~~strike~~``, ``` `code` ```, fenced code blocks, ``#`` headings, ``>`` quotes, ``-``/``*``/``+``
bullet lists and ``1.`` numbered lists, backslash escapes. Links and images are shown as text
(label plus address): a note never makes the reader fetch anything. All other HTML in the note is
escaped, so a pasted ``<script>`` or ``<img src=...>`` shows as text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

_BULLET = re.compile(r"^\s{0,3}[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s{0,3}(\d{1,9})[.)]\s+(.*)$")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_ESCAPE = re.compile(r"\\([\\`*_\[\]()#+\-.!~>{}|])")
_CODE = re.compile(r"`([^`\n]+)`")
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)")
_ITALIC = re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*|(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_SLOT = re.compile("\x00(\\d+)\x00")


@dataclass(slots=True)
class _Block:
    kind: str  # "p", "ul", "ol", "h", "quote", "code"
    lines: list[str] = field(default_factory=list)
    level: int = 0  # heading level, or the first number of an ordered list


def _blocks(text: str) -> list[_Block]:
    """Split a note into blocks; a blank line or a change of kind ends a block."""
    blocks: list[_Block] = []
    fence: _Block | None = None
    text = text.replace("\x00", "")  # NUL marks set-aside spans in _inline; never user content
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if fence is not None:
            if _FENCE.match(line):
                fence = None
            else:
                fence.lines.append(line)
            continue
        if _FENCE.match(line):
            fence = _Block("code")
            blocks.append(fence)
            continue
        if not line.strip():
            blocks.append(_Block("blank"))
            continue
        kind, content, level = "p", line.strip(), 0
        if match := _HEADING.match(line):
            kind, content, level = "h", match.group(2), len(match.group(1))
        elif match := _BULLET.match(line):
            kind, content = "ul", match.group(1)
        elif match := _NUMBERED.match(line):
            kind, content, level = "ol", match.group(2), int(match.group(1))
        elif match := _QUOTE.match(line):
            kind, content = "quote", match.group(1)
        last = blocks[-1] if blocks else None
        if last is not None and last.kind == kind and kind != "h":
            last.lines.append(content)
        else:
            blocks.append(_Block(kind, [content], level))
    return [b for b in blocks if b.kind != "blank"]


def _inline(text: str, *, as_html: bool) -> str:
    """Inline markup of one line, as HTML or as plain text."""
    slots: list[str] = []
    text = _mark(text, as_html, slots)
    while _SLOT.search(text):
        text = _SLOT.sub(lambda m: slots[int(m.group(1))], text)
    return text


def _mark(text: str, as_html: bool, slots: list[str]) -> str:
    """Render ``text``, leaving finished pieces as NUL-delimited references into ``slots``.

    Escapes and code spans are set aside first so the characters inside them are never read as
    markup; links are set aside before emphasis so their addresses keep their underscores.
    """

    def keep(value: str) -> str:
        slots.append(value)
        return f"\x00{len(slots) - 1}\x00"

    def link(label: str, address: str) -> str:
        same = label == address
        label = _mark(label, as_html, slots)
        if as_html:
            address = html.escape(address, quote=True)
            label = f'<span class="link">{label}</span>'
            return label if same else f'{label} <span class="url">({address})</span>'
        return label if same else f"{label} ({address})"

    esc: Callable[[str], str] = (lambda s: html.escape(s, quote=True)) if as_html else str
    text = _ESCAPE.sub(lambda m: keep(esc(m.group(1))), text)
    text = _CODE.sub(
        lambda m: keep(f"<code>{esc(m.group(1))}</code>" if as_html else m.group(1)), text
    )
    text = _IMAGE.sub(lambda m: keep(link(m.group(1) or "ảnh", m.group(2))), text)
    text = _LINK.sub(lambda m: keep(link(m.group(1), m.group(2))), text)
    if as_html:
        text = html.escape(text, quote=True)
    for pattern, tag in ((_BOLD, "b"), (_ITALIC, "i"), (_STRIKE, "s")):
        text = pattern.sub(
            lambda m, tag=tag: (
                f"<{tag}>{m.group(1) or m.group(2)}</{tag}>"
                if as_html
                else (m.group(1) or m.group(2))
            ),
            text,
        )
    return text


def note_to_html(text: str) -> str:
    """Safe HTML for a note body (an empty note gives an empty string)."""
    parts: list[str] = []
    for block in _blocks(text):
        if block.kind == "code":
            parts.append(f"<pre>{html.escape(chr(10).join(block.lines))}</pre>")
            continue
        lines = [_inline(line, as_html=True) for line in block.lines]
        if block.kind == "h":
            parts.append(f"<p><b>{lines[0]}</b></p>")
        elif block.kind in ("ul", "ol"):
            items = "".join(f"<li>{line}</li>" for line in lines)
            start = f' start="{block.level}"' if block.kind == "ol" and block.level != 1 else ""
            parts.append(f"<{block.kind}{start}>{items}</{block.kind}>")
        elif block.kind == "quote":
            parts.append(f"<blockquote>{'<br>'.join(lines)}</blockquote>")
        else:
            parts.append(f"<p>{'<br>'.join(lines)}</p>")
    return "".join(parts)


def note_to_plain(text: str) -> str:
    """The note without markup: bullets become "• ", numbered items keep their numbers,
    links read "label (address)"; blocks are separated by a blank line."""
    parts: list[str] = []
    for block in _blocks(text):
        if block.kind == "code":
            parts.append("\n".join(block.lines))
            continue
        lines = [_inline(line, as_html=False) for line in block.lines]
        if block.kind == "ul":
            lines = [f"• {line}" for line in lines]
        elif block.kind == "ol":
            lines = [f"{block.level + i}. {line}" for i, line in enumerate(lines)]
        elif block.kind == "quote":
            lines = [f"“{' '.join(lines)}”"]
        parts.append("\n".join(lines))
    return "\n\n".join(parts)
