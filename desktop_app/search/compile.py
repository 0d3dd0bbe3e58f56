"""Turn a parsed query tree into a Whoosh query, plus the patterns used to mark matches.

Diacritics: a word typed with any diacritic is searched exactly (its ``search_key``, so only
tone-mark placement is folded: "đá" never matches "đã"). A word typed without diacritics is
expanded against the index's own lexicon into every indexed variant with the same accent-free
form ("tinh" → tỉnh, tình, tính, …), the accent-free spelling itself boosted.

Phrases: adjacent syllables become bigram terms (``tỉnh_uỷ``), so a two-syllable phrase is one
term lookup and a longer one an AND of bigrams. Plain words next to each other stay an AND of
words but their bigrams are added as optional clauses, so documents with the words side by side
rank first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import product

from whoosh import query as wq
from whoosh.reading import IndexReader

from desktop_app.search.analysis import BIGRAM_JOIN, Token, fold_key, term_key, tokenize
from desktop_app.search.lexicon import LexiconCache
from desktop_app.search.query import And, DateRange, Node, Not, Or, Text
from desktop_app.search.schema import (
    BODY,
    BODY_BI,
    DATE,
    NOTES,
    SOURCE,
    TAGS,
    TITLE,
    TITLE_BI,
)
from desktop_app.search.terms import TermLookup
from desktop_app.textnorm import has_diacritics, search_key

__all__ = ["Compiled", "compile_query"]

EXACT_BOOST = 1.5  # an accent-free query word that the document also writes accent-free
SYMBOL_BOOST = 1.5  # a whole symbol ("39-ct/tw") over the phrase of its parts
MAX_BIGRAM_COMBOS = 400  # beyond this, an accent-free pair is searched as two words
MAX_VARIANTS = 12  # accented forms searched for one accent-free word (the most frequent)
BOOST_VARIANTS = 4  # accented forms per word tried in the optional adjacency boosts

DEFAULT_FIELDS = ((BODY, TITLE, NOTES), (BODY_BI, TITLE_BI, NOTES))
FIELD_MAP = {
    "title": ((TITLE,), (TITLE_BI,)),
    "source": ((SOURCE,), (SOURCE,)),
    "person": (("person",), ("person",)),
    "org": (("org",), ("org",)),
    "loc": (("loc",), ("loc",)),
    "doc": (("doc",), ("doc",)),
}
HIGHLIGHTED_FIELDS = (None, "person", "org", "loc", "doc")

Unit = tuple[frozenset[str], ...]  # one set of accepted token keys per consecutive token


@dataclass(slots=True)
class Compiled:
    """The Whoosh query (None: nothing can match) and what to mark in the text and notes."""

    query: wq.Query | None
    units: list[Unit] = field(default_factory=list)
    tag_keys: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)  # how the search was narrowed, in words


class _Compiler:
    def __init__(self, reader: IndexReader, lexicon: LexiconCache, terms: TermLookup) -> None:
        self.reader = reader
        self.terms = terms
        self.lexicon = lexicon
        self.units: list[Unit] = []
        self.tag_keys: set[str] = set()
        self.notes: list[str] = []

    # ------------------------------------------------------------ terms

    def variants(self, text: str) -> list[tuple[str, float]]:
        """Indexed terms a query token may match, with boosts.

        An accent-free word with more than ``MAX_VARIANTS`` accented forms keeps the most
        frequent ones (and its own spelling); a note in ``repairs`` says so.
        """
        key = term_key(text)
        if has_diacritics(text):
            return [(key, 1.0)]
        found = self.lexicon.variants(fold_key(key))
        if not found:
            return [(key, 1.0)]
        if len(found) > MAX_VARIANTS:
            kept = self.frequent_variants(key, found)
            note = f"“{text}”: {len(kept)} commonest accented forms of {len(found)} searched"
            if note not in self.notes:
                self.notes.append(note)
            found = kept
        return [(v, EXACT_BOOST if v == key else 1.0) for v in found]

    def frequent_variants(self, key: str, found: tuple[str, ...], limit: int = MAX_VARIANTS
                          ) -> tuple[str, ...]:
        """The ``limit`` commonest of ``found`` (by documents), plus ``key`` itself if indexed."""
        memo_key = ("variants", key, str(limit))
        cached = self.lexicon.memo.get(memo_key)
        if cached is None:
            df = self.terms.doc_frequency
            ranked = sorted(found, key=lambda v: -sum(df(f, v) for f in DEFAULT_FIELDS[0]))
            top = ranked[:limit]
            if key in found and key not in top:
                top.append(key)
            cached = tuple(sorted(top))
            self.lexicon.memo[memo_key] = cached
        return cached  # type: ignore[return-value]

    def boost_variants(self, text: str) -> list[tuple[str, float]]:
        """``variants`` narrowed to the commonest few: the adjacency boosts only lift the
        ranking, and trying every pair of a dozen forms each ("noi hai": 144 bigrams in two
        fields) cost more than the rest of compiling the query."""
        found = self.variants(text)
        if len(found) <= BOOST_VARIANTS:
            return found
        key = term_key(text)
        kept = set(self.frequent_variants(key, tuple(v for v, _ in found), BOOST_VARIANTS))
        return [(v, b) for v, b in found if v in kept]

    def exists(self, fieldname: str, term: str) -> bool:
        memo_key = ("exists", fieldname, term)
        cached = self.lexicon.memo.get(memo_key)
        if cached is None:
            cached = self.lexicon.memo[memo_key] = self.terms.exists(fieldname, term)
        return bool(cached)

    def terms_query(self, fields: Sequence[str], terms: Sequence[tuple[str, float]]) -> wq.Query:
        clauses = [wq.Term(f, t, boost=b) for f in fields for t, b in terms]
        return clauses[0] if len(clauses) == 1 else wq.Or(clauses)

    def bigram_query(
        self, fields: Sequence[str], left: list[tuple[str, float]], right: list[tuple[str, float]]
    ) -> wq.Query | None:
        """Query for two adjacent tokens; None when there are too many variant pairs to try."""
        if len(left) * len(right) > MAX_BIGRAM_COMBOS:
            return None
        pairs = [(a + BIGRAM_JOIN + b, max(ba, bb)) for (a, ba), (b, bb) in product(left, right)]
        if len(pairs) == 1:
            return self.terms_query(fields, pairs)
        clauses = [wq.Term(f, t, boost=b) for f in fields for t, b in pairs if self.exists(f, t)]
        if not clauses:
            return wq.NullQuery
        return clauses[0] if len(clauses) == 1 else wq.Or(clauses)

    # ------------------------------------------------------------ text

    def phrase(
        self, tokens: Sequence[Token], uni: Sequence[str], bi: Sequence[str]
    ) -> tuple[wq.Query, list[list[tuple[str, float]]]]:
        """AND of the bigrams of linked neighbours, plus words that have no linked neighbour."""
        variants = [self.variants_for(t) for t in tokens]
        if len(tokens) == 1:
            return self.terms_query(uni, variants[0]), variants
        slots: list[wq.Query] = []
        covered = [False] * len(tokens)
        for i in range(1, len(tokens)):
            if not tokens[i].linked:
                continue
            q = self.bigram_query(bi, variants[i - 1], variants[i])
            if q is not None:
                slots.append(q)
                covered[i - 1] = covered[i] = True
        for i, done in enumerate(covered):
            if not done:
                slots.append(self.terms_query(uni, variants[i]))
        return (slots[0] if len(slots) == 1 else wq.And(slots)), variants

    def variants_for(self, token: Token) -> list[tuple[str, float]]:
        return self.variants(token.text) if isinstance(token, _QueryToken) else [(token.key, 1.0)]

    def text(self, node: Text, negated: bool) -> wq.Query:
        if node.field == "tag":
            return self.tag(node, negated)
        uni, bi = FIELD_MAP.get(node.field or "", DEFAULT_FIELDS)
        analysis = tokenize(node.text)
        tokens = [_QueryToken.of(t, node.text) for t in analysis.tokens]
        if not tokens:
            return wq.NullQuery
        if node.prefix:
            last = tokens[-1]
            folded = not has_diacritics(last.text)
            stem = fold_key(last.key) if folded else last.key
            expanded = self.lexicon.with_prefix(stem, folded=folded)
            prefix_q = self.terms_query(uni, [(t, 1.0) for t in expanded]) if expanded else wq.NullQuery
            if not negated and node.field in HIGHLIGHTED_FIELDS:
                self.units.append((frozenset(expanded),))
            if len(tokens) == 1:
                return prefix_q
            head, _ = self.phrase(tokens[:-1], uni, bi)
            return wq.And([head, prefix_q])
        query, variants = self.phrase(tokens, uni, bi)
        if len(analysis.wholes) == 1 and len(tokens) > 1 and not node.phrase:
            whole = analysis.wholes[0]
            query = wq.Or([wq.Term(uni[0], whole, boost=SYMBOL_BOOST), query])
        if not negated and node.field in HIGHLIGHTED_FIELDS:
            self.units.append(tuple(frozenset(t for t, _ in v) for v in variants))
        return query

    def tag(self, node: Text, negated: bool) -> wq.Query:
        value = search_key(node.text.strip())
        tags = [b.decode("utf-8") for b in self.reader.lexicon(TAGS)] if TAGS in self.reader.indexed_field_names() else []
        if node.prefix:
            folded = not has_diacritics(value)
            stem = fold_key(value) if folded else value
            matched = [t for t in tags if (fold_key(t) if folded else t).startswith(stem)]
        elif has_diacritics(value):
            matched = [value]
        else:
            matched = [t for t in tags if fold_key(t) == value] or [value]
        if not negated:
            self.tag_keys.update(matched)
        if not matched:
            return wq.NullQuery
        return self.terms_query((TAGS,), [(t, 1.0) for t in matched])

    # ------------------------------------------------------------ tree

    def node(self, node: Node, negated: bool = False) -> wq.Query:
        if isinstance(node, Text):
            return self.text(node, negated)
        if isinstance(node, DateRange):
            hi = None if node.hi is None else node.hi + "\uffff"
            return wq.TermRange(DATE, node.lo, hi, constantscore=True)
        if isinstance(node, Not):
            return wq.Not(self.node(node.child, not negated))
        if isinstance(node, Or):
            return wq.Or([self.node(c, negated) for c in node.children])
        return self.conjunction(node, negated)

    def conjunction(self, node: And, negated: bool) -> wq.Query:
        required = [self.node(c, negated) for c in node.children]
        positives = [q for q, c in zip(required, node.children, strict=True) if not isinstance(c, Not)]
        if not positives:
            required.insert(0, wq.Every())
        query: wq.Query = wq.And(required)
        optional = self.adjacency_boosts(node.children)
        if optional:
            query = wq.AndMaybe(query, optional[0] if len(optional) == 1 else wq.Or(optional))
        return query

    def adjacency_boosts(self, children: Sequence[Node]) -> list[wq.Query]:
        """Bigrams of neighbouring plain words: optional, they only lift the score."""
        boosts: list[wq.Query] = []
        for a, b in zip(children, children[1:], strict=False):
            if not (isinstance(a, Text) and isinstance(b, Text)):
                continue
            if a.field or b.field or a.phrase or b.phrase or a.prefix or b.prefix:
                continue
            left, right = tokenize(a.text).tokens, tokenize(b.text).tokens
            if not left or not right:
                continue
            q = self.bigram_query(
                DEFAULT_FIELDS[1],
                self.boost_variants(a.text[left[-1].start : left[-1].end]),
                self.boost_variants(b.text[right[0].start : right[0].end]),
            )
            if q is not None and q is not wq.NullQuery:
                boosts.append(q)
        return boosts


@dataclass(frozen=True, slots=True)
class _QueryToken(Token):
    """A query token that remembers its typed text (to know if diacritics were typed)."""

    text: str = ""

    @classmethod
    def of(cls, token: Token, source: str) -> _QueryToken:
        return cls(token.key, token.start, token.end, token.linked, source[token.start : token.end])


def compile_query(
    root: Node | None, reader: IndexReader, lexicon: LexiconCache, terms: TermLookup | None = None
) -> Compiled:
    """Compile ``root`` against ``reader`` (whose lexicon drives accent-free expansion);
    ``terms`` keeps the term lookups for evaluating the query."""
    if root is None:
        return Compiled(None)
    lexicon.refresh(reader)
    compiler = _Compiler(reader, lexicon, terms or TermLookup(reader))
    query = compiler.node(root)
    return Compiled(query, compiler.units, compiler.tag_keys, compiler.notes)
