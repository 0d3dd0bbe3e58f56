"""People introduced with their age or birth year: "Nathammanha (26 tuổi)", "Lê Văn Tám (SN
1980)", "Chaykeobani, 25 tuổi". News gives an age only for people, so the capitalised words
right before it are a name even when no surname, title or honorific says so (foreign names,
names of ethnic minorities)."""

from __future__ import annotations

import re

from desktop_app.entities.grammar import Cand
from desktop_app.entities.grammar_words import SENTENCE_WORDS
from desktop_app.entities.lexicon import Lexicon, key_text
from desktop_app.models import EntityType

_AGE = re.compile(r"(?: \((?:\d{1,3} tuổi|SN \d{4}|sinh năm \d{4})|, \d{1,3} tuổi)")
_WORD = r"[^\W\d_][\w'’-]*"
_RUN = re.compile(rf"{_WORD}(?: {_WORD}){{0,4}}\.?$")  # "Dương Thị C. (SN 1969)": a withheld initial
# Kinship words that open a sentence before the name ("Cô Cao Thị Tình (50 tuổi)"), besides the
# person cues of the lexicon ("ông", "bà", "anh", ...).
_HONORIFICS = frozenset("cô chú bác con vợ chồng".split())
# Words for a people before its name: "người Mông", "dân tộc Dao", "đồng bào Khmer".
_PEOPLE_WORDS = ("người ", "tộc ", "bào ")


def age_names(text: str, lex: Lexicon) -> list[Cand]:
    """A PERSON for the capitalised words (up to five) right before an age; words that open a
    sentence, honorifics and titles in front are not the name, and a known place is none."""
    if "tuổi" not in text and "SN " not in text and "sinh năm" not in text:
        return []
    out: list[Cand] = []
    for m in _AGE.finditer(text):
        run = _RUN.search(text, max(0, m.start() - 80), m.start())
        if run is None:
            continue
        words = run.group().split(" ")
        # keep the capitalised words at the end of the run
        k = len(words)
        while k > 0 and words[k - 1][0].isupper():
            k -= 1
        name = words[k:]
        while name and (
            key_text(name[0]) in SENTENCE_WORDS
            or key_text(name[0]) in _HONORIFICS
            or key_text(name[0]) in lex.cues
            or key_text(name[0]) in lex.titles
        ):
            name = name[1:]
        surface = " ".join(name)
        before = m.start() - len(surface) - 1
        if text[max(0, before - 8) : before + 1].endswith(_PEOPLE_WORDS):
            continue  # "người Mông, 30 tuổi", "dân tộc Dao (45 tuổi)": a people, no person
        if (
            not name
            or (before >= 0 and text[before] != " " and text[before] not in "\n(\"“")  # "T.A (SN 1999)": initials
            or (len(name) == 1 and len(name[0]) == 1)
            or any((w.rstrip('.').isupper() and len(w.rstrip('.')) > 1) or w in lex.foreign_words for w in name)
            or key_text(surface) in lex.all_places
            or key_text(surface) in lex.titles
        ):
            continue  # abbreviations, initials and foreign common words are no name here
        out.append(Cand(m.start() - len(surface), m.start(), EntityType.PERSON, 3))
    return out
