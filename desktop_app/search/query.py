"""The search query language, parsed into a small tree; a malformed query is repaired, never fatal.

Syntax: words (AND by default), ``"phrases"``, ``AND``/``OR``/``NOT`` (upper case), ``-word``,
``(groups)``, ``word*`` prefixes, and field filters ``title: person: org: loc: doc: tag:
source:`` (multi-word values in quotes), ``date:2023-01..2023-06`` (partial ISO dates, open ends
allowed) and ``year:2022``. Anything the parser has to change or drop is reported in
``repairs`` as a sentence the user can read, and ``effective_query`` shows what actually ran.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "And",
    "DateRange",
    "Node",
    "Not",
    "Or",
    "ParsedQuery",
    "TEXT_FIELDS",
    "Text",
    "parse_query",
]

TEXT_FIELDS = ("title", "person", "org", "loc", "doc", "tag", "source")
DATE_FIELDS = ("date", "year")
_QUOTES = {'"': '"', "\u201c": "\u201d", "\u201e": "\u201d", "\u00ab": "\u00bb"}
_CLOSE_QUOTES = frozenset('"\u201d\u00bb')
_FIELD = re.compile(r"^([A-Za-z]+):(.*)$", re.S)
_SEARCHABLE = re.compile(r"[^\W_]")
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass(frozen=True, slots=True)
class Text:
    """Words or a phrase, in the default fields (``field`` None) or one filter field."""

    text: str
    phrase: bool = False
    prefix: bool = False
    field: str | None = None


@dataclass(frozen=True, slots=True)
class DateRange:
    """Inclusive range of partial ISO dates on the document date; None is an open end."""

    lo: str | None
    hi: str | None
    label: str = "date"  # "year" when written as year:YYYY


@dataclass(frozen=True, slots=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Not:
    child: Node


Node = Text | DateRange | And | Or | Not


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """The query tree (None when nothing searchable is left) and what was repaired."""

    root: Node | None
    effective_query: str
    repairs: tuple[str, ...]


# ---------------------------------------------------------------- lexing


@dataclass(slots=True)
class _Lexeme:
    kind: str  # "LP", "RP", "AND", "OR", "NOT", "TERM"
    node: Node | None = None


def _read_quoted(query: str, i: int, repairs: list[str]) -> tuple[str, int]:
    """Read a quoted string starting at the quote at ``i``; returns (content, next index)."""
    j = i + 1
    while j < len(query) and query[j] not in _CLOSE_QUOTES:
        j += 1
    if j >= len(query):
        repairs.append("Closed an unbalanced quote")
        return query[i + 1 :], len(query)
    return query[i + 1 : j], j + 1


def _valid_partial(date: str) -> str | None:
    """Return ``date`` as zero-padded partial ISO date, or None if it is not one."""
    m = _PARTIAL_DATE.match(date)
    if not m:
        return None
    year, month, day = m.groups()
    out = year
    if month is not None:
        if not 1 <= int(month) <= 12:
            return None
        out += f"-{int(month):02d}"
    if day is not None:
        if not 1 <= int(day) <= 31:
            return None
        out += f"-{int(day):02d}"
    return out


def _date_node(name: str, value: str, repairs: list[str]) -> Node | None:
    if name == "year":
        year = _valid_partial(value)
        if year is None or len(year) != 4:
            repairs.append(f"Ignored the invalid year filter year:{value}")
            return None
        return DateRange(year, year, "year")
    if ".." in value:
        lo_text, _, hi_text = value.partition("..")
    else:
        lo_text = hi_text = value
    lo = _valid_partial(lo_text) if lo_text else None
    hi = _valid_partial(hi_text) if hi_text else None
    if (lo_text and lo is None) or (hi_text and hi is None) or (lo is None and hi is None):
        repairs.append(f"Ignored the invalid date range date:{value}")
        return None
    if lo is not None and hi is not None and lo[: len(hi)] > hi:
        repairs.append(f"Swapped the reversed date range date:{value}")
        lo, hi = hi, lo
    return DateRange(lo, hi)


def _lex(query: str, repairs: list[str]) -> list[_Lexeme]:
    out: list[_Lexeme] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
            continue
        if ch in "()":
            out.append(_Lexeme("LP" if ch == "(" else "RP"))
            i += 1
            continue
        if ch in _QUOTES:
            text, i = _read_quoted(query, i, repairs)
            out.append(_Lexeme("TERM", Text(text, phrase=True)))
            continue
        if ch == "-" and i + 1 < n and not query[i + 1].isspace():
            out.append(_Lexeme("NOT"))
            i += 1
            continue
        j = i
        while j < n and not query[j].isspace() and query[j] not in "()" and query[j] not in _QUOTES:
            j += 1
        word = query[i:j]
        i = j
        if word in ("AND", "OR", "NOT", "&&", "||"):
            out.append(_Lexeme({"&&": "AND", "||": "OR"}.get(word, word)))
            continue
        m = _FIELD.match(word)
        if m and m.group(1).lower() in TEXT_FIELDS + DATE_FIELDS:
            name, value = m.group(1).lower(), m.group(2)
            quoted = False
            if not value and i < n and query[i] in _QUOTES:
                value, i = _read_quoted(query, i, repairs)
                quoted = True
            if not value.strip():
                repairs.append(f"Ignored the empty field filter {name}:")
                continue
            if name in DATE_FIELDS:
                node = _date_node(name, value.strip(), repairs)
                if node is not None:
                    out.append(_Lexeme("TERM", node))
                continue
            prefix = not quoted and value.endswith("*") and len(value) > 1
            out.append(
                _Lexeme("TERM", Text(value.rstrip("*") if prefix else value, quoted, prefix, name))
            )
            continue
        if m and m.group(1).isalpha() and m.group(2):
            repairs.append(f"Searched {word} as text: there is no field {m.group(1)}:")
        prefix = word.endswith("*") and len(word) > 1
        text = word.rstrip("*")
        if not _SEARCHABLE.search(text):
            repairs.append(f"Ignored {word}: nothing searchable in it")
            continue
        out.append(_Lexeme("TERM", Text(text, prefix=prefix)))
    return out


# ---------------------------------------------------------------- parsing


class _Parser:
    def __init__(self, lexemes: list[_Lexeme], repairs: list[str]) -> None:
        self.lx = lexemes
        self.i = 0
        self.repairs = repairs
        self.depth = 0

    def peek(self) -> str | None:
        return self.lx[self.i].kind if self.i < len(self.lx) else None

    def parse(self) -> Node | None:
        nodes: list[Node] = []
        while self.peek() is not None:
            node = self.parse_or()
            if node is not None:
                nodes.append(node)
            if self.peek() == "RP":
                self.repairs.append("Ignored an unmatched )")
                self.i += 1
        return _and(nodes)

    def parse_or(self) -> Node | None:
        parts: list[Node] = []
        first = self.parse_and()
        if first is not None:
            parts.append(first)
        while self.peek() == "OR":
            self.i += 1
            nxt = self.parse_and()
            if nxt is None or not parts:
                self.repairs.append("Ignored a dangling OR")
            if nxt is not None:
                parts.append(nxt)
        if len(parts) > 1:
            return Or(tuple(parts))
        return parts[0] if parts else None

    def parse_and(self) -> Node | None:
        items: list[Node] = []
        while True:
            kind = self.peek()
            if kind in (None, "RP", "OR"):
                break
            if kind == "AND":
                self.i += 1
                if not items or self.peek() in (None, "RP", "OR", "AND"):
                    self.repairs.append("Ignored a dangling AND")
                continue
            node = self.parse_unary()
            if node is not None:
                items.append(node)
        return _and(items)

    def parse_unary(self) -> Node | None:
        if self.peek() == "NOT":
            self.i += 1
            if self.peek() in (None, "RP", "OR", "AND"):
                self.repairs.append("Ignored a dangling NOT")
                return None
            child = self.parse_unary()
            if child is None:
                return None
            return child.child if isinstance(child, Not) else Not(child)
        return self.parse_atom()

    def parse_atom(self) -> Node | None:
        lexeme = self.lx[self.i]
        self.i += 1
        if lexeme.kind == "LP":
            node = self.parse_or()
            if self.peek() == "RP":
                self.i += 1
            else:
                self.repairs.append("Closed an unbalanced parenthesis")
            return node
        return lexeme.node


def _and(nodes: list[Node]) -> Node | None:
    flat: list[Node] = []
    for node in nodes:
        flat.extend(node.children if isinstance(node, And) else (node,))
    if not flat:
        return None
    return flat[0] if len(flat) == 1 else And(tuple(flat))


# ---------------------------------------------------------------- rendering


def render(node: Node | None) -> str:
    """The canonical text of a query tree (what ``effective_query`` shows)."""
    if node is None:
        return ""
    if isinstance(node, Text):
        quoted = node.phrase or (node.field is not None and any(c.isspace() for c in node.text))
        value = f'"{node.text}"' if quoted else node.text + ("*" if node.prefix else "")
        return f"{node.field}:{value}" if node.field else value
    if isinstance(node, DateRange):
        if node.label == "year":
            return f"year:{node.lo}"
        if node.lo == node.hi:
            return f"date:{node.lo}"
        return f"date:{node.lo or ''}..{node.hi or ''}"
    if isinstance(node, Not):
        inner = render(node.child)
        return f"-({inner})" if isinstance(node.child, And | Or) else f"-{inner}"
    if isinstance(node, Or):
        return " OR ".join(f"({render(c)})" if isinstance(c, And) else render(c) for c in node.children)
    return " ".join(f"({render(c)})" if isinstance(c, Or) else render(c) for c in node.children)


def parse_query(query: str) -> ParsedQuery:
    """Parse ``query``; never raises. See the module docstring for the language."""
    repairs: list[str] = []
    root = _Parser(_lex(query, repairs), repairs).parse()
    return ParsedQuery(root, render(root), tuple(dict.fromkeys(repairs)))
