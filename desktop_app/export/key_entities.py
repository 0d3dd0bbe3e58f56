"""Key entities of a document and the report-wide index of legal references and people (pure)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop_app.models import EntityType, Extraction, LegalRef, Role


def display_date(iso: str | None) -> str:
    """ISO 8601 at any precision as Vietnamese writes it: 31/03/2023, 10/2022, 2022."""
    if not iso:
        return ""
    day_part = iso.split("T", 1)[0]
    pieces = day_part.split("-")
    if len(pieces) == 3 and all(p.isdigit() for p in pieces):
        return f"{pieces[2]}/{pieces[1]}/{pieces[0]}"
    if len(pieces) == 2 and all(p.isdigit() for p in pieces):
        return f"{pieces[1]}/{pieces[0]}"
    return iso


def role_text(roles: Iterable[Role]) -> str:
    """Distinct "title, organisation" phrases, in the order the document gives them."""
    seen: dict[str, None] = {}
    for role in roles:
        phrase = role.title if not role.organisation else f"{role.title} {role.organisation}"
        if role.organisation and role.organisation in role.title:
            phrase = role.title
        seen.setdefault(phrase.strip(), None)
    return "; ".join(p for p in seen if p)


def legal_text(ref: LegalRef) -> str:
    """A legal reference with what the text says about it: key, date, issuer."""
    extra = [x for x in (display_date(ref.date) and f"ngày {display_date(ref.date)}", ref.issuer)
             if x]
    return f"{ref.key} ({', '.join(extra)})" if extra else ref.key


@dataclass(frozen=True, slots=True)
class KeyEntities:
    """Per type, the most mentioned entities as display lines (most mentioned first)."""

    people: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    legal: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()

    def rows(self) -> list[tuple[str, tuple[str, ...]]]:
        """(label, items) for the non-empty kinds, in report order."""
        labelled = (
            ("Nhân vật", self.people), ("Cơ quan, tổ chức", self.organisations),
            ("Văn bản", self.legal), ("Địa danh", self.places), ("Thời gian", self.dates),
        )
        return [(label, items) for label, items in labelled if items]


def _top(extraction: Extraction, kind: EntityType, limit: int) -> list[str]:
    counts = Counter(e.key for e in extraction.entities if e.type is kind)
    first_seen = {}
    for e in extraction.entities:
        if e.type is kind:
            first_seen.setdefault(e.key, e.start)
    ranked = sorted(counts, key=lambda k: (-counts[k], first_seen[k]))
    return ranked[:limit]


def key_entities(extraction: Extraction, limit: int = 8) -> KeyEntities:
    """The entities worth listing under a document's heading."""
    roles_of: dict[str, list[Role]] = {}
    for role in extraction.roles:
        roles_of.setdefault(role.person, []).append(role)
    people = []
    for person in _top(extraction, EntityType.PERSON, limit):
        roles = role_text(roles_of.get(person, ()))
        people.append(f"{person} ({roles})" if roles else person)
    legal: dict[str, str] = {}
    for ref in extraction.legal_refs:
        if ref.key not in legal or (ref.date or ref.issuer) and "(" not in legal[ref.key]:
            legal[ref.key] = legal_text(ref)
    if not legal:
        legal = {k: k for k in _top(extraction, EntityType.LEGAL_DOC, limit)}
    return KeyEntities(
        people=tuple(people),
        organisations=tuple(_top(extraction, EntityType.ORG, limit)),
        legal=tuple(list(legal.values())[:limit]),
        places=tuple(_top(extraction, EntityType.LOC, limit)),
        dates=tuple(display_date(d) for d in _top(extraction, EntityType.DATE, limit)),
    )


@dataclass(slots=True)
class IndexEntry:
    """One line of the appendix: a name, what is known about it, the report's documents."""

    key: str
    details: dict[str, None] = field(default_factory=dict)  # ordered set
    documents: dict[int, None] = field(default_factory=dict)  # report numbers, ordered set


@dataclass(slots=True)
class ReportIndex:
    """Legal references and people across every document of the report."""

    legal: dict[str, IndexEntry] = field(default_factory=dict)
    people: dict[str, IndexEntry] = field(default_factory=dict)

    def add(self, number: int, extraction: Extraction) -> None:
        """Record document ``number`` (its place in the report, from 1)."""
        for ref in extraction.legal_refs:
            entry = self.legal.setdefault(ref.key, IndexEntry(ref.key))
            entry.documents.setdefault(number, None)
            for detail in (display_date(ref.date) and f"ngày {display_date(ref.date)}",
                           ref.issuer):
                if detail:
                    entry.details.setdefault(detail, None)
        for e in extraction.entities:
            if e.type is EntityType.LEGAL_DOC and e.key not in self.legal:
                self.legal[e.key] = IndexEntry(e.key)
            if e.type is EntityType.LEGAL_DOC:
                self.legal[e.key].documents.setdefault(number, None)
            if e.type is EntityType.PERSON:
                self.people.setdefault(e.key, IndexEntry(e.key)).documents.setdefault(number, None)
        for role in extraction.roles:
            entry = self.people.setdefault(role.person, IndexEntry(role.person))
            entry.documents.setdefault(number, None)
            phrase = role_text([role])
            if phrase:
                entry.details.setdefault(phrase, None)

    def sorted_legal(self) -> list[IndexEntry]:
        return sorted(self.legal.values(), key=lambda e: e.key.casefold())

    def sorted_people(self) -> list[IndexEntry]:
        """By given name then full name, as Vietnamese indexes sort people."""
        return sorted(self.people.values(),
                      key=lambda e: (e.key.split()[-1].casefold() if e.key.split() else "",
                                     e.key.casefold()))
