"""Grammar rules for people and titles: where a personal name ends, what a title spans.

A mixin of ``grammar.Grammar`` (kept apart so each file reads as one subject); it uses the
place and organisation rules the grammar defines.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop_app.entities.grammar_words import (
    _AIDE_TITLES,
    _CLAUSE_OPENERS,
    _COMMON_COMPOUNDS,
    _COUNTING,
    _FUNCTION_WORDS,
    _HONORIFICS,
    _MIDDLE_NAMES,
    _MINISTER_TITLES,
    _NAME_STOP_CATS,
    MINISTRY_FIELD_ABBRS,
    SENTENCE_WORDS,
)
from desktop_app.entities.lexicon import Lexicon
from desktop_app.entities.tokens import Tokens, is_vietnamese_syllable

_DEMONSTRATIVES = frozenset({"này", "đó", "ấy", "kia", "trên"})
_BRAND = re.compile(r"(?:[A-Z][A-Za-z]*[a-z][Bb]ank|Vina[a-z]{3,}|Vin[a-z]*[A-Z][a-z]+)")


def is_brand_word(word: str) -> bool:
    """A company's coined name: "...Bank"/"...bank" (OceanBank, Agribank), the "Vina-" of state
    companies (Vinashin, Vinacomin), "Vin" + capital (VinFast). No Vietnamese syllable."""
    return bool(_BRAND.fullmatch(word)) and not is_vietnamese_syllable(word)


_FIRST_FIELDS: dict[int, frozenset[str]] = {}


def _first_fields(lex: Lexicon) -> frozenset[str]:
    """"bộ giáo dục" of "Bộ Giáo dục và Đào tạo": ministries also go by their first field."""
    got = _FIRST_FIELDS.get(id(lex.central_bodies))
    if got is None:
        got = frozenset(
            re.split(r",| và | - ", key)[0].strip()
            for key in lex.central_bodies
            if key.startswith("bộ ") and re.search(r",| và | - ", key)
        )
        _FIRST_FIELDS[id(lex.central_bodies)] = got
    return got


class PersonTitleRules:
    """Names and titles over ``self.t`` with ``self.lex`` (set by ``Grammar``)."""

    t: Tokens
    lex: Lexicon

    if TYPE_CHECKING:  # defined by Grammar; declared for type checkers only, so nothing shadows them

        def _place_end(self, k: int) -> int | None: ...
        def org_end(self, i: int, depth: int = 0) -> int | None: ...

    def name_end(self, k: int, min_len: int, limit: int = 4, announced: bool = False) -> int | None:
        """Last token of a personal name starting at ``k`` (``min_len`` words at least).
        ``announced``: a title or honorific stands before it, so a family name followed by a
        place's two syllables is a full name ("Phó Thủ tướng Trương Hòa Bình")."""
        t = self.t
        end = None
        i = k
        if k < len(t) and (t.word(k) in _HONORIFICS or t.key(k) == "thần"):
            return None  # "Sheikh", and "ông bà Thần Tài": a god, no person
        if k + 1 < len(t) and len(t.word(k)) == 1 and t.gap(k) == "." and t.word(k).isupper() and (
            t.is_title_word(k + 1) and not is_vietnamese_syllable(t.word(k + 1))
        ):
            return k + 1  # "V.Putin": an initial, then a foreign family name
        if k < len(t) and (place := self._place_end(k)) is not None and place > k and (
            not t.spaced(place) or not t.is_title_word(place + 1)
        ):
            return None  # "cầu thủ Việt Nam di chuyển": a country, no name
        # the run's lists read directly and its end fixed: the loop runs for every name word
        n, keys, cat_union, spaced_after = len(t), t.keys, t.cat_union, t.spaced_after
        stop = min(n, k + limit)
        while i < stop and t.is_title_word(i):
            if i > k and not spaced_after[i - 1]:
                break
            cats = cat_union[i]
            key = keys[i]
            if (key in SENTENCE_WORDS or cats & _NAME_STOP_CATS) and not (
                (i == k and "surname" in cats and key not in SENTENCE_WORDS) or self._last_syllable(k, i)
            ):
                break
            if i - k >= 2 and spaced_after[i] and (
                f"{key} {keys[i + 1]}" in _CLAUSE_OPENERS or ((c := t.longest(i, "cue")) is not None and c > i)
            ):
                break  # "Vũ Đình Duy Đối với ...", "... Duy Đối tượng": a clause or a new mention opens
            if i - k >= 2 and "surname" in cats and t.spaced(i) and t.is_title_word(i + 1) and (
                keys[i - 1] not in _MIDDLE_NAMES or keys[i - 1] == keys[k]
            ):
                break  # a second full name follows; not after "Thị": "Nguyễn Thị Kim Tiến"
            if i > k and (place := self._place_end(i)) is not None and place > i:
                if announced and i == k + 1 and "surname" in t.cats(k, k) and self._lone_pair(i):
                    end = i + 1  # "ông Trần Bình Giang": given names that also name a district
                break  # "... Hà Tĩnh" after a name is a place
            end = i
            i += 1
        if end is None or end - k + 1 < min_len:
            return None
        if end == k and t.spaced(k) and f"{t.key(k)} {t.key(k + 1)}" in _COMMON_COMPOUNDS:
            return None  # "Giám đốc Cơ quan ...", "Chánh án Tòa án": a common word of two syllables
        if t.longest(k, "known_org") is not None or any(
            is_brand_word(t.word(x)) or (x > k and t.word(x) in self.lex.org_suffixes) for x in range(k, end + 1)
        ):
            return None  # "cầu thủ Leicester City", "Chủ tịch OceanBank": a club, a company
        return end

    def _lone_pair(self, i: int) -> bool:
        """Two Vietnamese syllables from ``i`` that a place name spans, with no capital after."""
        t = self.t
        return (
            self._place_end(i) == i + 1
            and is_vietnamese_syllable(t.word(i))
            and is_vietnamese_syllable(t.word(i + 1))
            and not (t.spaced(i + 1) and t.is_cap(i + 2))
        )

    def _last_syllable(self, k: int, i: int) -> bool:
        """"Hứa Thị Hồng Đang", "Mai Văn Trường", "Châu Đăng Khoa": after a surname and a
        middle name, the last syllable of a run is the given name even when it is also a common
        or gazetteer word."""
        t = self.t
        if i - k >= 3 and t.spaced(i) and (
            f"{t.key(i)} {t.key(i + 1)}" in _CLAUSE_OPENERS or (t.key(i) in SENTENCE_WORDS and not t.is_cap(i + 1))
        ):
            return False  # "Lê Thanh Liêm Ngoài ra", "... Nghĩa Trong đầu tư": a clause opens
        return (
            i - k >= 2
            and "surname" in t.cats(k, k)
            and any(t.key(x) in _MIDDLE_NAMES or t.key(x) in self.lex.given_names for x in range(k + 1, i))
            and is_vietnamese_syllable(t.word(i))
            and not (t.spaced(i) and t.is_cap(i + 1))
        )

    def title_ends(self, i: int) -> list[int]:
        """Possible last tokens of a TITLE at ``i`` (longest first); empty when none."""
        t, lex = self.t, self.lex
        lower = not t.is_cap(i)
        if lower and not t.word(i)[0].islower():
            return []
        if "title" not in t.cat_union[i]:
            return []  # no title phrase starts here
        out = []
        for last, cats, key in t.phrases[i]:
            if "title" not in cats:
                continue
            if t.spaced(last) and t.key(last + 1) in ("quán", "ảo"):
                continue  # "Đại sứ quán": the embassy, not the envoy; "trợ lý ảo": a program
            end = last
            while t.spaced(end) and (q := t.longest(end + 1, "tqual")) is not None:
                end = q
            bound = lex.titles.get(key, False)
            if lower and last > i and not (i > 0 and t.spaced(i - 1) and t.is_cap(i - 1)):
                # "đại biểu Quốc hội khóa XIV": a lower-case title that ends on a central body
                for p in range(i, last):
                    if t.spaced(p) and t.is_cap(p + 1) and t.longest(p + 1, "central") is not None and (
                        "title" in t.cats(i, p)
                    ):
                        out.append(p)
                        break
            if lower and (bound or last == i) and not (key in lex.name_ranks and self._full_name_at(end + 1)):
                continue  # "trưởng", "đại biểu" in lower case are common words; a rank or degree
                # before a full name is a title ("thạc sĩ Nguyễn Đăng Thạch", "tướng Đỗ Kim Tuyến")
            ext = self._title_head(end)
            if ext is not None:
                out.append(ext)
            if key in _MINISTER_TITLES and end == last and (field := self._ministry_field(last)) is not None:
                out.append(field)
            if key in ("ủy viên", "uỷ viên") and (member := self._central_member(end)) is not None:
                out.append(member)
            # "Trưởng Công an thị xã": when the qualified title is not followed by a name, the
            # bare title still is (the qualifier opens the organisation)
            for stop in (end, last) if end != last else (end,):
                followed = t.spaced(stop) and t.is_cap(stop + 1) and t.key(stop + 1) not in SENTENCE_WORDS
                if (bound or (lower and (last == i or not self._bare_office(i, last)))) and not followed:
                    continue
                out.append(stop)
                if stop == end and end != last:
                    out.append(last)
                break
        if out and t.spaced(i) and f"{t.key(i)} {t.key(i + 1)}" in _AIDE_TITLES:
            top = max(out)
            if t.spaced(top) and (then := self.title_ends(top + 1)):
                out.append(then[0])  # "trợ lý Bộ trưởng Ngoại giao": the aide of an office, one office
        return sorted(set(out), reverse=True)

    def _full_name_at(self, k: int) -> bool:
        """A Vietnamese full name starts at ``k``: a surname and at least one more capitalised
        syllable, none of them opening a body ("Đoàn Kiểm tra" is a team)."""
        t = self.t
        return (
            0 < k < len(t) - 1
            and t.spaced(k - 1)
            and "surname" in t.cat_union[k]
            and t.longest(k, "head") is None
            and t.spaced(k)
            and t.is_title_word(k + 1)
            and t.longest(k + 1, "head") is None
            and is_vietnamese_syllable(t.word(k + 1))
            and t.kt[t.starts[k] : t.ends[k + 1]] not in self.lex.all_places  # "đại biểu Lâm Đồng"
        )

    def _bare_office(self, i: int, last: int) -> bool:
        """A lower-case title with no name after it still names an office ("yêu cầu tổng thống
        rút lại", "không phải giám đốc"), unless counted ("các cố vấn": people of a trade) or
        inside a name ("Đoàn đại biểu Quốc hội")."""
        t = self.t
        if any(t.is_cap(x) for x in range(i, last + 1)):
            return False  # "chức vụ Trưởng ban": "vụ" ends another word
        if self._offices_of_many(last):
            return False
        if i == 0 or not t.spaced(i - 1):
            return True
        return not t.is_cap(i - 1) and t.key(i - 1) not in _COUNTING

    def _offices_of_many(self, last: int) -> bool:
        """"bí thư (phó bí thư) các đảng ủy trực thuộc": the office in several bodies at once,
        a generic mention (a parenthesised alternative title is skipped)."""
        t = self.t
        j = last + 1
        if j < len(t) and "(" in t.gap(last):
            while j < len(t) - 1 and ")" not in t.gap(j):
                j += 1
            j += 1
        return j < len(t) and t.key(j) in ("các", "những")

    def _central_member(self, end: int) -> int | None:
        """"Ủy viên Trung ương như ...": a member of the Central Committee named without
        "Đảng" holds one office, "Ủy viên Trung ương"; with "Đảng" the body is named
        ("[Ủy viên] [Trung ương Đảng]"). Last token of the office, or None."""
        t = self.t
        k = end + 1
        if not (t.spaced(end) and k + 1 < len(t) and t.word(k) == "Trung" and t.key(k + 1) == "ương"):
            return None
        if t.spaced(k + 1) and k + 2 < len(t) and t.is_cap(k + 2):
            return None  # "Trung ương Đảng", "Trung ương Hội ...": a body follows
        return k + 1

    def _ministry_field(self, last: int) -> int | None:
        """"Bộ trưởng Kế hoạch và Đầu tư": a minister's title names the ministry's field without
        its head noun "Bộ"; the field belongs to the title. Last token of the field, or None."""
        t = self.t
        if not t.spaced(last):
            return None
        nxt = last + 1
        if t.is_abbr(nxt):
            j = nxt
            while j + 1 < len(t) and t.gap(j) == "&" and t.is_abbr(j + 1):
                j += 1
            return j if t.text[t.starts[nxt] : t.ends[j]] in MINISTRY_FIELD_ABBRS else None
        if not t.is_title_word(nxt):
            return None
        firsts = _first_fields(self.lex)
        for j in range(min(len(t) - 1, nxt + 7), nxt - 1, -1):
            field = f"bộ {t.kt[t.starts[nxt] : t.ends[j]]}"
            if field in self.lex.central_bodies:
                return j
            if field in firsts and j - nxt <= 2 and t.word(j + 1) not in ("và", ",") and all(
                t.is_cap(x) or t.word(x)[0].islower() for x in range(nxt, j + 1)
            ):
                return j  # "Bộ trưởng Giáo dục": the ministry named by its first field
        return None

    def _title_head(self, end: int) -> int | None:
        """"Giám đốc bệnh viện", "phó bí thư quận ủy", "chủ tịch Hội đồng": a head noun that
        names no organisation (nothing follows it) belongs to the title; last token or None."""
        t = self.t
        if not t.spaced(end):
            return None
        h = t.longest(end + 1, "head")
        if h is None or self.org_end(end + 1) is not None:
            return None
        if t.spaced(h) and (t.key(h + 1) not in _FUNCTION_WORDS or t.key(h + 1) in _DEMONSTRATIVES):
            return None  # "hiệu trưởng trường này": the school named before, no part of the title
        return h
