"""Capitalised words that look like names but are none: vehicles, models, services and private acronyms.

News capitalises ships, aircraft and products ("tàu sân bay USS Ronald Reagan", "lớp Kiev",
"xe máy hiệu Suzuki Raider") and coins acronyms for things ("Chất nổ tự chế (IED)"). Left alone,
the name finder reads them as people, places or organisations. These spans and surfaces are
removed from the candidates before overlap resolution, and from the propagated mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from desktop_app.entities.lexicon import Lexicon, key_text
from desktop_app.entities.tokens import bounded, opening_on

# A vehicle or product word, then up to four capitalised words (the name of the thing).
_VEHICLE = re.compile(
    r"(?<!\w)(?:(?:[Tt]àu|[Cc]hiến hạm|[Kk]hu trục hạm|[Tt]uần dương hạm|[Hh]àng không mẫu hạm)"
    r"(?: sân bay| khu trục| chiến| ngầm| hộ tống| tuần tra| đổ bộ)?(?: lớp)?"
    r"|lớp|chiếc|hiệu|nhãn hiệu|dòng xe|mẫu xe|mẫu điện thoại|USS|HMS|INS|HMAS)"
    r"\s+(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})"
)
_VEHICLE_OPENERS = (  # folded
    "tàu", "chiến hạm", "khu trục hạm", "tuần dương hạm", "hàng không mẫu hạm", "lớp", "chiếc", "hiệu", "nhãn hiệu",
    "dòng xe", "mẫu xe", "mẫu điện thoại", "uss", "hms", "ins", "hmas",
)
# "(IED)" after words that are all lower case: an acronym of a thing, not of a body
_ACRONYM = re.compile(r"\(([A-ZĐ]{2,8})\)")
_CLAUSE_END = re.compile(r"[.!?;:\n\"“”(]")
_PLACE_CATS = frozenset({"country", "province", "region"})
_FAR = 1 << 62
# e-mail addresses and web addresses: their parts are no names ("PCLB_BCT@moit.gov.vn")
_ADDRESS = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|(?:https?://|www\.)\S+")
_ADDRESS_HINTS = ("@", "://", "www.")


# The sixty names of the sexagenary cycle ("Tết Đinh Dậu", "năm Giáp Ngọ"): a stem and a branch
# of the same parity. They name a lunar year, never a person or a place.
_STEMS = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ|Kỉ", "Canh", "Tân", "Nhâm", "Quý")
_BRANCHES = ("Tý|Tí", "Sửu", "Dần", "Mão|Mẹo", "Thìn", "Tỵ|Tị", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")
_CYCLE_YEAR = re.compile(
    r"(?:"
    + "|".join(
        f"(?:{s}) (?:{b})" for i, s in enumerate(_STEMS) for j, b in enumerate(_BRANCHES) if i % 2 == j % 2
    )
    + r")(?!\w)"
)


# Martial arts, capitalised like names ("môn Thái Cực Quyền", "võ sư Vịnh Xuân").
_MARTIAL_ART = re.compile(r"(?<!\w)(?:Thái Cực Quyền|Vịnh Xuân(?: Quyền)?|Vovinam|Taekwondo|Karate|Aikido)(?!\w)")

# A maker's name before a model number is the product ("tàu Boeing X-37B", "Airbus A321"), also
# where the maker's name is spread from another sentence.
MODEL_NUMBER = r"(?:[A-Z]{1,2}-?\d{2,4}[A-Za-z]{0,3}|\d{3}[A-Za-z]{0,3})(?:-\d{1,4})?"
# a model after a word, not an amount ("phạt Google 500 triệu euro")
_MODEL_AFTER_WORD = re.compile(
    rf" {MODEL_NUMBER}(?![\w-])(?! ?(?:triệu|tỷ|tỉ|nghìn|ngàn|USD|euro|đồng|người|km|m\b|%))"
)
_MAKER = re.compile(r"[A-Z][a-z]+$")
# A maker's service named with its product word ("Ảnh: Google Maps"): a product, no company.
_SERVICE = re.compile(r"(?<!\w)Google (?:Maps|Earth|Street View|Translate|Play|Drive|Docs)(?!\w)")


@dataclass(frozen=True, slots=True)
class NonNames:
    """Character ranges and exact surfaces that must not become PERSON, ORG or LOC."""

    ranges: tuple[tuple[int, int], ...]  # sorted by start
    surfaces: frozenset[str]
    reach: tuple[int, ...] = ()  # reach[i] = furthest end among ranges[: i + 1]

    def blocks(self, start: int, end: int, surface: str) -> bool:
        if surface in self.surfaces:
            return True
        # the ranges that start at or before ``start``: does the furthest of them reach ``end``?
        i = bisect_right(self.ranges, (start, _FAR)) - 1
        return i >= 0 and self.reach[i] >= end


def _starts_with_place(name: str, lex: Lexicon) -> bool:
    """"tàu Trung Quốc", "tàu cá Quảng Ngãi": the words name the ship's country, a place."""
    words = name.split()
    for n in range(len(words), 0, -1):
        if lex.phrases.get(key_text(" ".join(words[:n])), frozenset()) & _PLACE_CATS:
            return True
    return False


def _after_capital(text: str, pos: int) -> bool:
    """"Lê Quý Dậu": the two words end a longer name, no lunar year."""
    before = text[max(0, pos - 12) : pos].split()
    return bool(before) and text[pos - 1 : pos] == " " and before[-1][:1].isupper() and before[-1].lower() not in (
        "tết", "năm", "xuân"
    )


def non_names(text: str, lex: Lexicon) -> NonNames:
    ranges: list[tuple[int, int]] = []
    surfaces: set[str] = set()
    for m in opening_on(_VEHICLE, text, _VEHICLE_OPENERS, fold=True):
        name = m.group("name")
        # a ship class never names a country ("tàu lớp Kiev"); a bare ship word may ("tàu Mỹ")
        classed = " lớp " in f" {m.group()[: m.start('name') - m.start()]}"
        if (not classed and _starts_with_place(name, lex)) or key_text(name) in lex.known_orgs:
            continue
        ranges.append((m.start(), m.end()))
        words = name.split()
        if words[0] in ("USS", "HMS", "INS", "HMAS") and len(words) > 1:
            surfaces.add(" ".join(words[1:]))  # "Ronald Reagan" is the ship elsewhere too
        elif m.group().split()[0] in ("USS", "HMS", "INS", "HMAS"):
            surfaces.add(name)
    ranges += [(m.start(), m.end()) for m in bounded(_CYCLE_YEAR, text) if not _after_capital(text, m.start())]
    if "Quyền" in text or "Vịnh Xuân" in text or "Vovinam" in text or "Taekwondo" in text or "Karate" in text:
        ranges += [(m.start(), m.end()) for m in _MARTIAL_ART.finditer(text)]
    for m in _MODEL_AFTER_WORD.finditer(text):
        maker = _MAKER.search(text, max(0, m.start() - 20), m.start())
        if maker is not None and (maker.start() == 0 or not text[maker.start() - 1].isalnum()) and (
            key_text(maker.group()) in lex.known_orgs
        ):
            ranges.append((maker.start(), m.end()))
    if "Google " in text:
        ranges += [(m.start(), m.end()) for m in _SERVICE.finditer(text)]
    if any(h in text for h in _ADDRESS_HINTS):
        ranges += [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]
    for m in _ACRONYM.finditer(text):
        abbr = m.group(1)
        if abbr in lex.abbreviations or key_text(abbr) in lex.known_orgs:
            continue
        clause = text[max(0, m.start() - 80) : m.start()]
        cut = max((c.end() for c in _CLAUSE_END.finditer(clause)), default=0)
        words = clause[cut:].split()[-8:]
        if len(words) < 2:
            continue
        sentence_start = cut > 0 or m.start() <= 80
        inner = words[1:] if sentence_start and len(clause[cut:].split()) <= 8 else words
        if not any(w[:1].isupper() for w in inner):
            surfaces.add(abbr)
    ranges.sort()
    reach = list(accumulate((e for _, e in ranges), max))
    return NonNames(tuple(ranges), frozenset(surfaces), tuple(reach))
