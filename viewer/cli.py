"""Headless commands: read articles, write the timeline as JSON or an image, no window.

Exit status: 0 all went well; 2 usage error (one line on stderr, nothing written);
3 some documents could not be read (each has a line on stderr; the output is still
written with the other documents in it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_UNREADABLE = 3


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ceasefire-timeline",
        description="Ceasefire Timeline: dated events from news articles.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    parser.add_argument("--export-json", metavar="OUT", help="write events as JSON, no window")
    parser.add_argument("--export-png", metavar="OUT", help="write the timeline image, no window")
    parser.add_argument(
        "--reference-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the reference (publication) date of every given document",
    )
    parser.add_argument("--title", help="title of the exported figure")
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


def is_headless(args: argparse.Namespace) -> bool:
    return bool(args.export_json or args.export_png)


def _check_output(path: str, suffixes: tuple[str, ...]) -> None:
    out = Path(path)
    if out.suffix.lower() not in suffixes:
        raise UsageError(f"{path}: expected a file ending in {' or '.join(suffixes)}")
    if not out.parent.exists():
        raise UsageError(f"{path}: folder {out.parent} does not exist")


def run_headless(args: argparse.Namespace) -> int:
    from viewer.core.exports import timeline_json, write_json
    from viewer.core.pipeline import analyse_paths, timeline_events

    if not args.paths:
        raise UsageError("no PATH given: name article files or folders to read")
    if args.export_json:
        _check_output(args.export_json, (".json",))
    if args.export_png:
        _check_output(args.export_png, (".png", ".svg", ".pdf"))
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {missing[0]}")

    results, notes = analyse_paths(args.paths, args.reference_date)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    failed = [r.document for r in results if r.document.error]
    for document in failed:
        print(f"error: {document.path}: {document.error}", file=sys.stderr)

    events = timeline_events(results)
    documents = [r.document for r in results]
    if args.export_json:
        timexes = [(r.index, t) for r in results for t in r.timexes]
        write_json(args.export_json, timeline_json(documents, timexes, events))
    if args.export_png:
        from viewer.plot.export import save_timeline

        save_timeline(args.export_png, events, documents, title=args.title)
    return EXIT_UNREADABLE if failed else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = parse_args(argv)
        if is_headless(args):
            return run_headless(args)
    except UsageError as error:
        print(f"ceasefire-timeline: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    from viewer.gui.app import run_gui

    return run_gui(args)
