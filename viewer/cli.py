"""Headless commands: read articles, write the timeline as JSON, CSV, TimelineJS, TimeML
or an image, no window; ``--project`` applies a saved project's corrections first.

Exit status: 0 all went well; 2 usage error (one line on stderr, nothing written);
3 some documents could not be read (each has a line on stderr; the output is still
written with the other documents in it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
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
        "--export-csv", metavar="OUT", help="write events as CSV (UCDP/ACLED-like columns)"
    )
    parser.add_argument(
        "--export-timelinejs", metavar="OUT", help="write events as Knight Lab TimelineJS3 JSON"
    )
    parser.add_argument(
        "--export-timeml",
        metavar="OUT",
        help="write each article as TimeML: OUT is a folder, or a .tml/.xml file for one article",
    )
    parser.add_argument(
        "--project",
        metavar="FILE.ctl.json",
        help="apply a saved project's corrections; without PATH, read the project's articles",
    )
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


EXPORT_FLAGS = ("export_json", "export_png", "export_csv", "export_timelinejs", "export_timeml")


def is_headless(args: argparse.Namespace) -> bool:
    return any(getattr(args, flag) for flag in EXPORT_FLAGS)


def _check_output(path: str, suffixes: tuple[str, ...]) -> None:
    out = Path(path)
    if out.suffix.lower() not in suffixes:
        raise UsageError(f"{path}: expected a file ending in {' or '.join(suffixes)}")
    if not out.parent.exists():
        raise UsageError(f"{path}: folder {out.parent} does not exist")


def _check_timeml_output(path: str) -> None:
    from viewer.core.exports import TIMEML_SUFFIXES

    out = Path(path)
    if out.suffix.lower() in TIMEML_SUFFIXES or not out.exists():
        _check_folder(out)
    elif not out.is_dir():
        raise UsageError(f"{path}: expected a folder, or a file ending in .tml or .xml")


def _check_folder(out: Path) -> None:
    if not out.parent.exists():
        raise UsageError(f"{out}: folder {out.parent} does not exist")


def run_headless(args: argparse.Namespace) -> int:
    from viewer.core.corrections import Correction
    from viewer.core.exports import (
        TIMEML_SUFFIXES,
        write_csv,
        write_timeline_json,
        write_timelinejs,
        write_timeml,
    )
    from viewer.core.pipeline import analyse_paths
    from viewer.core.project import ProjectError, open_project
    from viewer.core.workspace import Workspace

    if not args.paths and not args.project:
        raise UsageError("no PATH given: name article files or folders to read")
    for flag, suffixes in (
        ("export_json", (".json",)),
        ("export_png", (".png", ".svg", ".pdf")),
        ("export_csv", (".csv",)),
        ("export_timelinejs", (".json",)),
    ):
        if getattr(args, flag):
            _check_output(getattr(args, flag), suffixes)
    if args.export_timeml:
        _check_timeml_output(args.export_timeml)
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {missing[0]}")

    corrections: tuple[Correction, ...] = ()
    paths: list[str] = list(args.paths)
    unread: list[str] = []
    if args.project:
        try:
            opened = open_project(args.project)
        except ProjectError as error:
            raise UsageError(str(error)) from None
        corrections = opened.project.workspace_corrections()
        for problem in opened.problems:
            missing_document = problem.startswith("Missing: ")
            if missing_document and not args.paths:
                unread.append(problem)
            else:
                print(f"note: {problem}", file=sys.stderr)
        if not paths:
            paths = opened.project.existing_paths()

    results, notes = analyse_paths(paths, args.reference_date)
    workspace = Workspace(results, corrections)
    documents = workspace.documents
    if args.export_timeml and Path(args.export_timeml).suffix.lower() in TIMEML_SUFFIXES:
        readable = sum(1 for d in documents if d.error is None)
        if readable != 1:
            raise UsageError(
                f"{args.export_timeml}: one TimeML file holds one article, not {readable}; "
                "name a folder instead"
            )
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    failed = [d for d in documents if d.error]
    for document in failed:
        print(f"error: {document.path}: {document.error}", file=sys.stderr)
    for problem in unread:
        print(f"error: {problem}", file=sys.stderr)
    if args.project:
        for problem in workspace.problems():
            print(f"note: {problem}", file=sys.stderr)

    events = workspace.events
    timexes = [(r.index, t) for r in workspace.results for t in r.timexes]
    if args.export_json:
        write_timeline_json(args.export_json, documents, timexes, events)
    if args.export_csv:
        write_csv(args.export_csv, events, documents)
    if args.export_timelinejs:
        write_timelinejs(args.export_timelinejs, events, documents, title=args.title)
    if args.export_timeml:
        write_timeml(args.export_timeml, documents, timexes, events)
    if args.export_png:
        from viewer.plot.export import save_timeline

        save_timeline(args.export_png, events, documents, title=args.title)
    return EXIT_UNREADABLE if failed or unread else EXIT_OK


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Reading articles makes many objects but no reference cycles, so the cyclic garbage
    collector only re-walks the cached word lists and results for nothing (a tenth of a
    run); reference counting still frees all that is dropped, so memory stays flat."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = parse_args(argv)
        if is_headless(args):
            with _collector_paused():
                return run_headless(args)
    except UsageError as error:
        print(f"ceasefire-timeline: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    from viewer.gui.app import run_gui

    return run_gui(args)
