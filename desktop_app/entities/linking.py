"""Canonical keys within one document: abbreviations, given names, spelling variants, short refs.

Keys follow ``shared/entity-guidelines.md``: a PERSON's key is the full name as first written
(given-name mentions map to it when unambiguous); an ORG's key expands abbreviations defined in
the document or well known; LEGAL_DOC keys are kind + number + symbol; spelling variants
(ủy/uỷ, hóa/hoá) share the first written form.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop_app.entities.lexicon import Lexicon, key_text
from desktop_app.models import Entity, EntityType

_ABBR_DEF = re.compile(r"\s?\(([A-ZĐ][A-ZĐ0-9\-]{1,15})\)")
_WS = re.compile(r"\s+")


def defined_abbreviations(text: str, spans: list[tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """Abbreviations written in parentheses right after a span: ``ABBR -> (start, end)``."""
    out: dict[str, tuple[int, int]] = {}
    for start, end in spans:
        m = _ABBR_DEF.match(text, end)
        if m and m.group(1) not in out:
            out[m.group(1)] = (start, end)
    return out


def _expand(name: str, expansions: dict[str, str]) -> str:
    """Replace abbreviation words in an ORG name by their expansion, without doubling the head.

    ``Bộ VHTTDL`` with ``VHTTDL = Bộ Văn hóa, Thể thao và Du lịch`` → ``Bộ Văn hóa, ...``.
    """
    words = name.split(" ")
    out: list[str] = []
    for w in words:
        full = expansions.get(w)
        if full is None:
            out.append(w)
            continue
        full_words = full.split(" ")
        # drop head words already written before the abbreviation ("Bộ" + "Bộ Văn hóa...")
        overlap = 0
        for n in range(min(len(out), len(full_words)), 0, -1):
            if [x.lower() for x in out[-n:]] == [x.lower() for x in full_words[:n]]:
                overlap = n
                break
        out = out[: len(out) - overlap] if overlap else out
        out.extend(full_words)
    return " ".join(out)


def assign_keys(
    text: str,
    entities: list[tuple[int, int, EntityType, str | None]],
    lex: Lexicon,
    defined: dict[str, str],
) -> list[Entity]:
    """Entities with canonical keys. ``entities`` hold a precomputed key for DATE/LEGAL_DOC."""
    expansions = {**lex.abbreviations, **defined}
    first_form: dict[tuple[EntityType, str], str] = {}
    full_names: dict[str, list[str]] = {}  # given name (last word) -> full names
    legal_full: dict[tuple[str, str], str] = {}  # (kind key, number) -> key with symbol
    for start, end, typ, key in entities:
        if typ is EntityType.LEGAL_DOC and key and ("-" in key or "/" in key):
            kind_num = key.rsplit(" ", 1)
            number = re.match(r"\d+", kind_num[-1])
            if number:
                legal_full.setdefault((key_text(kind_num[0]), number.group()), key)
        if typ is EntityType.PERSON:
            name = _WS.sub(" ", text[start:end])
            if " " in name:
                given = name.rsplit(" ", 1)[1]
                names = full_names.setdefault(given, [])
                if name not in names:
                    names.append(name)
    out: list[Entity] = []
    for start, end, typ, key in entities:
        surface = text[start:end]
        clean = _WS.sub(" ", surface).strip()
        if typ is EntityType.LEGAL_DOC:
            k = key or clean
            m = re.fullmatch(r"(.+?) (\d+)", k)
            if m:
                k = legal_full.get((key_text(m.group(1)), m.group(2)), k)
        elif typ is EntityType.DATE:
            k = key or clean
        elif typ is EntityType.PERSON:
            k = clean
            if " " not in clean and len(full_names.get(clean, [])) == 1:
                k = full_names[clean][0]
        elif typ is EntityType.ORG:
            k = _expand(clean, expansions)
        elif typ is EntityType.LOC:
            k = _place_key(clean, lex)
        else:
            k = clean
        if typ is not EntityType.DATE and typ is not EntityType.LEGAL_DOC:
            k = first_form.setdefault((typ, key_text(k)), k)
        out.append(Entity(start, end, typ, surface, k))
    return _short_org_keys(out)


# Short forms of place names that the press uses for the same place.
_PLACE_ALIASES = {
    "hcm": "Hồ Chí Minh",
    "tphcm": "Hồ Chí Minh",
    "tp.hcm": "Hồ Chí Minh",
    "tp hcm": "Hồ Chí Minh",
    "tp. hcm": "Hồ Chí Minh",
    "sài gòn": "Hồ Chí Minh",
    "thừa thiên - huế": "Thừa Thiên Huế",
    "bà rịa-vũng tàu": "Bà Rịa - Vũng Tàu",
    "hoa kỳ": "Mỹ",
    "úc": "Australia",
}


def _place_key(name: str, lex: Lexicon) -> str:
    """One key per place: admin word dropped, short forms expanded ("TP.HCM" → "Hồ Chí Minh")."""
    short = _strip_admin(name, lex)
    return _PLACE_ALIASES.get(key_text(short), _PLACE_ALIASES.get(key_text(name), short))


def _short_org_keys(entities: list[Entity]) -> list[Entity]:
    """"Cục A03" after "Cục An ninh chính trị nội bộ A03": the short form takes the full key."""
    full: dict[tuple[str, str], str] = {}
    for e in entities:
        words = e.key.split(" ")
        if e.type is EntityType.ORG and len(words) > 2:
            full.setdefault((key_text(words[0]), words[-1]), e.key)
    out = []
    for e in entities:
        words = e.key.split(" ")
        if e.type is EntityType.ORG and len(words) == 2:
            longer = full.get((key_text(words[0]), words[1]))
            if longer is not None and (any(ch.isdigit() for ch in words[1]) or words[1].isupper()):
                e = Entity(e.start, e.end, e.type, e.text, longer)
        out.append(e)
    return out


@lru_cache(maxsize=4)
def _by_first_letter(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """``words`` by their first letter, longest first: built once, not once per place name."""
    out: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        out.setdefault(w[:1], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _strip_admin(name: str, lex: Lexicon) -> str:
    """``tỉnh Bình Thuận`` → ``Bình Thuận``: places group by name, not by how they were called."""
    lowered = key_text(name)
    for admin in _by_first_letter(lex.admin_words).get(lowered[:1], ()):
        if lowered.startswith(admin) and len(name) > len(admin):
            rest = name[len(admin) :].lstrip(" .")
            if rest and rest[0].isupper():
                return rest
    return name
