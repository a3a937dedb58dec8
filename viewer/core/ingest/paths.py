"""Turn the files and folders an analyst dropped into a list of articles."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from .sidecar import is_sidecar

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".eml", ".rtf"}
)

# A folder's notes on itself ('README.md' beside the articles it describes): read only when
# the analyst opens the file itself.
_FOLDER_NOTES = frozenset(["readme", "changelog", "license", "licence", "contributing"])


def collect_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Return the article files to load, and one note per entry skipped in a folder.

    Folders are read recursively in name order. A folder reached twice (a
    symlink loop, or two links to the same place) and a file reached twice are
    read once. A folder's own notes (README, CHANGELOG, LICENSE) are noted, not
    read. A path named explicitly is always returned, even when it is missing
    or of an unsupported type, so that loading it reports why.
    """
    files: list[Path] = []
    notes: list[str] = []
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()
    for given in paths:
        path = Path(given)
        info = _stat(path)
        if isinstance(info, os.stat_result) and stat.S_ISDIR(info.st_mode):
            _walk(path, files, notes, seen_dirs, seen_files)
        elif not isinstance(info, os.stat_result) or _first_time(info, seen_files):
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
        info = _stat(folder)
        if isinstance(info, OSError):
            notes.append(f"skipped {folder}: {_reason(info)}")
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen_dirs:
            if _is_link(folder):
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
            found = _stat(entry)
            if isinstance(found, OSError):
                broken = isinstance(found, FileNotFoundError) and _is_link(entry)
                notes.append(f"skipped {entry}: {'a broken link' if broken else _reason(found)}")
            elif stat.S_ISDIR(found.st_mode):
                subfolders.append(entry)
            elif not stat.S_ISREG(found.st_mode):
                notes.append(f"skipped {entry}: not a regular file")
            elif is_sidecar(entry):
                continue
            elif entry.name.startswith("~$"):
                notes.append(f"skipped {entry}: an office lock file, not an article")
            elif entry.suffix.lower() not in SUPPORTED_SUFFIXES:
                notes.append(
                    f"skipped {entry}: unsupported type {entry.suffix.lower() or '(no extension)'}"
                )
            elif entry.stem.lower() in _FOLDER_NOTES:
                notes.append(
                    f"skipped {entry}: the folder's own notes, not an article "
                    "(open the file itself to read it)"
                )
            elif _first_time(found, seen_files):
                files.append(entry)
        stack.extend(reversed(subfolders))


def _stat(path: Path) -> os.stat_result | OSError:
    """Follow links; an unreadable or missing path is a value here, not an exception."""
    try:
        return os.stat(path)
    except OSError as exc:
        return exc
    except ValueError as exc:  # a path with a NUL byte in it
        return OSError(str(exc))


def _is_link(path: Path) -> bool:
    try:
        return path.is_symlink()
    except (OSError, ValueError):
        return False


def _first_time(info: os.stat_result, seen: set[tuple[int, int]]) -> bool:
    key = (info.st_dev, info.st_ino)
    if key in seen:
        return False
    seen.add(key)
    return True


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc) or type(exc).__name__
