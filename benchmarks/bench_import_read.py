"""read_document alone (no store, no entities): files/second per format and decoding MB/s.

Shows where the reader's time goes: the news cleaner on scraped pages, encoding detection on
legacy files (three decodings scored against each other), and the HTML/DOCX parsers.
"""

from __future__ import annotations

import tempfile
import time
import unicodedata
from pathlib import Path

from desktop_app.importing import read_document
from desktop_app.importing.decoding import decode_bytes
from desktop_app.importing.legacy_vn import encode_tcvn3, encode_vni

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _cp1258(text: str) -> bytes:
    out = bytearray()
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out += (base + tones).encode("cp1258")
    return bytes(out)


def _time(label: str, func: object, repeat: int, size: int | None = None) -> None:
    started = time.perf_counter()
    for _ in range(repeat):
        func()  # type: ignore[operator]
    seconds = (time.perf_counter() - started) / repeat
    extra = f", {size / seconds / 1e6:.1f} MB/s" if size else ""
    print(f"  {label:<44} {seconds * 1000:8.2f} ms/file{extra}")


def run() -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    text = "\n\n".join(unicodedata.normalize("NFC", p.read_text(encoding="utf-8")) for p in seeds)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        print(f"read_document on the five seeds ({sum(p.stat().st_size for p in seeds)} bytes):")
        started = time.perf_counter()
        rounds = 20
        for _ in range(rounds):
            for path in seeds:
                read_document(path)
        per_file = (time.perf_counter() - started) / (rounds * len(seeds))
        print(f"  {'seed .txt (decode + clean)':<44} {per_file * 1000:8.2f} ms/file "
              f"({1 / per_file:.0f} files/s)")

        big = (text + "\n\n") * 40  # ~1.5 MB of Vietnamese text
        for name, data in (("utf-8", big.encode("utf-8")), ("windows-1258", _cp1258(big)),
                           ("tcvn3", encode_tcvn3(big)), ("vni", encode_vni(big)),
                           ("utf-16-le", big.encode("utf-16-le"))):
            _time(f"decode_bytes {len(data) / 1e6:.1f} MB {name}", lambda d=data: decode_bytes(d),
                  3, len(data))

        html = root / "page.html"
        html.write_text(
            "<html><head><meta charset='utf-8'><title>T</title></head><body><nav>Trang chủ</nav>"
            "<article><h1>Tiêu đề</h1>" + "".join(f"<p>{line}</p>" for line in
                                                   text.splitlines() if line.strip())
            + "</article><footer>Bản quyền</footer></body></html>", encoding="utf-8")
        _time(f"read_document .html ({html.stat().st_size // 1024} KB)",
              lambda: read_document(html), 10)

        import docx

        document = docx.Document()
        for line in text.splitlines():
            if line.strip():
                document.add_paragraph(line)
        path = root / "doc.docx"
        document.save(str(path))
        _time(f"read_document .docx ({path.stat().st_size // 1024} KB)",
              lambda: read_document(path), 5)

        huge = root / "huge.txt"
        with open(huge, "wb") as handle:
            handle.truncate(200 * 1024 * 1024)
        _time("refuse a 200 MB .txt (size check only)", lambda: _refuse(huge), 100)


def _refuse(path: Path) -> None:
    from desktop_app.importing import UnreadableFileError

    try:
        read_document(path)
    except UnreadableFileError:
        return
    raise AssertionError("a 200 MB file was accepted")
