"""`chugiai gui`: the desktop window (also what `chugiai` with no subcommand runs).

Qt is imported only when the command runs, so the other commands never load it.
"""

from __future__ import annotations

import argparse
import os

from desktop_app.paths import headless_platform


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("gui", parents=[common], help="open the desktop window",
                       description="Open the Chú Giải window on a library.")
    p.add_argument("--open", dest="open_id", type=int, metavar="ID",
                   help="open this document")
    p.add_argument("--query", metavar="Q", help="run this search and open its first hit")
    p.add_argument("--screenshot", metavar="FILE.png",
                   help="save a picture of the window once everything has loaded, then exit")
    p.add_argument("--dark", action="store_true", help="use the dark palette")
    p.add_argument("--lang", choices=("vi", "en"), help="interface language (default: vi)")
    p.add_argument("--size", metavar="WxH", default="1440x900",
                   help="window size, mostly for screenshots (default 1440x900)")
    p.set_defaults(func=run)


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError as exc:
        raise SystemExit(f"chugiai gui: --size must look like 1440x900, not {text!r}") from exc
    return w, h


def run(args: argparse.Namespace) -> int:
    headless_platform(bool(getattr(args, "screenshot", None)), os.environ)
    from desktop_app.ui.app import LaunchOptions, run_gui

    options = LaunchOptions(
        library=args.library, open_id=getattr(args, "open_id", None),
        query=getattr(args, "query", None), screenshot=getattr(args, "screenshot", None),
        dark=bool(getattr(args, "dark", False)), lang=getattr(args, "lang", None),
        size=_size(getattr(args, "size", "1440x900")),
    )
    return run_gui(options)
