"""Grammar rules for where an organisation's name ends: lower-case tails ("Trung tâm Dự báo khí
tượng thủy văn quốc gia"), second fields after "và", company names up to their proper name,
committees named by their subject after "về", bodies of two states ("Việt Nam - Lào").

A mixin of ``grammar.Grammar`` (kept apart so each file reads as one subject); it uses the place,
person and qualifier rules the grammar defines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.entities.grammar_words import (
    _BARE_ADMIN,
    _COMMON_COMPOUNDS,
    _COMPANY_FORMS,
    _FUNCTION_WORDS,
    _HEAD_COMPOUNDS,
    _LOCAL_BODIES,
    _LOWER_NAMED_HEADS,
    _NAMED_AFTER_PEOPLE,
    _NOT_NAME_CATS,
    _ONE_STATE_HEADS,
    _SECOND_PARTIES,
    _STOP_CATS,
    _VERBS,
    _WORLD_QUALIFIERS,
    SENTENCE_WORDS,
)
from desktop_app.entities.lexicon import Lexicon
from desktop_app.entities.tokens import Tokens, is_vietnamese_syllable
from desktop_app.textnorm import search_key

# One-syllable verbs and adverbs that follow a body's name in news and never continue it.
# (none of them the first syllable of a word common in names: no "giao", "bán", "ký", "bắt")
_VERB_WORDS = frozenset("cấp gây nhận kiêm lấy xin tặng phạt lại từng bị".split())
# after "cấp" these make a level or a service, not the verb: "cấp cao", "cấp cứu", "cấp nước"
_LEVEL_WORDS = frozenset("cao tỉnh huyện xã bộ trung quốc cơ sở cứu nước thoát".split())
# First words of standing units' heads (no ad-hoc councils, forums or panels: "Hội đồng xét xử").
_UNIT_FIRSTS = frozenset({"cục", "vụ", "viện", "phòng", "trung", "chi", "ban", "sở", "tổng", "đội"})
# Units of a span of time after a name's tail: "Cục Quản lý Y dược cổ truyền 60 năm qua".
_SPAN_UNITS = frozenset({"năm", "tháng", "ngày", "tuần", "giờ", "phút"})


def _is_dash(gap: str) -> bool:
    return gap in (" - ", " – ")


class OrgTailRules:
    """Ends of organisation names over ``self.t`` with ``self.lex`` (set by ``Grammar``)."""

    t: Tokens
    lex: Lexicon

    if TYPE_CHECKING:  # defined by Grammar; declared for type checkers only, so nothing shadows them

        def _place_end(self, k: int) -> int | None: ...
        def _loc_end(self, k: int) -> int | None: ...
        def admin_abbr(self, k: int) -> int | None: ...
        def _qualifier_word(self, k: int) -> bool: ...
        def _second_syllable(self, k: int) -> bool: ...
        def _starts_person(self, k: int) -> bool: ...

    def _lower_tail(self, end: int) -> int:
        """Extend a name through lower-case words ("Trung tâm Dự báo khí tượng thủy văn quốc
        gia"), as Vietnamese capitalises only the first word of a name, when the words end at a
        clear boundary: punctuation, a place or qualifier, or a function word."""
        t = self.t
        k = end
        caps = 0  # capitalised words in a row after lower-case ones: a proper name ends the tail
        while t.spaced(k) and k + 1 - end <= 9:
            nxt = k + 1
            word = t.word(nxt)
            if word[0].islower() and (caps >= 2 or (caps == 1 and t.is_abbr(k))) and (
                f"{t.key(k)} {t.key(nxt)}" not in _COMMON_COMPOUNDS  # "Vườn Quốc gia"
            ):
                return k  # "Công ty TNHH Quốc tế Đạt Chuẩn trúng thầu", "... DOJI niêm yết"
            caps = caps + 1 if word[0].isupper() and k > end else 0
            if word[0].isupper():
                if (
                    self._place_end(nxt) is not None
                    or self._qualifier_word(nxt)
                    or self._starts_person(nxt)
                    or self.admin_abbr(nxt) is not None
                    or not t.cat_union[nxt].isdisjoint(_STOP_CATS)
                    or t.key(nxt) in SENTENCE_WORDS  # a caption's sentence runs on: "... Bên thềm"
                ):
                    break
            elif not word[0].islower() or (
                t.key(nxt) in _FUNCTION_WORDS and f"{t.key(k)} {t.key(nxt)}" not in _COMMON_COMPOUNDS  # "hàng không"
            ):
                break
            elif (t.spaced(nxt) and f"{t.key(nxt)} {t.key(nxt + 1)}" in _VERBS) or (
                t.word(k)[0].islower() and self._verb_word(nxt)  # not the "ký" of "Lưu ký"
            ):
                break
            k = nxt
        if k == end:
            return end
        if t.gap(k) == ", " and (listed := self._listed_field_end(k + 1)) is not None:
            return listed  # "Hội đồng Tư vấn chính sách tài chính, tiền tệ quốc gia"
        if not t.spaced(k):
            # punctuation or line end after a short tail, or after a tail that goes on with
            # capitalised words ("Trung tâm Dự báo Khí tượng Thủy văn")
            if k - end <= 3 or any(t.is_cap(x) for x in range(end + 1, k + 1)):
                return k
            return k if k - end <= 6 and self._long_tail_ends_name(k) else end
        nxt = k + 1
        if (
            t.key(nxt) in _FUNCTION_WORDS
            or self._place_end(nxt) is not None
            or self.admin_abbr(nxt) is not None
            or self._qualifier_word(nxt)
            or (t.is_cap(nxt) and t.longest(nxt, "admin") is not None and self._loc_end(nxt) is not None)
            or (t.spaced(nxt) and f"{t.key(nxt)} {t.key(nxt + 1)}" in _VERBS)
            or (t.word(k)[0].islower() and self._verb_word(nxt))
            or (t.is_cap(nxt) and (t.longest(nxt, "head") is not None or t.longest(nxt, "central") is not None))
            or (t.is_cap(nxt) and self._starts_person(nxt))  # "Ngân hàng Nhà nước Nguyễn ..."
            or (t.word(nxt).isdigit() and t.spaced(nxt) and t.key(nxt + 1) in _SPAN_UNITS)  # "... 60 năm qua"
        ):
            return k
        return end

    def _verb_word(self, k: int) -> bool:
        """A one-syllable verb or adverb that ends a name's lower-case tail ("Cục Đường sắt cấp
        giấy phép", "phòng Giáo dục gây tai nạn"); "cấp" before a level word is no verb ("Tòa án
        nhân dân cấp cao")."""
        t = self.t
        key = t.key(k)
        if key not in _VERB_WORDS:
            return False
        return not (key == "cấp" and t.spaced(k) and k + 1 < len(t) and t.key(k + 1) in _LEVEL_WORDS)

    def _listed_field_end(self, j: int) -> int | None:
        """Last token of a second field listed after a comma inside a name, in lower case and
        closed by a national qualifier ("..., tiền tệ quốc gia"), or None."""
        t = self.t
        k = j
        while k < len(t) and k - j < 4 and t.word(k)[0].islower() and t.key(k) not in _FUNCTION_WORDS:
            if k > j and f"{t.key(k - 1)} {t.key(k)}" in _WORLD_QUALIFIERS:
                followed = t.spaced(k) and t.word(k + 1)[0].islower() and t.key(k + 1) not in _FUNCTION_WORDS
                return None if followed else k
            if not t.spaced(k):
                return None
            k += 1
        return None

    def _long_tail_ends_name(self, k: int) -> bool:
        """A longer lower-case tail that stops at punctuation still names the body when the
        name visibly ends there: a national qualifier ("Ủy ban An toàn giao thông quốc gia"),
        its abbreviation in parentheses, or the parent body after a comma ("Cục Quản lý lao
        động ngoài nước, Bộ ..."); otherwise the words may be the sentence's verb phrase."""
        t = self.t
        if k > 0 and f"{t.key(k - 1)} {t.key(k)}" in _WORLD_QUALIFIERS:
            return True
        if k + 1 >= len(t):
            return False
        gap, nxt = t.gap(k), k + 1
        if gap == " (":
            return t.is_abbr(nxt)
        return gap == ", " and t.is_cap(nxt) and (
            t.longest(nxt, "head") is not None or t.longest(nxt, "central") is not None
        )

    def _and_tail(self, end: int) -> int:
        """"Trung tâm Tư vấn công nghiệp và tiết kiệm năng lượng (Sở ...)", "Tổ chức Hợp tác An
        ninh và hợp tác châu Âu": a second field after "và", in lower case, belongs to the name
        when it ends where a name ends: at a place, or before a parenthesis."""
        t = self.t
        if not (t.spaced(end) and t.key(end + 1) == "và" and t.spaced(end + 1)):
            return end
        k = end + 1
        if (cap := self._capital_field(k + 1)) is not None:
            return cap
        if t.key(k + 1) in _SECOND_PARTIES or t.kt[t.starts[k + 1] : t.ends[min(k + 2, len(t) - 1)]] in _SECOND_PARTIES:
            return end  # "Bộ Công an và lực lượng chức năng": another party, no second field
        while k - end < 7 and t.spaced(k) and t.word(k + 1)[0].islower() and t.key(k + 1) not in _FUNCTION_WORDS:
            if k > end + 1 and self._place_end(k + 1) is not None:
                break  # "... và hợp tác châu Âu": the place ends the name
            k += 1
            if t.spaced(k) and f"{t.key(k)} {t.key(k + 1)}" in _VERBS:
                return end
        if k - end < 3:
            return end  # "và" + one word: a list, not a name
        if t.text.startswith(" (", t.ends[k]) and k + 1 < len(t) and t.is_cap(k + 1):
            return k
        if not t.spaced(k) and self._long_tail_ends_name(k):
            return k  # "Cục Kỹ thuật an toàn và môi trường công nghiệp, Tổng cục Năng lượng"
        if t.spaced(k) and (place := self._place_end(k + 1)) is not None:
            return place
        if t.spaced(k) and (loc := self._loc_end(k + 1)) is not None and t.key(k + 1) not in _BARE_ADMIN:
            return loc
        return end

    def _capital_field(self, j: int) -> int | None:
        """"Bộ Công chính và Vận tải", "Tiểu ban Tiêu chuẩn và Hợp chuẩn", "Ban Tuyên giáo và Dân
        vận": a second capitalised field after "và" (at ``j``), in sentence case, is one name
        with the first; a body, a place, a title, a name or an abbreviation there is another
        party. Last token of the field (or of the place after it), or None."""
        t = self.t
        if not (
            j < len(t)
            and t.is_cap(j)
            and not t.is_abbr(j)
            and is_vietnamese_syllable(t.word(j))
            and t.key(j) not in self.lex.surnames
            and t.key(j) not in SENTENCE_WORDS
            and t.longest(j, "head") is None
            and t.longest(j, "central") is None
            and t.longest(j, "title") is None
            and self._place_end(j) is None
            and t.cat_union[j] <= {"field"}
        ):
            return None
        e = j
        while (
            e - j < 2
            and t.spaced(e)
            and t.word(e + 1)[:1].islower()
            and is_vietnamese_syllable(t.word(e + 1))
            and t.key(e + 1) not in _FUNCTION_WORDS
            and f"{t.key(e)} {t.key(e + 1)}" not in _VERBS
        ):
            e += 1
        if e + 1 < len(t) and t.word(e + 1)[:1].isdigit():
            return None  # "Chính phủ và Khoản 4": a clause of a text, no field
        if t.spaced(e) and t.is_cap(e + 1):
            place = self._place_end(e + 1)
            return place  # "... và Mỏ Lào"; another capitalised word: a list of names
        if t.spaced(e) and t.key(e + 1) not in _FUNCTION_WORDS and t.word(e + 1)[:1].islower():
            return None  # "và Sản xuất thương mại ...": a longer name the company rule reads
        return e

    def _head_lower_tail(self, i: int, h: int, named: bool = True) -> int:
        """Last token of lower-case words after a head that still name the body: they go on
        with a capitalised word, or (two words at least) end right before a place. A head in
        lower case ("ban bồi thường ... Q.Tân Phú") takes only the second kind."""
        t = self.t
        if t.key(h + 1) in _HEAD_COMPOUNDS or f"{t.key(h)} {t.key(h + 1)}" in _VERBS:
            return h
        tail = self._lower_tail(h)
        if tail == h:
            return h
        if named and any(t.is_cap(x) for x in range(h + 1, tail + 1)):
            return tail
        if tail - h >= 2 and t.spaced(tail) and (
            self._place_end(tail + 1) is not None
            or self.admin_abbr(tail + 1) is not None
            or (named and t.longest(tail + 1, "admin") is not None and self._loc_end(tail + 1) is not None)
        ):
            return tail  # "Trung tâm bồi dưỡng chính trị TP Bảo Lộc": the body's place follows
        nxt = tail + 1
        if named and t.spaced(tail) and t.is_cap(nxt) and (
            t.longest(nxt, "head") is not None or t.longest(nxt, "central") is not None
        ):
            return tail  # "Đơn nguyên thận nhân tạo Bệnh viện ...": the parent body follows
        if named and tail - h >= 3 and not t.spaced(tail) and t.key(i) in _UNIT_FIRSTS and self._long_tail_ends_name(tail):
            return tail  # "Cục quản lý cạnh tranh, Bộ Công Thương": a unit, its parent body after a comma
        return h

    def _company_name(self, h: int) -> int:
        """Last token of a company's name after its head: forms, a field, capitalised words."""
        t = self.t
        k = h
        while t.spaced(k) and t.key(k + 1) in _COMPANY_FORMS:
            k += 1
        if t.spaced(k) and (f := t.longest(k + 1, "field")) is not None and t.is_cap(k + 1):
            k = f
        # "Công nghiệp than - Khoáng sản": a lower-case word before a dash still names the trade
        low = k
        while low - k < 2 and t.spaced(low) and t.word(low + 1)[0].islower():
            low += 1
        if low > k and _is_dash(t.gap(low)) and low + 1 < len(t) and t.is_cap(low + 1):
            k = low
        run = k
        while run - k < 6 and run + 1 < len(t) and (t.spaced(run) or _is_dash(t.gap(run))) and (
            t.is_cap(run + 1) and t.key(run + 1) not in SENTENCE_WORDS
        ):
            nxt = run + 1
            if (place := self._place_end(nxt)) is not None:
                run = place  # "CLB Hải Phòng": a place name, though "Phòng" alone is a head
                continue
            if not t.cat_union[nxt].isdisjoint(("title", "cue", "head", "central")):
                break
            run = nxt
        if _is_dash(t.gap(run)):
            run = run if t.gap(run - 1) == " " else k  # never end on a dash
        if t.spaced(run) and t.word(run + 1) in ("plc", "Group", "Corp", "Inc", "Ltd"):
            run += 1
        elif (run == k + 1 or _is_dash(t.gap(run - 1))) and t.spaced(run) and t.word(run + 1)[0].islower() and (
            is_vietnamese_syllable(t.word(run))
        ):
            tail = self._lower_tail(run)  # "Ngân hàng Phát triển Việt Nam"
            # "Công ty cổ phần Tư vấn ...": no tail fits, but the word's second half belongs
            run = run + 1 if tail == run and self._second_syllable(run) else tail
        elif run == k > h and t.spaced(run) and t.word(run + 1)[0].islower():
            # "Tổng công ty Xây dựng đường thủy Việt Nam": a trade, then lower-case words up to
            # the country or place that ends the name
            tail = self._lower_tail(run)
            if tail > run and t.spaced(tail) and self._place_end(tail + 1) is not None:
                run = tail
            elif tail == run and t.is_title_word(run) and is_vietnamese_syllable(t.word(run)) and self._second_syllable(run):
                run += 1  # "Công ty cổ phần Tư vấn ...", "Tổng công ty Thiết bị ...": half a word
        return self._company_tail(run) if run > h else run

    def _company_tail(self, run: int) -> int:
        """"Công ty CP Đầu tư và Sản xuất thương mại Ngọc Minh Châu", "Công ty TNHH Kỹ thuật làm
        sạch và Thương mại quốc tế": a company's trades go on through lower-case words and "và"
        up to its proper name (capitalised words or an abbreviation) or to the punctuation that
        ends it; a function word, a verb, a body, a title or a person stops it. The last token."""
        t = self.t
        k, best, caps = run, run, 0
        while caps <= run and t.is_cap(run - caps) and t.spaced(run - caps - 1):
            caps += 1  # capitalised words the name already ends with
        if t.is_abbr(run) or (caps and not is_vietnamese_syllable(t.word(run))):
            caps = 2  # "Tổng Công ty Vinaconex làm chủ đầu tư": a brand ends the name
        while t.spaced(k) and k - run < 10:
            nxt = k + 1
            word, key = t.word(nxt), t.key(nxt)
            if word[0].isupper():
                if key in SENTENCE_WORDS or self._starts_person(nxt) or not t.cat_union[nxt].isdisjoint(
                    ("title", "cue", "head", "central")
                ):
                    return best
                if (place := self._place_end(nxt)) is not None:
                    return place if caps < 2 or t.key(k) == "và" else best  # a place ends the name
                caps += 1
                if caps >= 2 or t.is_abbr(nxt):
                    best = nxt
            elif (
                word[0].islower()
                and caps < 2
                and (key == "và" or key not in _FUNCTION_WORDS)
                and not (t.spaced(nxt) and f"{key} {t.key(nxt + 1)}" in _VERBS)
            ):
                caps = 0
            else:
                return best  # "... Đạt Chuẩn trúng thầu": the proper name is over
            k = nxt
        if k > run and k - run < 10 and t.key(k) != "và" and (t.gap(k)[:1] in (",", ";", ".", ")", "\n") or k + 1 >= len(t)):
            return k  # the name runs to the punctuation that ends it
        return best

    def _member_of(self, end: int) -> bool:
        """"Đảng ủy viên", "Huyện ủy viên": a committee word before "viên" is a member's title."""
        t = self.t
        return t.spaced(end) and end + 1 < len(t) and t.key(end + 1) == "viên" and t.key(end) in ("ủy", "uỷ")

    def _about_tail(self, end: int) -> int:
        """"Ủy ban Nhà nước về hàng không dân dụng", "Ban chỉ đạo T.Ư về Phòng chống tham nhũng":
        a committee is named by its subject after "về", in lower case, up to the punctuation or
        function word that ends it (with a place right after it). The new last token."""
        t = self.t
        if not (t.spaced(end) and t.key(end + 1) == "về" and t.spaced(end + 1)):
            return end
        if t.key(end + 2) in ("việc", "vấn", "nội", "tình", "kết", "mặt", "chuyện", "phía", "trước", "nhân"):
            return end  # "về vấn đề này", "về việc ...", "về nhân sự": what it said, no subject in its name
        if any(self._place_end(j) == end for j in range(max(0, end - 3), end + 1)):
            return end  # "Ủy ban Trung ương MTTQ Việt Nam về ...": a name closed by its country
        k, n, verb = end + 1, 0, False
        while n < 8 and (t.spaced(k) or (n > 0 and t.gap(k) == ", " and t.word(k + 1)[:1].islower())):
            w, key = t.word(k + 1), t.key(k + 1)
            if n == 0 and t.is_abbr(k + 1) and not t.phrases[k + 1] and w not in self.lex.abbreviations:
                k, n = k + 1, 2  # "Ban Chỉ đạo liên ngành TW về VSATTP": the subject written short
                break
            if not is_vietnamese_syllable(w) or (n > 0 and w[0].isupper()) or self._place_end(k + 1) is not None:
                break
            if key in _FUNCTION_WORDS and f"{t.key(k)} {key}" not in _COMMON_COMPOUNDS:
                break
            if t.spaced(k + 1) and f"{key} {t.key(k + 2)}" in _VERBS:
                verb = True  # "... tham nhũng quan tâm": the verb after the name ends it
                break
            k, n = k + 1, n + 1
        if n < 2 or (
            not verb and t.spaced(k) and t.key(k + 1) not in _FUNCTION_WORDS and self._place_end(k + 1) is None
        ):
            return end  # no clear end: "Bộ ... về việc cấp phép cho ..."
        if t.spaced(k) and (place := self._place_end(k + 1)) is not None:
            return place
        return k

    def _country_pair(self, i: int, end: int) -> int:
        """"Ủy ban liên Chính phủ Việt Nam - Lào", "Hội Hữu nghị Việt Nam - Campuchia": a name
        that ends in a country takes a second one after a dash, a body of two states. The new
        last token, or ``end``."""
        t = self.t
        if end + 1 >= len(t) or not _is_dash(t.gap(end)):
            return end
        h = t.longest(i, "head")
        if h is not None and t.kt[t.starts[i] : t.ends[h]] in _ONE_STATE_HEADS:
            return end  # "Bộ Quốc phòng Mỹ - Nhật Bản": a ministry is one state's
        for k in range(end, max(i, end - 3) - 1, -1):
            if self._place_end(k) == end and "country" in t.cats(k, end):
                other = self._place_end(end + 1)
                if other is not None and "country" in t.cats(end + 1, other):
                    return other
                break
        return end

    def _subject_end(self, h: int) -> int:
        """Last token of the subject that names a steering committee after its head: words in
        sentence case up to where a name ends (punctuation, a function word, a place), even when
        the subject opens on a head noun ("Phòng chống tham nhũng"); ``h`` when there is none."""
        t = self.t
        nxt = h + 1
        if t.is_cap(nxt) and not is_vietnamese_syllable(t.word(nxt)):
            return h
        start = nxt if t.is_cap(nxt) else h
        if t.is_cap(nxt) and not (t.spaced(nxt) and t.word(nxt + 1)[0].islower()):
            return h  # a capitalised run is another body or a name ("Ban Chỉ đạo Trung ương")
        return self._lower_tail(start)

    def _lower_local_body(self, k: int) -> int | None:
        """Last token of "công an tỉnh", "ủy ban nhân dân huyện Gia Lâm" at ``k``: a body every
        place has, in lower case, with its administrative word (and place), or None."""
        t = self.t
        h = t.longest(k, "head")
        if h is None or t.kt[t.starts[k] : t.ends[h]] not in _LOCAL_BODIES or not t.spaced(h):
            return None
        if (loc := self._loc_end(h + 1)) is not None:
            return loc
        a = t.longest(h + 1, "admin")
        if a is not None and t.kt[t.starts[h + 1] : t.ends[a]] in _BARE_ADMIN:
            return a
        return None

    def _takes_parent(self, i: int, end: int) -> bool:
        """A bare abbreviation takes a body after it only when it stands for a sub-body ("BCH
        Đảng bộ tỉnh"); "TTXVN Ban Chỉ huy ..." is an agency, then another body."""
        t = self.t
        if end != i or not t.is_abbr(i):
            return True
        full = self.lex.abbreviations.get(t.word(i))
        if full is None:
            return False
        words = search_key(full).split()
        return any(
            "sub" in self.lex.org_heads.get(" ".join(words[:n]), frozenset()) for n in range(len(words), 0, -1)
        )

    def _named_lower_head(self, head_key: str, h: int) -> bool:
        """A lower-case head noun still opens a name when a capitalised name word follows ("sở
        Tư pháp", "khoa Thận nhân tạo") or, for bodies every place has, a place ("công an tỉnh
        Hòa Bình", "thanh tra Q.Tân Phú")."""
        t = self.t
        if head_key not in _LOWER_NAMED_HEADS or not t.spaced(h):
            return False
        nxt = h + 1
        if (
            t.is_title_word(nxt)
            and t.key(nxt) not in SENTENCE_WORDS
            and not self._qualifier_word(nxt)
            and self._place_end(nxt) is None
            and self.admin_abbr(nxt) is None
            and not any(
                c in _NOT_NAME_CATS and not (c == "surname" and head_key in _NAMED_AFTER_PEOPLE)
                for c in t.cat_union[nxt]
            )
        ):
            return True  # not "cán bộ Đảng", "cơ sở Bộ", "Quốc phòng Mỹ", "thị trường Đà Nẵng"
        if head_key == "văn phòng" and t.is_cap(nxt) and (
            t.longest(nxt, "head") is not None or t.longest(nxt, "central") is not None or t.word(nxt) in self.abbrs
        ):
            return True  # "văn phòng UBND huyện Tân Uyên", "văn phòng Bộ Xây dựng": a body's office
        if head_key in _LOCAL_BODIES and self._loc_end(nxt) is not None:
            return True
        # "công an Hòa Bình": the police of a province named without its administrative word
        return head_key == "công an" and (p := self._place_end(nxt)) is not None and "province" in t.cats(nxt, p)

    def _dash_part(self, end: int) -> int:
        """A second field joined by a dash ("phòng Tài chính - kế hoạch", "Sở Lao động -
        Thương binh và Xã hội"): up to four words that end before a place or punctuation."""
        t = self.t
        if t.gap(end) not in (" - ", " – ") or end + 1 >= len(t) or not t.word(end + 1)[0].isalpha():
            return end
        f = t.longest(end + 1, "field")
        if f is not None:
            return f
        k = end + 1
        while k - end < 4 and t.spaced(k) and t.word(k + 1)[0].islower() and t.key(k + 1) not in _FUNCTION_WORDS:
            k += 1
        if t.key(end + 1) in _FUNCTION_WORDS or (
            t.spaced(k) and self._place_end(k + 1) is None and self._loc_end(k + 1) is None
        ):
            return end
        return k
