"""The Whoosh schema of the search index and the field types that feed it pre-analysed terms.

The text fields bypass Whoosh's token pipeline (Token objects, per-token filters): they run the
Vietnamese tokenizer once per text (``analysis.analyze`` memoises it for the unigram/bigram pair)
and hand Whoosh plain term counts. Postings store frequencies only, no positions: phrases are
answered by the bigram fields, which is both faster to index and faster to query.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from whoosh import columns, fields, formats
from whoosh.system import pack_uint

from desktop_app.search.analysis import analyze

__all__ = ["SCHEMA_VERSION", "VnTextField", "build_schema", "join_texts"]

# Bump when the schema or the analysis changes: an index with another version is rebuilt.
SCHEMA_VERSION = 1
# Separates independent texts (notes, entity names) so no bigram spans two of them.
TEXT_SEPARATOR = "\n|\n"

UNIGRAMS = "uni"
BIGRAMS = "bi"
BOTH = "both"
WHOLE = "whole"  # the value, or each value of a list, is one term (tags, dates)


def join_texts(texts: list[str]) -> str:
    return TEXT_SEPARATOR.join(texts)


class VnTextField(fields.FieldType):
    """A scorable text field indexed with the Vietnamese tokenizer.

    ``kind`` selects unigrams, bigrams, both, or whole-value terms.
    """

    indexed = True
    scorable = True
    stored = False
    unique = False

    def __init__(self, kind: str, field_boost: float = 1.0) -> None:
        self.kind = kind
        self.format = formats.Frequency(field_boost=field_boost)
        self.analyzer = None
        self.vector = None
        self.column_type = None

    def term_counts(self, value: str | list[str] | tuple[str, ...]) -> Counter[str]:
        """How often each term occurs in ``value`` (the field's length is their sum)."""
        if self.kind == WHOLE:
            values = [value] if isinstance(value, str) else list(value)
            return Counter(v for v in values if v)
        text = value if isinstance(value, str) else join_texts(list(value))
        unigrams, bigrams = analyze(text)
        if self.kind == UNIGRAMS:
            return Counter(unigrams)
        if self.kind == BIGRAMS:
            return Counter(bigrams)
        counts = Counter(unigrams)
        counts.update(bigrams)
        return counts

    def index(
        self, value: str | list[str] | tuple[str, ...], **kwargs: object
    ) -> Iterator[tuple[bytes, int, float, bytes]]:
        boost = self.format.field_boost
        for term, freq in self.term_counts(value).items():
            yield term.encode("utf-8"), freq, freq * boost, pack_uint(freq)

    def to_bytes(self, value: str | bytes) -> bytes:
        return value if isinstance(value, bytes) else value.encode("utf-8")

    def from_bytes(self, bs: bytes) -> str:
        return bs.decode("utf-8")

    def self_parsing(self) -> bool:
        return False

    def has_morph(self) -> bool:
        return False


# Field names. Unigram/bigram pairs for the free-text fields; entity and source fields hold
# both kinds in one field (they are short) so a multi-word filter value is still a phrase.
ID = "id"
TITLE, TITLE_BI = "title", "title_bi"
BODY, BODY_BI = "body", "body_bi"
NOTES = "notes"
TAGS = "tags"
SOURCE = "source"
DATE = "date"
FACETS = "facets"
PAYLOAD = "payload"
ENTITY_FIELDS = {"person": "PERSON", "org": "ORG", "loc": "LOC", "doc": "LEGAL_DOC"}
UNIGRAM_FIELDS = (BODY, TITLE, NOTES)  # the lexicon used for accent-free expansion


def build_schema() -> fields.Schema:
    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=VnTextField(UNIGRAMS, field_boost=2.0),
        title_bi=VnTextField(BIGRAMS, field_boost=2.0),
        body=VnTextField(UNIGRAMS),
        body_bi=VnTextField(BIGRAMS),
        notes=VnTextField(BOTH),
        tags=VnTextField(WHOLE),
        source=VnTextField(BOTH),
        date=fields.ID(),
        facets=fields.COLUMN(columns.VarBytesColumn()),
        payload=fields.STORED(),
    )
    for name in ENTITY_FIELDS:
        schema.add(name, VnTextField(BOTH))
    return schema
