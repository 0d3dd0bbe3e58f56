"""LEGAL_DOC mentions: numbered documents, plenum resolutions and named laws/charters.

A numbered reference is ``kind [số] N[-SYMBOL/ISSUER]`` ("Chỉ thị số 39-CT/TW", "Nghị định
15/2020/NĐ-CP", "Quy định 58"). The date and issuer that follow are not part of the span but are
read into the ``LegalRef``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from desktop_app.entities.grammar_words import _FUNCTION_WORDS, SENTENCE_WORDS
from desktop_app.entities.lexicon import Lexicon, key_text
from desktop_app.entities.tokens import opening_on

# Kinds whose bare "kind N" form (no "số", no symbol) is a reference in practice.
_SHORT_FORM_KINDS = frozenset(
    {
        "Nghị quyết",
        "Chỉ thị",
        "Quy định",
        "Kết luận",
        "Hướng dẫn",
        "Nghị định",
        "Thông tư",
        "Quyết định",
        "Kế hoạch",
        "Thông tri",
        "Công điện",
        "Công văn",
    }
)
# Kinds that name a document by number alone also in lower case ("nghị định 35"); "kế hoạch
# 5", "hướng dẫn 3" in lower case are plans and steps.
_LOWER_SHORT_FORM_KINDS = frozenset({"Nghị quyết", "Chỉ thị", "Nghị định", "Thông tư", "Quyết định"})
# A number followed by one of these counts something ("Báo cáo 5 năm"), it is no document number.
_COUNTED = re.compile(
    r"\s+(?:năm|tháng|ngày|giờ|người|lần|điểm|điều|chương|khoản|nội dung|nhóm|%|tỷ|triệu|nghìn)\b"
)
# Verbs that follow a law's name in news and never belong to it ("Luật Du lịch trình Quốc hội").
_NOT_LAW_ABBRS = frozenset("TP TNHH LS CP HCM".split())
_VERB_WORDS_AFTER_LAW = frozenset("trình cấm nêu ghi".split())
_VERBS_AFTER_LAW = frozenset(
    "quy định|thông qua|sửa đổi|bổ sung|ban hành|áp dụng|yêu cầu|có hiệu|hết hiệu|được thông|đề nghị|"
    "kiến nghị|đề xuất|đối với".split("|")
)
_STOP_AFTER_LAW = frozenset(
    "năm số của và được đã có là về này đó mới trong để theo khi sửa với cho các những nay "
    "đang sẽ cũng thì mà tại từ trên dưới ra vào lần hiện hành".split()
)


@dataclass(frozen=True, slots=True)
class LegalMatch:
    start: int
    end: int
    kind: str
    number: str | None
    symbol: str | None
    issuer_code: str | None
    key: str


def _compile(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    # kinds are written capitalised, and in running text also in lower case ("nghị định 35")
    kinds = "|".join(f"[{k[0]}{k[0].lower()}]{re.escape(k[1:])}" for k in lex.legal_kinds)
    # the symbol may carry a stray space after a dash ("134/2016/NĐ- CP") or before it
    # ("5360 CĐ/BCT-PCTT"); a law may name its subject before the number ("Luật thuế XNK số 107")
    numbered = re.compile(
        rf"(?<!\w)(?P<kind>{kinds})(?: liên tịch)?(?P<subject>(?<=Luật)(?: [\w]+){{1,4}}?(?= số))?"
        r"\s+(?P<so>số\s+)?(?P<num>\d+[a-z]?)"
        # a symbol's parts may be joined by "&" or a spaced dash ("216/SGD & ĐT - VP")
        r"(?P<sym>/\d{4}(?:(?:-\s?|/| - (?=[A-ZĐ]{2,5}\b))[A-ZĐ][A-ZĐa-z0-9]*(?: ?& ?[A-ZĐ]{1,5})?)*"
        r"|(?:(?:-\s?|/| - (?=[A-ZĐ]{2,5}\b))[A-ZĐ][A-ZĐa-z0-9]*(?: ?& ?[A-ZĐ]{1,5})?)+"
        r"| [A-ZĐ]{1,5}/[A-ZĐ][A-ZĐa-z0-9]*(?:[-/][A-ZĐ][A-ZĐa-z0-9]*)*)?(?![\w/])"
    )
    plenum = re.compile(
        r"(?<!\w)Nghị quyết (?:Hội nghị )?(?:lần thứ \w+ )?(?:Trung ương|TƯ|T\.Ư|TW) ?\d+"
        r"(?:(?:,\s*|\s*\(?)(?:khóa|khoá) [IVXL]+(?:,\s*(?:(?:khóa|khoá) )?[IVXL]+)*\)?)?"
        r"|(?<!\w)Nghị quyết Đại hội (?:đại biểu toàn quốc )?(?:lần thứ )?[IVXL]+(?!\w)"
        # a congress's resolution: "nghị quyết Đại hội Đảng toàn quốc lần thứ XII", "Nghị quyết
        # Đại hội Đảng bộ tỉnh lần thứ XIX", "Nghị quyết Đại hội Đảng nhiệm kỳ 2015-2020"
        r"|(?<!\w)[Nn]ghị quyết [Đđ]ại hội (?:đại biểu )?Đảng(?: bộ(?: (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)"
        r"(?: [A-ZĐ]\w*)*)?)?(?: toàn quốc)?(?: lần thứ (?:[IVXL]+|\d+)(?!\w)| nhiệm kỳ \d{4}\s?[-–]\s?\d{4})"
    )
    # what a numbered reference opens on: its kind, capitalised or not (folded); a kind that
    # another begins ("Nghị quyết liên tịch") needs no search of its own
    kinds = {k.lower() for k in lex.legal_kinds}
    openers = tuple(sorted(k for k in kinds if not any(k != o and k.startswith(o) for o in kinds)))
    return numbered, plenum, openers


_PATTERN_CACHE: dict[int, tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]] = {}


def _patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    cached = _PATTERN_CACHE.get(id(lex))
    if cached is None:
        cached = _PATTERN_CACHE.setdefault(id(lex), _compile(lex))
    return cached


def issuer_code_of(symbol: str | None) -> str | None:
    """The issuing body's code at the end of a symbol: ``CT/TW`` → ``TW``, ``NĐ-CP`` → ``CP``."""
    if not symbol:
        return None
    return symbol.rsplit("/", 1)[-1].rsplit("-", 1)[-1]


def find_legal(text: str, kt: str, lex: Lexicon) -> Iterator[LegalMatch]:
    """Numbered references, plenum resolutions and named documents, with their keys."""
    numbered, plenum, openers = _patterns(lex)
    # Both patterns open on a look-behind, so the engine would try every position of the text:
    # they are tried only where a kind is written out (the look-behind still sees the text before)
    for m in opening_on(numbered, text, openers, fold=True):
        kind, num, sym = m.group("kind"), m.group("num"), m.group("sym")
        lower = kind[0].islower()
        kind = kind[0].upper() + kind[1:]
        if not sym and not m.group("so"):
            if kind not in (_LOWER_SHORT_FORM_KINDS if lower else _SHORT_FORM_KINDS) or (
                len(num) == 4 or _COUNTED.match(text, m.end())
            ):
                continue
        if sym:
            sym = re.sub(r"\s*&\s*", "&", re.sub(r"\s?-\s", "-", sym))  # "SGD & ĐT - VP" is "SGD&ĐT-VP"
            if sym.startswith(" "):
                sym = "-" + sym[1:]  # "5360 CĐ/BCT-PCTT" is "5360-CĐ/BCT-PCTT"
        symbol = sym.lstrip("-/") if sym else None
        key = f"{kind} {num}{sym}" if sym else f"{kind} {num}"
        yield LegalMatch(m.start(), m.end(), kind, num, symbol, issuer_code_of(symbol), key)
    for m in opening_on(plenum, text, ("nghị quyết",), fold=True):
        key = " ".join(m.group().split())
        key = "N" + key[1:]  # "nghị quyết Đại hội ..." in running text
        key = _PLENUM_TU.sub("Trung ương ", key)  # "Nghị quyết TƯ 5" is "Nghị quyết Trung ương 5"
        key = _PLENUM_TERM.sub(r" (\1)", key)  # ", khóa XII" is "(khóa XII)"
        yield LegalMatch(m.start(), m.end(), "Nghị quyết", None, None, None, key)
    yield from _named_documents(text, kt, lex)


_PLENUM_TU = re.compile(r"(?<=\s)(?:TƯ|T\.Ư|TW) ?(?=\d)")
_PLENUM_TERM = re.compile(r",\s*((?:khóa|khoá) [IVXL]+)$")
_NAMED_START = re.compile(r"(?<!\w)(?:Hiến pháp|Điều lệ|Cương lĩnh|Luật|Bộ [Ll]uật)(?!\w)")
_NAMED_OPENERS = ("Hiến pháp", "Điều lệ", "Cương lĩnh", "Luật", "Bộ luật", "Bộ Luật")
# Words that end a lower-case law name: the stops above and every function word.
_ENDS_LAW_NAME = _STOP_AFTER_LAW | _FUNCTION_WORDS
_TOKEN = re.compile(r"[^\W_]+")


def _named_documents(text: str, kt: str, lex: Lexicon) -> Iterator[LegalMatch]:
    longest = max(len(d) for d in lex.named_documents)
    found = list(_named_documents_at(text, kt, lex, longest))
    if "sửa đổi" in text:
        # "Luật sửa đổi, bổ sung một số điều của Bộ luật hình sự năm 2015": an amending law is
        # named by the law it amends (and that law's year)
        by_start = {d.start: d for d in found}
        for a in _AMENDS.finditer(text):
            if (inner := by_start.get(a.end())) is not None:
                end = inner.end
                if (y := _LAW_YEAR.match(text, end)) is not None:
                    end = y.end()
                yield LegalMatch(a.start(), end, "Luật", None, None, None, " ".join(text[a.start() : end].split()))
    yield from found


_AMENDS = re.compile(r"(?<!\w)Luật sửa đổi,? (?:bổ sung,? |sung )?(?:một số điều (?:của )?)?(?=(?:Bộ luật|Luật) )")
_LAW_YEAR = re.compile(r" năm (?:19|20)\d\d(?!\w)")


_OF_THE_STATE = re.compile(r" nước Cộng h(?:òa|oà) [Xx]ã hội [Cc]hủ nghĩa Việt Nam(?!\w)")


def _named_documents_at(text: str, kt: str, lex: Lexicon, longest: int) -> Iterator[LegalMatch]:
    for m in opening_on(_NAMED_START, text, _NAMED_OPENERS):
        start = m.start()
        best = None
        # gazetteer entries (with commas) first: the longest that matches here
        for doc in lex.named_documents:
            if len(doc) <= longest and kt.startswith(doc, start):
                end = start + len(doc)
                if (end == len(text) or not text[end].isalnum()) and (best is None or end > best):
                    best = end
        word = m.group()
        if word == "Hiến pháp" and best is not None and best == m.end():
            best = _country_end(text, best, lex)  # "Hiến pháp Mỹ": a country's constitution
        if word in ("Luật", "Bộ luật", "Bộ Luật"):
            before = text[max(0, start - 12) : start].split()
            prev = before[-1] if before and text[start - 1 : start] == " " else ""
            # "Pháp Luật TP.HCM", "Trường ĐH Luật": "Luật" inside another name
            lower_ok = not (prev[:1].isupper() and prev[-1:].isalnum() and key_text(prev) not in SENTENCE_WORDS)
            end = _law_name_end(text, m.end(), lex, lower_ok)
            if end is not None and (best is None or end > best):
                best = end
        if best is None:
            continue
        if (state := _OF_THE_STATE.match(text, best)) is not None:
            best = state.end()  # "Bộ luật hình sự nước Cộng hòa xã hội chủ nghĩa Việt Nam": the code's full title
        span = text[start:best]
        yield LegalMatch(start, best, word, None, None, None, " ".join(span.split()))


def _country_end(text: str, pos: int, lex: Lexicon) -> int:
    """End of a country's name (up to three words) right after ``pos``, else ``pos``."""
    if text[pos : pos + 1] != " ":
        return pos
    words = text[pos + 1 : pos + 40].split()[:3]
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n]).rstrip(".,;:)")
        if name and key_text(name) in lex.countries and text.startswith(name, pos + 1):
            return pos + 1 + len(name)
    return pos


def _law_name_end(text: str, pos: int, lex: Lexicon, lower_ok: bool = True) -> int | None:
    """End of "Luật <name>" or None if no name follows. The name opens on a capitalised word
    ("Luật Đất đai"), an abbreviation ("Luật BHYT") or "thuế" and one ("Luật thuế GTGT"), then
    takes up to three lower-case words; written all in lower case ("Luật du lịch", "Luật bảo vệ
    và phát triển rừng") it needs two words at least and a clear end: punctuation, "(sửa đổi)",
    or a word that opens the rest of the sentence."""
    first = _TOKEN.match(text, pos + 1) if text[pos : pos + 1] == " " else None
    if first is None:
        return None
    word = first.group()
    end = first.end()
    if word == "thuế" and text[end : end + 1] == " " and (abbr := _TOKEN.match(text, end + 1)) is not None and (
        abbr.group().isupper() and len(abbr.group()) >= 2
    ):
        return abbr.end()  # "Luật thuế GTGT", "Luật thuế TNDN"
    if word.isupper():
        # "Luật BHYT"; not "Pháp Luật TP.HCM", "Công ty Luật TNHH": other names
        ok = lower_ok and len(word) >= 2 and word.isalpha() and word not in _NOT_LAW_ABBRS
        return end if ok and _ends_law_name(text, end) else None
    if word[0].isupper():
        for _ in range(3):
            nxt = _TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
            if nxt is None:
                break
            w = nxt.group()
            if not w.islower() or w in _STOP_AFTER_LAW or _law_verb(text, nxt):
                break
            end = nxt.end()
        return end
    if not lower_ok:
        return None
    two = _TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    subject = f"{word} {two.group()}" if two is not None else word
    if not (key_text(word) in lex.law_subjects or key_text(subject) in lex.law_subjects):
        return None  # "Luật sư", "Luật quy định": a lawyer, the law that says
    words = 1
    while words < 7:
        nxt = _TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
        if nxt is None:
            break
        w = nxt.group()
        if not w.islower() or _law_verb(text, nxt) or (w in _ENDS_LAW_NAME and w != "và"):
            break
        end, words = nxt.end(), words + 1
    if words < 2 or text[end - 3 : end] == " và" or not _ends_law_name(text, end):
        return None
    return end


def _law_verb(text: str, m: re.Match[str]) -> bool:
    """A verb after a law's name: "trình", "cấm", or two syllables ("quy định", "thông qua")."""
    w = m.group()
    if w in _VERB_WORDS_AFTER_LAW:
        return True
    nxt = _TOKEN.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
    return nxt is not None and f"{w} {nxt.group()}" in _VERBS_AFTER_LAW


def _ends_law_name(text: str, end: int) -> bool:
    """Punctuation, "(sửa đổi)", a capitalised word or a function word after a law's name."""
    rest = text[end : end + 12]
    if rest[:1] in ("", ".", ",", ";", ":", ")", "\n", "”", '"', "…") or rest.startswith(" ("):
        return True
    nxt = _TOKEN.match(text, end + 1) if rest[:1] == " " else None
    return nxt is not None and (
        nxt.group()[0].isupper() or nxt.group() in _ENDS_LAW_NAME or _law_verb(text, nxt)
    )
