"""Entity subcommands: ``extract`` (entities of files) and ``eval-entities`` (score vs gold)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop_app.textnorm import normalize_text


def _read_text(path: Path) -> str:
    """Decoded NFC reading text of a file, through the importer's decoder when it exists.

    Raises ``ValueError`` with a reason when the file is not text.
    """
    data = path.read_bytes()
    try:
        from desktop_app.importing.decoding import decode_bytes
        from desktop_app.importing.errors import UnreadableFileError
    except ModuleNotFoundError:
        return normalize_text(data.decode("utf-8", errors="replace"))
    try:
        return normalize_text(decode_bytes(data).text)
    except UnreadableFileError as exc:
        raise ValueError(str(exc)) from exc


def cmd_extract(args: argparse.Namespace) -> int:
    from desktop_app.entities import extract

    status = 0
    for name in args.files:
        path = Path(name)
        try:
            text = _read_text(path)
        except (OSError, ValueError) as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            status = 1
            continue
        result = extract(text, document_date=args.date)
        entities = [
            {"start": e.start, "end": e.end, "type": e.type.value, "text": e.text, "key": e.key}
            for e in result.entities
        ]
        if args.json:
            record = {"path": str(path), "text": text, "entities": entities}
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(f"== {path}")
            for e in entities:
                key = f"  → {e['key']}" if e["key"] != e["text"] else ""
                print(f"{e['start']:6d}-{e['end']:<6d} {e['type']:<9} {e['text']}{key}")
            for role in result.roles:
                org = f" @ {role.organisation}" if role.organisation else ""
                print(f"role   {role.person}: {role.title}{org}")
    return status


def cmd_eval(args: argparse.Namespace) -> int:
    from desktop_app.entities.evaluate import evaluate, format_report

    gold = Path(args.gold_dir)
    if not gold.is_dir():
        print(f"not a folder: {gold}", file=sys.stderr)
        return 2
    report = evaluate(gold)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(format_report(report, details=args.details))
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "extract",
        parents=[common],
        help="print the entities of text files (one JSON object per line with --json)",
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--date", help="document date (ISO) giving the year of partial dates")
    p.set_defaults(func=cmd_extract)
    e = sub.add_parser(
        "eval-entities",
        parents=[common],
        help="score the entity extractor against a gold folder (<name>.txt + <name>.json)",
    )
    e.add_argument("gold_dir", metavar="GOLD_DIR")
    e.add_argument("--details", action="store_true", help="list every missed and spurious span")
    e.set_defaults(func=cmd_eval)
