"""Project files (``*.ctl.json``): the documents and every correction, saved so none is lost.

The format is documented in docs/project-format.md and versioned by ``schema_version``.
Saves are atomic (temporary file, fsync, rename), so a crash or a full disk mid-save
leaves the previous file whole. Autosave writes the same format to a recovery file
beside the project; the GUI offers it at start when it is newer than the project.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from viewer.core.corrections import (
    AddEvent,
    Anchor,
    Correction,
    DateSpec,
    DeleteEvent,
    EditEvent,
    EventCorrection,
    SetReferenceDate,
    Target,
    UndoMerge,
    check_category,
    find_document,
    normalise_path,
)
from viewer.core.exports import write_atomic
from viewer.core.model import Document, Precision

FORMAT = "ceasefire-timeline-project"
SCHEMA_VERSION = 1
SUFFIX = ".ctl.json"
RECOVERY_SUFFIX = ".recovery"


class ProjectError(Exception):
    """The file is not a project this version can read; the message says why, in one line."""


@dataclass(frozen=True, slots=True)
class ProjectDocument:
    """One article of the project. ``path`` is absolute in memory, relative in the file."""

    path: str
    sha256: str | None = None
    reference_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Project:
    documents: tuple[ProjectDocument, ...] = ()
    corrections: tuple[EventCorrection, ...] = ()
    merge_undos: tuple[UndoMerge, ...] = ()

    def workspace_corrections(self) -> tuple[Correction, ...]:
        """What a Workspace applies: reference dates, then undone merges, then the rest
        in the order they were made (the order they also apply in)."""
        dates = tuple(
            SetReferenceDate(d.path, "", d.reference_date)
            for d in self.documents
            if d.reference_date is not None
        )
        return dates + self.merge_undos + self.corrections

    def existing_paths(self) -> list[str]:
        """The documents to read when the project opens; missing ones are reported instead."""
        return [d.path for d in self.documents if Path(d.path).is_file()]


@dataclass(frozen=True, slots=True)
class OpenedProject:
    project: Project
    problems: tuple[str, ...] = field(default=())


# ------------------------------------------------------------------ hashing


def file_sha256(path: str | Path) -> str | None:
    """The hash of a file's bytes, or None when it cannot be read.

    Autosave hashes every article each few minutes: an unchanged file (same size and
    modification time) is not read again.
    """
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return _hash_bytes(os.path.abspath(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4096)
def _hash_bytes(path: str, mtime_ns: int, size: int) -> str | None:
    del mtime_ns, size  # part of the cache key only
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


# ------------------------------------------------------- workspace -> project


def project_from_workspace(
    documents: Sequence[Document],
    corrections: Sequence[Correction],
    previous: Project | None = None,
    hash_file: Callable[[str], str | None] = file_sha256,
) -> Project:
    """The project to save: the documents read, those of ``previous`` that could not be
    read this time (their corrections wait for them), and every correction.

    Pass ``workspace.documents`` and ``workspace.corrections``.
    """
    # The previous order first, so that saving twice gives the same file.
    entries = {
        normalise_path(old.path): replace_date(old, None)
        for old in (previous.documents if previous else ())
    }
    for document in documents:
        path = os.path.abspath(document.path)
        entries[normalise_path(path)] = ProjectDocument(path, hash_file(path))

    def current_path(path: str, sha: str) -> str:
        """A moved document is saved under its new path."""
        index = find_document(documents, path, sha)
        return os.path.abspath(documents[index].path if index is not None else path)

    def rebased(anchor: Anchor) -> Anchor:
        path = current_path(anchor.path, anchor.text_sha256)
        entries.setdefault(normalise_path(path), ProjectDocument(path))
        return Anchor(
            path, anchor.text_sha256, anchor.char_start, anchor.char_end, anchor.expression
        )

    def rebased_target(target: Target) -> Target:
        return rebased(target) if isinstance(target, Anchor) else target

    event_corrections: list[EventCorrection] = []
    merge_undos: list[UndoMerge] = []
    for correction in corrections:
        if isinstance(correction, SetReferenceDate):
            path = current_path(correction.path, correction.text_sha256)
            key = normalise_path(path)
            entries[key] = replace_date(entries.get(key, ProjectDocument(path)), correction.day)
        elif isinstance(correction, UndoMerge):
            merge_undos.append(UndoMerge(tuple(rebased(a) for a in correction.sources)))
        elif isinstance(correction, EditEvent):
            event_corrections.append(
                EditEvent(
                    rebased_target(correction.target),
                    correction.date,
                    correction.title,
                    correction.category,
                )
            )
        elif isinstance(correction, DeleteEvent):
            event_corrections.append(DeleteEvent(rebased_target(correction.target)))
        else:
            passage = rebased(correction.passage) if correction.passage else None
            event_corrections.append(
                AddEvent(
                    correction.event_id,
                    correction.date,
                    correction.title,
                    correction.category,
                    passage,
                )
            )
    return Project(tuple(entries.values()), tuple(event_corrections), tuple(merge_undos))


def replace_date(document: ProjectDocument, day: dt.date | None) -> ProjectDocument:
    return ProjectDocument(document.path, document.sha256, day)


# ------------------------------------------------------------- to/from JSON


def _relative(path: str, folder: Path) -> str:
    try:
        return Path(os.path.relpath(path, folder)).as_posix()
    except ValueError:  # another drive on Windows
        return path


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def project_json(project: Project, project_path: str | Path) -> dict[str, Any]:
    """The file's content; paths are written relative to the project file's folder so
    that a project moves with its articles."""
    folder = Path(os.path.abspath(project_path)).parent
    index = {normalise_path(d.path): i for i, d in enumerate(project.documents)}

    def anchor(a: Anchor) -> dict[str, Any]:
        return {
            "document": index[normalise_path(a.path)],
            "text_sha256": a.text_sha256,
            "char_start": a.char_start,
            "char_end": a.char_end,
            "expression": a.expression,
        }

    def target(t: Target) -> dict[str, Any]:
        return anchor(t) if isinstance(t, Anchor) else {"manual_event": t}

    def date(d: DateSpec | None) -> dict[str, Any] | None:
        if d is None:
            return None
        return {
            "start": d.start.isoformat(),
            "end": d.end.isoformat(),
            "precision": str(d.precision),
            "value": d.value,
        }

    corrections: list[dict[str, Any]] = []
    for c in project.corrections:
        if isinstance(c, EditEvent):
            corrections.append(
                {
                    "kind": "edit_event",
                    "event": target(c.target),
                    "date": date(c.date),
                    "title": c.title,
                    "category": c.category,
                }
            )
        elif isinstance(c, DeleteEvent):
            corrections.append({"kind": "delete_event", "event": target(c.target)})
        else:
            corrections.append(
                {
                    "kind": "add_event",
                    "id": c.event_id,
                    "date": date(c.date),
                    "title": c.title,
                    "category": c.category,
                    "passage": anchor(c.passage) if c.passage else None,
                }
            )
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "documents": [
            {
                "path": _relative(d.path, folder),
                "sha256": d.sha256,
                "reference_date": _iso(d.reference_date),
            }
            for d in project.documents
        ],
        "corrections": corrections,
        "merge_undos": [{"reports": [anchor(a) for a in u.sources]} for u in project.merge_undos],
    }


def _get(mapping: Mapping[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    value = mapping[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"{key!r} has the wrong type")
    return value


def _date_or_none(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text is not None else None


def project_from_json(payload: Any, project_path: str | Path) -> Project:
    """Read a project's content; raises ProjectError naming what is wrong."""
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise ProjectError("not a Ceasefire Timeline project file")
    version = payload.get("schema_version")
    if not isinstance(version, int) or version < 1:
        raise ProjectError("the project file has no valid schema_version")
    if version > SCHEMA_VERSION:
        raise ProjectError(
            f"the project was saved by a newer version (schema {version}); "
            f"this version reads schema {SCHEMA_VERSION} and older"
        )
    folder = Path(os.path.abspath(project_path)).parent
    try:
        documents = tuple(
            ProjectDocument(
                os.path.normpath(folder / _get(d, "path", str)),
                d.get("sha256"),
                _date_or_none(d.get("reference_date")),
            )
            for d in _get(payload, "documents", list)
        )

        def anchor(a: Mapping[str, Any]) -> Anchor:
            return Anchor(
                documents[_get(a, "document", int)].path,
                _get(a, "text_sha256", str),
                _get(a, "char_start", int),
                _get(a, "char_end", int),
                _get(a, "expression", str),
            )

        def target(t: Mapping[str, Any]) -> Target:
            return _get(t, "manual_event", str) if "manual_event" in t else anchor(t)

        def date(d: Mapping[str, Any] | None) -> DateSpec | None:
            if d is None:
                return None
            return DateSpec(
                dt.date.fromisoformat(_get(d, "start", str)),
                dt.date.fromisoformat(_get(d, "end", str)),
                Precision(_get(d, "precision", str)),
                _get(d, "value", str),
            )

        def category(value: str | None) -> str | None:
            return check_category(value) if value is not None else None

        corrections: list[EventCorrection] = []
        for c in _get(payload, "corrections", list):
            kind = _get(c, "kind", str)
            if kind == "edit_event":
                corrections.append(
                    EditEvent(
                        target(c["event"]),
                        date(c.get("date")),
                        c.get("title"),
                        category(c.get("category")),
                    )
                )
            elif kind == "delete_event":
                corrections.append(DeleteEvent(target(c["event"])))
            elif kind == "add_event":
                spec = date(c["date"])
                if spec is None:
                    raise ValueError("an added event has no date")
                passage = c.get("passage")
                corrections.append(
                    AddEvent(
                        _get(c, "id", str),
                        spec,
                        _get(c, "title", str),
                        check_category(_get(c, "category", str)),
                        anchor(passage) if passage else None,
                    )
                )
            else:
                raise ValueError(f"unknown correction kind {kind!r}")
        merge_undos = tuple(
            UndoMerge(tuple(anchor(a) for a in _get(u, "reports", list)))
            for u in payload.get("merge_undos", [])
        )
    except (KeyError, IndexError, TypeError, ValueError) as error:
        raise ProjectError(f"the project file is damaged: {error}") from None
    return Project(documents, tuple(corrections), merge_undos)


# ------------------------------------------------------------ save and open


def save_project(project: Project, path: str | Path) -> None:
    """Save atomically, then drop the recovery file the save makes obsolete."""
    write_atomic(path, _encode(project, path))
    discard_recovery(path)


def _encode(project: Project, path: str | Path) -> bytes:
    return (json.dumps(project_json(project, path), ensure_ascii=False, indent=2) + "\n").encode()


def read_project(path: str | Path) -> Project:
    try:
        payload = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise ProjectError(f"cannot read {path}: {error.strerror or error}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ProjectError(f"{path} is not a readable project file: {error}") from None
    return project_from_json(payload, path)


def check_documents(
    project: Project, hash_file: Callable[[str], str | None] = file_sha256
) -> list[str]:
    """One line per document that is missing or has changed since the project was saved."""
    problems: list[str] = []
    for document in project.documents:
        if not Path(document.path).is_file():
            problems.append(f"Missing: {document.path} (its corrections are kept, not shown)")
        elif document.sha256 is not None and hash_file(document.path) != document.sha256:
            problems.append(
                f"Changed since the project was saved: {document.path} "
                "(corrections are matched again by their date expressions)"
            )
    return problems


def open_project(path: str | Path) -> OpenedProject:
    """Read a project and report, without failing, the documents that are gone or changed."""
    project = read_project(path)
    return OpenedProject(project, tuple(check_documents(project)))


# ------------------------------------------------------------------ recovery


def recovery_path(project_path: str | Path) -> Path:
    """Where autosave writes for ``project_path`` (an untitled project gets a path from the GUI)."""
    target = Path(project_path)
    return target.with_name(target.name + RECOVERY_SUFFIX)


def write_recovery(project: Project, project_path: str | Path) -> Path:
    """Autosave: the same format, atomically, beside the project; the project is untouched."""
    recovery = recovery_path(project_path)
    # Paths are made relative to the project's folder, which is also the recovery's.
    write_atomic(recovery, _encode(project, project_path))
    return recovery


def recovery_to_offer(project_path: str | Path) -> Path | None:
    """The recovery file to offer at start: one left by a crash, newer than the project
    and holding something the project does not."""
    recovery = recovery_path(project_path)
    target = Path(project_path)
    try:
        recovered = project_from_json(json.loads(recovery.read_text(encoding="utf-8")), target)
    except (OSError, ValueError, ProjectError):
        return None
    if not target.exists():
        return recovery
    try:
        if recovery.stat().st_mtime_ns < target.stat().st_mtime_ns:
            return None
        saved = read_project(target)
    except (OSError, ProjectError):
        return recovery
    return recovery if recovered != saved else None


def read_recovery(project_path: str | Path) -> Project:
    """The recovered project; its paths resolve against the project's folder."""
    recovery = recovery_path(project_path)
    try:
        payload = json.loads(recovery.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ProjectError(f"cannot read the recovery file {recovery}: {error}") from None
    return project_from_json(payload, project_path)


def discard_recovery(project_path: str | Path) -> None:
    recovery_path(project_path).unlink(missing_ok=True)
