"""Diplomatic missions named with their host place: "Đại sứ quán Mỹ tại Việt Nam".

A mission's name is its country and the place it is accredited to; "tại ..." belongs to the name
(one ORG), and the host country is not marked again as a LOC.
"""

from __future__ import annotations

import re

from desktop_app.entities.grammar import Cand
from desktop_app.entities.grammar_words import UPPER
from desktop_app.entities.tokens import bounded
from desktop_app.models import EntityType

_CAP = rf"[{UPPER}][\w-]*(?:\.[\w-]+)*"  # a dot only inside a word ("TP.HCM"), never a sentence's end
_NAME = rf"{_CAP}(?: {_CAP}){{0,3}}"
_MISSION = re.compile(
    r"(?:Đại sứ quán|ĐSQ|Tổng Lãnh sự quán|Tổng lãnh sự quán|Lãnh sự quán|Phái đoàn thường trực|"
    r"Văn phòng đại diện|Văn phòng Đại diện|Văn phòng Kinh tế và Văn hóa|Văn phòng Kinh tế - Văn hóa) "
    rf"{_NAME} tại {_NAME}(?![\w-])"
)
_HINTS = ("quán ", "đoàn thường trực ", "phòng đại diện ", "phòng Đại diện ", "phòng Kinh tế ")


def mission_cands(text: str) -> list[Cand]:
    if not any(h in text for h in _HINTS):
        return []
    return [Cand(m.start(), m.end(), EntityType.ORG, 3) for m in bounded(_MISSION, text)]
