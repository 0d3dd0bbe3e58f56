"""Football clubs named after their city ("Milan", "Lyon") or by a short form ("Juve", "Inter").

Such a name is the city in general news and the club in a football report. A text is a football
report when it uses the trade's words (HLV, cầu thủ, tiền vệ, bàn thắng, Serie A ...) at least
twice; then every whole-word mention of a club of ``football_clubs.txt`` is an organisation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop_app.entities.grammar import Cand
from desktop_app.entities.grammar_words import UPPER
from desktop_app.entities.lexicon import gazetteer_dir
from desktop_app.entities.tokens import opening_on
from desktop_app.entities.units import place_after
from desktop_app.models import EntityType

_FOOTBALL_WORDS = (
    "HLV|CLB|cầu thủ|tiền vệ|tiền đạo|hậu vệ|trung vệ|thủ môn|bàn thắng|ghi bàn|trận đấu|vòng đấu|đội khách|"
    "đội chủ nhà|Serie A|Premier League|La Liga|Bundesliga|Ligue 1|Champions League|Europa League|thẻ đỏ|phạt đền"
).split("|")
# tried only where one of the words occurs (``tokens.opening_on``)
_FOOTBALL = re.compile(rf"(?<!\w)(?:{'|'.join(_FOOTBALL_WORDS)})(?!\w)")
_MIN_CUES = 2


@lru_cache(maxsize=1)
def _clubs() -> re.Pattern[str]:
    names = []
    for raw in (gazetteer_dir() / "football_clubs.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            names.append(line)
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w-])")


def club_cands(text: str) -> list[Cand]:
    """ORG candidates for the clubs of a football report (none in other texts)."""
    cues = 0
    for _ in opening_on(_FOOTBALL, text, _FOOTBALL_WORDS):
        cues += 1
        if cues >= _MIN_CUES:
            break
    else:
        return []
    return [Cand(m.start(), m.end(), EntityType.ORG, 5) for m in _clubs().finditer(text)]


# An age-group team written with a dot ("U.22 Việt Nam", "U.20 Argentina"), as some papers do.
_DOTTED_TEAM = re.compile(r"(?<![\w.])U\.(1[5-9]|2[0-3])(?![\w.])")


# "ĐT Đức", "ĐTQG Thái Lan": a national team, written short (đội tuyển), with its country.
_NATIONAL_TEAM = re.compile(r"(?<![\w.])ĐT(?:QG)?(?![\w.&-])")


def dotted_teams(text: str, countries: frozenset[str]) -> list[Cand]:
    """ORG candidates for "U.22 Việt Nam" and "ĐT Đức": the team with the country it plays for."""
    out = []
    if "U." in text:
        for m in _DOTTED_TEAM.finditer(text):
            out.append(Cand(m.start(), place_after(text, m.end(), countries) or m.end(), EntityType.ORG, 4))
    if "ĐT" in text:
        for m in _NATIONAL_TEAM.finditer(text):
            if (end := place_after(text, m.end(), countries)) is not None:
                out.append(Cand(m.start(), end, EntityType.ORG, 4))
    return out


# A team's line-up after its formation: "Đan Mạch (4-3-3): Ronnow; Larsen, Christensen, ...".
_FORMATION = re.compile(r"\((?:\d-){1,4}\d\):[ \t]*")
_PLAYER = re.compile(rf"(?:[A-ZĐ]\. ?)?[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+){{0,2}}")
_LIST_SEPARATOR = re.compile(r"[ \t]*[,;][ \t]*|[ \t]+[-–][ \t]+")


def lineups(text: str) -> list[Cand]:
    """The players named after a formation, one PERSON each, up to the end of the list (a full
    stop, a line break or anything that is not a separator). Foreign surnames alone carry no
    cue; the formation says what they are."""
    if "):" not in text:
        return []
    out: list[Cand] = []
    for m in _FORMATION.finditer(text):
        pos = m.end()
        while (p := _PLAYER.match(text, pos)) is not None and all(w[0].isupper() for w in p.group().split()):
            out.append(Cand(p.start(), p.end(), EntityType.PERSON, 5))
            sep = _LIST_SEPARATOR.match(text, p.end())
            if sep is None:
                break
            pos = sep.end()
    return out

