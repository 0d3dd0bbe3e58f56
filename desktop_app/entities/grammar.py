"""Token grammar for ORG, LOC, PERSON and TITLE candidates.

Organisations open with a head noun (Bộ, Ban, Cục, Tỉnh ủy, UBND...) and go on with a field name
(Công an, Tổ chức), capitalised words or codes, then qualifiers (Trung ương, Khối, a place, an
abbreviation, "số 7", a parent body). People follow a title, a rank or an honorific, or start with
a family name. Candidates may overlap; ``extractor`` resolves them.

The rules are split by subject into mixins: places (``grammar_places``), people and titles
(``grammar_people``), where an organisation's name ends (``grammar_tails``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import compress

from desktop_app.entities.grammar_people import PersonTitleRules
from desktop_app.entities.grammar_places import PlaceRules
from desktop_app.entities.grammar_tails import OrgTailRules, _is_dash
from desktop_app.entities.grammar_units import _ASSEMBLY_COMMITTEE_HEADS, _UNIT_HEADS, UnitRules
from desktop_app.entities.grammar_words import (
    _ABOUT_HEADS,
    _BARE_ADMIN,
    _CODE,
    _COMMITTEE_FIRST,
    _COMPANY_HEADS,
    _COUNTING,
    _DOTTED_ADMIN,
    _FORCE_ABBRS,
    _HEAD_PREFIX_COMPOUNDS,
    _KIN_CUES,
    _LEVEL_QUALIFIERS,
    _LOWER_HEADS,
    _LOWER_NAMED_HEADS,
    _MASS_HEADS,
    _MIDDLE_NAMES,
    _NATIONAL_BODIES,
    _OPEN_FIELDS,
    _PAIR_FIRST,
    _PAIR_WORDS,
    _PLACE_CATS,
    _RANKS,
    _STOP_CATS,
    _TITLE_PREFIXES,
    _WORLD_QUALIFIERS,
    MINISTRY_FIELD_ABBRS,
    PLURAL_WORDS,
    SENTENCE_WORDS,
)
from desktop_app.entities.lexicon import Lexicon
from desktop_app.entities.tokens import Tokens, bounded, is_vietnamese_syllable
from desktop_app.models import EntityType
from desktop_app.textnorm import search_key

# A text that names England or the United Kingdom, where a sentence may open on "Anh" the country.
# ("Anh" first and the word before it checked behind: the engine then skips to each "Anh")
_ENGLAND = re.compile(
    r"Anh(?:(?:(?<=[Nn]ước Anh)|(?<=[Vv]ương quốc Anh)|(?<=[Nn]gười Anh)|(?<=[Tt]ại Anh)|(?<=[Ởở] Anh)"
    r"|(?<=[Cc]hính phủ Anh)|(?<=[Tt]hủ tướng Anh)|(?<=[Nn]goại trưởng Anh))(?!\w)| quốc)"
)
# Administrative units and waters listed after a plural ("các xã A, B", "các sông Thao, Lô"); not
# "các kênh" (channels), "các vùng", "mọi miền", "hai bản Ghi nhớ" (copies).
_PLURAL_ADMIN = frozenset(
    search_key(w)
    for w in "tỉnh|thành phố|thị xã|thị trấn|huyện|quận|phường|xã|ấp|thôn|làng|bang|tiểu bang|xóm|sông|đảo".split("|")
)
# Heads of steering committees, named by a subject in lower case ("Ban chỉ đạo điều hành giá").
_SUBJECT_HEADS = frozenset({search_key("ban chỉ đạo")})
# Armed forces named after "Lực lượng", which then only describes them.
_FORCE_BODIES = frozenset(search_key(w) for w in ("công an", "cảnh sát", "bộ đội", "quân đội"))



def h_tags_numbered(g: Grammar, i: int) -> bool:
    """The head at ``i`` names a team that is an organisation only with a number."""
    h = g.t.longest(i, "head")
    if h is None:
        return False
    if "numbered" not in g.lex.org_heads.get(g.t.kt[g.t.starts[i] : g.t.ends[h]], frozenset()):
        return False
    # "Đoàn Kiểm tra" written as a name stands for one team; "Đoàn kiểm tra" needs its number
    return h > i and g.t.word(i + 1)[0].islower()


@dataclass(slots=True)
class Cand:
    """A candidate span; ``prio`` breaks ties between spans of equal length (higher wins)."""

    start: int
    end: int
    type: EntityType
    prio: int
    key: str | None = None


class Grammar(PlaceRules, PersonTitleRules, OrgTailRules, UnitRules):
    """Candidate finder over one tokenised text (state is per text, never shared)."""

    def __init__(self, tokens: Tokens, lex: Lexicon, abbreviations: frozenset[str]) -> None:
        self.t = tokens
        self.lex = lex
        self.abbrs = abbreviations  # known + defined in this document
        self._orgs: dict[tuple[int, int], int | None] = {}  # org_end memo: titles ask again
        # tokens that may be abbreviated administrative words ("Q." in "Q.Tân Phú"), found once
        self._england = bool(_ENGLAND.search(tokens.text))
        self._dotted = frozenset(bisect_left(tokens.starts, m.start()) for m in bounded(_DOTTED_ADMIN, tokens.text))

    # --- helpers -------------------------------------------------------------------------
    def _qualifier_word(self, k: int) -> bool:
        """Words the qualifier loop handles: Trung ương, Khối, Bộ, Đảng."""
        t = self.t
        word = t.word(k)
        if word in ("Khối", "Bộ", "Đảng"):
            return True
        return t.key(k) == "trung" and t.spaced(k) and t.key(k + 1) == "ương"

    def _starts_person(self, k: int) -> bool:
        t = self.t
        return "surname" in t.cats(k, k) and t.spaced(k) and t.is_title_word(k + 1)

    def _cap_run(self, k: int, limit: int, names_ok: bool = False) -> int | None:
        """Last token of a run of capitalised words from ``k`` (not titles, heads, cues)."""
        t = self.t
        end = None
        i = k
        while i < len(t) and (i - k) < limit and t.is_cap(i):
            if i > k and not t.spaced(i - 1):
                break
            if not t.cat_union[i].isdisjoint(_STOP_CATS):
                break
            if not names_ok and self._starts_person(i):
                break
            if i > k and self._starts_person(i) and t.key(i + 1) in _MIDDLE_NAMES:
                break  # "xã Thuần Mỹ Phạm Văn Sơn": the place ends where a full name begins
            if i > k and t.key(i) in SENTENCE_WORDS:
                break
            if i > k and self._qualifier_word(i):
                break
            end = i
            i += 1
        return end

    # --- organisations -------------------------------------------------------------------
    def org_end(self, i: int, depth: int = 0) -> int | None:
        """Last token of the organisation name starting at token ``i``, or None."""
        t = self.t
        if i >= len(t):
            return None
        cats = t.cat_union[i]
        if "head" not in cats and "central" not in cats and not (t.abbrs[i] and t.words[i] in self.abbrs):
            return None  # no head noun, central body or abbreviation: ``_org_end`` has nothing to open
        memo = self._orgs.get((i, depth), -1)
        if memo != -1:
            return memo
        end = self._org_end_uncached(i, depth)
        if end is not None and self._member_of(end):
            end = None  # "Đảng ủy viên": a member of the committee, the title says so
        self._orgs[(i, depth)] = end
        return end

    def _org_end_uncached(self, i: int, depth: int) -> int | None:
        if self.t.word(i) in self.abbrs and self.t.is_abbr(i) and self.t.longest(i, "head") is not None:
            # "BV Đa khoa Hòa Bình": an abbreviated head noun goes on like the word it stands for
            end = self._org_end(i, depth, as_head=True)
            if end is not None and end > i:
                return end
            return None  # a bare "CLB", "BV", "HTX" is a common noun
        return self._org_end(i, depth)

    def _org_end(self, i: int, depth: int, as_head: bool = False) -> int | None:
        t, lex = self.t, self.lex
        qualified = False
        counted = False
        bare = -1
        central = t.longest(i, "central")
        national = False
        if central is not None and t.is_cap(i):
            end, body, alone = central, True, True
            national = t.kt[t.starts[i] : t.ends[central]] in _NATIONAL_BODIES
        elif t.is_abbr(i) and t.word(i) in self.abbrs and not as_head:
            if t.longest(i, "title") == i or t.word(i) in _FORCE_ABBRS or (
                t.word(i) in MINISTRY_FIELD_ABBRS and not (i > 0 and t.gap(i - 1).endswith("("))
            ):
                return None  # "ĐBQH": a deputy, a title written short; "CSGT": traffic police; "GTVT": a field
            end, body, alone = i, True, True
        else:
            h = t.longest(i, "head")
            if h is None:
                return None
            head_key = t.kt[t.starts[i] : t.ends[h]]
            # a lower-case head opens no name (two heads in three): a cheaper test than the
            # place tests below, and like them it ends in None, so it goes first
            head_cap = t.is_cap(i) or any(t.is_cap(x) for x in range(i + 1, h + 1))
            if not head_cap and head_key not in _LOWER_HEADS and not self._named_lower_head(head_key, h):
                return None
            if depth == 0 and (place := self._place_end(i)) is not None and place > h:
                return None  # "Đài Loan" is a place, not the head "Đài" and a name
            if i > 0 and t.spaced(i - 1) and (inside := self._place_end(i - 1)) is not None and inside >= i:
                return None  # "Hải Phòng": the head "Phòng" ends a place name
            tags = lex.org_heads[head_key]
            if head_key == "thường trực" and any(
                (e := t.longest(x, "title")) is not None and e >= i - 1 for x in range(max(0, i - 4), i)
            ):
                return None  # "Phó Bí thư Thường trực Tỉnh ủy": the title's qualifier, no standing body
            if head_key == "thường trực":
                # "Thường trực Chính phủ", "Thường trực Tỉnh ủy": the standing members of a body named next
                return self.org_end(h + 1, depth + 1) if t.spaced(h) and depth < 3 else None
            if (title := t.longest(i, "title")) is not None and title > h:
                return None  # "Viện sĩ Thông tấn": a title that opens with a head noun
            if "caps" in tags and not t.word(i).isupper():
                return None  # "Ca sĩ", "Sơn Ca": no "CA" (Công an)
            if head_key == "lực lượng" and t.spaced(h) and h + 2 < len(t) and (
                t.longest(h + 1, "central") is not None or f"{t.key(h + 1)} {t.key(h + 2)}" in _FORCE_BODIES
            ):
                return None  # "Lực lượng Bộ đội biên phòng Hà Tĩnh": a descriptor before the body
            if head_key == "ban" and t.spaced(h) and h + 2 < len(t) and f"{t.key(h + 1)} {t.key(h + 2)}" == "lãnh đạo":
                return None  # "Ban Lãnh đạo UBCKNN": the body's leaders, no body of their own
            if t.word(i)[0].islower() and i > 0 and t.spaced(i - 1) and f"{t.key(i - 1)} {t.key(i)}" in _HEAD_PREFIX_COMPOUNDS:
                return None  # "chiến trường Deir Ezzor" is a battlefield, no school; "chính phủ Tổng thống"
            counted = depth == 0 and i > 0 and t.spaced(i - 1) and (
                t.key(i - 1) in _COUNTING
                or (t.word(i - 1).isdigit() and t.word(i - 1) != "1" and not self._ordinal(i - 1))
            )
            alone = head_cap and "alone" in tags and (t.is_cap(i) or t.is_abbr(i))  # not "cơ quan CSĐT"
            end, body = h, h > i and not alone and head_cap and "sub" not in tags and head_key not in _COMPANY_HEADS
            if not any(t.is_cap(x) for x in range(i + 1, h + 1)):
                bare = h  # the head noun alone names no body ("Chủ tịch Hội đồng"); "Bộ Ngoại giao" does
            if head_key in _COMPANY_HEADS and head_cap and (run := self._company_name(h)) > h:
                end, body = run, True
            elif head_key in _SUBJECT_HEADS and t.is_cap(i) and t.spaced(h) and (run := self._subject_end(h)) > h:
                end, body = self._dash_part(run), True  # "Ban chỉ đạo điều hành giá", "... Phòng chống tham nhũng"
            elif t.spaced(h):
                nxt = h + 1
                f = t.longest(nxt, "field")
                fkey = t.kt[t.starts[nxt] : t.ends[f]] if f is not None else ""
                if f is not None and (t.is_cap(nxt) or fkey in lex.lower_fields):
                    if not head_cap and not t.is_cap(nxt):
                        return None
                    if fkey == "tổ chức" and t.key(i) == "ban":
                        qualified = False  # an event's "Ban Tổ chức" needs a qualifier
                        end = f
                    else:
                        end, body = self._dash_part(f), True
                        if fkey in _OPEN_FIELDS or (
                            head_key in _UNIT_HEADS
                            and t.is_cap(nxt)
                            and end == f
                            and not t.is_abbr(f)
                            and not (i > 0 and t.spaced(i - 1) and (outer := t.longest(i - 1, "head")) is not None and outer >= h)
                        ):  # not the "cục" of "Tổng cục Du lịch": that head's field is its whole name
                            end = self._lower_tail(end)  # "Ban Quản lý dự án đầu tư xây dựng ...", "Cục Kỹ thuật hình sự"
                elif (
                    not head_cap
                    and not self._qualifier_word(nxt)
                    and self._place_end(nxt) is None
                    and self._loc_end(nxt) is None
                    and not (
                        head_key in _LOWER_NAMED_HEADS
                        and (t.is_title_word(nxt) or (head_key == "văn phòng" and t.word(nxt) in self.abbrs))
                    )
                    and not (head_key in _LOWER_HEADS and self._head_lower_tail(i, h, named=False) > h)
                ):
                    return None
                elif head_cap and self._central_bloc(nxt):
                    end, body = nxt + 3, True  # "Đoàn khối các cơ quan Trung ương"
                elif (
                    t.word(nxt)[0].islower()
                    and t.longest(nxt, "admin") is None
                    and not (t.key(nxt) == "số" and t.spaced(nxt) and t.word(nxt + 1).isdigit())
                    and t.longest(nxt, "head") is None
                ):
                    # "Cục quản lý Cạnh tranh", "Ủy ban chống bán phá giá Australia"; but
                    # "Hội nghị", "Bộ phận", "Cục trưởng" are common words, not names
                    tail = self._head_lower_tail(i, h, named=head_cap) if not counted and "caps" not in tags else h
                    if tail == h:
                        return h if alone and not counted and not h_tags_numbered(self, i) else None
                    end, body = tail, True
                elif (
                    t.is_cap(nxt)
                    and self._place_end(nxt) is None
                    and self._loc_end(nxt) is None
                    and not self._qualifier_word(nxt)
                ):
                    if t.longest(nxt, "head") is None and t.longest(nxt, "central") is None:
                        # schools and museums bear people's names ("Bảo tàng Hồ Chí Minh")
                        run = self._cap_run(nxt, limit=6, names_ok=head_key.startswith(("trường", "bảo tàng")))
                        if run is not None:
                            # only "Dự báo ..." style names (one capital word, then lower case)
                            # an abbreviated field ("Bộ KH-ĐT", "Sở GD-ĐT") is the whole name
                            # a foreign name ("Tổ chức Interpol") is never written in sentence case
                            tail = run == nxt and not t.is_abbr(nxt) and is_vietnamese_syllable(t.word(nxt))
                            end, body = (self._lower_tail(run) if tail else run), True
                            if tail and end == run and self._second_syllable(run):
                                end = run + 1  # "Báo Nhân dân biết ...", "Báo Dân trí đưa tin": the word's second half
            elif not head_cap:
                return None
        if body and not t.is_abbr(end):
            end = self._and_tail(end)
        # qualifiers
        if t.spaced(end) and end + 1 < len(t) and f"{t.key(end)} {t.key(end + 1)}" in _LEVEL_QUALIFIERS:
            end += 1  # "Viện KSND Tối cao": the capitalised run stopped inside the level word
        numbered = False
        if (
            (t.word(end) in _PAIR_FIRST or (t.word(end) in _PAIR_WORDS and end > 0 and t.key(end - 1) == "nghị"))
            and _is_dash(t.gap(end))
            and end + 1 < len(t)
            and t.word(end + 1) in _PAIR_WORDS
        ):
            end += 1  # "Hội Hữu nghị Việt - Nga", "Liên minh Kinh tế Á - Âu", "Hữu nghị Nhật - Việt": two countries
        while t.spaced(end):
            k = end + 1
            key = t.key(k)
            word = t.word(k)
            if key == "trung" and k + 1 < len(t) and t.key(k + 1) == "ương" and t.spaced(k):
                end = k + 1
                if t.spaced(end) and t.word(end + 1) == "Đảng":
                    end += 1
            elif word in _PAIR_FIRST and _is_dash(t.gap(k)) and k + 1 < len(t) and t.word(k + 1) in _PAIR_WORDS:
                end = k + 1  # "Liên minh Kinh tế Á - Âu"
            elif word == "Khối":
                end = k
                f = t.longest(k + 1, "field") if t.spaced(k) else None
                if f is not None and t.is_cap(k + 1):
                    end = f
                elif t.spaced(k) and t.kt[t.starts[k + 1] : t.starts[k + 1] + 11] == "các cơ quan":
                    end = k + 3
            elif key == "của" and t.key(i) in _ASSEMBLY_COMMITTEE_HEADS and (q := self._assembly(k + 1)) is not None:
                end = q  # "Ủy ban Các vấn đề xã hội của Quốc hội": the Assembly's committee, by its full name
            elif word == "T" and t.gap(k) == "." and k + 1 < len(t) and t.word(k + 1) == "Ư":
                end = k + 1  # "T.Ư" = Trung ương
            elif word in ("TW", "TƯ") and body:
                end = k  # "Bệnh viện Nhi TW", "Ban Chỉ đạo liên ngành TW"
            elif t.spaced(k) and k + 1 < len(t) and f"{key} {t.key(k + 1)}" in _LEVEL_QUALIFIERS and (
                body or alone
            ):
                end = k + 1  # "Viện KSND Tối cao", "Ủy ban Chứng khoán Nhà nước"
            elif key == "số" and t.spaced(k) and t.word(k + 1).isdigit():
                end = k + 1
                numbered = True
            elif t.is_cap(k) and t.spaced(k) and f"{key} {t.key(k + 1)}" in _WORLD_QUALIFIERS:
                end = k + 1
            elif _CODE.fullmatch(word):
                end = k
                numbered = True
            elif word.isdigit() and len(word) <= 3 and body and not (
                t.spaced(k) and t.word(k + 1)[0].islower()
            ):
                end = k
                numbered = True
            elif depth < 3 and (t.is_cap(k) or t.key(k) in _COMMITTEE_FIRST) and (
                t.longest(k, "head") is not None or t.longest(k, "central") is not None
            ) and self._takes_parent(i, end) and (nested := self.org_end(k, depth + 1)) is not None:
                end = nested
            elif depth < 3 and word[0].islower() and (lb := self._lower_local_body(k)) is not None:
                end = lb  # "Phòng CSGT công an tỉnh": the local body it belongs to, in lower case
            elif word == "Bộ" or word == "Đảng":
                end = k
            elif t.is_abbr(k) and (word in self.abbrs or len(word) >= 3) and "-" not in word:
                end = k
            elif (
                key == "nước"
                and t.spaced(k)
                and (p := self._place_end(k + 1)) is not None
                and "country" in t.cats(k + 1, p)
            ):
                end = p  # "Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào": the state's own
            elif national and (
                self._loc_end(k) is not None
                or ((p := self._place_end(k)) is not None and "country" not in t.cats(k, p))
            ):
                break  # "đại biểu Quốc hội Thành phố Hồ Chí Minh": the deputies' province
            elif (place := self._place_end(k)) is not None:
                end = place if national else self._country_pair(i, place)
            elif (loc := self._loc_end(k)) is not None:
                end = loc
            elif t.longest(k, "admin") is not None and t.kt[t.starts[k] : t.ends[t.longest(k, "admin")]] in _BARE_ADMIN:
                end = t.longest(k, "admin")
            else:
                break
            qualified = True
        if t.word(end) == "T" and t.gap(end) == "." and end + 1 < len(t) and t.word(end + 1) == "Ư":
            end += 1  # "... Thủy văn T.Ư" = Trung ương
        if depth == 0 and not national and end > i:
            end = self._country_pair(i, end)
        if depth == 0 and end > i and t.is_cap(i) and f"{t.key(i)} {t.key(i + 1)}" in _ABOUT_HEADS:
            end = self._about_tail(end)
        if not t.is_cap(i) and not any(t.is_cap(x) for x in range(i + 1, end + 1)):
            return None  # "đảng bộ huyện": a generic lower-case mention
        if counted and not numbered:
            return None  # "10 Ban thường vụ Tỉnh ủy", "các Bộ": counted, generic mentions
        if h_tags_numbered(self, i) and not numbered:
            return None  # "Đoàn kiểm tra", "Đoàn công tác": an ad-hoc team unless numbered
        if end == bare and not alone and not qualified:
            return None
        if body or alone or qualified:
            return end
        return None

    def _ordinal(self, k: int) -> bool:
        """The number at ``k`` orders ("lần thứ 10", "số 7", "Kỳ họp 39", "Hội nghị 15"), it does
        not count."""
        t = self.t
        return k > 0 and t.spaced(k - 1) and (
            t.key(k - 1) in ("thứ", "số", "khóa", "khoá", "họp", "nghị", "phiên", "hội")
        )

    def candidates(self) -> list[Cand]:
        """All ORG, LOC, PERSON and TITLE candidates of the text."""
        t = self.t
        out: list[Cand] = []
        span = self._span
        # per-token lists read directly: the loop below runs once for every opener
        all_phrases, cat_union, cat_last, words, abbrs = t.phrases, t.cat_union, t.cat_last, t.words, t.abbrs
        # each rule below is asked only when the token's categories let it find something (the
        # rules' own first test, without the call: most openers fit one rule or two)
        for i in self._openers():
            phrases = all_phrases[i]
            cats = cat_union[i]
            word = words[i]
            known_abbr = word in self.abbrs and abbrs[i]
            if word == "Trung" and (central_org := self._central_committee(i)) is not None:
                out.append(span(i, central_org, EntityType.ORG, 3))
            abbr_admin = i in self._dotted and self.admin_abbr(i) is not None
            if phrases or abbr_admin or known_abbr:
                org = self.org_end(i) if "head" in cats or "central" in cats or known_abbr else None
                if org is not None:
                    out.append(span(i, org, EntityType.ORG, 3))
                loc = self._loc_end(i) if abbr_admin or "admin" in cats else None
                if loc is not None:
                    out.append(span(i, loc, EntityType.LOC, 3))
                elif (
                    "admin" in cats  # else ``t.longest(i, "admin")`` below is None
                    and i > 0
                    and t.spaced(i - 1)
                    and t.key(i - 1) in PLURAL_WORDS
                    and (a := t.longest(i, "admin")) is not None
                    and t.kt[t.starts[i] : t.ends[a]] in _PLURAL_ADMIN
                    and (named := self._loc_end(i, counted_ok=True)) is not None
                    and named > a
                    and not t.word(a + 1).isdigit()
                ):
                    out.append(span(a + 1, named, EntityType.LOC, 3))  # "các xã [Minh Xuân], ...": the name only
                place = None if cats.isdisjoint(_PLACE_CATS) else self._place_end(i)
                if place is not None:
                    out.append(span(i, place, EntityType.LOC, 3))
                ends = self.title_ends(i) if "title" in cats else ()
                if ends and i > 0 and words[i - 1] == "Quyền" and t.spaced(i - 1) and t.is_cap(i):
                    out.append(span(i - 1, ends[0], EntityType.TITLE, 2))  # "Quyền Tổng cục trưởng": acting
                for end in ends:
                    if (unit := self._office_unit(i, end)) is not None:
                        out.append(span(end, unit, EntityType.ORG, 3))  # "Trưởng [phòng tham mưu]"
                        out.append(span(i, end - 1, EntityType.TITLE, 2))
                    out.append(span(i, end, EntityType.TITLE, 2))
                    self._after_title(end, out, t.kt[t.starts[i] : t.ends[end]] in _RANKS, ends[0])
                    self._split_title(i, end, out)
                cue = cat_last[i]["cue"] if "cue" in cats else None  # ``t.longest(i, "cue")``
                if cue is not None and t.gap(cue) in (" ", ": ") and (
                    word[0].islower() or i == 0 or t.gap(i - 1).strip(" ") != ""
                ):
                    name = self.name_end(cue + 1, 1, announced=True)
                    if name is not None and not self._nationality(i, cue, name):
                        out.append(span(cue + 1, name, EntityType.PERSON, 4))
                # ``t.caps[i]``: ``is_title_word``'s first test, before the costlier ones
                if "surname" in cats and t.caps[i] and "surname" in t.cats(i, i) and t.is_title_word(i) and (
                    not self._inside_place(i)
                ):
                    name = self.name_end(i, 2)
                    if name is not None and all(is_vietnamese_syllable(t.word(x)) for x in range(i, name + 1)):
                        out.append(span(i, name, EntityType.PERSON, 2))
        return out

    def _openers(self) -> list[int]:
        """The tokens ``candidates`` can act on, in order: those a gazetteer phrase starts at,
        known abbreviations, dotted administrative words and "Trung" (of "Trung ương"). Any
        other token fails every test of the loop, and most tokens are such."""
        t = self.t
        n = len(t)
        todo = set(compress(range(n), t.phrases))
        todo.update(i for i in compress(range(n), t.abbrs) if t.words[i] in self.abbrs)
        if "Trung" in t.text:
            todo.update(compress(range(n), map("Trung".__eq__, t.words)))
        todo.update(i for i in self._dotted if i < n)
        return sorted(todo)

    def _nationality(self, i: int, cue: int, name: int) -> bool:
        """"sinh viên Mỹ", "chuyên gia Nga", "nhà văn Pháp": after a word for an occupation a
        country alone is the person's nationality; after "bà", "anh" it is a name ("bà Nga")."""
        t = self.t
        return (
            t.kt[t.starts[i] : t.ends[cue]] not in _KIN_CUES
            and (p := self._place_end(cue + 1)) == name
            and "country" in t.cats(cue + 1, p)
        )

    def _central_committee(self, i: int) -> int | None:
        """"Trung ương Hội Nông dân Việt Nam", "Trung ương Hội Liên hiệp Phụ nữ": the central
        committee of a mass organisation is one body with it. Last token, or None."""
        t = self.t
        if not (t.spaced(i) and t.key(i + 1) == "ương" and t.spaced(i + 1) and t.is_cap(i + 2)):
            return None
        h = t.longest(i + 2, "head")
        if h is None or t.kt[t.starts[i + 2] : t.ends[h]] not in _MASS_HEADS:
            return None
        return self.org_end(i + 2, 1)

    def _split_title(self, i: int, end: int, out: list[Cand]) -> None:
        """"Trưởng ban bồi thường ... Q.Tân Phú", "Chánh thanh tra Q.Tân Phú": when a named
        organisation opens on the title's own head noun, the title is the words before it."""
        t = self.t
        for p in range(i, end):
            org = self.org_end(p + 1)
            if org is None or not t.spaced(p) or (org < end and not t.cats(p + 1, org) & {"central"}):
                continue
            key = t.kt[t.starts[i] : t.ends[p]]
            if "title" in t.cats(i, p) or key in _TITLE_PREFIXES:
                out.append(self._span(i, p, EntityType.TITLE, 2))
            return

    def _after_title(self, end: int, out: list[Cand], rank: bool = False, longest: int = -1) -> None:
        """A name right after a title, maybe after the title's organisation or country. After a
        military or police rank one capitalised word is a name, even a country's ("thượng úy
        Đức"): a rank never stands before a country. No name inside the ``longest`` reading of
        the title ("Viện sỹ Thông tấn" is no "Viện sỹ" and a man named "Thông")."""
        t = self.t
        if not t.spaced(end):
            return
        k = end + 1
        org = self.org_end(k)
        if org is not None and t.spaced(org):
            k = org + 1
        elif not rank:
            place = self._place_end(k)
            if place is not None and t.spaced(place):
                k = place + 1
        if k <= longest:
            return
        name = self.name_end(k, 1, limit=5, announced=True)
        if name is not None and (
            name > k
            or (t.cat_union[k] <= {"surname"} or (rank and k == end + 1))
            and (not t.spaced(name) or t.word(name + 1)[0].islower())
        ):
            out.append(self._span(k, name, EntityType.PERSON, 4))

    def _span(self, i: int, j: int, typ: EntityType, prio: int) -> Cand:
        return Cand(self.t.starts[i], self.t.ends[j], typ, prio)
