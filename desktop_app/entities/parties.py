"""Foreign parties named by their idea: "đảng Cộng hòa", "phe Dân chủ", "thượng nghị sĩ Cộng hòa".

Vietnamese news writes the American (and British) parties with a lower-case "đảng" or with no
head at all. "đảng" + the party's name is one ORG; once a text names such a party, the bare name
after "phe", "nghị sĩ", "của", "lẫn"... is the party too. A capitalised word after the name makes
it another body ("Cộng hòa Séc", "Dân chủ Xã hội Đức"), left to the grammar.
"""

from __future__ import annotations

import re

from desktop_app.entities.grammar import Cand
from desktop_app.entities.grammar_words import UPPER
from desktop_app.entities.tokens import bounded
from desktop_app.models import EntityType

_NAMES = r"Cộng hòa|Cộng hoà|Cộng Hòa|Dân chủ|Bảo thủ|Lao động"
_NOT_CAP_AFTER = rf"(?![\w-])(?! [{UPPER}])"
_PARTY = re.compile(rf"(?:đảng|Đảng|phe) (?:{_NAMES}){_NOT_CAP_AFTER}")
_BARE = re.compile(
    rf"(?:phe|sĩ|của|thuộc|lẫn|hay|và|hoặc|với) (?P<name>Cộng hòa|Cộng hoà|Cộng Hòa|Dân chủ){_NOT_CAP_AFTER}"
)


def party_cands(text: str) -> list[Cand]:
    if "Cộng h" not in text and "Dân chủ" not in text and "Bảo thủ" not in text and "Lao động" not in text:
        return []
    out = []
    for m in bounded(_PARTY, text):
        start = m.start() + 4 if m.group().startswith("phe") else m.start()  # "phe" is no part
        out.append(Cand(start, m.end(), EntityType.ORG, 3))
    if out:
        out += [Cand(m.start("name"), m.end(), EntityType.ORG, 3) for m in bounded(_BARE, text)]
    return out
