"""Grammar rules for units and offices: the head of a unit named in lower case ("Trưởng
[phòng tham mưu]"), the second syllable of a name's one capitalised word ("Báo Nhân dân"), the
bloc of central agencies ("Đoàn khối các cơ quan Trung ương"), the Assembly's committees
("... của Quốc hội").

A mixin of ``grammar.Grammar`` (kept apart so each file reads as one subject); it uses the place
and tail rules the grammar defines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.entities.grammar_words import _FUNCTION_WORDS, _VERBS, SENTENCE_WORDS
from desktop_app.textnorm import search_key

if TYPE_CHECKING:
    from desktop_app.entities.tokens import Tokens

_ASSEMBLY_COMMITTEE_HEADS = frozenset({"ủy", "uỷ", "ub"})
# Head nouns of units a "trưởng" heads, named after them in lower case ("Trưởng phòng tham mưu").
_UNIT_WORDS = frozenset({"phòng", "ban", "khoa", "trạm"})
# Heads of departments and schools, whose names go on in lower case after a capitalised field
# ("Phòng Cảnh sát kinh tế", "Cục Kỹ thuật hình sự", "Trường ĐH Y khoa"); a ministry's or a
# provincial department's field is its whole name ("Bộ Y tế khuyến cáo": a verb follows).
_UNIT_HEADS = frozenset(
    search_key(h)
    for h in (
        "Phòng", "Đội", "Cục", "Vụ", "Viện", "Trung tâm", "Khoa", "Trường", "ĐH", "Đại học", "Trường ĐH",
        "Trường Đại học", "Học viện", "Chi cục",
    )
)


class UnitRules:
    """Units and offices over ``self.t`` (set by ``Grammar``)."""

    t: Tokens

    if TYPE_CHECKING:  # defined by Grammar; declared for type checkers only, so nothing shadows them

        def _loc_end(self, k: int, counted_ok: bool = False) -> int | None: ...
        def _verb_word(self, k: int) -> bool: ...

    def _central_bloc(self, k: int) -> bool:
        """"khối các cơ quan" at ``k``: the bloc of central agencies a union or party
        committee belongs to ("Đoàn khối các cơ quan Trung ương")."""
        t = self.t
        return (
            t.key(k) == "khối"
            and t.spaced(k)
            and k + 3 < len(t)
            and t.kt[t.starts[k + 1] : t.ends[k + 3]] == "các cơ quan"
        )

    def _second_syllable(self, k: int) -> bool:
        """The lower-case word after the one capitalised word ``k`` of a name is the second
        syllable of that word ("Nhân dân", "Dân trí"), not the sentence's next word: no function
        word or verb, and no clause opens after it."""
        t = self.t
        if not t.spaced(k) or k + 1 >= len(t) or not t.word(k + 1)[0].islower():
            return False
        key = t.key(k + 1)
        if key in _FUNCTION_WORDS or key in SENTENCE_WORDS or self._verb_word(k + 1):
            return False
        return not (t.spaced(k + 1) and f"{key} {t.key(k + 2)}" in _VERBS)

    def _office_unit(self, i: int, end: int) -> int | None:
        """"Trưởng phòng tham mưu, CA tỉnh ...", "Trưởng phòng kinh tế hạ tầng huyện này": a
        head of unit whose unit is named in lower case after the head noun; the guidelines keep
        the head noun with the body ("[Trưởng] [ban Tuyên giáo Trung ương]"). Last token of the
        unit, or None."""
        t = self.t
        if end <= i or t.key(end) not in _UNIT_WORDS or t.key(end - 1) != "trưởng" or not t.spaced(end):
            return None
        k = end
        while k - end < 4 and t.spaced(k) and k + 1 < len(t):
            word, key = t.word(k + 1), t.key(k + 1)
            if not word[0].islower() or key in _FUNCTION_WORDS or key in SENTENCE_WORDS or self._verb_word(k + 1):
                break
            if t.longest(k + 1, "admin") is not None or (t.spaced(k + 1) and f"{key} {t.key(k + 2)}" in _VERBS):
                break
            k += 1
        if k == end:
            return None
        nxt = k + 1
        if nxt >= len(t):
            return None
        if any(t.key(x) in ("đầu", "cuối", "thứ", "mới", "cũ") for x in range(end + 1, k + 1)):
            return None  # "Trưởng khoa đầu tiên": the first holder, no unit's name
        if t.gap(k) == ", " and t.is_cap(nxt) and (
            t.longest(nxt, "head") is not None or t.longest(nxt, "central") is not None or t.word(nxt) in self.abbrs
        ):
            return k  # "phòng tham mưu, CA tỉnh Bình Thuận": the parent body after a comma
        if t.spaced(k) and (t.longest(nxt, "admin") is not None or self._loc_end(nxt) is not None):
            return k  # "phòng kinh tế hạ tầng huyện này": the unit of a district
        return None  # "trưởng trạm y tế đã ...": no unit named, the title stays whole

    def _assembly(self, k: int) -> int | None:
        """Last token of "Quốc hội" / "QH" at ``k`` (after "của"), or None."""
        t = self.t
        if not t.spaced(k - 1) or k >= len(t):
            return None
        if t.word(k) == "QH":
            return k
        if t.word(k) == "Quốc" and t.spaced(k) and k + 1 < len(t) and t.key(k + 1) == "hội":
            return k + 1
        return None
