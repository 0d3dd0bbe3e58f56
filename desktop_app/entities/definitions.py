"""Names defined by an abbreviation in parentheses, also when written in sentence case.

An official text introduces a body once in full and gives its acronym: "Cục cảnh sát phòng
chống tội phạm và tham nhũng (C46)", "Tiểu ban về tiêu chuẩn và hợp chuẩn (SCSC)", "Công ty
cổ phần hóa dầu và xơ sợi dầu khí (PVTEX)". The lower-case words before the parenthesis may run
long and contain "và", "về"; the acronym vouches that they are one name. The name starts at the
last capitalised head noun of the clause before the parenthesis.
"""

from __future__ import annotations

import re

from desktop_app.entities.grammar import Cand
from desktop_app.entities.grammar_words import (
    _FUNCTION_WORDS,
    _HEAD_COMPOUNDS,
    _VERBS,
    SENTENCE_WORDS,
)
from desktop_app.entities.lexicon import Lexicon, key_text
from desktop_app.entities.tokens import is_vietnamese_syllable
from desktop_app.models import EntityType

_DEF = re.compile(r" \(([A-ZĐ][A-ZĐ0-9]{1,7})\)")
_CLAUSE_END = re.compile(r"[.,;:!?\n()\"“”/]")
_WORD = re.compile(r"\S+")
# Inside such a name only these short words may stand ("Tiểu ban về tiêu chuẩn và hợp chuẩn").
_INNER_OK = frozenset({"và", "về"})
# Heads that name a body only with an acronym of its own ("Nhóm công tác về ... (HRDWG)").
_DEFINED_HEADS = frozenset({"nhóm", "nhóm công tác", "mạng lưới"})
_MAX_WORDS = 12


def _head_len(words: list[str], k: int, lex: Lexicon) -> int:
    """Words of an organisation head starting at ``words[k]`` (0 when none)."""
    best = 0
    for n in (1, 2, 3, 4):
        if k + n > len(words):
            break
        key = key_text(" ".join(words[k : k + n]))
        cats = lex.phrases.get(key, frozenset())
        if "head" in cats or "central" in cats or key in _DEFINED_HEADS:
            best = n
    if best == 1 and k + 1 < len(words) and key_text(words[k + 1]) in _HEAD_COMPOUNDS:
        return 0  # "Hội nghị", "Ban hành"
    return best


def defined_names(text: str, lex: Lexicon, not_orgs: frozenset[str]) -> list[Cand]:
    """ORG candidates for "Head lower-case words (ABBR)" and for the acronym itself."""
    if " (" not in text:
        return []
    out: list[Cand] = []
    for m in _DEF.finditer(text):
        abbr = m.group(1)
        if abbr in not_orgs:
            continue
        clause_start = max(0, m.start() - 160)
        cut = max((c.end() for c in _CLAUSE_END.finditer(text, clause_start, m.start())), default=clause_start)
        spans = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(text, cut, m.start())]
        words = [w for _, _, w in spans]
        start = None
        for k in range(len(words) - 1, max(-1, len(words) - _MAX_WORDS - 1), -1):
            if not words[k][:1].isupper() or key_text(words[k]) in SENTENCE_WORDS:
                continue
            n = _head_len(words, k, lex)
            if n and k + n < len(words):
                start = k
                break
        if start is None:
            continue
        inner = [key_text(w) for w in words[start + 1 :]]
        if any(w in _FUNCTION_WORDS and w not in _INNER_OK for w in inner) or any(
            f"{a} {b}" in _VERBS for a, b in zip(inner, inner[1:], strict=False)
        ):
            continue
        if not any(w[:1].islower() for w in words[start + 1 :]):
            continue  # a name in title case is the grammar's
        out.append(Cand(spans[start][0], m.start(), EntityType.ORG, 3))
        out.append(Cand(m.start(1), m.end(1), EntityType.ORG, 3))
    return out


# A company's short brand in parentheses after its name: "Tổng công ty Vận tải Hà Nội (Transerco)".
_BRAND_DEF = re.compile(r" \(([A-ZĐ][a-z][A-Za-z0-9]{2,14})\)")


def brand_definitions(text: str, cands: list[Cand]) -> list[Cand]:
    """ORG candidates for a brand name given in parentheses right after an organisation's name
    (a word of no Vietnamese syllable shape, so no place or person)."""
    if " (" not in text:
        return []
    out = []
    for c in cands:
        if c.type is EntityType.ORG and (m := _BRAND_DEF.match(text, c.end)) is not None:
            if not is_vietnamese_syllable(m.group(1)):
                out.append(Cand(m.start(1), m.end(1), EntityType.ORG, 3))
    return out
