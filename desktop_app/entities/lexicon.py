"""Gazetteers of the language (surnames, titles, org head nouns, places...) loaded once, read-only.

Every multi-word entry is stored under its *match key*: ``search_key`` of the entry, so that
``Tỉnh ủy``/``Tỉnh uỷ`` and ``hóa``/``hoá`` match alike. Texts are compared through
``key_text``, a length-preserving key of the whole document, so offsets carry over unchanged.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import cast

from desktop_app.textnorm import search_key

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    return search_key(word)


# Keys of space-separated chunks of text. A plain dict, emptied when full: a hit is one C-level
# ``dict.get`` through ``map`` (an lru_cache also relinks its entry on every hit).
_CHUNK_KEYS: dict[str, str] = {}
_CHUNK_LIMIT = 1 << 17


def _chunk_key(chunk: str) -> str:
    key = _CHUNK_KEYS.get(chunk)
    if key is None:
        if len(_CHUNK_KEYS) >= _CHUNK_LIMIT:
            _CHUNK_KEYS.clear()
        key = _CHUNK_KEYS[chunk] = _WORD.sub(lambda m: _word_key(m.group()), chunk)
    return key


def key_text(text: str) -> str:
    """``search_key`` of ``text``, fast: one cached key per distinct word (same length as input)."""
    if len(text) <= _SHORT:
        return _short_key(text)
    return _key_text(text)


# Names and words are keyed again and again (each entity, each gazetteer test): their keys are
# cached whole, a lookup instead of a lower, a split and a join.
_SHORT = 40


@lru_cache(maxsize=1 << 16)
def _short_key(text: str) -> str:
    return _key_text(text)


def _key_text(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lower case is longer (İ): go char by char
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    # a letter run never spans a space: key the space-separated chunks through a C-level cache
    # (most repeat), 2.5x faster than one ``sub`` callback per word of the whole text
    chunks = lowered.split(" ")
    known = list(map(_CHUNK_KEYS.get, chunks))
    if None in known:
        return " ".join(map(_chunk_key, chunks))
    return " ".join(cast(list[str], known))


def gazetteer_dir() -> Path:
    """``resources/gazetteers`` of the checkout or of a frozen bundle."""
    override = os.environ.get("CHUGIAI_GAZETTEERS")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    root = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    return root / "resources" / "gazetteers"


def _lines(name: str) -> list[str]:
    path = gazetteer_dir() / name
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All gazetteers, keyed by match key. Immutable once built: safe to share across threads."""

    surnames: frozenset[str]
    titles: dict[str, bool]  # match key -> needs a following name/org ("bound")
    name_ranks: frozenset[str]  # titles also in lower case before a full name ("rank")
    title_qualifiers: frozenset[str]
    cues: frozenset[str]
    admin_words: frozenset[str]
    org_heads: dict[str, frozenset[str]]  # match key -> tags ("alone", "sub")
    caps_heads: frozenset[str]  # heads tagged "caps": heads only in capitals ("CA", not "ca sĩ")
    law_subjects: frozenset[str]  # first words of laws' subjects ("du lịch"), in lower case
    org_fields: frozenset[str]
    lower_fields: frozenset[str]  # fields written in lower case ("cán sự đảng")
    central_bodies: dict[str, str]  # match key -> name as written in the gazetteer
    abbreviations: dict[str, str]  # ABBR (as written) -> expansion
    provinces: frozenset[str]
    admin_only_places: frozenset[str]
    countries: frozenset[str]
    regions: frozenset[str]
    legal_kinds: tuple[str, ...]  # as written, longest first
    named_documents: frozenset[str]
    loc_descriptors: frozenset[str]
    org_descriptors: frozenset[str]
    known_orgs: frozenset[str]
    given_names: frozenset[str]  # Vietnamese name syllables, match keys
    foreign_given_names: frozenset[str]  # as written
    org_suffixes: frozenset[str]  # as written
    foreign_words: frozenset[str]  # capitalised foreign common words, as written
    # phrase match key -> categories, and the longest phrase length in words
    phrases: dict[str, frozenset[str]]
    max_words: int
    first_words: dict[str, int]  # first word of a phrase -> most tokens a phrase from it spans
    # every prefix of a phrase key -> its categories when it is a phrase itself, else None:
    # tokenize stops widening a match at the first text that no phrase begins with
    phrase_prefixes: dict[str, frozenset[str] | None]
    all_places: frozenset[str]  # provinces | countries | regions

    def places(self) -> frozenset[str]:
        """Provinces, countries and regions together (built once with the lexicon)."""
        return self.all_places


def _build() -> Lexicon:
    surnames = frozenset(search_key(s) for s in _lines("surnames.txt"))
    quals = frozenset(search_key(q) for q in _lines("title_qualifiers.txt"))
    titles: dict[str, bool] = {}
    ranks: set[str] = set()
    for line in _lines("titles.txt"):
        name, _, tag = line.partition("\t")
        k = search_key(name)
        tags = tag.split()
        titles[k] = "bound" in tags
        if "rank" in tags:
            ranks.add(k)
        if not k.startswith("phó "):
            titles.setdefault("phó " + k, False)
    for k in [k for k in titles if "sĩ" in k.split()]:
        # "Nghị sỹ", "Viện sỹ": the same syllable spelt with y
        titles.setdefault(" ".join("sỹ" if w == "sĩ" else w for w in k.split()), titles[k])
        if k in ranks:
            ranks.add(" ".join("sỹ" if w == "sĩ" else w for w in k.split()))
    heads: dict[str, frozenset[str]] = {}
    for line in _lines("org_heads.txt"):
        name, _, tags = line.partition("\t")
        heads[search_key(name)] = frozenset(tags.split())
    abbreviations = {}
    for line in _lines("abbreviations.tsv"):
        abbr, _, full = line.partition("\t")
        abbreviations[abbr.strip()] = full.strip()
    provinces, admin_only = set(), set()
    for line in _lines("provinces.txt") + _lines("districts.txt"):
        name, _, flag = line.partition("|")
        (admin_only if flag == "admin" else provinces).add(search_key(name))
    central = {search_key(n): n for n in _lines("central_bodies.txt")}
    # "Bộ Lao động-Thương binh và Xã hội": the dash of a two-field name is often written unspaced
    central.update({search_key(n.replace(" - ", "-")): n for n in _lines("central_bodies.txt") if " - " in n})
    # "Bộ Văn hóa Thể thao và Du lịch", "Bộ Văn hóa - Thể thao và Du lịch": the fields' comma left
    # out or written as a dash
    for n in _lines("central_bodies.txt"):
        if ", " in n:
            for sep in (" ", " - ", "-"):
                central.setdefault(search_key(n.replace(", ", sep)), n)
    fields = _lines("org_fields.txt")
    fields += [f.replace(" - ", "-") for f in fields if " - " in f]
    lex = dict(
        surnames=surnames,
        titles=titles,
        name_ranks=frozenset(ranks),
        title_qualifiers=quals,
        cues=frozenset(search_key(c) for c in _lines("person_cues.txt")),
        admin_words=frozenset(search_key(a) for a in _lines("admin_words.txt")),
        org_heads=heads,
        caps_heads=frozenset(k for k, tags in heads.items() if "caps" in tags and " " not in k),
        law_subjects=frozenset(search_key(w) for w in _lines("law_subjects.txt")),
        org_fields=frozenset(search_key(f) for f in fields),
        lower_fields=frozenset(search_key(f) for f in fields if f[0].islower()),
        central_bodies=central,
        abbreviations=abbreviations,
        provinces=frozenset(provinces),
        admin_only_places=frozenset(admin_only),
        countries=frozenset(
            search_key(c) for c in _lines("countries.txt") + _lines("world_places.txt")
        ),
        regions=frozenset(search_key(r) for r in _lines("regions.txt")),
        legal_kinds=tuple(sorted(_lines("legal_kinds.txt"), key=len, reverse=True)),
        named_documents=frozenset(search_key(d) for d in _lines("named_documents.txt")),
        loc_descriptors=frozenset(search_key(d) for d in _lines("loc_descriptors.txt")),
        org_descriptors=frozenset(search_key(d) for d in _lines("org_descriptors.txt")),
        known_orgs=frozenset(search_key(o) for o in _lines("known_orgs.txt")),
        given_names=frozenset(search_key(w) for line in _lines("given_names.txt") for w in line.split()),
        foreign_given_names=frozenset(w for line in _lines("foreign_given_names.txt") for w in line.split()),
        org_suffixes=frozenset(w for line in _lines("org_suffixes.txt") for w in line.split()),
        foreign_words=frozenset(w for line in _lines("foreign_common_words.txt") for w in line.split()),
    )
    phrases: dict[str, set[str]] = {}
    categories = {
        "surname": surnames,
        "title": titles.keys(),
        "cue": lex["cues"],
        "tqual": quals,
        "admin": lex["admin_words"],
        "head": heads.keys(),
        "field": lex["org_fields"],
        "central": central.keys(),
        "province": lex["provinces"],
        "admin_only_place": lex["admin_only_places"],
        "country": lex["countries"],
        "region": lex["regions"],
        "loc_desc": lex["loc_descriptors"],
        "org_desc": lex["org_descriptors"],
        "known_org": lex["known_orgs"],
    }
    for cat, keys in categories.items():
        for k in keys:
            phrases.setdefault(k, set()).add(cat)
    max_words = max(len(k.split()) for k in phrases)
    first: dict[str, int] = {}
    for k in phrases:
        m = _WORD.match(k)
        word = m.group() if m else k.split()[0]
        width = len(k.split()) + k.count("-") + k.count(".")
        for w in {word, k.split()[0]}:  # "al-qaeda" is one token, the hyphen inside it
            first[w] = max(first.get(w, 0), width)
    table = {k: frozenset(v) for k, v in phrases.items()}
    prefixes: dict[str, frozenset[str] | None] = {k[:n]: None for k in table for n in range(1, len(k))}
    prefixes.update(table)
    return Lexicon(
        **lex,
        phrases=table,
        max_words=max_words,
        first_words=first,
        phrase_prefixes=prefixes,
        all_places=lex["provinces"] | lex["countries"] | lex["regions"],
    )


_LOCK = threading.Lock()
_LEXICON: Lexicon | None = None


def lexicon() -> Lexicon:
    """The shared lexicon, loaded on first use (under a lock, so threads load it once)."""
    global _LEXICON
    if _LEXICON is None:
        with _LOCK:
            if _LEXICON is None:
                _LEXICON = _build()
    return _LEXICON
