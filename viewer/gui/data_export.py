"""File > Export Events: the events the analyst is looking at, as CSV, JSON, TimelineJS or TimeML.

Every format is written by viewer.core.exports, the same code as the command line; this
module only asks where, and hands over the filtered events.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from viewer.core.exports import (
    timeline_json,
    write_csv,
    write_json,
    write_timelinejs,
    write_timeml,
)
from viewer.core.model import TimeExpression

if TYPE_CHECKING:
    from viewer.gui.main_window import MainWindow

# Dialog filter -> the suffix it adds. TimeML goes to a folder, one file per article.
FORMATS: dict[str, str] = {
    "CSV, UCDP/ACLED-like columns (*.csv)": ".csv",
    "JSON, the command line's schema (*.json)": ".json",
    "TimelineJS3 JSON (*.timeline.json)": ".timeline.json",
}


def export_events(window: MainWindow, path: str | Path, kind: str | None = None) -> Path:
    """Write the window's filtered events to ``path``; ``kind`` is csv, json, timelinejs or
    timeml (by default it follows the file name). Returns what was written."""
    target = Path(path)
    name = target.name.lower()
    if kind is None:
        if name.endswith(".timeline.json"):
            kind = "timelinejs"
        elif name.endswith(".json"):
            kind = "json"
        elif name.endswith(".csv"):
            kind = "csv"
        else:
            kind = "timeml"
    events = window.events
    documents = window.documents
    if kind == "csv":
        write_csv(target, events, documents)
    elif kind == "json":
        write_json(target, timeline_json(documents, _timexes(window), events))
    elif kind == "timelinejs":
        write_timelinejs(target, events, documents, title=window.windowTitle().split(" —")[0])
    elif kind == "timeml":
        write_timeml(target, documents, _timexes(window), events)
    else:
        raise ValueError(f"unknown export format {kind!r}")
    return target


def _timexes(window: MainWindow) -> list[tuple[int, TimeExpression]]:
    return [(r.index, t) for r in window.workspace.results for t in r.timexes]


def install_data_export(window: MainWindow, file_menu: QMenu) -> None:
    """Add File > Export Events… and Export TimeML… (call right after the timeline export)."""

    def ask_file() -> None:
        path, chosen = QFileDialog.getSaveFileName(
            window, "Export events", "events.csv", ";;".join(FORMATS)
        )
        if path:
            suffix = FORMATS.get(chosen, "")
            if suffix and not path.lower().endswith(suffix):
                path += suffix
            _run(window, lambda: export_events(window, path))

    def ask_folder() -> None:
        folder = QFileDialog.getExistingDirectory(window, "Export TimeML into a folder")
        if folder:
            _run(window, lambda: export_events(window, folder, "timeml"))

    events_action = QAction("Export &Events…", window)
    events_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    events_action.setStatusTip("Save the shown events as CSV, JSON or TimelineJS")
    events_action.triggered.connect(ask_file)
    timeml_action = QAction("Export &TimeML…", window)
    timeml_action.setStatusTip("Save each article with its TIMEX3 tags, for NLP tools")
    timeml_action.triggered.connect(ask_folder)
    file_menu.addAction(events_action)
    file_menu.addAction(timeml_action)
    window.addAction(events_action)
    window.export_events_action = events_action  # type: ignore[attr-defined]
    window.export_timeml_action = timeml_action  # type: ignore[attr-defined]


def _run(window: MainWindow, write: Callable[[], Path]) -> None:
    try:
        written = write()
    except (OSError, ValueError) as error:
        QMessageBox.critical(window, "Export failed", str(error))
        return
    shown = len(window.events)
    window.statusBar().showMessage(f"Exported {shown} event(s) to {written}", 6000)
