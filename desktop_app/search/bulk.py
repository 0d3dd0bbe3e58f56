"""A Whoosh segment writer for full rebuilds that inverts postings in memory.

Whoosh's ``SegmentWriter`` pushes every posting through a sorting pool and the codec's
per-posting methods (several Python calls and a lengths-column read each), and writes every
term, however rare, as a pickled, zlib-compressed block. On Vietnamese news that is about
650 postings and 70 new terms per article, most of them syllable pairs seen once, and it made
indexing ~15 ms per article. This writer keeps ``term -> [doc, freq, doc, freq, ...]`` lists
per field, then writes each field's terms in sorted order: rare terms are inlined into the term
record (Whoosh's own ``W3TermInfo`` inline format, which its reader already understands), the
others go out as ordinary W3 blocks. The files are standard Whoosh 3 segments, so searching,
later upserts and merges use stock Whoosh code.

It only builds a fresh segment: ``add_reader`` (merging old segments into this one) is
refused, so commit with ``mergetype=CLEAR`` (a rebuild) or ``NO_MERGE``.
"""

from __future__ import annotations

import pickle
import struct
import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable
from hashlib import md5
from types import MethodType

from whoosh import fields
from whoosh.codec.base import Segment
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3TermInfo
from whoosh.filedb.filetables import HashWriter, md5_hash
from whoosh.index import Index
from whoosh.reading import IndexReader
from whoosh.system import pack_int, pack_long, pack_uint, pack_ushort
from whoosh.util.numeric import length_to_byte
from whoosh.writing import CLEAR, SegmentWriter

from desktop_app.search.schema import VnTextField

__all__ = ["BulkSegmentWriter"]

INLINE_LIMIT = 8  # posting lists this short live inside the term record: no block, no zlib
BLOCK_LIMIT = 128  # Whoosh's own block size (stock fields)
# Text-field blocks are larger: searches read whole posting lists (``evaluate``), never skip
# inside them, and each block costs a header unpickle, a zlib stream and a seek. Whoosh's
# reader takes any block length from the block header.
TEXT_BLOCK_LIMIT = 4096
_KV_LENGTHS = struct.Struct("!ii")  # filetables.HashWriter record header
_TERMINFO_HEAD = W3TermInfo._struct  # inlined flag, weight, df, min/max length byte, ...
# Whoosh's reader unpickles inline postings with ``pickle.loads``, whatever the protocol. Its
# own writer uses protocol 2, which pickles every bytes value as a ``_codecs.encode`` call:
# protocol 4 makes the record half as long and five times faster to write and to read.
_PICKLE_PROTOCOL = 4
MergeType = Callable[[SegmentWriter, list[Segment]], list[Segment]]


_LE_INT32 = struct.Struct("<i")


def _single_posting_tail(weight: float, freq: int) -> bytes:
    """Pickle opcodes that, after ``J`` + the document number, spell the inline postings
    ``((docnum,), (weight,), (pack_uint(freq),))`` — what ``pickle.loads`` in
    ``W3TermInfo.from_bytes`` expects, in 25 bytes instead of 41 and without a pickler call.
    """
    return (
        b"\x85G" + struct.pack(">d", weight)  # TUPLE1 (ids); BINFLOAT weight
        + b"\x85C\x04" + pack_uint(freq)  # TUPLE1 (weights); SHORT_BINBYTES value
        + b"\x85\x87."  # TUPLE1 (values); TUPLE3; STOP
    )


def _fast_md5(key: bytes) -> int:
    """``filetables.md5_hash`` without the hex round trip (same value: the digest's low 32 bits)."""
    return int.from_bytes(md5(key, usedforsecurity=False).digest()[12:], "big")


def _write_hashes(self: HashWriter) -> None:
    """``HashWriter._write_hashes`` with one write per bucket instead of two calls per slot.

    Same tables (open addressing from ``(hash >> 8) % slots``, twice as many slots as keys,
    ``!Iq`` slots, empty ones zero): the stock reader finds every key as before.
    """
    dbfile = self.dbfile
    for entries in self.buckets:
        pos = dbfile.tell()
        numslots = 2 * len(entries)
        self.directory.append((pos, numslots))
        hashes = [0] * numslots
        positions = [0] * numslots
        for hashval, position in entries:
            slot = (hashval >> 8) % numslots
            while positions[slot]:  # no key starts at 0 (the file header is there)
                slot = (slot + 1) % numslots
            hashes[slot] = hashval
            positions[slot] = position
        flat = [x for pair in zip(hashes, positions, strict=True) for x in pair]
        dbfile.write(struct.pack("!" + "Iq" * numslots, *flat))


class BulkSegmentWriter(SegmentWriter):
    """``SegmentWriter`` with in-memory inversion and batched term writing (see module doc)."""

    def __init__(self, ix: Index, limitmb: int = 128, timeout: float = 0.0, *, lock: bool = True) -> None:
        """``lock=False`` only in a rebuild worker process, whose parent holds the write lock."""
        super().__init__(ix, limitmb=limitmb, timeout=timeout, codec=W3Codec(), _lk=lock)
        tindex = self.fieldwriter._tindex
        tindex._write_hashes = MethodType(_write_hashes, tindex)
        # field -> term -> flat [docnum, freq, docnum, freq, ...] (Vietnamese text fields)
        self._vn: defaultdict[str, dict[str, list[int]]] = defaultdict(dict)
        # field -> term bytes -> [(docnum, weight, value bytes)] (stock Whoosh fields)
        self._other: defaultdict[str, defaultdict[bytes, list[tuple[int, float, bytes]]]] = (
            defaultdict(lambda: defaultdict(list))
        )
        self._lengths: defaultdict[str, dict[int, int]] = defaultdict(dict)

    def add_reader(self, reader: IndexReader) -> None:
        raise TypeError("BulkSegmentWriter writes fresh segments only; commit with CLEAR")

    def finish_unlocked(self) -> Segment:
        """Write this writer's segment and return it without committing (a rebuild worker).

        The shared temporary folder is left to the parent writer, which removes it.
        """
        self._check_state()
        segment = self._finalize_segment()
        self.is_closed = True
        return segment

    def commit_segments(self, segments: list[Segment], mergetype: MergeType = CLEAR) -> None:
        """Commit with ``segments`` (written by rebuild workers) added to the TOC."""
        self._check_state()
        final = self._merge_segments(mergetype, None, None)
        if self._added:
            final.append(self._finalize_segment())
        else:
            self._close_segment()
        self._commit_toc([*final, *segments])
        self._finish()

    def add_document(self, **values: object) -> None:
        self._check_state()
        perdoc = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        names = sorted(n for n in values if not n.startswith("_"))
        self._check_fields(schema, names)
        perdoc.start_doc(docnum)
        for name in names:
            value = values[name]
            if value is None:
                continue
            field = schema[name]
            length = 0
            if isinstance(field, VnTextField):
                counts = field.term_counts(value)  # type: ignore[arg-type]
                postings = self._vn[name]
                get = postings.get
                for term, freq in counts.items():
                    plist = get(term)
                    if plist is None:
                        postings[term] = [docnum, freq]
                    else:
                        plist += (docnum, freq)
                length = sum(counts.values())
            elif field.indexed:
                other = self._other[name]
                for tbytes, freq, weight, vbytes in field.index(value):
                    if field.scorable:
                        length += freq
                    other[tbytes].append((docnum, weight, vbytes))
            if length:
                self._lengths[name][docnum] = length
            stored = value if field.stored else None
            perdoc.add_field(name, field, stored, length)
            column = field.column_type
            if column:
                perdoc.add_column_value(name, column, field.to_column_value(value))
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    # ------------------------------------------------------------ writing the terms

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        fw = self.fieldwriter
        for name in sorted(set(self._vn) | set(self._other)):
            field = self.schema[name]
            fw.start_field(name, field)
            if name in self._vn:
                self._write_vn_field(name, field)
            else:
                self._write_other_field(name, field)
            fw.finish_field()
        fw.close()
        self._vn.clear()
        self._other.clear()

    def _doc_lengths(self, name: str) -> list[int]:
        lengths = [0] * self.docnum
        for docnum, n in self._lengths.get(name, {}).items():
            lengths[docnum] = n
        return lengths

    def _write_vn_field(self, name: str, field: VnTextField) -> None:
        """Write one text field's terms; short posting lists are packed here directly.

        The inline record is exactly what ``W3TermInfo.to_bytes`` makes for inlined postings
        (header struct + pickled ``(ids, weights, values)``); building it without the object
        and with a length-byte table is what keeps 70 new terms per document affordable.
        """
        boost = float(field.format.field_boost)
        doc_len = self._doc_lengths(name)
        len_byte = [length_to_byte(n) for n in range(max(doc_len, default=0) + 1)]
        postings = self._vn[name]
        prefix = pack_ushort(self.fieldwriter._fieldid)
        head = _TERMINFO_HEAD.pack
        dumps = pickle.dumps
        proto = _PICKLE_PROTOCOL
        tails: dict[int, bytes] = {}
        pack_i32 = _LE_INT32.pack
        records: list[tuple[bytes, bytes]] = []
        append = records.append
        for term in sorted(postings):  # code-point order is UTF-8 byte order
            flat = postings[term]
            key = prefix + term.encode("utf-8")
            if len(flat) == 2:  # most terms: one document
                docnum, freq = flat
                weight = freq * boost
                lb = len_byte[doc_len[docnum]]
                tail = tails.get(freq)
                if tail is None:
                    tail = tails[freq] = _single_posting_tail(weight, freq)
                append((key, head(1, weight, 1, lb, lb, weight, docnum, docnum) + b"J" + pack_i32(docnum) + tail))
                continue
            ids = flat[0::2]
            freqs = flat[1::2]
            weights = [f * boost for f in freqs]
            values = [pack_uint(f) for f in freqs]
            lengths = [doc_len[d] for d in ids]
            if len(ids) <= INLINE_LIMIT:
                nonzero = [n for n in lengths if n]
                maxweight = max(weights)
                append((key, head(
                    1, sum(weights), len(ids), len_byte[min(nonzero)] if nonzero else 0,
                    len_byte[max(lengths)], maxweight, ids[0], ids[-1],
                ) + dumps((tuple(ids), tuple(weights), tuple(values)), proto)))
            else:
                nonzero = [n for n in lengths if n]
                extent = self._write_freq_blocks(ids, weights, freqs, lengths)
                append((key, head(
                    0, float(sum(weights)), len(ids), len_byte[min(nonzero)] if nonzero else 0,
                    len_byte[max(lengths)], max(weights), ids[0], ids[-1],
                ) + extent))
        self._add_records(records)

    def _write_freq_blocks(
        self, ids: list[int], weights: list[float], freqs: list[int], lengths: list[int]
    ) -> bytes:
        """Write a frequency posting list as W3 blocks; return the term record's extent part.

        Same layout as ``W3PostingsWriter._write_block`` (delta-coded ids, minified weights,
        4-byte frequency values, a pickled block-info tuple), but ids and weights are arrays
        (Whoosh's reader iterates them like its tuples), and the data tuple is pickled with
        protocol 4 (bytes as bytes, not ``_codecs.encode`` calls) and zlib level 1.
        """
        postfile = self.fieldwriter._postwriter._postfile
        start = postfile.tell()
        chunks = [WHOOSH3_HEADER_MAGIC]
        n = len(ids)
        for lo in range(0, n, TEXT_BLOCK_LIMIT):
            hi = min(lo + TEXT_BLOCK_LIMIT, n)
            bids = ids[lo:hi]
            bweights = weights[lo:hi]
            deltas = [bids[0], *(b - a for a, b in zip(bids, bids[1:], strict=False))]
            first = bweights[0]
            if all(w == first for w in bweights):
                mini: float | array | None = None if first == 1.0 else first
            else:
                mini = array("f", bweights)
            values = b"".join(map(pack_uint, freqs[lo:hi]))
            # ids and weights as arrays: they unpickle as one buffer each, which the search
            # side reads with NumPy without creating an int object per posting
            data = zlib.compress(pickle.dumps((array("I", deltas), mini, values), _PICKLE_PROTOCOL), 1)
            block_lengths = [x for x in lengths[lo:hi] if x]
            info = pickle.dumps((
                hi - lo, bids[-1], max(bweights), 1,
                length_to_byte(min(block_lengths)) if block_lengths else 0,
                length_to_byte(max(block_lengths, default=0)),
            ), 2)  # read back with pickle.load on the file: no protocol-4 framing there
            size = len(info) + len(data)
            chunks += (pack_int(-size if hi == n else size), info, data)
        blob = b"".join(chunks)
        postfile.write(blob)
        return pack_long(start) + pack_int(len(blob))

    def _write_other_field(self, name: str, field: fields.FieldType) -> None:
        doc_len = self._doc_lengths(name)
        prefix = pack_ushort(self.fieldwriter._fieldid)
        records: list[tuple[bytes, bytes]] = []
        for tbytes, plist in sorted(self._other[name].items()):
            ids = [p[0] for p in plist]
            weights = [float(p[1]) for p in plist]
            values = [p[2] or b"" for p in plist]
            info = self._term_info(ids, weights, values, [doc_len[d] for d in ids], field)
            records.append((prefix + tbytes, info.to_bytes()))
        self._add_records(records)

    def _term_info(
        self,
        ids: list[int],
        weights: list[float],
        values: list[bytes],
        lengths: list[int],
        field: fields.FieldType,
    ) -> W3TermInfo:
        """The term record: statistics, then the postings inline or as W3 blocks."""
        info = W3TermInfo()
        nonzero = [n for n in lengths if n]
        info._weight = float(sum(weights))
        info._df = len(ids)
        info._minlength = min(nonzero) if nonzero else None
        info._maxlength = max(lengths)
        info._maxweight = max(weights)
        info._minid, info._maxid = ids[0], ids[-1]
        if len(ids) <= INLINE_LIMIT:
            info.set_inlined(ids, weights, values)
            return info
        pw = self.fieldwriter._postwriter
        pw.start_postings(field.format, W3TermInfo())
        for start in range(0, len(ids), BLOCK_LIMIT):
            end = start + BLOCK_LIMIT
            block_lengths = [n for n in lengths[start:end] if n]
            pw._ids = array("I", ids[start:end])
            pw._weights = array("f", weights[start:end])
            pw._values = values[start:end]
            pw._minlength = min(block_lengths) if block_lengths else None
            pw._maxlength = max(block_lengths, default=0)
            pw._maxweight = max(weights[start:end])
            pw._write_block(last=end >= len(ids))
        written = pw._terminfo
        pw._terminfo = None
        postfile = pw._postfile
        info.set_extent(pw._startoffset, postfile.tell() - pw._startoffset)
        # the block writer accumulated the same statistics; keep its float sums exact
        info._weight = written._weight
        return info

    def _add_records(self, records: list[tuple[bytes, bytes]]) -> None:
        """``OrderedHashWriter.add`` for many sorted records with one file write."""
        tindex = self.fieldwriter._tindex
        if not records:
            return
        if records[0][0] <= tindex.lastkey:
            raise ValueError("term records must increase")
        dbfile = tindex.dbfile
        pos = dbfile.tell()
        hashfn = _fast_md5 if tindex.hashfn is md5_hash else tindex.hashfn
        buckets = tindex.buckets
        index_append = tindex.index.append
        pack = _KV_LENGTHS.pack
        chunks: list[bytes] = []
        for key, value in records:
            chunks += (pack(len(key), len(value)), key, value)
            index_append(pos)
            h = hashfn(key)
            buckets[h & 255].append((h, pos))
            pos += 8 + len(key) + len(value)
        dbfile.write(b"".join(chunks))
        tindex.lastkey = records[-1][0]
