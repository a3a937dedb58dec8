"""Turn the files and folders an analyst dropped into a list of articles."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from .sidecar import is_sidecar

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".eml", ".rtf"}
)


def collect_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Return the article files to load, and one note per entry skipped in a folder.

    Folders are read recursively in name order. A folder reached twice (a
    symlink loop, or two links to the same place) and a file reached twice are
    read once. A path named explicitly is always returned, even when it is
    missing or of an unsupported type, so that loading it reports why.
    """
    files: list[Path] = []
    notes: list[str] = []
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            _walk(path, files, notes, seen_dirs, seen_files)
        elif _first_time(path, seen_files):
            files.append(path)
    return files, notes


def _walk(
    root: Path,
    files: list[Path],
    notes: list[str],
    seen_dirs: set[tuple[int, int]],
    seen_files: set[tuple[int, int]],
) -> None:
    # An explicit stack, not recursion: a folder tree may be deeper than Python's stack.
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = folder.stat()
        except OSError as exc:
            notes.append(f"skipped {folder}: {_reason(exc)}")
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen_dirs:
            if folder.is_symlink():
                notes.append(f"skipped {folder}: a link to a folder already read")
            continue
        seen_dirs.add(key)
        try:
            entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
        except OSError as exc:
            notes.append(f"skipped {folder}: {_reason(exc)}")
            continue
        subfolders: list[Path] = []
        for entry in entries:
            if entry.is_dir():
                subfolders.append(entry)
            elif not entry.is_file():
                kind = "a broken link" if entry.is_symlink() else "not a regular file"
                notes.append(f"skipped {entry}: {kind}")
            elif is_sidecar(entry):
                continue
            elif entry.name.startswith("~$"):
                notes.append(f"skipped {entry}: an office lock file, not an article")
            elif entry.suffix.lower() not in SUPPORTED_SUFFIXES:
                notes.append(
                    f"skipped {entry}: unsupported type {entry.suffix.lower() or '(no extension)'}"
                )
            elif _first_time(entry, seen_files):
                files.append(entry)
        stack.extend(reversed(subfolders))
    return


def _first_time(path: Path, seen: set[tuple[int, int]]) -> bool:
    try:
        info = os.stat(path)
    except OSError:
        return True
    key = (info.st_dev, info.st_ino)
    if key in seen:
        return False
    seen.add(key)
    return True


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or type(exc).__name__
