"""The layered extractor: patterns, gazetteers and token grammar, then overlap resolution.

Order of trust: user dictionary, then DATE and LEGAL_DOC patterns (near-certain), then ORG/LOC/
PERSON spans (longer first, ties by rule priority), then TITLEs fitted into the gaps (a title
gives way to an organisation that starts inside it: [Giám đốc] [Công an tỉnh]).
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.entities.ages import age_names
from desktop_app.entities.dates import document_year, find_dates
from desktop_app.entities.definitions import brand_definitions, defined_names
from desktop_app.entities.furniture import (
    ampersand_names,
    bylines,
    credits,
    dateline_orgs,
    place_papers,
    reporter_notes_and_roads,
    source_orgs,
)
from desktop_app.entities.grammar import Cand, Grammar
from desktop_app.entities.landmarks import (
    address_streets,
    compass_places,
    junction_streets,
    landmark_cands,
    listed_places,
    routes,
)
from desktop_app.entities.legal import LegalMatch, find_legal
from desktop_app.entities.lexicon import Lexicon, key_text, lexicon
from desktop_app.entities.linking import assign_keys, defined_abbreviations
from desktop_app.entities.missions import mission_cands
from desktop_app.entities.name_passes import listed_people, people_over_places, without_languages
from desktop_app.entities.names import (
    NOT_ORG_CAPS,
    NameFinder,
    place_pairs,
    places_over_people,
    propagate,
)
from desktop_app.entities.nonnames import non_names
from desktop_app.entities.parties import party_cands
from desktop_app.entities.roles import find_roles
from desktop_app.entities.sports import club_cands, dotted_teams, lineups
from desktop_app.entities.tokens import Tokens, tokenize
from desktop_app.entities.units import forces, head_abbreviations, split_joined, unit_cands
from desktop_app.entities.user_dictionary import UserDictionary
from desktop_app.entities.withheld import initial_stops, initials
from desktop_app.models import Entity, EntityType, Extraction, LegalRef

# Bump when rules or gazetteers change: the library re-extracts documents of older versions.
EXTRACTOR_VERSION = "2.11"

_NAMED = frozenset({EntityType.PERSON, EntityType.ORG, EntityType.LOC})
_AFTER_REF_DATE = re.compile(r",?\s*")
_AFTER_REF_ISSUER = re.compile(r",?\s+(?:của|do)\s+")


def _dictionary_cands(kt: str, dictionary: UserDictionary) -> list[Cand]:
    out = []
    for key, typ in dictionary.always.items():
        pos = kt.find(key)
        while pos >= 0:
            end = pos + len(key)
            if (pos == 0 or not kt[pos - 1].isalnum()) and (end == len(kt) or not kt[end].isalnum()):
                out.append(Cand(pos, end, typ, 9))
            pos = kt.find(key, pos + 1)
    return out


def _resolve(text_len: int, phases: list[list[Cand]]) -> list[Cand]:
    """Non-overlapping spans: phase by phase, longer first, then by priority."""
    taken = bytearray(text_len + 1)
    accepted: list[Cand] = []
    for cands in phases:
        for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.prio, c.start)):
            if c.end <= c.start or taken.find(1, c.start, c.end) >= 0:
                continue
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
            accepted.append(c)
    accepted.sort(key=lambda c: c.start)
    return accepted


def _grammar_cands(
    tokens: Tokens, lex: Lexicon, text: str, defs: list[Cand]
) -> tuple[list[Cand], dict[str, str]]:
    """Grammar candidates, run again when the text defines abbreviations in parentheses."""
    known = frozenset(lex.abbreviations)
    cands = Grammar(tokens, lex, known).candidates()
    spans = [(c.start, c.end) for c in cands + defs if c.type is EntityType.ORG]
    defined_spans = defined_abbreviations(text, spans)
    if not defined_spans:
        return cands, {}
    # the longest ORG ending right before "(ABBR)" is the defined name
    best: dict[int, int] = {}
    for start, end in spans:
        if end not in best or start < best[end]:
            best[end] = start
    defined = {}
    for abbr, (_, end) in defined_spans.items():
        defined[abbr] = " ".join(text[best[end] : end].split())
    cands = Grammar(tokens, lex, known | frozenset(defined)).candidates()
    return cands, defined


def _legal_refs(text: str, entities: list[Entity], legal: dict[tuple[int, int], LegalMatch]) -> list[LegalRef]:
    refs = []
    for idx, e in enumerate(entities):
        if e.type is not EntityType.LEGAL_DOC:
            continue
        m = legal.get((e.start, e.end))
        date = issuer = None
        pos = e.end
        nxt = entities[idx + 1] if idx + 1 < len(entities) else None
        if nxt is not None and nxt.type is EntityType.DATE and _AFTER_REF_DATE.fullmatch(text, pos, nxt.start):
            date = nxt.key[:10] if len(nxt.key) >= 10 and nxt.key[7:8] == "-" else None
            pos = nxt.end
            nxt = entities[idx + 2] if idx + 2 < len(entities) else None
        if nxt is not None and nxt.type is EntityType.ORG and _AFTER_REF_ISSUER.fullmatch(text, pos, nxt.start):
            issuer = nxt.key
        if m is None:
            refs.append(LegalRef(e.start, e.end, e.key, e.text, None, None, None, date, issuer))
        else:
            refs.append(
                LegalRef(e.start, e.end, e.key, m.kind, m.number, m.symbol, m.issuer_code, date, issuer)
            )
    return refs


def extract(
    text: str,
    *,
    document_date: str | None = None,
    dictionary: UserDictionary | None = None,
) -> Extraction:
    """Entities, legal references and roles of ``text`` (NFC reading text). Deterministic."""
    lex = lexicon()
    kt = key_text(text)
    year = document_year(document_date)
    patterns: list[Cand] = [
        Cand(d.start, d.end, EntityType.DATE, 5, d.key) for d in find_dates(text, year)
    ]
    legal: dict[tuple[int, int], LegalMatch] = {}
    for m in find_legal(text, kt, lex):
        legal.setdefault((m.start, m.end), m)
        patterns.append(Cand(m.start, m.end, EntityType.LEGAL_DOC, 5, m.key))
    tokens = tokenize(text, kt, lex)
    defs = defined_names(text, lex, NOT_ORG_CAPS)
    cands, defined = _grammar_cands(tokens, lex, text, defs)
    cands += brand_definitions(text, cands)
    cands += defs + dateline_orgs(text) + ampersand_names(text) + source_orgs(text, lex) + NameFinder(tokens, lex).candidates()
    cands += place_papers(text, lex) + compass_places(text, lex)
    cands += unit_cands(text, lex.countries) + initials(text) + club_cands(text) + landmark_cands(text, lex)
    cands += mission_cands(text) + party_cands(text) + address_streets(text) + junction_streets(text, lex)
    cands = place_pairs(text, split_joined(text, cands, lex.org_heads), lex) + head_abbreviations(text, lex.provinces)
    cands += forces(text, lex.places()) + routes(text) + dotted_teams(text, lex.countries) + lineups(text)
    furniture = bylines(text, lex) + credits(text, lex) + reporter_notes_and_roads(text)
    blocked = non_names(text, lex)
    if defined and blocked.surfaces & defined.keys():
        blocked = replace(blocked, surfaces=blocked.surfaces - defined.keys())

    def named(c: Cand) -> bool:
        return c.type not in _NAMED or not blocked.blocks(c.start, c.end, text[c.start : c.end])

    furniture = [c for c in furniture if named(c)]
    spans = [c for c in cands if c.type is not EntityType.TITLE and named(c)]
    aged = [c for c in age_names(text, lex) if named(c)]  # only where no other rule read a name
    titles = [c for c in cands if c.type is EntityType.TITLE]
    user: list[Cand] = []
    if dictionary is not None:
        user = _dictionary_cands(kt, dictionary)
        if dictionary.never:
            never = dictionary.never

            def keep(c: Cand) -> bool:
                return kt[c.start : c.end] not in never

            patterns = [c for c in patterns if keep(c)]
            furniture = [c for c in furniture if keep(c)]
            spans = [c for c in spans if keep(c)]
            aged = [c for c in aged if keep(c)]
            titles = [c for c in titles if keep(c)]
    accepted = places_over_people(text, _resolve(len(text), [user, patterns, furniture, spans, aged, titles]), lex)
    accepted = listed_places(text, accepted, lex)
    more = [c for c in propagate(text, accepted, lex) if named(c)]
    if dictionary is not None and dictionary.never:
        more = [c for c in more if kt[c.start : c.end] not in dictionary.never]
    if more:
        accepted = _resolve(len(text), [accepted, more])
    accepted = initial_stops(text, listed_people(text, people_over_places(text, accepted, lex), lex))
    accepted = without_languages(text, accepted)
    entities = assign_keys(text, [(c.start, c.end, c.type, c.key) for c in accepted], lex, defined)
    refs = _legal_refs(text, entities, legal)
    roles = find_roles(text, entities)
    return Extraction(entities=tuple(entities), legal_refs=tuple(refs), roles=tuple(roles))
