"""The entity types and correction actions, apart from the record classes of ``models``.

They are what the window needs before its first paint; ``models`` builds a dozen dataclasses
(about 20 ms of generated code) that can wait until a document is opened."""

from __future__ import annotations

from enum import StrEnum


class EntityType(StrEnum):
    """The six entity types of ``shared/entity-guidelines.md``."""

    PERSON = "PERSON"
    TITLE = "TITLE"
    ORG = "ORG"
    LOC = "LOC"
    DATE = "DATE"
    LEGAL_DOC = "LEGAL_DOC"


class CorrectionAction(StrEnum):
    """What a user correction does to the extractor's output."""

    ADD = "add"  # mark this surface text as an entity of ``type``
    REMOVE = "remove"  # never an entity
    RETYPE = "retype"  # always of ``type``
