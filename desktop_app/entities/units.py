"""Named units the token grammar does not build: military formations, hydropower projects and
"Cộng hòa X" country names.

- A military formation is its head noun, lower case included, with its number or its name:
  [lữ đoàn 101], [sư đoàn dự bị số 9], [trung đoàn Hổ Mang], [lữ đoàn 12 Vệ binh Quốc gia].
- A hydropower plant or project is named after "thủy điện" (the word itself is not part of the
  name): thủy điện [Hòa Bình], thủy điện [Sơn La] và [Lai Châu], thủy điện [Đồng Nai 3]. A river
  followed by a number names a project too, since rivers are never numbered: [sông Đà 5].
- "Cộng hòa" + a capitalised name, with no capitalised word before it, names a country:
  [Cộng hòa Séc], [cộng hòa Dominica] (but "Đảng Cộng hòa", "Vệ binh Cộng hòa" stay as they are).
"""

from __future__ import annotations

import re
from itertools import accumulate

from desktop_app.entities.grammar import Cand
from desktop_app.entities.tokens import opening_on
from desktop_app.models import EntityType
from desktop_app.textnorm import search_key

_WORD_SPLIT = re.compile(r"(\w+(?:[-/'’]\w+)*)")
_MILITARY = frozenset({"lữ đoàn", "sư đoàn", "trung đoàn", "tiểu đoàn", "quân đoàn", "binh đoàn"})
_HYDRO = frozenset({"thủy điện", "thuỷ điện"})
_REPUBLIC = frozenset({"cộng hòa", "cộng hoà"})
# the second words of those pairs: the loops below visit only the words before one of them
_MILITARY_2ND = frozenset(p.split()[1] for p in _MILITARY)
_HYDRO_2ND = frozenset(p.split()[1] for p in _HYDRO)
_REPUBLIC_2ND = frozenset(p.split()[1] for p in _REPUBLIC)
# lower-case words that stop a unit's descriptor ("sư đoàn [dự bị] số 9")
_STOP = frozenset(
    "của và là đã đang sẽ được bị cho với tại ở trong về từ theo có không cũng này đó các những "
    "một thuộc khác mới cùng".split()
)
_NUMBER = re.compile(r"\d+[A-Za-z]?")


def _cap(w: str) -> bool:
    return w[:1].isupper()


class _Words:
    def __init__(self, text: str) -> None:
        self.text = text
        # offsets from the lengths of split's pieces (gap, word, gap, ...): no match objects
        parts = _WORD_SPLIT.split(text)
        bounds = list(accumulate(map(len, parts)))
        self.words = parts[1::2]
        self.starts = bounds[0:-1:2]
        self.ends = bounds[1::2]
        self.low = list(map(str.lower, self.words))
        self._spaced = [gap == " " for gap in parts[2:-1:2]] + [False]

    def spaced(self, k: int) -> bool:
        """Word ``k`` and ``k + 1`` are separated by one space only."""
        return k + 1 < len(self.words) and self._spaced[k]

    def pair(self, k: int) -> str:
        return f"{self.low[k]} {self.low[k + 1]}" if self.spaced(k) else ""

    def where(self, word: str) -> list[int]:
        """Ascending indices of the lower-case ``word`` (list.index: no Python loop per word)."""
        out = []
        k = -1
        while True:
            try:
                k = self.low.index(word, k + 1)
            except ValueError:
                return out
            out.append(k)

    def before(self, second: frozenset[str], stop: int) -> list[int]:
        """Ascending ``k < stop`` whose next word is in ``second``: where a pair may start."""
        return sorted(k - 1 for word in second for k in self.where(word) if 0 < k <= stop)


def _name_run(w: _Words, k: int, limit: int = 4) -> int | None:
    """Last word of a name starting at ``k``: capitalised words, each optionally followed by
    one lower-case syllable ("Vệ binh Cộng hòa", "Al-Qassem"). None when ``k`` is lower case."""
    if k >= len(w.words) or not _cap(w.words[k]) or _NUMBER.fullmatch(w.words[k]):
        return None
    end = k
    n = 1
    while n < limit and w.spaced(end):
        nxt = w.words[end + 1]
        if _cap(nxt):
            end += 1
        elif _cap(w.words[end]) and nxt.isalpha() and w.low[end + 1] not in _STOP and w.spaced(end + 1) and _cap(
            w.words[end + 2]
        ):
            end += 1  # "Vệ binh Cộng ...": a lower syllable between capitals
        elif _cap(w.words[end]) and nxt.isalpha() and w.low[end + 1] not in _STOP and any(
            not _cap(x) for x in w.words[k:end]
        ):
            end += 1  # "Vệ binh Cộng hòa": a name in sentence case closes its last word
            break
        else:
            break
        n += 1
    return end


def _military(w: _Words, out: list[Cand]) -> None:
    for i in w.before(_MILITARY_2ND, len(w.words) - 2):
        if w.pair(i) not in _MILITARY or not w.spaced(i + 1):
            continue
        if i > 0 and _cap(w.words[i - 1]) and w.text[w.ends[i - 1] : w.starts[i]] == " ":
            continue
        k = i + 2
        # up to two lower-case descriptor words before "số N" ("sư đoàn dự bị số 9")
        j = k
        while j < k + 2 and j < len(w.words) and w.low[j] != "số" and w.words[j].isalpha() and not _cap(
            w.words[j]
        ) and w.spaced(j):
            j += 1
        if j < len(w.words) - 1 and w.low[j] == "số" and w.spaced(j) and _NUMBER.fullmatch(w.words[j + 1]):
            out.append(Cand(w.starts[i], w.ends[j + 1], EntityType.ORG, 4))
            continue
        if _NUMBER.fullmatch(w.words[k]):
            end = k
            if w.spaced(k) and (run := _name_run(w, k + 1)) is not None:
                end = run
            out.append(Cand(w.starts[i], w.ends[end], EntityType.ORG, 4))
            continue
        run = _name_run(w, k, 3)
        if run is not None:
            out.append(Cand(w.starts[i], w.ends[run], EntityType.ORG, 4))


def _project_name(w: _Words, k: int) -> int | None:
    """Last word of a hydropower name at ``k``: "Sơn La", "Đồng Nai 3", "sông Đà 5"."""
    if k >= len(w.words):
        return None
    if w.low[k] == "sông" and w.spaced(k):
        end = _name_run(w, k + 1, 3)
    else:
        end = _name_run(w, k, 3)
        # a lower syllable completes a name before its number ("Đắk mi 4")
        if end is not None and w.spaced(end) and w.words[end + 1].isalpha() and not _cap(w.words[end + 1]) and (
            w.spaced(end + 1) and _NUMBER.fullmatch(w.words[end + 2])
        ) and w.low[end + 1] not in _STOP:
            end += 1
    if end is None:
        return None
    if w.spaced(end) and _NUMBER.fullmatch(w.words[end + 1]):
        end += 1
    return end


def _hydro(w: _Words, out: list[Cand]) -> None:
    n = len(w.words)
    rivers = [k for k in w.where("sông") if k < n - 1]
    for i in sorted(set(rivers + w.before(_HYDRO_2ND, n - 1))):
        if w.low[i] == "sông" and w.spaced(i) and (end := _name_run(w, i + 1, 3)) is not None and (
            w.spaced(end) and _NUMBER.fullmatch(w.words[end + 1])
        ):
            after = w.text[w.ends[end + 1] : w.ends[end + 1] + 2]
            if not re.match(r"[.,]\d", after) and (
                end + 2 >= n or not w.spaced(end + 1) or w.low[end + 2] not in ("km", "m", "triệu", "tỷ")
            ):
                out.append(Cand(w.starts[i], w.ends[end + 1], EntityType.ORG, 4))
        if w.pair(i) not in _HYDRO or not w.spaced(i + 1):
            continue
        k = i + 2
        while (end := _project_name(w, k)) is not None:
            out.append(Cand(w.starts[k], w.ends[end], EntityType.ORG, 4))
            if end + 2 < n and w.low[end + 1] == "và" and w.spaced(end) and w.spaced(end + 1):
                k = end + 2
            elif end + 1 < n and w.text[w.ends[end] : w.starts[end + 1]] == ", ":
                k = end + 1
            else:
                break


def _country_end(w: _Words, k: int, end: int, countries: frozenset[str]) -> int:
    """The run from ``k`` up to the first word that closes a country's name: "Cộng hòa Dân chủ
    Nhân dân Lào Thongloun Sisoulith" is the state, then its prime minister."""
    for e in range(k, end + 1):
        if any(search_key(" ".join(w.words[j : e + 1])) in countries for j in range(max(k, e - 3), e + 1)):
            return e
    return end


def _republics(w: _Words, out: list[Cand], countries: frozenset[str]) -> None:
    for i in w.before(_REPUBLIC_2ND, len(w.words) - 2):
        if w.pair(i) not in _REPUBLIC or not w.spaced(i + 1):
            continue
        if i > 0 and _cap(w.words[i - 1]) and w.text[w.ends[i - 1] : w.starts[i]] == " ":
            continue  # "Đảng Cộng hòa", "Vệ binh Cộng hòa"
        if w.low[i + 2] == "xã":
            continue  # "Cộng hòa Xã hội chủ nghĩa ...": the state's full name
        end = _name_run(w, i + 2, 6)
        if end is None:
            continue
        end = _country_end(w, i + 2, end, countries)
        out.append(Cand(w.starts[i], w.ends[end], EntityType.LOC, 4))


# Each rule starts from one of these (a unit's pair of words, or a river): a text without any has
# no unit, and is not split into words (six texts in seven).
_UNIT_WORDS = (*sorted(_MILITARY | _HYDRO | _REPUBLIC), "sông")


def unit_cands(text: str, countries: frozenset[str] = frozenset()) -> list[Cand]:
    """Candidates for military units, hydropower projects and "Cộng hòa X" countries."""
    low = text.lower()
    if not any(word in low for word in _UNIT_WORDS):
        return []
    w = _Words(text)
    out: list[Cand] = []
    _military(w, out)
    _hydro(w, out)
    _republics(w, out, countries)
    return out


_HEAD_ABBR = re.compile(
    r"(?<!\w)(?:Bộ|Sở|Cục|Vụ|Ban|Tổng cục|Trung tâm|Phòng) [A-ZĐ]{1,4}(?:[-&][A-ZĐ]{1,4})+(?![\w&-])"
)
_HEAD_ABBR_OPENERS = tuple(w + " " for w in ("Bộ", "Sở", "Cục", "Vụ", "Ban", "Tổng cục", "Trung tâm", "Phòng"))
_JOIN = re.compile(r"(?<=\w)(?:-| [-–] )(?=[A-ZĐ])")


# What may follow such a name as its place: "Sở GD&ĐT Nghệ An", "Sở TN&MT tỉnh Lào Cai".
_PLACE_AFTER = re.compile(
    r" ((?:tỉnh |thành phố |TP\.? ?|huyện |quận |thị xã )?)((?:[A-ZĐ][\w.]*)(?: [A-ZĐ]\w*){0,3})"
)
# "Trưởng phòng GD&ĐT huyện Nghi Lộc": the head of an office named by an abbreviation holds the
# title "Trưởng", and the office keeps its head noun ("phòng GD&ĐT ...").
_CHIEF_OF_ABBR = re.compile(
    r"(?<!\w)(?P<title>(?:Phó [Tt]|[Tt])rưởng) (?P<head>phòng|ban|khoa) [A-ZĐ]{2,6}(?:[-&][A-ZĐ]{1,4})*(?![\w&-])"
)
_CHIEF_OF_ABBR_OPENERS = ("phó trưởng ", "trưởng phòng ", "trưởng ban ", "trưởng khoa ")  # folded


def _place_end(m: re.Match[str] | None, places: frozenset[str]) -> int | None:
    """End of the longest known place that the capitalised words of ``m``'s last group open."""
    if m is None or m.group(m.lastindex or 0) is None:
        return None
    g = m.lastindex or 0
    words = m.group(g).split()
    for n in range(len(words), 0, -1):
        if search_key(" ".join(words[:n])) in places:
            return m.start(g) + len(" ".join(words[:n]))
    return None


def place_after(text: str, pos: int, places: frozenset[str]) -> int | None:
    """End of the known place that the capitalised words right after ``pos`` (and a space) open."""
    return _place_end(_BARE_PLACE.match(text, pos), places)


def head_abbreviations(text: str, provinces: frozenset[str] = frozenset()) -> list[Cand]:
    """A head noun and a hyphenated abbreviation of its fields: [Bộ GD-ĐT], [Sở VH-TT&DL], with
    the province that follows: [Sở GD&ĐT Nghệ An]."""
    out = []
    for m in opening_on(_HEAD_ABBR, text, _HEAD_ABBR_OPENERS):
        end = _place_end(_PLACE_AFTER.match(text, m.end()), provinces) or m.end()
        out.append(Cand(m.start(), end, EntityType.ORG, 4))
    for m in opening_on(_CHIEF_OF_ABBR, text, _CHIEF_OF_ABBR_OPENERS, fold=True):
        end = _place_end(_PLACE_AFTER.match(text, m.end()), provinces) or m.end()
        out.append(Cand(m.start("title"), m.end("title"), EntityType.TITLE, 4))
        out.append(Cand(m.start("head"), end, EntityType.ORG, 4))
    return out


# Police, fire and coast-guard forces, which are bodies when a place names whose they are:
# "Cảnh sát PCCC tỉnh Quảng Ngãi", "PCCC quận 7", "Tuần duyên Hoa Kỳ", "cảnh sát biển Việt Nam";
# a region of the coast guard is one by its number: "Vùng 2 Cảnh sát biển".
_FORCE = re.compile(
    r"(?<!\w)(?:(?:Cảnh sát|cảnh sát(?= biển)) (?:PCCC(?: (?:và|&) CNCH)?|PCCC&CNCH|[Gg]iao thông|[Cc]ơ động|[Bb]iển|Liên bang)"
    r"|[Tt]uần duyên|PCCC|CSGT|(?P<region>Vùng \d+ (?:Cảnh sát [Bb]iển|CSB(?:VN)?)|Vùng Cảnh sát [Bb]iển \d+))(?![\w&])"
)
_FORCE_OPENERS = ("cảnh sát", "tuần duyên", "pccc", "csgt", "vùng")  # folded
_CITY_DISTRICT = re.compile(r" quận \d+(?!\w)")  # "PCCC quận 7": districts go by number
_BARE_PLACE = re.compile(r" ([A-ZĐ][\w-]*(?:\.[A-ZĐ][\w-]*)*(?: [A-ZĐ][\w-]*){0,3})")  # "TP.HCM", "Việt Nam"


def forces(text: str, places: frozenset[str]) -> list[Cand]:
    """Police, fire and coast-guard forces of a place: [Cảnh sát PCCC tỉnh Quảng Ngãi],
    [PCCC quận 7], [Tuần duyên Hoa Kỳ], [Vùng 2 Cảnh sát biển Việt Nam]."""
    out = []
    for m in opening_on(_FORCE, text, _FORCE_OPENERS, fold=True):
        end = place_after(text, m.end(), places)  # "CSGT TP.HCM"
        if end is None and (d := _CITY_DISTRICT.match(text, m.end())) is not None:
            end = d.end()
        if end is None:
            end = _place_end(_PLACE_AFTER.match(text, m.end()), places)  # "... tỉnh Quảng Ngãi"
        if end is None and m.group("region"):
            end = m.end()
        if end is not None:
            out.append(Cand(m.start(), end, EntityType.ORG, 4))
    return out


def split_joined(text: str, cands: list[Cand], heads: dict[str, frozenset[str]]) -> list[Cand]:
    """"Phòng Quản lý đô thị-Sở Xây dựng": two bodies joined by a bare hyphen are two ORGs
    when the part after it opens with an organisation's head noun."""
    out = []
    for c in cands:
        if c.type is EntityType.ORG and "-" in text[c.start : c.end]:
            m = _JOIN.search(text, c.start, c.end)
            if m is not None:
                right = text[m.end() : c.end].split()
                if any(search_key(" ".join(right[:n])) in heads for n in (1, 2)) and m.start() - c.start > 3:
                    out.append(Cand(c.start, m.start(), c.type, c.prio))
                    out.append(Cand(m.end(), c.end, c.type, c.prio))
                    continue
        out.append(c)
    return out
