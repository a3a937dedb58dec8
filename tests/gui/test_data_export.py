"""File > Export Events: what the analyst sees, in the formats their tools read."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import pytest
from gui_helpers import loaded_window
from PySide6.QtWidgets import QMenu

from viewer.gui.corrections import EventFields
from viewer.gui.data_export import export_events
from viewer.gui.filter_bar import EventFilter


def test_file_menu_offers_event_exports(qtbot, seed_path):
    window = loaded_window(qtbot, [seed_path])
    file_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&File")
    texts = [a.text() for a in file_menu.actions()]
    assert "Export &Events…" in texts and "Export &TimeML…" in texts
    assert window.export_events_action.shortcut().toString() == "Ctrl+Shift+E"


def test_exports_follow_the_filter(qtbot, seed_path, tmp_path):
    window = loaded_window(qtbot, [seed_path])
    window.filter_bar.set_filter(EventFilter(text="Moscow"))
    shown = {e.title for e in window.events}
    assert 0 < len(shown) < len(window.all_events)

    with (tmp_path / "events.csv").open("w"):
        pass  # an older file of that name is replaced whole
    export_events(window, tmp_path / "events.csv")
    with (tmp_path / "events.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["title"] for r in rows} == shown

    export_events(window, tmp_path / "events.json")
    payload = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))
    assert {e["title"] for e in payload["events"]} == shown
    assert payload["documents"][0]["reference_date"] == "2016-05-02"

    export_events(window, tmp_path / "events.timeline.json")
    slides = json.loads((tmp_path / "events.timeline.json").read_text(encoding="utf-8"))
    assert {s["text"]["headline"] for s in slides["events"]} == shown
    assert all("start_date" in s and "year" in s["start_date"] for s in slides["events"])


def test_timeml_export_is_well_formed_with_the_values_shown(qtbot, seed_path, tmp_path):
    window = loaded_window(qtbot, [seed_path])
    export_events(window, tmp_path / "timeml", "timeml")
    (written,) = sorted((tmp_path / "timeml").iterdir())
    root = ET.parse(written).getroot()
    values = {t.get("value") for t in root.iter("TIMEX3")}
    assert {e.value for e in window.events} <= values
    assert any(t.get("functionInDocument") == "CREATION_TIME" for t in root.iter("TIMEX3"))


def _edit_title(window, event, title):
    fields = EventFields(title, event.category, event.start, event.precision, event.end)
    assert window.corrections.edit_event(event, fields)


def _csv_titles(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [r["title"] for r in csv.DictReader(handle)]


def test_menu_export_writes_in_the_background_what_was_shown_when_asked(qtbot, seed_path, tmp_path):
    window = loaded_window(qtbot, [seed_path])
    exporter = window.data_exporter
    event = window.events[0]
    _edit_title(window, event, "Kerry lands in Geneva for truce talks")
    target = tmp_path / "events.csv"

    with qtbot.waitSignal(exporter.finished, timeout=20_000) as blocker:
        blocker.connect(exporter.failed)
        assert exporter.start(target)
        assert not window.export_events_action.isEnabled()
        assert not window.export_timeml_action.isEnabled()
        assert exporter.busy_bar.isVisible() and "events.csv" in exporter.busy_label.text()
        # An edit made while the file is written waits for the next export.
        edited = next(e for e in window.events if e.title.startswith("Kerry lands"))
        _edit_title(window, edited, "A later edit, after the export was asked for")

    assert blocker.args == [target]
    titles = _csv_titles(target)
    assert "Kerry lands in Geneva for truce talks" in titles
    assert "A later edit, after the export was asked for" not in titles
    assert len(titles) == len(window.events)
    assert window.export_events_action.isEnabled() and window.export_timeml_action.isEnabled()
    assert not exporter.busy_bar.isVisible()
    assert str(target) in window.statusBar().currentMessage()


@pytest.mark.parametrize(("name", "kind"), [("blocked/events.csv", None), ("blocked", "timeml")])
def test_an_unwritable_target_shows_an_error_and_the_window_stays_usable(
    qtbot, seed_path, tmp_path, name, kind
):
    window = loaded_window(qtbot, [seed_path])
    exporter = window.data_exporter
    (tmp_path / "blocked").write_text("a file where a folder should be", encoding="utf-8")

    with qtbot.waitSignal(exporter.failed, timeout=20_000) as blocker:
        assert exporter.start(tmp_path / name, kind)

    (message,) = blocker.args
    assert str(tmp_path / name) in message
    box = exporter.error_box
    assert box is not None and box.isVisible() and str(tmp_path / name) in box.text()
    assert window.export_events_action.isEnabled() and window.export_timeml_action.isEnabled()
    assert not exporter.busy_bar.isVisible()
    box.accept()

    # The same window goes on: the next export to a writable place succeeds.
    with qtbot.waitSignal(exporter.finished, timeout=20_000):
        assert exporter.start(tmp_path / "events.csv")
    assert set(_csv_titles(tmp_path / "events.csv")) == {e.title for e in window.events}


def test_a_second_export_waits_for_the_first(qtbot, seed_path, tmp_path):
    window = loaded_window(qtbot, [seed_path])
    exporter = window.data_exporter
    with qtbot.waitSignal(exporter.finished, timeout=20_000):
        assert exporter.start(tmp_path / "timeml", "timeml")
        assert not exporter.start(tmp_path / "events.csv")
    assert not (tmp_path / "events.csv").exists()
    assert [p.suffix for p in (tmp_path / "timeml").iterdir()] == [".tml"]
