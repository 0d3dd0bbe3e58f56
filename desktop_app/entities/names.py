"""Capitalised runs that no gazetteer explains: given names, foreign names, teams, acronyms.

Vietnamese capitalises every syllable of a proper name, so a run of capitalised words in mid
sentence is a name. What kind is read from its shape and its neighbours:
- a common noun in front ("sân [Mỹ Đình]", "báo [Lao Động]") gives LOC or ORG;
- Vietnamese given-name syllables only ("Tuấn Anh", "Văn Toàn") give PERSON;
- words that are no Vietnamese syllable are foreign: PERSON after a common foreign given name
  or by default, ORG with a company or club word ("Getty Images", "Manchester United");
- "U22 Việt Nam" is a team; an unknown all-capitals word (HAGL, VTV6) is an organisation.
Once a name is found, its other mentions in the same document are found too (``propagate``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import compress

from desktop_app.entities.grammar import Cand
from desktop_app.entities.grammar_people import is_brand_word
from desktop_app.entities.grammar_words import (
    _CLAUSE_OPENERS,
    _COMMON_COMPOUNDS,
    MINISTRY_FIELD_ABBRS,
    SENTENCE_WORDS,
)
from desktop_app.entities.lexicon import Lexicon, key_text
from desktop_app.entities.nonnames import MODEL_NUMBER
from desktop_app.entities.tokens import Tokens, bounded, is_vietnamese_syllable
from desktop_app.entities.withheld import WORD_OR_DOT
from desktop_app.models import EntityType

_TEAM = re.compile(r"U\d{2}")
# Police departments by their code ("PC67", "PA83") and police forces written short ("CATP"
# Công an thành phố, "CAQ" quận, "CAH" huyện).
_POLICE = re.compile(r"P[ACKHX]\d{2,3}|CATP|CAQ|CAH")
# English words that make a foreign name a place or an event rather than a person.
_PLACE_WORDS = frozenset(
    "Bridge Stadium Park Arena Street Square Avenue Road Island Islands Beach Bay Mountain River "
    "Valley Hill Airport Tower Palace Hall Center Centre Lake Falls Trafford Field Lane Gardens".split()
)
_EVENT_WORDS = frozenset(
    "League Cup Championship Championships Open Games Awards Festival Show Series Tour Olympics "
    "Summit Expo Week Day Prix Masters Liga Bundesliga Gala Fashion".split()
)
_BARRIER_CATS = frozenset(
    {"title", "head", "central", "admin", "province", "country", "region", "known_org", "cue",
     "loc_desc", "org_desc"}
)
# Articles that open the name of a publication, band or company ("Der Spiegel", "The Economist").
_ARTICLES = frozenset("The Der Die Das Le La Les El Los Las Il".split())
# Particles inside Arabic and Dutch/German names ("Tamim bin Hamad al-Thani", "van der Sar").
_NAME_PARTICLES = frozenset("bin ibn bint abu van von der de".split())
_ARABIC_PREFIX = re.compile(r"(?:al|el|Al|El)-[A-Z][a-z]+")
# Words before a foreign name of a god, hero or monster of myth ("thần Zeus", "nữ quỷ Medusa").
# A company or group named after a cue noun and a few lower-case words describing it:
# "hãng nghiên cứu toàn cầu [Ipsos]", "công ty công nghệ [Xiaomi]", "nhóm khủng bố [Boko Haram]".
_ORG_CUE = re.compile(
    r"(?:^|(?<=[\s(\"“]))(?:[Hh]ãng|[Cc]ông ty|[Tt]ập đoàn|[Nn]hóm|[Tt]ổ chức|[Ll]iên minh)"
    r"((?: [^\W\d_]+){0,4}) $"
)
# Words of address before a given name alone ("ông Khoa", "bà Lan", "đồng chí Sơn").
_KIN_CUES = frozenset("ông bà anh chị cô chú bác cụ em chí".split())
# Compound words whose second syllable is a descriptor noun ("đồng đội": a teammate).
_DESC_COMPOUNDS = frozenset({"đồng đội", "đồng nghiệp", "đồng hương"})
_NOT_CUE_WORDS = frozenset(
    "tại ở của từ với và cho là thuộc như theo trong ngoài trên dưới tới đến về nói bởi do".split()
)
# "al-Qaeda", "al Qaeda": a lower-case particle before a capitalised name
_MIXED_CASE = re.compile(r"(?:al|el)[- ][A-Z]")
_MYTH_CUES = frozenset({"thần", "nữ thần", "anh hùng", "quỷ", "nữ quỷ", "người anh hùng", "thần mã"})
# Lower-case words after which a name of Vietnamese syllables is a place ("tại Mễ Trì").
_PLACE_PREPOSITIONS = frozenset({"tại", "ở"})
# Words for a person that open a sentence capitalised ("Anh Sáng cự lại", "Chị Lan nói"): the
# name is what follows; "Anh" is no surname, and here no country.
_SENTENCE_HONORIFICS = frozenset({"anh", "chị", "em", "cháu", "bé"})
# All-capital words that are no organisation.
NOT_ORG_CAPS = frozenset(
    "PV CP SN TP HLV CLB USD VND EUR GDP CPI IPO CEO CFO TV MC DJ SMS ID IT AI CNTT OK BOT BT PPP "
    "COVID HIV AIDS ATGT THPT THCS ĐH CĐ KT XH KT-XH VĐV NSƯT NSND GS PGS TS THS BS ThS ĐBQH "
    "ATM PC UAV ODA FDI VAT VN TTCK HN HCM TPHCM TP.HCM GMT TTO NQ CT QĐ KH HD TB BC NĐ TT "
    "PCTP ATTP ATVSTP ANTT TTATGT CCHC KTXH XHCN CNXH CNH HĐH NTM GPMB TNGT BĐS DN DNNVV SXKD "
    "ĐTM KCN CCN ĐVT BHTN PCCC BHYT BHXH TTHC CSDL ĐT QL TL DT KTTV ANQP QPAN HĐQT ĐHĐCĐ "
    "II III IV VI VII VIII IX XI XII XIII XIV XV XX XXI "
    # common nouns of trade, money and offices, written short: "DN NK", "NDT", "CBCC", "NTK"
    "NK XK XNK NDT VNĐ CNY JPY KRW CBCC CBCCVC CBCNV CBCS CNVC NLĐ NTK VIP RO BTC CSĐT CSGT CSCĐ "
    "PCLB PCTT TKCN BCĐ UBKT "
    # state enterprises and budget, fans and tables, drugs: "DNNN", "NSNN", "CĐV", "BXH", "ARV"
    "DNNN DNTN DNNVV NSNN NSTW NSĐP CĐV BXH ARV NVCC CTV "
    # show business: music videos, fan clubs, soundtracks, the online crowd, phone numbers
    "MV FC OST PR KOL CĐM SĐT HPBD ĐB "
    # number plates, trial panels, codes of law, care, finals and title holders: "xe BKS 29A",
    # "HĐXX tuyên", "Điều 93 BLHS", "KCB BHYT", "vào VCK", "nhà ĐKVĐ"
    "BKS HĐXX BLHS KCB VCK ĐKVĐ "
    # technology, units and weapons: "đèn LED", "32 GB", "tên lửa THAAD", "máy đào TBM"
    "LED LCD GB MB TB MMA BRT TBM THAAD FTA "
    # events and competitions, no bodies: "SEA Games", "ASIAD", "hội nghị SOM", "EURO 2016",
    # "Canada GP", "LHP Cannes"
    "SEA ASIAD SOM EURO GP LHP VĐQG UCL UEL NHA "
    # common nouns written short: fans, students, national team, tourist areas, malls, DNA,
    # mobile phones, dengue, plant protection, architects ("NHM", "SV", "ĐTQG", "KDL", "TTTM")
    "NHM SV ĐTQG KDL TTTM ADN DNA ĐTDĐ SXH BVTV KTS TNHH PTNT NN TK TW TƯ GD "
    # products and parts: "xe SUV", "thẻ SIM", "RAM 4 GB", "cổng USB", "xăng RON 95", "phanh ABS"
    "SUV SIM RAM USB RON ABS MANPADS VIDEO MAX QPPL LE SS XD AT MT XL XLS XLT OLED PDF NFC TPP "
    # common nouns written short: pupils, banks, agreements, joint-stock companies
    "HS NH CTCP DOC "
    # currencies and file formats, gene editing: "312 triệu AUD", "ảnh GIF", "hệ thống CRISPR"
    "AUD SGD GBP CAD HKD CHF GIF JPEG JPG PNG MP3 MP4 CRISPR "
    # staff and medals, and more terms of office: "phục vụ CBCNVC", "mang HCV Olympic", "khóa XVI"
    "CBCNVC CBNV HCV HCB HCĐ XVI XVII XVIII XIX".split()
)
# A model designation after a maker's name: "B727", "737", "A321", "B-52" (a product, no body);
# not a score, a year or a club's number ("Schalke 04").
_MODEL = re.compile(MODEL_NUMBER)
# Administrative words (of admin_words.txt) whose place the rest of a text names without them
# ("thành phố Marawi" ... "Marawi"); not streets, villages or rivers, often named after people.
_PROPAGATED_ADMIN = frozenset(
    "thành phố|tỉnh|huyện|quận|thị xã|thị trấn|bang|thủ đô|vùng|đảo|quần đảo|phường|xã".split("|")
)
# Descriptors that stay outside the name also when they open a sentence ("Tờ Chosun Biz đưa tin").
_OUTER_DESC = frozenset({"tờ", "hãng"})
# Words before a tournament's short name ("cúp FA", "giải VĐQG"): the name is the event's.
_CUP_WORDS = frozenset({"cúp", "Cúp"})
# A foreign name after the initial of the given name: "V.Putin", "G.Zyuganov".
# (not after a letter or a dot, which ``tokens.bounded`` checks: ``WORD_OR_DOT``)
_INITIAL_NAME = re.compile(r"[A-Z]\.([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w.-])")
# Age groups that are no youth football team ("quý bà U50"): teams go up to U23.
_TEAM_MAX_AGE = 23


def _brand_abbr(t: Tokens, i: int, last: int) -> bool:
    """A country written short opens a brand ("VN Oil", "VN Pharma"): a foreign word follows."""
    return last == i and t.is_abbr(i) and t.spaced(i) and t.is_cap(i + 1) and (
        not is_vietnamese_syllable(t.word(i + 1))
    )


class NameFinder:
    """Candidates from capitalised runs of one tokenised text."""

    def __init__(self, tokens: Tokens, lex: Lexicon) -> None:
        self.t = tokens
        self.lex = lex
        n = len(tokens)
        barrier = bytearray(n)
        # only capitalised tokens that open a phrase can raise a barrier
        for i in compress(range(n), tokens.phrases):
            if not tokens.is_cap(i):
                continue
            for last, cats, _ in tokens.phrases[i]:
                if cats & _BARRIER_CATS and not _brand_abbr(tokens, i, last):
                    barrier[i : last + 1] = b"\x01" * (last + 1 - i)
        self.barrier = barrier
        # _word_ok of every token, computed for the capitalised ones only (the others fail)
        ok = [False] * n
        words, keys = tokens.words, tokens.keys
        for i in compress(range(n), tokens.caps):
            w = words[i]
            ok[i] = not any(map(str.isdigit, w)) and keys[i] not in SENTENCE_WORDS and not (
                len(w) > 1 and w.isupper()
            )
        self._ok = ok

    def _word_ok(self, i: int) -> bool:
        return self._ok[i]

    def _runs(self) -> list[tuple[int, int]]:
        t, ok = self.t, self._ok
        spaced = t.spaced_after  # ``t.spaced(j)`` where ``j + 1 < n``, without the call
        runs: list[tuple[int, int]] = []
        n = len(t)
        after = 0  # the next run starts after the last one
        for i in compress(range(n), ok):
            if i < after:
                continue
            j = i
            while j + 1 < n and (spaced[j] or self._middle_initial(i, j)):
                if not spaced[j]:
                    j += 1  # "Michael J. Haycock": the initial's dot goes on with the name
                elif ok[j + 1]:
                    j += 1
                elif _ARABIC_PREFIX.fullmatch(t.word(j + 1)) and not is_vietnamese_syllable(t.word(j)):
                    j += 1  # "Bashar al-Assad"
                elif (
                    t.word(j + 1) in _NAME_PARTICLES
                    and not is_vietnamese_syllable(t.word(j))
                    and t.spaced(j + 1)
                    and j + 2 < n
                    and (ok[j + 2] or t.word(j + 2) in _NAME_PARTICLES)
                ):
                    j += 2 if ok[j + 2] else 1  # "Tamim bin Hamad", "van der Sar"
                else:
                    break
            runs.append((i, j))
            after = j + 1
        return runs

    def _middle_initial(self, i: int, j: int) -> bool:
        """Token ``j`` is a middle initial of a foreign name, its dot then another name word."""
        t = self.t
        w = t.word(j)
        return (
            j > i
            and len(w) == 1
            and w.isupper()
            and t.gap(j) == ". "
            and j + 1 < len(t)
            and self._word_ok(j + 1)
            and not is_vietnamese_syllable(t.word(j - 1))
            and not is_vietnamese_syllable(t.word(j + 1))
        )

    def _in_address(self, i: int) -> bool:
        """Part of an e-mail address or identifier ("PCLB_BCT@moit.gov.vn")."""
        t = self.t
        s, e = t.starts[i], t.ends[i]
        return t.text[s - 1 : s] in ("_", "@") or t.text[e : e + 1] in ("_", "@")

    def _caps_neighbour(self, i: int) -> bool:
        """An all-capitals word next to another: a headline in capitals ("NỔI BẬT"), no acronym."""
        t = self.t
        for k in (i - 1, i + 1):
            if 0 <= k < len(t) and t.is_abbr(k) and t.word(k) not in self.lex.abbreviations and (
                (k < i and t.spaced(k)) or (k > i and t.spaced(i))
            ):
                return True
        return False

    def _before(self, i: int, category: str) -> bool:
        """A phrase of ``category`` ends right before token ``i`` (after one space)."""
        t = self.t
        if i == 0 or not t.spaced(i - 1):
            return False
        for k in range(max(0, i - 3), i):
            for last, cats, _ in t.phrases[k]:
                if last == i - 1 and category in cats:
                    if k > 0 and t.spaced(k - 1) and f"{t.key(k - 1)} {t.key(k)}" in _DESC_COMPOUNDS:
                        return False  # "đồng đội Iago Aspas": a teammate, no team
                    # a capitalised "Báo", "Đài" may open the name itself; "Tờ", "Hãng tin" never do
                    return not category.endswith("_desc") or t.word(k)[0].islower() or t.key(k) in _OUTER_DESC
        return False

    def _after_org_cue(self, i: int) -> bool:
        """A foreign name after "hãng", "công ty", "tập đoàn", ... and lower-case descriptors."""
        t = self.t
        if i == 0 or not t.spaced(i - 1):
            return False
        if is_vietnamese_syllable(t.word(i)):
            # "công ty Trung Việt": a Vietnamese name right after the lower-case head noun
            # ("công ty Địa ốc ...", "công ty Gấu rơm": a capitalised word that a lower-case one
            # goes on is the first of a sentence-case name, read by the grammar or not at all)
            return (
                i > 1
                and t.spaced(i - 2)
                and t.text.startswith("công ty", t.starts[i - 2])
                and not (t.spaced(i) and t.word(i + 1)[0].islower())
            )
        start = t.starts[i]
        m = _ORG_CUE.search(t.text, max(0, start - 60), start)
        if m is None:
            return False
        words = m.group(1).split()
        return all(w.islower() and w not in _NOT_CUE_WORDS for w in words)

    def _after_locative(self, i: int) -> bool:
        """"ở", "tại" right before ``i``: where something happens."""
        t = self.t
        return i > 0 and t.spaced(i - 1) and t.key(i - 1) in ("ở", "tại")

    def _ends_phrase(self, b: int) -> bool:
        """Punctuation or the text's end after ``b``: the place ends the phrase."""
        t = self.t
        return b + 1 >= len(t) or t.gap(b)[:1] in (".", ",", ";", ")", ":", "!", "?")

    def _after_myth_cue(self, i: int) -> bool:
        t = self.t
        return i > 0 and t.spaced(i - 1) and (
            t.kt[t.starts[i - 1] : t.ends[i - 1]] in _MYTH_CUES
            or (i > 1 and t.spaced(i - 2) and t.kt[t.starts[i - 2] : t.ends[i - 1]] in _MYTH_CUES)
        )

    def _speaks(self, b: int) -> bool:
        """A person's verb of saying right after ``b`` ("Lucas nói:", "Adele tâm sự"): its subject is a person."""
        t = self.t
        if not t.spaced(b) or b + 1 >= len(t):
            return False
        key = t.key(b + 1)
        pair = f"{key} {t.key(b + 2)}" if t.spaced(b + 1) and b + 2 < len(t) else ""
        return (key in _SAYS and pair not in _NOT_SAYS) or pair in _SAYS

    def _after_person_cue(self, i: int) -> bool:
        """A title or person cue right before ``i``, maybe with "người <Country>" between."""
        t = self.t
        if self._before(i, "title") or self._before(i, "cue"):
            return True
        for k in range(max(0, i - 4), i - 1):
            if t.key(k) == "người" and t.spaced(k):
                for last, cats, _ in t.phrases[k + 1]:
                    if last == i - 1 and cats & {"country", "province"}:
                        return self._before(k, "title") or self._before(k, "cue")
        return False

    def candidates(self) -> list[Cand]:
        t, lex = self.t, self.lex
        out: list[Cand] = []
        span = self._span
        n, written = len(t), t.words
        # the tokens this loop can act on: all-caps words, "U" words (teams) and phrase openers
        todo = set(compress(range(n), t.abbrs))
        todo.update(compress(range(n), t.phrases))
        todo.update(i for i in compress(range(n), t.caps) if written[i][0] == "U")
        cat_union = t.cat_union
        for i in sorted(todo):
            w = written[i]
            team = _TEAM.fullmatch(w) if w[0] == "U" else None  # most tokens here are no team
            if team and (
                int(w[1:]) > _TEAM_MAX_AGE or (t.spaced(i) and t.is_abbr(i + 1))
            ):
                pass  # "quý bà U50", "U20 FIFA World Cup": an age group, a tournament
            elif team:
                place = None
                if t.spaced(i):
                    for last, cats, _ in t.phrases[i + 1]:
                        if cats & {"country", "province"} and t.is_cap(i + 1):
                            place = last
                            break
                out.append(span(i, place if place is not None else i, EntityType.ORG, 4))
            elif _POLICE.fullmatch(w) and not self._in_address(i):
                place = None
                if t.spaced(i):
                    for last, cats, _ in t.phrases[i + 1]:
                        if cats & {"province"} and t.is_cap(i + 1):
                            place = last  # "PC67 Hà Nội", "CATP Hà Nội": the force of that province
                            break
                out.append(span(i, place if place is not None else i, EntityType.ORG, 3))
            elif t.is_abbr(i) and w not in NOT_ORG_CAPS and (
                w not in MINISTRY_FIELD_ABBRS or (i > 0 and t.gap(i - 1).endswith("("))
            ) and (
                not t.phrases[i] and not self._in_address(i)
            ) and (
                "&" not in t.gap(i) and (i == 0 or "&" not in t.gap(i - 1))  # a part of "TT&DL", "GD&TĐ"
            ) and (
                len(w) <= 7
                and (w.isalpha() or w.rstrip("0123456789") in lex.abbreviations)
                and not self._caps_neighbour(i)
                and not (i > 0 and t.spaced(i - 1) and t.word(i - 1) in _CUP_WORDS)
            ):
                if t.spaced(i) and t.word(i + 1) in lex.org_suffixes:
                    out.append(span(i, i + 1, EntityType.ORG, 3))  # "BBC Sport", "VTC News"
                else:
                    out.append(span(i, i, EntityType.ORG, 1))
            # the loop below acts on known organisations only (few tokens open one)
            for last, cats, _ in t.phrases[i] if "known_org" in cat_union[i] else ():
                if "known_org" in cats and t.spaced(last) and _MODEL.fullmatch(t.word(last + 1)):
                    break  # "tàu bay Boeing B727", "Airbus A321": a product of the maker
                if "known_org" in cats and (
                    t.is_cap(i) or _MIXED_CASE.match(t.text, t.starts[i], t.ends[last]) or last - i >= 3
                ):  # "tổ chức y tế thế giới": a long name is the body also in lower case
                    if t.spaced(last) and t.word(last + 1) in lex.org_suffixes:
                        last += 1  # "BBC Sport"
                    out.append(span(i, last, EntityType.ORG, 3))
                    break
        for m in bounded(_INITIAL_NAME, t.text, WORD_OR_DOT):
            if not is_vietnamese_syllable(m.group(1)):
                out.append(Cand(m.start(), m.end(), EntityType.PERSON, 2))  # "V.Putin", "G.Zyuganov"
        for a, b in self._runs():
            if t.spaced(b) and t.word(b + 1) in lex.org_suffixes and t.word(b + 1).isupper():
                out.append(span(a, b + 1, EntityType.ORG, 3))  # "Gangwon FC"
                continue
            words = t.keys[a : b + 1]
            if (
                1 <= b - a <= 3
                and words[0] in _SENTENCE_HONORIFICS
                and a > 0
                and t.gap(a - 1).rstrip(" ") in (".", "!", "?", "…")  # mid-line: no byline
                and b + 1 < len(t)
                and t.spaced(b)
                and t.word(b + 1)[0].islower()
                and words[1] != "quốc"
                and not any(self.barrier[a + 1 : b + 1])
                and all(is_vietnamese_syllable(t.word(k)) for k in range(a + 1, b + 1))
                and all(k in lex.given_names or k in lex.surnames for k in words[1:])
            ):
                out.append(span(a + 1, b, EntityType.PERSON, 2))  # "Anh Sáng": a man named Sáng
                continue
            if (
                1 <= b - a < 3
                and a > 0
                and t.spaced(a - 1)
                and t.word(a - 1) in _PLACE_PREPOSITIONS
                and words[0] not in lex.surnames
                and not any(self.barrier[a : b + 1])
                and all(is_vietnamese_syllable(t.word(k)) for k in range(a, b + 1))
            ):
                out.append(span(a, b, EntityType.LOC, 3))  # "tại Mễ Trì": a place
                continue
            if (
                2 <= len(words) <= 3
                and words[0] not in lex.surnames
                and all(k in lex.given_names for k in words)
                and not self._before(a, "admin")
                and not self._before(a, "head")
            ):
                prio = 3 if self._before(a, "loc_desc") else 1
                typ = EntityType.LOC if prio == 3 else EntityType.PERSON
                out.append(span(a, b, typ, prio))
            k = a
            while k <= b:
                if self.barrier[k]:
                    k += 1
                    continue
                e = k
                while e + 1 <= b and not self.barrier[e + 1]:
                    e += 1
                self._segment(k, e, out)
                k = e + 1
        return out

    def _trim_vietnamese(self, a: int, b: int) -> tuple[int, int]:
        """A foreign name does not take a Vietnamese word that opens the sentence before it
        ("Chưa Valentine") or a common one after it ("Sarah Jane Adams Người ta ...")."""
        t, lex = self.t, self.lex
        if not all(map(is_vietnamese_syllable, t.words[a : b + 1])):
            if a < b and is_vietnamese_syllable(t.word(a)) and (a == 0 or not t.spaced(a - 1)) and (
                t.key(a) not in lex.surnames and t.key(a) not in lex.given_names
            ):
                a += 1
            while a < b and is_vietnamese_syllable(t.word(b)) and (
                (t.key(b) not in lex.given_names and t.key(b) not in lex.surnames)
                or (t.spaced(b) and b + 1 < len(t) and f"{t.key(b)} {t.key(b + 1)}" in _CLAUSE_OPENERS)
            ):
                b -= 1  # "Lukaku Thông qua tài khoản ...": a clause opens, no given name
            if not is_vietnamese_syllable(t.word(a)):
                for x in range(a + 1, b):
                    if t.key(x) in lex.surnames and all(is_vietnamese_syllable(t.word(y)) for y in range(x, b + 1)):
                        if any(self._no_name_word(t.word(y)) for y in range(a, x)):
                            return a, x - 1  # "OceanBank Hà Văn Thắm": the bank, then a Vietnamese full name
                        break  # "Soobin Hoàng Sơn", "Ali Hoàng Dương": a stage name
        return a, b

    def _no_name_word(self, w: str) -> bool:
        """A word no person's name has: a brand ("OceanBank"), a company word ("Post"), a
        common foreign word ("Karate"), capitals inside it ("V-League")."""
        lex = self.lex
        return is_brand_word(w) or w in lex.org_suffixes or w in lex.foreign_words or any(c.isupper() for c in w[1:])

    def _segment(self, a: int, b: int, out: list[Cand]) -> None:
        t, lex = self.t, self.lex
        a, b = self._trim_vietnamese(a, b)
        if self._after_org_cue(a):
            # a Vietnamese name keeps its lower-case head noun ("[công ty Trung Việt]", as the
            # guidelines' "[ban Tuyên giáo Trung ương]" and 13 gold cases); a foreign one does
            # not ("công ty [Yakovlev]", dev2, dev14)
            out.append(self._span(a - 2 if is_vietnamese_syllable(t.word(a)) else a, b, EntityType.ORG, 3))
            return
        if self._before(a, "loc_desc"):
            out.append(self._span(a, b, EntityType.LOC, 3))
            return
        if self._before(a, "org_desc"):
            out.append(self._span(a, b, EntityType.ORG, 3))
            return
        words = t.words[a : b + 1]
        if all(map(is_vietnamese_syllable, words)):
            return
        if places := joined_places(t.starts[a], t.text[t.starts[a] : t.ends[b]], lex, 2):
            out += places  # "Campuchia-Lào-Việt Nam", "Iran-Iraq": states, nobody's name
            return
        if words[0] in _ARTICLES and len(words) >= 2 and not any(w in _EVENT_WORDS for w in words):
            out.append(self._span(a, b, EntityType.ORG, 2))  # "Der Spiegel", "The Guardian"
            return
        if words[-1].rsplit("-", 1)[-1] in _PLACE_WORDS:
            if len(words) == 1:
                for k in range(max(0, a - 4), a) if a > 0 and t.spaced(a - 1) else ():
                    if any(last == a - 1 and cats & {"province", "country", "region"} for last, cats, _ in t.phrases[k]):
                        out.append(self._span(k, b, EntityType.LOC, 2))  # "Manchester Arena": a place's venue
                        break
                return  # "Park Min Young": a Korean family name, no park
            out.append(self._span(a, b, EntityType.LOC, 2))
        elif any(w in _EVENT_WORDS for w in words):
            return
        elif any(w in lex.org_suffixes or is_brand_word(w) for w in words):
            out.append(self._span(a, b, EntityType.ORG, 2))
        elif words[0] in lex.foreign_given_names and len(words) >= 2:
            out.append(self._span(a, b, EntityType.PERSON, 2))
        elif any(w in lex.foreign_words for w in words):
            return  # "Golden Goddess", "Parliamentary Secretary": a phrase, not a name
        elif self._after_person_cue(a) or self._after_myth_cue(a):
            out.append(self._span(a, b, EntityType.PERSON, 2))
        elif len(words) >= 2 and not any(w.isupper() for w in words):
            out.append(self._span(a, b, EntityType.PERSON, 1))
        elif len(words) == 1 and words[0][1:].islower() and self._speaks(b):
            out.append(self._span(a, b, EntityType.PERSON, 1))  # "Lucas nói:", "Adele tâm sự"
        elif len(words) == 1 and words[0][1:].islower() and self._after_locative(a) and self._ends_phrase(b):
            out.append(self._span(a, b, EntityType.LOC, 1))  # "chiến sự ở Marawi.", "tấn công tại Raqqa,"

    def _span(self, i: int, j: int, typ: EntityType, prio: int) -> Cand:
        return Cand(self.t.starts[i], self.t.ends[j], typ, prio)


def propagate(text: str, accepted: list[Cand], lex: Lexicon) -> list[Cand]:
    """Other mentions of names found once: full names, and a person's last name ("Lukaku")."""
    forms: dict[str, EntityType] = {}
    cued: set[str] = set()  # given names that are also common words: only after "ông", "bà"...
    for c in accepted:
        if c.type not in (EntityType.PERSON, EntityType.ORG, EntityType.LOC):
            continue
        surface = text[c.start : c.end]
        if "\n" in surface:
            continue
        if not surface[:1].isupper():
            if c.type is EntityType.ORG and surface.startswith("công ty ") and surface[8:9].isupper():
                forms.setdefault(surface[8:], c.type)  # "công ty Him Lam" ... "Him Lam": the company
                continue
            # "thành phố Marawi" ... "Marawi": the place's name without its administrative word
            split = _admin_and_name(surface, lex) if c.type is EntityType.LOC else None
            if split is not None and split[0] in _PROPAGATED_ADMIN:
                name = split[1]
                if name[:1].isupper() and not name.isupper() and (" " in name or not is_vietnamese_syllable(name)):
                    forms.setdefault(name, c.type)  # not "Kỳ" of "bản Kỳ"
            continue
        if surface != "PV":  # the byline's reporter; "trao đổi với PV" in the text is nobody's name
            forms.setdefault(surface, c.type)
        words = surface.split()
        if c.type is EntityType.PERSON and len(words) >= 2:
            last = words[-1]
            cats = lex.phrases.get(key_text(last), frozenset())
            if len(last) > 1 and last.isalpha() and not cats - {"surname"}:
                forms.setdefault(last, EntityType.PERSON)
            elif len(last) > 1 and last.isalpha() and last not in forms and is_vietnamese_syllable(last):
                cued.add(last)
    if not forms:
        return []
    out = [
        Cand(start, start + len(f), forms[f], 0)
        for start, f in _mentions(text, forms)
        if " " in f or not _opens_compound(text, start + len(f), f, lex)
    ]
    for start, f in _mentions(text, cued):
        before = text[max(0, start - 12) : start]
        if before.endswith(" ") and before.split()[-1:] and before.split()[-1].lower() in _KIN_CUES:
            out.append(Cand(start, start + len(f), EntityType.PERSON, 0))
    return out


_NEXT_WORD = re.compile(r" (\w+)")


def _opens_compound(text: str, end: int, form: str, lex: Lexicon) -> bool:
    """"Đại hội" in a text about "Hoàng Văn Đại", "Tây Ninh" in one about "Lê Văn Tây": a
    one-word name that is the first syllable of a common word or a known phrase is no mention."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    pair = key_text(f"{form} {m.group(1)}")
    return pair in _COMMON_COMPOUNDS or pair in lex.phrases


# Verbs of saying after a one-word foreign name make it a person's.
# (only a person's ways of saying: papers and companies "cho biết", "chia sẻ", "khẳng định" too)
_SAYS = frozenset("nói|kể|tâm sự|thừa nhận|thú nhận|giải thích|nhớ lại|bật khóc|mỉm cười|thổ lộ".split("|"))
_NOT_SAYS = frozenset("kể từ|kể cả|nói chung|nói riêng|nói trên|nói về|nói chuyện".split("|"))
_NOT_BEFORE_MENTION = re.compile(r"[\w.]")
_NOT_AFTER_MENTION = re.compile(r"[\w-]")


def _mentions(text: str, forms: Iterable[str]) -> Iterator[tuple[int, str]]:
    """(start, form) of the whole-word mentions of ``forms``, left to right, never overlapping,
    the longest form where several start at one place: the matches of ``(?<![\\w.])(?:f1|f2|...)
    (?![\\w-])`` with the forms longest first. Found with ``str.find``: that pattern, new for each
    text, costs a compile (~1.7 ms a document) several times the search itself."""
    at: dict[int, list[str]] = {}
    for f in forms:
        p = text.find(f)
        while p >= 0:
            at.setdefault(p, []).append(f)
            p = text.find(f, p + 1)
    end = 0
    for p in sorted(at):
        if p < end or (p > 0 and _NOT_BEFORE_MENTION.match(text, p - 1)):
            continue
        for f in sorted(at[p], key=len, reverse=True):
            if not _NOT_AFTER_MENTION.match(text, p + len(f)):
                yield p, f
                end = p + len(f)
                break


def _admin_and_name(surface: str, lex: Lexicon) -> tuple[str, str] | None:
    """("thành phố", "Marawi") for "thành phố Marawi": a lower-case administrative word of one or
    two words, then the place's own name; None for anything else."""
    words = surface.split()
    for n in (2, 1):
        if len(words) > n and words[0][0].islower() and key_text(" ".join(words[:n])) in lex.admin_words:
            return " ".join(words[:n]), " ".join(words[n:])
    return None


def places_over_people(text: str, accepted: list[Cand], lex: Lexicon) -> list[Cand]:
    """"tỉnh Tô Châu ... Tô Châu": a name the document gave an administrative word is a place
    everywhere in it, also where its syllables alone read as a person's name."""
    places: set[str] = set()
    for c in accepted:
        if c.type is EntityType.LOC and (split := _admin_and_name(text[c.start : c.end], lex)) is not None:
            places.add(split[1])
    if not places:
        return accepted
    return [
        Cand(c.start, c.end, EntityType.LOC, c.prio, c.key)
        if c.type is EntityType.PERSON and c.prio < 9 and text[c.start : c.end] in places
        else c
        for c in accepted
    ]


def joined_places(start: int, surface: str, lex: Lexicon, prio: int) -> list[Cand]:
    """Places joined by hyphens ("Trung Quốc-Philippines", "Campuchia-Lào-Việt Nam"), one LOC
    each; empty unless every part is a place."""
    parts = surface.split("-")
    places = lex.places()
    if len(parts) < 2 or not all(key_text(p) in places for p in parts):
        return []
    out = []
    for part in parts:
        out.append(Cand(start, start + len(part), EntityType.LOC, prio))
        start += len(part) + 1
    return out


def place_pairs(text: str, cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """"song phương Trung Quốc-Philippines": a name that another rule read from places joined by
    hyphens is those places, not a foreign name."""
    out = []
    for c in cands:
        if c.type is EntityType.PERSON and (places := joined_places(c.start, text[c.start : c.end], lex, c.prio)):
            out += places
            continue
        out.append(c)
    return out
