"""Entry point of ``chugiai``: builds the argument parser from the command modules.

Each command module exposes ``register(subparsers, common)``; it adds its parser (with
``parents=[common]`` so ``--library`` and ``--json`` work everywhere) and sets ``func`` to a
callable ``(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desktop_app import __version__

# Command modules in the order they appear in --help.
COMMAND_MODULES: tuple[str, ...] = (
    "desktop_app.cli.cmd_library",
    "desktop_app.cli.cmd_search",
    "desktop_app.cli.cmd_entities",
    "desktop_app.cli.cmd_annotations",
    "desktop_app.cli.cmd_export",
    "desktop_app.cli.cmd_gui",
)


def common_parser() -> argparse.ArgumentParser:
    """Options shared by every subcommand."""
    # SUPPRESS: an option given before the subcommand must not be reset by the subparser's default.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--library",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="library folder (default: $CHUGIAI_HOME or the per-user data folder)",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON for scripting"
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = common_parser()
    parser = argparse.ArgumentParser(
        prog="chugiai",
        description="Chú Giải: read, search and annotate Vietnamese documents, offline.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"chugiai {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # a command module not written yet
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    # Shared options are SUPPRESSed (parents share action objects), so fill in their defaults here.
    for name, default in (("library", None), ("json", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
