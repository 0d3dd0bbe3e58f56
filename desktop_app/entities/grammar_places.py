"""Grammar rules for places: a gazetteer place at a token, an administrative word and the name
after it ("xã Trường Yên", "quận 4", "Q.Tân Phú"), and where a surname ends a place instead of
opening a name.

A mixin of ``grammar.Grammar`` (kept apart so each file reads as one subject); it uses the
capitalised-run rule the grammar defines and the per-text state it sets up (``_england``,
``_dotted``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.entities.grammar_words import (
    _ADMIN_WORD_COMPOUNDS,
    _COUNTING,
    _FUNCTION_WORDS,
    _MIDDLE_NAMES,
    _NAME_OK_ADMIN,
    _NUMBERED_ADMIN,
    _PLACE_CATS,
    _PLACE_TAIL,
    SENTENCE_WORDS,
)
from desktop_app.entities.lexicon import Lexicon
from desktop_app.entities.tokens import Tokens, is_vietnamese_syllable

# Words after a sentence-opening "Anh" that make it the pronoun "he" ("Anh đã", "Anh nói:").
_PRONOUN_VERBS = frozenset("đã được nói sẽ đang vẫn cũng không chưa từng bị cho kể chia liền lại mới vừa rất luôn".split())


_COMPASS_WORDS = frozenset({"Đông", "Tây", "Nam", "Bắc"})


def _is_route_dash(gap: str) -> bool:
    return gap.strip() in ("-", "–")


class PlaceRules:
    """Place rules over ``self.t`` with ``self.lex`` (set by ``Grammar``)."""

    t: Tokens
    lex: Lexicon
    _england: bool  # the text names England: a sentence may open on "Anh" the country
    _dotted: frozenset[int]  # tokens that may be abbreviated administrative words ("Q.")

    if TYPE_CHECKING:  # defined by Grammar; declared for type checkers only, so nothing shadows them

        def _cap_run(self, k: int, limit: int, names_ok: bool = False) -> int | None: ...

    def _place_end(self, k: int) -> int | None:
        """Last token of a place phrase starting at ``k`` (gazetteer), or None."""
        t = self.t
        if t.cat_union[k].isdisjoint(_PLACE_CATS):
            return None  # every test below ends in None, or needs a place phrase at ``k``
        anh = t.key(k) == "anh"
        if anh and t.spaced(k) and t.key(k + 1) == "quốc" and t.is_cap(k) and (
            self._england or not self._opens_sentence(k)
        ):
            return k + 1  # "Anh quốc", "Anh Quốc": the country, though "Quốc" is a given name
        if anh and t.spaced(k) and (
            (t.word(k + 1)[0].islower() and t.key(k + 1) not in _FUNCTION_WORDS)
            or self._starts_person(k + 1)
        ):
            return None  # "Anh hùng", "Anh em", "Anh Trương Đạo Tiến": no country
        if anh and t.spaced(k) and t.key(k + 1) in _PRONOUN_VERBS and self._opens_sentence(k) and not self._england:
            return None  # "Anh đã bắt 10 trận", "Anh nói:": "he", in a text that never names England
        if anh and t.spaced(k) and len(t.word(k + 1)) == 1 and t.word(k + 1).isupper() and t.gap(k + 1)[:1] == ".":
            return None  # "Anh Đ. được đưa vào viện": a man named by his initial
        if anh and t.spaced(k) and t.is_title_word(k + 1) and (
            t.cats(k + 1, k + 1) & {"surname"} or t.key(k + 1) in self.lex.given_names
        ) and not (t.spaced(k + 1) and t.is_cap(k + 2)):
            return None  # "Anh Trương cho biết": "anh" addresses a man
        if t.is_abbr(k) and t.spaced(k) and t.is_cap(k + 1) and not is_vietnamese_syllable(t.word(k + 1)):
            return None  # "VN Oil": a brand, no country
        for last, cats, _ in t.phrases[k]:
            if any(c in cats for c in _PLACE_CATS) and (
                t.is_cap(k) or (last > k and t.is_cap(last) and t.word(k).islower())
            ):
                return last
        return None

    def _route_pair(self, k: int) -> bool:
        """A capitalised run at ``k`` followed by a dash and another capitalised word."""
        run = self._cap_run(k, limit=3, names_ok=True)
        return run is not None and run + 1 < len(self.t) and _is_route_dash(self.t.gap(run)) and self.t.is_cap(run + 1)

    def _opens_sentence(self, k: int) -> bool:
        if k == 0:
            return True
        before = self.t.text[max(0, self.t.starts[k] - 3) : self.t.starts[k]].rstrip(" “\"")
        return before == "" or before[-1] in ".!?:\n"

    def _loc_end(self, k: int, counted_ok: bool = False) -> int | None:
        """Last token of "admin word + place" starting at ``k``, or None (also when the word is
        counted, "các tỉnh Bắc Bộ", unless ``counted_ok``)."""
        t = self.t
        a = self.admin_abbr(k)
        if a is None:
            a = t.longest(k, "admin")
            if a is None or not t.spaced(a):
                return None
            if t.word(k)[0].islower() and "loc_desc" in t.cats(k, a):
                return None  # "khu công nghiệp [Phước Nam]"; but "[Khu Công nghiệp Phước Nam]"
        if not counted_ok and k > 0 and t.spaced(k - 1) and t.key(k - 1) in _COUNTING:
            return None  # "các tỉnh Bắc Bộ": the administrative word is counted, not named
        if k > 0 and t.spaced(k - 1) and f"{t.key(k - 1)} {t.key(k)}" in _ADMIN_WORD_COMPOUNDS:
            return None  # "văn bản 3", "biên bản": "bản" ends another word, no village
        if t.key(k) == "bản" and t.spaced(k) and not is_vietnamese_syllable(t.word(k + 1)):
            return None  # "bản PDF", "bản Android": a version, no village
        if k > 0 and t.spaced(k - 1) and t.is_cap(k) and (inside := self._place_end(k - 1)) is not None and inside >= k:
            return None  # "Nhật Bản Shinzo Abe": "Bản" ends a country, it opens no village
        if a == k and t.key(k) == "xã" and k > 0 and t.spaced(k - 1) and t.key(k - 1) in ("bà", "ông"):
            return None  # "bà xã", "ông xã": a wife, a husband, no commune
        if a == k and t.key(k) == "bang" and k > 0 and t.spaced(k - 1) and t.key(k - 1) == "liên":
            return None  # "Cảnh sát Liên bang Australia", "Bộ trưởng Tư pháp liên bang": federal, no state
        nxt = a + 1
        admin = t.kt[t.starts[k] : t.ends[a]]
        if admin == "đường" and k > 0 and t.spaced(k - 1) and t.key(k - 1) == "tuyến" and self._route_pair(nxt):
            return None  # "tuyến đường Hòa Thắng – Hòa Phú": the road between two places, no street
        if admin in _NUMBERED_ADMIN and t.word(nxt).isdigit() and len(t.word(nxt)) <= 2:
            return nxt  # "quận 4", "phường 3", "Q.3": city districts go by number
        run = None
        for last, cats, _ in t.phrases[nxt]:
            if t.is_cap(nxt) and ("admin_only_place" in cats or any(c in cats for c in _PLACE_CATS)):
                if t.spaced(last) and t.key(last + 1) in _PLACE_TAIL and t.is_cap(last + 1) and (
                    self._place_end(last + 1) is None  # "miền Đông Bắc Tây Ban Nha"
                ):
                    return last + 1
                run = last
                break
        if run is None and admin in _NAME_OK_ADMIN and t.longest(nxt, "head") == nxt and t.spaced(nxt) and (
            t.is_cap(nxt) and t.longest(nxt + 1, "field") is None and is_vietnamese_syllable(t.word(nxt + 1))
        ):
            # "xã Trường Yên", "phường Phòng Lợi": a village's name may open on a head noun
            after = self._cap_run(nxt + 1, limit=2)
            if after is not None:
                return after
        if run is None and admin in ("miền", "phía", "vùng") and t.word(nxt) in _COMPASS_WORDS:
            c = nxt + 1 if t.spaced(nxt) and nxt + 1 < len(t) and t.word(nxt + 1) in _COMPASS_WORDS else nxt
            if t.spaced(c) and c + 1 < len(t) and self._place_end(c + 1) is not None:
                return c  # "miền Đông Ukraine": the part, then the country (a LOC of its own)
        if run is None:
            run = self._cap_run(nxt, limit=4, names_ok=admin in _NAME_OK_ADMIN or self._short_place(nxt))
            if run is not None and any(ch.isdigit() for ch in t.text[t.starts[nxt] : t.ends[run]]):
                return None  # "phiên bản Yak-38": a model, no place
        if run is not None and admin in _NUMBERED_ADMIN and t.spaced(run) and t.word(run + 1).isdigit() and (
            len(t.word(run + 1)) <= 2 and not (t.spaced(run + 1) and t.word(run + 2)[0].islower())
        ):
            return run + 1  # "thôn Văn Lâm 3": villages split by number
        return run

    def admin_abbr(self, k: int) -> int | None:
        """``k`` itself when it is an abbreviated administrative word glued to a name by its dot
        ("Q.Tân Phú", "H.Năm Căn", "TP. Vinh", "P.5"), else None."""
        t = self.t
        if k not in self._dotted or k + 1 >= len(t) or t.gap(k) not in (".", ". "):
            return None
        nxt = t.word(k + 1)
        if t.gap(k) == ". " and (t.key(k + 1) in SENTENCE_WORDS or not nxt[0].isupper()):
            return None  # "ở TP. Cũng trong ngày": the abbreviation ends a sentence
        return k if nxt[0].isupper() or (nxt.isdigit() and len(nxt) <= 2) else None

    def _short_place(self, k: int) -> bool:
        """Two capitalised words at most, then no capital: after "tỉnh", "huyện" a place name,
        not a person ("tỉnh Tô Châu"; but "UBND tỉnh Nguyễn Văn An" is a three-word name)."""
        t = self.t
        if not t.spaced(k) or not t.is_cap(k + 1):
            return False
        return not (t.spaced(k + 1) and t.is_cap(k + 2)) and t.key(k + 1) not in _MIDDLE_NAMES

    def _inside_place(self, k: int) -> bool:
        """Token ``k`` ends a place name that starts right before it ("Đan Mạch Thông số": the
        surname "Mạch" belongs to the country, it opens no name)."""
        t = self.t
        return k > 0 and t.spaced(k - 1) and t.is_cap(k - 1) and (inside := self._place_end(k - 1)) is not None and inside >= k
