"""Strip Markdown syntax so a .md file reads like the text its author meant."""

from __future__ import annotations

import re

__all__ = ["markdown_to_text"]

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_BULLET = re.compile(r"^(\s*)[-*+]\s+")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_FENCE = re.compile(r"^\s*(```|~~~)")


def markdown_to_text(text: str) -> str:
    """Headings, emphasis, links and images become plain text; list items get a bullet."""
    out: list[str] = []
    in_code = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            out.append(line)
            continue
        if _RULE.match(line):
            out.append("")
            continue
        heading = _HEADING.match(line)
        if heading:
            line = heading.group(1)
        line = _QUOTE.sub("", line)
        line = _BULLET.sub(r"\1• ", line)
        line = _IMAGE.sub("", line)
        line = _LINK.sub(r"\1", line)
        line = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3), line)
        out.append(line)
    return "\n".join(out)
