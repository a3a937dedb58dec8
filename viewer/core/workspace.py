"""The analyst's session without Qt: the documents read, the corrections made, the timeline.

The list of corrections is the only state an analyst changes. Undo removes the last
one, redo applies it again, so the GUI's QUndoStack commands are two lines each
(``apply`` in redo, ``undo_last`` in undo) and every kind of correction undoes exactly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from viewer.core.corrections import (
    MANUAL_PREFIX,
    AddEvent,
    Correction,
    DateSpec,
    DeleteEvent,
    EditEvent,
    EventIndex,
    SetReferenceDate,
    Target,
    UndoMerge,
    anchor_at,
    apply_corrections,
    check_category,
    describe,
    event_spans,
    normalise_path,
    text_sha256,
)
from viewer.core.model import Document, Event, Precision
from viewer.core.pipeline import (
    DocumentResult,
    all_events,
    analyse_path,
    analyse_paths,
    timeline_events,
    with_reference_date,
)
from viewer.core.project import Project, open_project, project_from_workspace


class Workspace:
    """Documents, corrections, and the corrected timeline derived from both.

    Results arrive as they are read (``add_result``) or all at once after a re-extraction
    (``replace_results``); corrections keep applying because they are anchored to text,
    not to positions.
    """

    def __init__(
        self, results: Sequence[DocumentResult] = (), corrections: Sequence[Correction] = ()
    ) -> None:
        self._base: list[DocumentResult] = list(results)
        self._corrections: list[Correction] = list(corrections)
        self._reanalysed: dict[tuple[int, dt.date | None], DocumentResult] = {}
        self._results: list[DocumentResult] | None = None
        self._results_key: tuple[tuple[str, dt.date | None], ...] | None = None
        self._overrides: dict[str, dt.date | None] | None = None
        self._merged: tuple[list[Event], list[Event]] | None = None
        self._events: list[Event] | None = None
        self._unmatched: tuple[Correction, ...] = ()

    # ------------------------------------------------------------- documents
    def add_result(self, result: DocumentResult) -> None:
        """A newly read document; its index must be its place in the workspace."""
        if result.index != len(self._base):
            raise ValueError(f"result index {result.index} != position {len(self._base)}")
        self._base.append(result)
        self._invalidate(documents=True)

    def replace_results(self, results: Sequence[DocumentResult]) -> None:
        """Documents re-read or re-tagged (a newer tagger): the corrections stay."""
        self._base = list(results)
        self._reanalysed.clear()
        self._invalidate(documents=True)

    @property
    def results(self) -> list[DocumentResult]:
        """Every document as analysed with the analyst's reference dates."""
        overrides = self.reference_overrides()
        key = tuple(sorted(overrides.items()))
        if self._results is None or key != self._results_key:
            self._results = [self._effective(r, overrides) for r in self._base]
            self._results_key = key
            self._merged = None
        return self._results

    @property
    def documents(self) -> list[Document]:
        return [r.document for r in self.results]

    def reference_overrides(self) -> dict[str, dt.date | None]:
        """Normalised path -> the reference date the analyst set (None: cleared).

        Kept until the documents or corrections change: ``results`` and ``documents``
        ask for it on every access, and finding a moved file hashes every text."""
        if self._overrides is None:
            self._overrides = {}
            documents = [r.document for r in self._base]
            finder = EventIndex((), documents)  # hashes each text at most once for all
            for correction in self._corrections:
                if isinstance(correction, SetReferenceDate):
                    index = finder.document(correction.path, correction.text_sha256)
                    path = documents[index].path if index is not None else correction.path
                    self._overrides[normalise_path(path)] = correction.day
        return dict(self._overrides)

    def _effective(
        self, result: DocumentResult, overrides: dict[str, dt.date | None]
    ) -> DocumentResult:
        path = normalise_path(result.document.path)
        if path not in overrides or result.document.error is not None:
            return result
        day = overrides[path]
        if result.document.reference_override == day:
            return result
        key = (result.index, day)
        if key not in self._reanalysed:
            self._reanalysed[key] = with_reference_date(result, day)
        return self._reanalysed[key]

    # ----------------------------------------------------------- the timeline
    @property
    def events(self) -> list[Event]:
        """The timeline the analyst sees: extracted, corroborated, then corrected."""
        if self._events is None:
            results = self.results
            if self._merged is None:
                self._merged = (timeline_events(results), all_events(results))
            merged, separate = self._merged
            if not self._corrections:
                # Nothing to apply: the timeline is the corroborated events, already in
                # timeline order (an export of a fresh folder need not index them all).
                self._events, self._unmatched = list(merged), ()
                return self._events
            documents = [r.document for r in results]
            applied = apply_corrections(merged, separate, documents, self._corrections)
            self._events = list(applied.events)
            self._unmatched = applied.unmatched
        return self._events

    @property
    def unmatched(self) -> tuple[Correction, ...]:
        """Corrections that found no event to change (their document is missing, or the
        expression is no longer found). They are kept and saved; they apply again if the
        document comes back."""
        self.events  # noqa: B018 - computes the timeline and, with it, what did not apply
        unmatched = list(self._unmatched)
        finder = EventIndex((), [r.document for r in self._base])
        for correction in self._corrections:
            if (
                isinstance(correction, SetReferenceDate)
                and finder.document(correction.path, correction.text_sha256) is None
            ):
                unmatched.append(correction)
        return tuple(unmatched)

    def problems(self) -> list[str]:
        return [f"Not applied: {describe(c)}" for c in self.unmatched]

    def _invalidate(self, documents: bool = False) -> None:
        self._events = None
        self._overrides = None
        if documents:
            self._results = None
            self._merged = None

    # ------------------------------------------------------------ corrections
    @property
    def corrections(self) -> tuple[Correction, ...]:
        return tuple(self._corrections)

    def apply(self, correction: Correction) -> None:
        """Make a correction (QUndoCommand.redo)."""
        self._corrections.append(correction)
        self._invalidate()

    def undo_last(self) -> Correction:
        """Take back the last correction (QUndoCommand.undo) and return it for a redo."""
        correction = self._corrections.pop()
        self._invalidate()
        return correction

    # Builders: they make a correction value without applying it, so the GUI can wrap it
    # in an undo command first.

    def target_of(self, event: Event) -> Target:
        """How corrections name ``event``: its anchor, or its id when the analyst added it."""
        if event.id.startswith(MANUAL_PREFIX):
            return event.id
        return anchor_at(self.documents[event.document], event.char_start, event.char_end)

    def edit(
        self,
        event: Event,
        *,
        start: dt.date | None = None,
        precision: Precision | str | None = None,
        end: dt.date | None = None,
        title: str | None = None,
        category: str | None = None,
    ) -> EditEvent:
        """A change of date (``start`` and ``precision``, optionally ``end`` for a range),
        title or category."""
        date = None
        if start is not None or precision is not None or end is not None:
            date = DateSpec.at(start or event.start, precision or event.precision, end)
        if category is not None:
            check_category(category)
        return EditEvent(self.target_of(event), date, title, category)

    def delete(self, event: Event) -> DeleteEvent:
        return DeleteEvent(self.target_of(event))

    def add_manual(
        self,
        *,
        start: dt.date,
        precision: Precision | str = Precision.DAY,
        end: dt.date | None = None,
        title: str,
        category: str = "other",
        document: int | None = None,
        char_start: int = 0,
        char_end: int = 0,
    ) -> AddEvent:
        """A new event, tied to ``document``'s text[char_start:char_end] or free-standing."""
        check_category(category)
        passage = None
        if document is not None:
            text = self.documents[document].text
            if not 0 <= char_start < char_end <= len(text):
                raise ValueError(f"passage {char_start}:{char_end} is outside the document")
            passage = anchor_at(self.documents[document], char_start, char_end)
        return AddEvent(
            self._next_manual_id(), DateSpec.at(start, precision, end), title, category, passage
        )

    def set_reference_date(self, document: int, day: dt.date | None) -> SetReferenceDate:
        """Set, or with None clear, a document's reference date: its relative dates
        are resolved again at once."""
        target = self._base[document].document
        return SetReferenceDate(target.path, text_sha256(target.text), day)

    def split(self, event: Event) -> UndoMerge:
        """Undo corroboration's merge of ``event``'s reports."""
        spans = event_spans(event)
        if len(spans) < 2:
            raise ValueError("this event was not merged from several reports")
        documents = self.documents
        return UndoMerge(tuple(anchor_at(documents[d], s, e) for d, s, e in spans))

    def _next_manual_id(self) -> str:
        used = [
            int(c.event_id.removeprefix(MANUAL_PREFIX))
            for c in self._corrections
            if isinstance(c, AddEvent) and c.event_id.removeprefix(MANUAL_PREFIX).isdigit()
        ]
        return f"{MANUAL_PREFIX}{max(used, default=0) + 1}"

    def to_project(self, previous: Project | None = None) -> Project:
        """The project to save; documents of ``previous`` not read this time are kept."""
        return project_from_workspace(self.documents, self._corrections, previous)


def open_workspace(
    project_path: str | Path, paths: Sequence[str | Path] = ()
) -> tuple[Workspace, Project, list[str]]:
    """Open a project headlessly: read its documents (or ``paths`` instead), apply its
    corrections, and say what could not be found or applied. The GUI reads the documents
    in its worker instead, then builds ``Workspace(results, project.workspace_corrections())``.
    """
    opened = open_project(project_path)
    if paths:
        results, _ = analyse_paths(paths)
    else:
        results = [analyse_path(i, Path(p)) for i, p in enumerate(opened.project.existing_paths())]
    workspace = Workspace(results, opened.project.workspace_corrections())
    return workspace, opened.project, [*opened.problems, *workspace.problems()]
