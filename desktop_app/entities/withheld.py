"""People whose names are withheld and written as initials ("chị N.T.B.V", "anh Đ.", "P.M.Đ"),
and the full stop that belongs to a withheld initial ("Nguyễn Thị S. (43 tuổi)")."""

from __future__ import annotations

import re

from desktop_app.entities.grammar import Cand
from desktop_app.entities.tokens import bounded, opening_on
from desktop_app.models import EntityType

# Names withheld in crime and court news are written as initials: "chị N.T.B.V", "anh Đ.",
# "P.M.Đ". Three letters or more joined by dots are a name anywhere; one or two after a word for
# a person (the trailing dot is part of the name).
_CAP = "A-ZĐÂĂÊÔƠƯ"
_MANY_INITIALS = re.compile(rf"[{_CAP}](?:\.[{_CAP}]){{2,4}}(?=\.?(?![\w.]))")  # the stop: ``initial_stops``
WORD_OR_DOT = re.compile(r"[\w.]")  # a name never starts or ends next to these
_CUED_INITIALS = re.compile(
    rf"(?:(?<![\w])(?:[Aa]nh|[Cc]hị|[Ôô]ng|[Bb]à|[Ee]m|[Cc]háu|[Bb]é|[Cc]ô|[Cc]hú|[Đđ]ối tượng|[Nn]ghi phạm"
    rf"|[Nn]ghi can|[Bb]ị can|[Bb]ị cáo|[Nn]ạn nhân|[Bb]ệnh nhân|[Ss]ản phụ|[Tt]ên) )"
    rf"([{_CAP}](?:\.[{_CAP}]){{0,4}}\.?)(?![\w])"
)
_CUED_OPENERS = (  # folded
    "anh", "chị", "ông", "bà", "em", "cháu", "bé", "cô", "chú", "đối tượng", "nghi phạm", "nghi can", "bị can",
    "bị cáo", "nạn nhân", "bệnh nhân", "sản phụ", "tên"
)
# an initial stands alone after a space: texts without one (two in three) have no cued initials
_LONE_CAPITAL = re.compile(rf" [{_CAP}](?!\w)")


def initials(text: str) -> list[Cand]:
    """People named by their initials only ("chị V.", "anh Đ.", "với P.M.Đ")."""
    if "." not in text:
        return []
    out = [Cand(m.start(), m.end(), EntityType.PERSON, 4) for m in bounded(_MANY_INITIALS, text, WORD_OR_DOT)]
    cued = opening_on(_CUED_INITIALS, text, _CUED_OPENERS, fold=True) if _LONE_CAPITAL.search(text) else ()
    for m in cued:
        name = m.group(1)
        if "." in name:
            out.append(Cand(m.start(1), m.end(1), EntityType.PERSON, 4))
    return out


def initial_stops(text: str, accepted: list[Cand]) -> list[Cand]:
    """"chị Nguyễn Thị S. (43 tuổi)": a name that ends on a withheld initial keeps the initial's
    full stop, unless the stop also ends the sentence (a capital or the end of the text follows)."""
    out = []
    for c in accepted:
        if (
            c.type is EntityType.PERSON
            and text[c.end : c.end + 1] == "."
            and c.end - c.start >= 1
            and text[c.end - 1].isupper()
            and (c.end - c.start == 1 or not text[c.end - 2].isalnum())
        ):
            after = text[c.end + 1 : c.end + 3]
            if after[:1] in (",", ";", ")") or after.startswith(" (") or (after[:1] == " " and after[1:2].islower()):
                c = Cand(c.start, c.end + 1, c.type, c.prio, c.key)
        out.append(c)
    return out
