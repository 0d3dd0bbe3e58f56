"""Landmarks named with their kind: temples, pagodas, citadels, theatres, fishing ports.

"chùa Hương", "Hoàng thành Thăng Long", "Nhà hát Hòa Bình", "Cảng cá Thọ Quang": the kind word is
part of the place's name, and the capitalised words after it are a place, not a person ("Thăng
Long", "Hòa Bình" read alone as given names). The whole phrase is one LOC.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop_app.entities.grammar import Cand
from desktop_app.entities.grammar_words import PLURAL_WORDS, UPPER
from desktop_app.entities.lexicon import Lexicon, key_text
from desktop_app.entities.tokens import is_vietnamese_syllable, opening_on
from desktop_app.entities.units import place_after
from desktop_app.models import EntityType
from desktop_app.textnorm import search_key

_KINDS = (
    "chùa|đền|miếu|lăng|dinh|hoàng thành|thành cổ|kinh thành|nhà thờ|nhà hát|nhà văn hóa|nhà văn hoá|"
    "cảng cá|tháp|thiền viện|tu viện|sân bay quốc tế|sân bay|công viên|cầu"
)
# Words that make "cầu" part of another word: a request, a need, the globe ("yêu cầu Bộ ...").
# Kinds that are never a verb, so a foreign name after them is the landmark's ("sân bay Haneda").
_FOREIGN_KINDS = frozenset({"sân bay", "sân bay quốc tế", "nhà thờ", "nhà hát", "công viên", "tu viện"})
_NOT_BRIDGE = frozenset("yêu nhu toàn khẩn thỉnh cung địa mưu nài kêu đòi cầu".split())
_CAP = rf"[{UPPER}][\w-]*"
_LANDMARK = re.compile(
    rf"(?<!\w)(?<!\w-)(?P<kind>(?i:{_KINDS})) "  # "Mai Dịch -cầu Thăng Long": a dash, no space
    r"(?:(?P<admin>xã|phường|thôn|ấp|bản|làng|thị trấn) )?"
    rf"(?P<name>{_CAP}(?: {_CAP}){{0,2}})(?![\w-])"
)
_KIND_OPENERS = tuple(_KINDS.split("|"))


def _landmark_matches(text: str) -> Iterator[re.Match[str]]:
    """``_LANDMARK.finditer(text)``, tried only where a kind word occurs in lower case."""
    return opening_on(_LANDMARK, text, _KIND_OPENERS, fold=True)


# Fixed names with no kind word in front, or with a dash inside.
_FIXED = re.compile(
    r"(?<!\w)(?:Văn Miếu - Quốc Tử Giám|Văn Miếu|Quốc Tử Giám|Lăng Chủ tịch Hồ Chí Minh|lăng Chủ tịch Hồ Chí Minh"
    # monuments to the President: "Công viên Tượng đài Chủ tịch Hồ Chí Minh", "Khu di tích ..."
    r"|(?:Công viên )?[Tt]ượng đài Chủ tịch Hồ Chí Minh|Khu di tích Chủ tịch Hồ Chí Minh"
    # the buildings where the Government, the Party's Central Committee and the Assembly sit
    r"|Trụ sở (?:Chính [Pp]hủ|Trung ương Đảng|Quốc hội)(?! [A-ZĐ]))(?!\w)"
)
# An expressway or railway between two places is one named road: "cao tốc Hà Nội - Hải Phòng",
# "đường cao tốc TP.HCM - Trung Lương", "tuyến đường sắt Cát Linh - Hà Đông".
_END = rf"{_CAP}(?:\.{_CAP})?(?: {_CAP}){{0,2}}"
_ROUTE = re.compile(
    rf"(?<![\w-])(?:(?:[Đđ]ường (?:bộ )?)?[Cc]ao tốc|[Đđ]ường sắt(?: trên cao)?) "
    rf"(?:{_END} ?[-–] ?{_END}|Bắc Nam)(?![\w-])"  # "cao tốc Bắc Nam" is written without its dash too
)


# "đường vành đai 3", "Vành đai 2": ring roads go by number.
_RING_ROAD = re.compile(r"(?<![\w-])(?:[Đđ]ường )?[Vv]ành đai \d(?:,5)?(?!\w|,\d| ?k?m\b)")  # not "vành đai 2 km"
# "từ Bắc vào Nam", "từ Nam ra Bắc": the two halves of the country.
_NORTH_SOUTH = re.compile(r"(?<!\w)[Tt]ừ (?P<a>Bắc|Nam) (?:vào|ra|tới|đến|xuống|lên) (?P<b>Nam|Bắc)(?!\w)")


# A road or line between two places: "tuyến đường Hòa Thắng – Hòa Phú", "đoạn Mai Dịch - cầu
# Thăng Long": each end is a place (a bridge with its kind word).
_SEGMENT = re.compile(
    rf"(?<!\w)(?:[Tt]uyến đường|[Tt]uyến|[Đđ]oạn đường|[Đđ]oạn(?: từ)?) (?P<a>(?:cầu )?{_END}) ?[-–] ?"
    rf"(?P<b>(?:cầu )?{_END})(?![\w-])"
)


def routes(text: str) -> list[Cand]:
    """Expressways and railways named by their two ends, ring roads by their number, one LOC
    each; "từ Bắc vào Nam" names the two halves of the country; the two ends of a road segment."""
    out = []
    if "uyến" in text or "oạn" in text:
        for m in _SEGMENT.finditer(text):
            if not (m.group("a").isupper() or m.group("b").isupper()):  # "tuyến HAN-REP": flight codes
                out += [Cand(m.start(g), m.end(g), EntityType.LOC, 4) for g in ("a", "b")]
    if "cao tốc" in text or "sắt" in text or "Cao tốc" in text:
        out += [Cand(m.start(), m.end(), EntityType.LOC, 4) for m in _ROUTE.finditer(text)]
    if "ành đai" in text:
        out += [Cand(m.start(), m.end(), EntityType.LOC, 4) for m in _RING_ROAD.finditer(text)]
    if "ừ Bắc" in text or "ừ Nam" in text:
        for m in _NORTH_SOUTH.finditer(text):
            out += [Cand(m.start(g), m.end(g), EntityType.LOC, 4) for g in ("a", "b")]
    return out


# Capitalised words that open a new clause rather than go on with the name.
_CLAUSE_WORDS = frozenset("Theo Tại Trong Khi Sau Trước Ngày Hôm Sáng Chiều Tối Nhưng Và Còn Đây Đó".split())


def landmark_cands(text: str, lex: Lexicon) -> list[Cand]:
    out: list[Cand] = []
    if any(h in text for h in ("Văn Miếu", "Quốc Tử Giám", "ăng Chủ tịch", "Trụ sở", "ượng đài Chủ", "di tích Chủ")):
        out += [Cand(m.start(), m.end(), EntityType.LOC, 3) for m in _FIXED.finditer(text)]
    for m in _landmark_matches(text):
        before = text[max(0, m.start() - 20) : m.start()].split()
        if before and before[-1][:1].isupper() and before[-1][-1].isalnum() and text[m.start() - 1] == " ":
            continue  # "Đồng Tháp": the word ends a place's name, no tower
        if m.group("kind").lower().startswith("sân bay") and text[max(0, m.start() - 4) : m.start()].lower() == "tàu ":
            continue  # "tàu sân bay Kuznetsov": an aircraft carrier, no airport
        if m.group("kind").lower() == "cầu" and (
            (before and before[-1].lower() in _NOT_BRIDGE)
            or any(search_key(" ".join(m.group("name").split()[:n])) in lex.org_heads for n in (1, 2))
        ):
            continue  # "yêu cầu Bộ Công an": a request, no bridge
        words = m.group("name").split()
        while words and words[-1] in _CLAUSE_WORDS:
            words.pop()
        if not words or words[0] in _CLAUSE_WORDS:
            continue
        if words[0] in ("TP", "TP.") or (
            m.group("kind").lower() not in _FOREIGN_KINDS and not all(is_vietnamese_syllable(w) for w in words)
        ):
            continue  # "đền Sergio": "đền" is the verb "to pay back"; but "sân bay Haneda"
        if key_text(" ".join(words)) in lex.countries | lex.regions:
            continue  # "chùa Bắc Bộ", "chùa Việt Nam": pagodas of a region, no name
        end = m.start("name") + len(" ".join(words))
        if text.startswith(" tịch", end):
            continue  # "Lăng Chủ tịch ...": a title opens the name
        out.append(Cand(m.start(), end, EntityType.LOC, 3))
    return out


_LIST_GAPS = frozenset({", ", " và ", " hoặc ", " - ", " – "})


def listed_places(text: str, accepted: list[Cand], lex: Lexicon) -> list[Cand]:
    """A gazetteer place read as a name is a place when it stands alone in parentheses after a
    place ("chùa Hương (Mỹ Đức)") or in a list right after one ("các huyện Tam Nông, Thanh Bình")."""
    if not any(c.type is EntityType.PERSON for c in accepted):
        return accepted
    places = lex.provinces | lex.admin_only_places
    out = list(accepted)
    chain = -1  # index of the last LOC of a list opened by an administrative word ("các xã A, B")
    for idx, c in enumerate(out):
        if c.type is EntityType.LOC and _opens_admin_list(text, c, lex):
            chain = idx
        if c.type is not EntityType.PERSON or c.prio >= 9:
            continue
        prev = out[idx - 1] if idx > 0 else None
        listed = prev is not None and prev.type is EntityType.LOC and text[prev.end : c.start] in _LIST_GAPS
        words = text[c.start : c.end].split()
        if listed and chain == idx - 1 and len(words) <= 3 and not (len(words) == 3 and key_text(words[0]) in lex.surnames):
            out[idx] = Cand(c.start, c.end, EntityType.LOC, c.prio, c.key)  # "các xã Minh Xuân, Yên Thắng"
            chain = idx
            continue
        if key_text(text[c.start : c.end]) not in places:
            continue
        bracketed = text[c.start - 1 : c.start] == "(" and text[c.end : c.end + 1] == ")"
        if bracketed and prev is not None and prev.type is EntityType.LOC and prev.end >= c.start - 2:
            out[idx] = Cand(c.start, c.end, EntityType.LOC, c.prio, c.key)
        elif listed:
            out[idx] = Cand(c.start, c.end, EntityType.LOC, c.prio, c.key)
    return out


_PLURAL = re.compile(rf"(?i:{'|'.join(sorted(PLURAL_WORDS))}|\d+) $")


def _opens_admin_list(text: str, c: Cand, lex: Lexicon) -> bool:
    """The LOC starts with an administrative word after a plural ("các xã Minh Xuân", "2 xã
    Nghĩa Hòa"), or is named right after one: the names listed after it are places of that kind."""
    words = text[c.start : c.end].split()
    before = text[max(0, c.start - 16) : c.start]
    if len(words) >= 2 and key_text(words[0]) in lex.admin_words:
        return bool(_PLURAL.search(before))
    tail = before.rsplit(" ", 2)
    return len(tail) == 3 and key_text(tail[1]) in lex.admin_words and bool(_PLURAL.search(tail[0] + " "))


# "số 2 Phùng Hưng, quận Hà Đông": a house number, then the street's name, then its district.
_ADDRESS = re.compile(
    rf"(?<!\w)[Ss]ố \d+[A-Za-z]?(?:/\d+[A-Za-z]?)* (?P<name>{_CAP}(?: {_CAP}){{0,3}}),? "
    r"(?:phường|quận|huyện|xã|thị xã|thị trấn|thành phố|TP|P\.|Q\.)"
)


def address_streets(text: str) -> list[Cand]:
    return [
        Cand(m.start("name"), m.end("name"), EntityType.LOC, 3)
        for m in opening_on(_ADDRESS, text, ("số ",), fold=True)
        if all(is_vietnamese_syllable(w) for w in m.group("name").split())
    ]


# "nút giao Nguyễn Chánh - Trần Duy Hưng", "ngã tư Hàng Bài": the streets that meet there, named
# after people more often than not, each a LOC without the junction word.
_STREET = rf"[{UPPER}]\w*(?: [{UPPER}]\w*){{0,3}}"
_JUNCTION = re.compile(
    rf"(?<!\w)(?:[Nn]út giao(?: thông)?|[Nn]gã (?:tư|ba|năm|sáu|bảy)|[Gg]iao lộ) "
    rf"(?P<a>{_STREET})(?:\s?[-–]\s?(?P<b>{_STREET}))?(?![\w])"
)


def _street_end(text: str, start: int, end: int, lex: Lexicon) -> int:
    """End of the street's own words in ``text[start:end]``: a body or a new clause after them
    ("ngã tư Hàng Bài Công an quận ...") is not part of the name."""
    words = text[start:end].split(" ")
    pos = start + len(words[0])
    for word in words[1:]:
        pair = key_text(" ".join(text[pos + 1 :].split(" ", 2)[:2]))
        if word in _CLAUSE_WORDS or (" " in pair and pair in lex.org_heads):  # "Công an"; "Ngọc Hội" goes on
            return pos
        pos += 1 + len(word)
    return end


def junction_streets(text: str, lex: Lexicon) -> list[Cand]:
    """One LOC per street named at a junction ("nút giao", "ngã tư", "giao lộ")."""
    if "giao" not in text and "ngã" not in text and "Ngã" not in text and "Giao" not in text:
        return []
    out = []
    for m in _JUNCTION.finditer(text):
        for g in ("a", "b"):
            if m.group(g) is not None:
                out.append(Cand(m.start(g), _street_end(text, m.start(g), m.end(g), lex), EntityType.LOC, 4))
    return out


# "ở Tây Mosul", "tại Nam Thái Bình Dương": a compass word before a foreign place or a sea names
# a part of it, one LOC; only right after "ở" or "tại" (a given name "Nam" goes before places too:
# "từ Nam Anh", and "miền Đông Bắc Tây Ban Nha" is the region, then the country).
_COMPASS = re.compile(r"(?P<dir>(?:Đông|Tây) (?:Bắc|Nam)|Bắc|Nam|Đông|Tây)(?= [A-ZĐ])")
# "tại Cupertino, California": an unknown name placed by the known place after its comma.
_PLACED = re.compile(r"(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}),(?= [A-ZĐ])")
_GOES_ON = re.compile(r" [A-ZĐ]")


def _after_locatives(text: str) -> list[int]:
    """Positions right after the words "ở" and "tại" (found with ``str.find``: a regex that
    opens on these words tries every position of the text)."""
    out = []
    for word in ("ở ", "tại "):
        pos = text.find(word)
        while pos >= 0:
            if pos == 0 or not text[pos - 1].isalnum():
                out.append(pos + len(word))
            pos = text.find(word, pos + 1)
    return out


def compass_places(text: str, lex: Lexicon) -> list[Cand]:
    """A compass word and a foreign place after "ở"/"tại" as one LOC, and an unknown foreign
    name there that a known place after its comma places ("tại Cupertino, California")."""
    out: list[Cand] = []
    for pos in _after_locatives(text):
        if (m := _COMPASS.match(text, pos)) is not None:
            end = place_after(text, m.end(), lex.all_places)
            if end is not None and key_text(text[m.end() + 1 : end]) not in lex.provinces:
                out.append(Cand(m.start(), end, EntityType.LOC, 4))
        elif (m := _PLACED.match(text, pos)) is not None:
            name = m.group("name")
            if key_text(name) in lex.all_places or all(is_vietnamese_syllable(w) for w in name.split()):
                continue  # a known place already, or a Vietnamese name (a person's, maybe)
            end = place_after(text, m.end(), lex.all_places)
            if end is not None and not _GOES_ON.match(text, end):  # the whole name after the comma
                out.append(Cand(m.start("name"), m.end("name"), EntityType.LOC, 2))
    return out
