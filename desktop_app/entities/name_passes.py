"""Passes over a document's accepted names, after every rule has read it: each looks at the
whole document to settle what one mention alone cannot.

- A one-word place that is the given name of a full name in the text is that person, unless the
  text ever uses the word as a place ("Nguyễn Tấn Đức ... rồi Đức và Kiên").
- A capitalised name listed right beside a person is a person ("Midu, Thanh Hằng hay Tóc Tiên").
- A country after "tiếng" is a language, no place ("bằng tiếng Anh").
"""

from __future__ import annotations

import re

from desktop_app.entities.grammar import Cand
from desktop_app.entities.grammar_words import _FUNCTION_WORDS, SENTENCE_WORDS
from desktop_app.entities.lexicon import Lexicon, key_text
from desktop_app.entities.names import _NEXT_WORD
from desktop_app.entities.tokens import is_vietnamese_syllable
from desktop_app.models import EntityType

# Words before a place name that show the document uses it as a place ("ở Đức", "người Đức").
_LOCATIVES = frozenset(
    "ở tại sang nước người tiếng từ đến tới thăm về phía miền châu vùng đội tuyển đt phương "
    "thủ đô chính phủ quân".split()
)


def people_over_places(text: str, accepted: list[Cand], lex: Lexicon) -> list[Cand]:
    """"Nguyễn Tấn Đức ... rồi Đức và Kiên": a one-word place that is the given name of a full
    name in the document is that person, unless the document ever uses the word as a place
    ("ở Đức", "người Đức")."""
    given: set[str] = set()
    for c in accepted:
        if c.type is EntityType.PERSON:
            words = text[c.start : c.end].split()
            if len(words) >= 3 and "surname" in lex.phrases.get(key_text(words[0]), ()):
                given.add(words[-1])
    candidates = {
        text[c.start : c.end] for c in accepted if c.type is EntityType.LOC and text[c.start : c.end] in given
    }
    if not candidates:
        return accepted
    people = set()
    for word in candidates:
        uses = [m.start() for m in re.finditer(rf"(?<![\w.]){re.escape(word)}(?![\w-])", text)]
        before = [text[max(0, p - 20) : p].split()[-1:] for p in uses]
        if not any(b and key_text(b[0]) in _LOCATIVES for b in before):
            people.add(word)
    return [
        Cand(c.start, c.end, EntityType.PERSON, c.prio, c.key)
        if c.type is EntityType.LOC and text[c.start : c.end] in people and _alone(text, c)
        else c
        for c in accepted
    ]


def _alone(text: str, c: Cand) -> bool:
    """The word stands alone: no capitalised word after it ("Anh Vĩnh": "anh" and a name), and
    "Anh" opens no sentence ("Anh tới quầy": "you")."""
    if text[c.end : c.end + 1] == " " and text[c.end + 1 : c.end + 2].isupper():
        return False
    if text[c.start : c.end] == "Anh":
        before = text[max(0, c.start - 3) : c.start].rstrip(" “\"")
        return before != "" and before[-1] not in ".!?:\n"
    return True


# A capitalised run of one to three words (no sentence opener) right before or after a list gap.
_LISTED_NAME = re.compile(r"\w[\w-]*(?: \w[\w-]*){0,2}")
_LIST_GAP_AFTER = re.compile(r"(?:, | và | hay | cùng )")
_LIST_GAP_BEFORE = re.compile(r"(?:, | và | hay )$")


def listed_people(text: str, accepted: list[Cand], lex: Lexicon) -> list[Cand]:
    """"Angela Phương Trinh, Midu, Thanh Hằng hay Tóc Tiên": a capitalised name no rule read,
    listed right beside a person, is a person too (the list reads person by person)."""
    taken = sorted((c.start, c.end) for c in accepted)
    starts = {c.start for c in accepted}
    ends = {c.end for c in accepted}
    people = [c for c in accepted if c.type is EntityType.PERSON]
    if not people:
        return accepted

    def free(a: int, b: int) -> bool:
        return all(e <= a or s >= b for s, e in taken)

    found: list[Cand] = []
    queue = list(people)
    while queue:
        c = queue.pop()
        # after the person: ", Midu", " và Tóc Tiên"
        g = _LIST_GAP_AFTER.match(text, c.end)
        if g is not None and (m := _LISTED_NAME.match(text, g.end())) is not None:
            cand = _listed(text, m.start(), m.end(), lex)
            if cand is not None and cand.start not in starts and free(cand.start, cand.end):
                found.append(cand)
                queue.append(cand)
                taken.append((cand.start, cand.end))
                starts.add(cand.start)
        # before the person: "Midu, Thanh Hằng"
        before = text[max(0, c.start - 40) : c.start]
        if (g := _LIST_GAP_BEFORE.search(before)) is not None:
            stop = c.start - (len(before) - g.start())
            for m in _LISTED_NAME.finditer(text, max(0, stop - 30), stop):
                if m.end() == stop:
                    cand = _listed(text, m.start(), m.end(), lex, before=True)
                    if cand is not None and cand.end not in ends and free(cand.start, cand.end):
                        found.append(cand)
                        queue.append(cand)
                        taken.append((cand.start, cand.end))
                        ends.add(cand.end)
                    break
    if not found:
        return accepted
    return sorted(accepted + found, key=lambda c: c.start)


def _listed(text: str, start: int, end: int, lex: Lexicon, before: bool = False) -> Cand | None:
    """The listed name at ``text[start:end]`` as a PERSON, or None when it is no name: a
    sentence's first word, a word in capitals, a title, body or place, a common word."""
    words = text[start:end].split()
    for n, w in enumerate(words):
        if not w[0].isupper():
            if before:
                return None  # "Thấy vậy, Nguyễn ...": a clause before the comma, no name
            words = words[:n]  # the capitalised words only: "Tóc Tiên đều diện"
            break
    if not words or any(key_text(w) in SENTENCE_WORDS for w in words) or any(w.isupper() and len(w) > 1 for w in words):
        return None
    if start > 0 and text[start - 1] != " ":
        return None
    end = start + len(" ".join(words))
    if end < len(text) and (text[end].isalnum() or text[end] == "-"):
        return None
    for n in range(1, len(words) + 1):
        if lex.phrases.get(key_text(" ".join(words[:n])), frozenset()) & _NOT_LISTED_CATS:
            return None  # "Phó Chủ tịch", "Hà Nội", "Công an": no person
    if len(words) == 1 and is_vietnamese_syllable(words[0]):
        if key_text(words[0]) not in lex.given_names:
            return None  # "Công", "Thời": a common word, unless a given name ("Kiên", "Tây")
        nxt = _NEXT_WORD.match(text, end)
        if nxt is not None and nxt.group(1)[0].islower() and key_text(nxt.group(1)) not in _FUNCTION_WORDS:
            return None  # "và Đoàn đại biểu": the first syllable of a common word
    return Cand(start, end, EntityType.PERSON, 0)


_NOT_LISTED_CATS = frozenset(
    {"title", "head", "cue", "admin", "central", "province", "country", "region", "known_org", "field", "loc_desc", "org_desc"}
)


def without_languages(text: str, accepted: list[Cand]) -> list[Cand]:
    """"bằng tiếng Anh", "tiếng Việt": a country after "tiếng" names a language, no place. The
    place is read first (so that no other rule takes its words) and dropped here."""
    return [
        c
        for c in accepted
        if not (
            c.type is EntityType.LOC
            and text.endswith("tiếng ", max(0, c.start - 6), c.start)
            and text[max(0, c.start - 11) : c.start - 6].split()[-1:] not in (["nổi"], ["danh"], ["lên"], ["tai"])
        )
    ]

