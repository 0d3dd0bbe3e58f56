"""Who holds which title in which organisation, read from the order of entities in a sentence.

Two patterns cover official news: title [org] NAME ("Phó Bí thư Thường trực Tỉnh ủy Hà Tĩnh Trần
Thế Dũng") and NAME, title [org], title [org]... ("Phan Thăng An, Phó Trưởng Ban Tổ chức Trung
ương, Ủy viên..."). A title built on an org head noun with no org after it ("Phó Cục trưởng")
takes the nearest preceding org of that head in the paragraph ("Về phía Cục A03 ... có").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from desktop_app.entities.lexicon import key_text
from desktop_app.models import Entity, EntityType, Role

_SENTENCE_END = re.compile(r"[.!?;\n]")
_LINK = re.compile(r"\s*(?:,|-|–|—|là|:)?\s*")
# head noun inside a title -> the org head it refers to ("phó cục trưởng" -> "cục")
_TITLE_HEADS = (
    ("tổng cục trưởng", "tổng cục"),
    ("cục trưởng", "cục"),
    ("bộ trưởng", "bộ"),
    ("thứ trưởng", "bộ"),
    ("vụ trưởng", "vụ"),
    ("viện trưởng", "viện"),
    ("trưởng phòng", "phòng"),
    ("trưởng ban", "ban"),
    ("chánh văn phòng", "văn phòng"),
    ("giám đốc", "sở"),
)


def _sentence(text: str, pos: int) -> tuple[int, int]:
    start = pos
    while start > 0 and not _SENTENCE_END.match(text, start - 1):
        start -= 1
    m = _SENTENCE_END.search(text, pos)
    return start, m.start() if m else len(text)


def _paragraph_start(text: str, pos: int) -> int:
    i = text.rfind("\n", 0, pos)
    return i + 1


def _implied_org(text: str, title: Entity, entities: list[Entity], starts: list[int]) -> str | None:
    tkey = key_text(title.text)
    for needle, head in _TITLE_HEADS:
        if needle in tkey:
            para = _paragraph_start(text, title.start)
            # only the entities of the paragraph before the title (``starts`` is sorted)
            for i in range(bisect_left(starts, title.start) - 1, -1, -1):
                e = entities[i]
                if e.start < para:
                    break
                if e.type is EntityType.ORG and key_text(e.text).startswith(head + " "):
                    return e.key
            return None
    return None


def find_roles(text: str, entities: list[Entity]) -> list[Role]:
    """Roles stated by the entity sequence (entities sorted by position, non-overlapping)."""
    roles: list[Role] = []
    starts = [e.start for e in entities]
    seen: set[tuple[str, str, str | None, str]] = set()

    def add(person: Entity, title: Entity, org: Entity | None, org_key: str | None = None) -> None:
        s, e = _sentence(text, person.start)
        sentence = text[s:e].strip()
        organisation = org.key if org is not None else org_key
        if organisation is None:
            organisation = _implied_org(text, title, entities, starts)
        item = (person.key, " ".join(title.text.split()), organisation, sentence)
        if item not in seen:
            seen.add(item)
            roles.append(Role(*item))

    def adjacent(a: Entity, b: Entity, pattern: re.Pattern[str] = _LINK) -> bool:
        return pattern.fullmatch(text, a.end, b.start) is not None

    n = len(entities)
    for idx, ent in enumerate(entities):
        if ent.type is not EntityType.PERSON:
            continue
        # title [org] NAME
        j = idx - 1
        if j >= 0 and entities[j].type is EntityType.ORG and j - 1 >= 0 and (
            entities[j - 1].type is EntityType.TITLE
            and text[entities[j - 1].end : entities[j].start] == " "
            and text[entities[j].end : ent.start] == " "
        ):
            add(ent, entities[j - 1], entities[j])
        elif j >= 0 and entities[j].type is EntityType.TITLE and text[entities[j].end : ent.start] == " ":
            add(ent, entities[j], None)
        elif j >= 0 and entities[j].type is EntityType.LOC and j - 1 >= 0 and (
            entities[j - 1].type is EntityType.TITLE
        ):
            add(ent, entities[j - 1], None)
        # NAME, title [org], title [org]...
        k = idx + 1
        prev = ent
        while k < n and entities[k].type is EntityType.TITLE and adjacent(prev, entities[k]):
            title = entities[k]
            org = None
            if k + 1 < n and entities[k + 1].type is EntityType.ORG and (
                text[title.end : entities[k + 1].start] == " "
            ):
                org = entities[k + 1]
                k += 1
            add(ent, title, org)
            prev = entities[k]
            k += 1
    return roles
