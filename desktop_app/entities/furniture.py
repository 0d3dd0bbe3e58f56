"""Names in news furniture: datelines, bylines, photo credits and source lines.

A news text opens with "(Tổ Quốc) - ..." and ends with the writer's name ("Minh Phương",
"H.LONG", "Theo Đoàn Loan/Vnexpress"); captions credit "Ảnh: Hoàng Lâm/TTXVN" and sources read
"(Nguồn: Reuters)". Only these positions are trusted: a short capitalised title line elsewhere
("Tin Quảng Bình") is not a byline.
"""

from __future__ import annotations

import re

from desktop_app.entities.grammar import Cand
from desktop_app.entities.lexicon import Lexicon, key_text
from desktop_app.entities.tokens import is_vietnamese_syllable, opening_on
from desktop_app.models import EntityType

_DATELINE = re.compile(r"(?m)^\(([^()\n]{2,40})\)\s*[-–—]")
# an initial with a dot before a name or another initial: "H.LONG", "A.Dũng", "Đ.H", "M.Phương"
_INITIALED = re.compile(r"[A-ZĐ]\.(?:[A-ZĐ]\.)*[A-ZĐ][\w]*")
_WORD = re.compile(r"[^\W\d_]+(?:[.\-][^\W\d_]+)*")
_CREDIT = re.compile(r"(?:\(|\b)(Ảnh|Nguồn ảnh|Nguồn|Video|Clip|Đồ họa|(?<=Tin, )ảnh)\s*:\s*")
_CREDIT_OPENERS = tuple(p + w for p in ("", "(") for w in ("ảnh", "nguồn", "video", "clip", "đồ họa"))  # folded
# "Công Thử (TTXVN)", "Hoàng Lâm/TTXVN": a credit name with its agency after it
_AGENCY_AFTER = re.compile(r"\s?[(/]")
# "Q.H (Tổng hợp)", "(TH)": the writer compiled the report; that names no source.
_COMPILED = frozenset({"tổng hợp", "th", "t.h", "tổng hợp từ báo chí", "theo tổng hợp"})
_SOURCE_LINE = re.compile(r"(?m)(?:^|(?<=[.!?…”\"] ))Theo ")
# a news site named by its domain: "Zing.vn", "VnExpress.net", "Dantri.com.vn"
_DOMAIN = re.compile(r"(?<![\w.@/])[A-Z][\w-]*\.(?:com\.vn|net\.vn|vn|com|net|org)(?![\w.]|\.\w)")
_DOMAIN_ENDS = (".vn", ".com", ".net", ".org")  # a text without one has no domain
# "Hiếu Công (Zing.vn)" at the end: the writer, then the source in parentheses
_NAME_AND_SOURCE = re.compile(r"(?P<name>[^()]+?) \((?P<src>[^()]+)\)")
_SOURCE_LEAD = re.compile(r"(?:[Tt]heo|[Nn]guồn:?|[Dd]ịch từ|[Dd]ịch theo|[Tt]ổng hợp từ) ")
# "(bốn nước đứng đầu khối ASEAN - PV)": the reporter's note
_REPORTER_NOTE = re.compile(r"[-–]\s*(PV|BTV|P\.V)\s*\)")
_ROAD = re.compile(
    r"(?<!\w)(?:[Qq]uốc lộ|[Tt]ỉnh lộ|[Hh]uyện lộ|QL|TL|ĐT|[Đđ]ường tỉnh|[Đđ]ường cao tốc)"
    r"\s?\d+[A-Z]?(?!\w)"
)
_ROAD_OPENERS = ("quốc lộ", "tỉnh lộ", "huyện lộ", "đường tỉnh", "đường cao tốc", "ql", "tl", "đt")  # folded
# Credits that name no one: the organisers ("Ảnh: BTC"), a file photo ("Ảnh: TL", "Ảnh: ST").
_NOT_NAMES = frozenset({"BTC", "TL", "ST", "NVCC", "CTV", "IT"})
_PERSON_STOP = frozenset({"head", "title", "admin", "central", "province", "country", "region"})
# Capitalised words that start a new sentence, never the tail of a credit name.
_SENTENCE_START = frozenset(
    "tại trả cú theo trước sau trong khi hiện được các những một này đây đó ông bà anh chị "
    "nghị với về từ để đến vào lúc ngày sáng chiều tối đêm hôm năm tháng cũng nhưng và là có "
    "không đã sẽ đang qua người lực hàng tảng nguồn khai thưởng tuy riêng dù bên".split()
)


# An abbreviation of words joined by "&" names a publisher or a company ("GD&TĐ", "KD&PL",
# "AT&T") unless it is a ministry's field ("Sở GD&ĐT", "ngành TN&MT") or a common noun ("M&A").
_AMPERSAND = re.compile(r"(?<![\w&,-])[A-ZĐ]{1,4}&[A-ZĐ]{1,4}(?![\w&-])")
_AMPERSAND_FIELDS = frozenset(
    "GD&ĐT TN&MT NN&PTNT KH&ĐT KH&CN TT&TT VH&TT TT&DL VHTT&DL PC&CC XD&PT LĐ&XH GTVT&XD "
    "M&A R&D Q&A B&B F&B R&B PR&M".split()
)


def ampersand_names(text: str) -> list[Cand]:
    """ "GD&TĐ - ...", "Thái Tân/KD&PL": a name made of initials joined by "&"."""
    if "&" not in text:
        return []
    return [
        Cand(m.start(), m.end(), EntityType.ORG, 3)
        for m in _AMPERSAND.finditer(text)
        if m.group() not in _AMPERSAND_FIELDS
    ]


def dateline_orgs(text: str) -> list[Cand]:
    """"(Tổ Quốc) - Chiều 31/3..." opens a news story with the publisher's name."""
    out = []
    for m in _DATELINE.finditer(text):
        name = m.group(1).strip()
        words = name.split()
        if all(w[0].isupper() for w in words) or ("." in name and " " not in name):
            out.append(Cand(m.start(1), m.start(1) + len(name), EntityType.ORG, 3))
    return out


def _name_shaped(words: list[str], lex: Lexicon, loose: bool = False) -> bool:
    """Words that can be a writer's name: "PV", initials, or capitalised name syllables.
    ``loose`` (a line of its own, or a name before its agency) takes any Vietnamese syllables,
    also when they spell a place ("Đông Sơn" signing an article)."""
    if len(words) == 1:
        w = words[0]
        return w == "PV" or bool(_INITIALED.fullmatch(w)) or (
            w.isupper() and 2 <= len(w) <= 4 and w.isalpha() and w not in _NOT_NAMES
        )
    if not 2 <= len(words) <= 4:
        return False
    if all(w.isalpha() and w.isupper() and len(w) > 1 for w in words):
        words = [w.capitalize() for w in words]  # "KHÁNH HƯƠNG", "ĐỖ CAO": a byline in capitals
    if not all(w.isalpha() and w[0].isupper() and (len(w) == 1 or w[1:].islower()) for w in words):
        return False
    if loose and len(words) <= 3 and all(is_vietnamese_syllable(w) for w in words) and not any(
        lex.phrases.get(key_text(w), frozenset()) & (_PERSON_STOP - {"province", "region"}) for w in words
    ):
        return True
    if any(lex.phrases.get(key_text(w), frozenset()) & _PERSON_STOP - {"province"} for w in words):
        return False
    if lex.phrases.get(key_text(" ".join(words)), frozenset()) & _PERSON_STOP:
        return False
    first = key_text(words[0])
    return first in lex.surnames or all(key_text(w) in lex.given_names for w in words)


# What a credit names that is nobody's: "Ảnh: Internet", "Ảnh: Photo".
_NO_SOURCE = frozenset({"Internet", "internet", "Photo", "Gallery", "Video", "Clip"})


def _source_or_person(
    text: str, start: int, end: int, lex: Lexicon, out: list[Cand], loose: bool = False
) -> None:
    """``X/Y`` credits: a name, then the agency ("Hoàng Lâm/TTXVN", "TTXVN/Tin Tức")."""
    pos = start
    parts = text[start:end].split("/")
    # "VGP/Thành Chung": beside a full name, a capitals-only part is the agency, whichever comes first
    shapes = [p.split() for p in parts]
    named = (
        len(parts) == 2
        and any(len(w) == 1 and 2 <= len(w[0]) <= 5 and w[0].isupper() and w[0].isalpha() for w in shapes)
        and any(2 <= len(w) <= 3 and all(x.istitle() for x in w) and _name_shaped(w, lex, loose=True) for w in shapes)
    )
    for part in parts:
        s = pos + len(part) - len(part.lstrip())
        e = pos + len(part.rstrip())
        pos += len(part) + 1
        if e <= s:
            continue
        words = text[s:e].split()
        agency = named and len(words) == 1 and len(words[0]) >= 2 and words[0].isupper() and words[0].isalpha()
        if agency or key_text(text[s:e]) in lex.known_orgs or (len(words) == 1 and words[0] in lex.abbreviations):
            out.append(Cand(s, e, EntityType.ORG, 6))
        elif (
            len(parts) == 1
            and len(words) == 1
            and words[0][1:].islower()
            and not is_vietnamese_syllable(words[0])
            and words[0] not in _NO_SOURCE
        ):
            out.append(Cand(s, e, EntityType.ORG, 6))  # "Ảnh: Apttravel", "Ảnh: Dulichvietnam": a website
        elif _name_shaped(words, lex, loose=loose or e < end or named):
            out.append(Cand(s, e, EntityType.PERSON, 6))
        elif s > start and all(w[0].isupper() for w in words) and len(words) <= 3:
            out.append(Cand(s, e, EntityType.ORG, 6))  # the agency after a slash


def _known_agency(part: str, lex: Lexicon) -> bool:
    return part in lex.abbreviations or key_text(part) in lex.known_orgs


def _credit_end(text: str, pos: int, lex: Lexicon) -> int:
    """End of a credit name: up to a slash-joined agency, punctuation or a new sentence."""
    end = pos
    count = 0
    for m in _WORD.finditer(text, pos):
        gap = text[end : m.start()]
        if count and gap not in (" ", "/"):
            break
        word = m.group()
        if not word[0].isupper():
            break
        if count == 1 and _INITIALED.fullmatch(text[pos:end]) and "." in text[pos:end]:
            break  # "H.Nụ" is a whole name
        if count and gap == " " and key_text(word) in _SENTENCE_START:
            break
        agency = text[pos:end].rsplit("/", 1)[-1]
        if gap == " " and "/" in text[pos:end] and (
            (_known_agency(agency, lex) and not _known_agency(f"{agency} {word}", lex))
            or (agency.isupper() and agency.isalpha() and len(agency) >= 2)  # "Quang Chinh/TGVN Công tác"
        ):
            break  # "Ảnh: An Đăng/TTXVN Tiếp theo ...": the agency ends the credit ("Getty Images" goes on)
        # a Vietnamese name has a surname first; without one a credit name has two syllables
        if count >= 2 and gap == " " and "/" not in text[pos:end]:
            first = key_text(text[pos : pos + len(text[pos:end].split()[0])])
            if first not in lex.surnames or count >= 3:
                break
        end = m.end()
        count += 1
        if count >= 6:
            break
    return end


def credits(text: str, lex: Lexicon) -> list[Cand]:
    """Photo credits and sources: "Ảnh: Minh Vũ", "(Nguồn: Getty Images)", "Ảnh: MT"."""
    out: list[Cand] = []
    for m in opening_on(_CREDIT, text, _CREDIT_OPENERS, fold=True):
        start = m.end()
        end = _credit_end(text, start, lex)
        if end <= start or text[start:end] in _NO_SOURCE:
            continue
        if m.group(1) in ("Nguồn", "Nguồn ảnh"):
            out.append(Cand(start, end, EntityType.ORG, 6))
        else:
            _source_or_person(text, start, end, lex, out, loose=bool(_AGENCY_AFTER.match(text, end)))
    return out


def bylines(text: str, lex: Lexicon) -> list[Cand]:
    """The writer's name at the very end: a last line, or the tail after the last sentence."""
    out: list[Cand] = []
    stripped = text.rstrip()
    if not stripped:
        return out
    line_start = stripped.rfind("\n") + 1
    tail_start = line_start
    # the tail after the last sentence end of the last paragraph ("... nguyên nhân. Đức Quyền")
    for m in re.finditer(r"[.!?…”\"):](?:/\.)?\s+", stripped[line_start:]):
        tail_start = line_start + m.end()
    tail = stripped[tail_start:]
    if tail.startswith("Theo "):
        tail_start += 5
        tail = tail[5:]
    elif (src := tail.find(", Theo ")) > 0 and tail[src + 7 :][:1].isupper() and len(tail[src + 7 :].split()) <= 4:
        # "Skye, Theo Tuổi Trẻ": the writer, then the source, a publisher unless a full name
        source = tail[src + 7 :].rstrip(".")
        if not _name_shaped(source.split(), lex):
            out.append(Cand(tail_start + src + 7, tail_start + src + 7 + len(source), EntityType.ORG, 6))
        return out
    if not tail or len(tail) > 60:
        return out
    words = tail.replace("/", " ").split()
    both = _NAME_AND_SOURCE.fullmatch(tail)
    if both and _name_shaped(both.group("name").split(), lex):
        out.append(Cand(tail_start, tail_start + both.end("name"), EntityType.PERSON, 6))
        src_start = tail_start + both.start("src")
        lead = _SOURCE_LEAD.match(text, src_start)
        if lead:
            src_start = lead.end()  # "Thu Phương (theo TASS)": the source after "theo"
        src = text[src_start : tail_start + both.end("src")]
        if src[:1].isupper() and src.casefold() not in _COMPILED:  # "(Tổng hợp)": compiled, no source
            out.append(Cand(src_start, tail_start + both.end("src"), EntityType.ORG, 6))
    elif "/" in tail:
        _source_or_person(text, tail_start, tail_start + len(tail.rstrip("./ ")), lex, out)  # not the full stop
    elif _name_shaped(words, lex, loose=True):
        out.append(Cand(tail_start, len(stripped), EntityType.PERSON, 6))
    elif text[tail_start - 5 : tail_start] == "Theo " and len(words) <= 4 and not tail.endswith("."):
        out.append(Cand(tail_start, len(stripped), EntityType.ORG, 6))
    return out


def source_orgs(text: str, lex: Lexicon) -> list[Cand]:
    """ "Theo BBC Sport, ..." names the source of a report: an organisation unless a person."""
    out: list[Cand] = []
    for m in opening_on(_SOURCE_LINE, text, ("Theo ",)):
        start = m.end()
        end = _credit_end(text, start, lex)
        if end <= start or text[end : end + 1] not in (",", "/"):
            continue
        words = text[start:end].split()
        if _name_shaped(words, lex) or any(key_text(w) in lex.phrases for w in words[:1]):
            continue
        out.append(Cand(start, end, EntityType.ORG, 3))
    return out


def reporter_notes_and_roads(text: str) -> list[Cand]:
    """"(... - PV)" marks the reporter, a PERSON; "quốc lộ 1A", "QL5" are places; "Zing.vn" is
    a news site, an ORG."""
    out = [Cand(m.start(1), m.end(1), EntityType.PERSON, 6) for m in _REPORTER_NOTE.finditer(text)]
    if any(end in text for end in _DOMAIN_ENDS):
        out += [Cand(m.start(), m.end(), EntityType.ORG, 6) for m in _DOMAIN.finditer(text)]
    out += [Cand(m.start(), m.end(), EntityType.LOC, 6) for m in opening_on(_ROAD, text, _ROAD_OPENERS, fold=True)]
    return out


# A newspaper named after its city: "Los Angeles Times", "Sydney Morning Herald", "Boston Globe".
_PAPER_WORDS = ("Times", "Post", "Herald", "Tribune", "Journal", "Telegraph", "Gazette", "Globe", "Chronicle", "Examiner")
_PAPER = re.compile(rf" (?:(?:Morning|Daily|Evening) )?(?:{'|'.join(_PAPER_WORDS)})(?![\w-])")
_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w-]* ){0,2}[A-Z][\w-]*$")


def place_papers(text: str, lex: Lexicon) -> list[Cand]:
    """One ORG for a known place and the newspaper word after it, not a LOC and a stray name;
    the place is the longest run of capitalised words right before the word that is one."""
    if not any(w in text for w in _PAPER_WORDS):
        return []
    out = []
    for m in _PAPER.finditer(text):
        run = _WORDS_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if run is None:
            continue
        words = run.group().split(" ")
        for n in range(len(words), 0, -1):  # "Theo Boston Globe": the place is "Boston"
            start = m.start() - len(" ".join(words[-n:]))
            if key_text(" ".join(words[-n:])) in lex.all_places and (start == 0 or not text[start - 1].isalnum()):
                out.append(Cand(start, m.end(), EntityType.ORG, 5))
                break
    return out
