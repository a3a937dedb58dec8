"""File > Export Events: what the analyst sees, in the formats their tools read."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

from gui_helpers import loaded_window
from PySide6.QtWidgets import QMenu

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
