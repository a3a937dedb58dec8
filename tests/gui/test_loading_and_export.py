"""Importing in the background (progress, cancel, many articles), exporting, window state."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from gui_helpers import loaded_window, new_window, seed_copy
from matplotlib.image import imread
from pypdf import PdfReader
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from viewer.gui.export_dialog import ExportDialog
from viewer.gui.main_window import MainWindow, recent_files


def copies(folder, n):
    for k in range(n):
        seed_copy(folder, f"report_{k:02d}", title=f"Report {k}")
    return folder


def test_cancelling_an_import_keeps_what_was_read(qtbot, tmp_path):
    copies(tmp_path, 400)  # far more than can be read before the first one is listed
    window = new_window(qtbot)
    # Cancel as soon as the first document is listed.
    window.document_list.model().rowsInserted.connect(window.cancel_loading)
    with qtbot.waitSignal(window.loading_finished, timeout=60_000):
        window.add_paths([tmp_path])
        assert window.progress.isVisible() and window.cancel_button.isVisible()
        assert window.progress.maximum() == 400
    read = window.document_list.count()
    assert 1 <= read < 400
    assert "cancelled" in window.status_label.text()
    assert not window.progress.isVisible() and not window.cancel_button.isVisible()
    assert window.events  # what was read is on the timeline
    assert not window.is_loading


def test_progress_counts_across_queued_imports(qtbot, tmp_path):
    first = copies(tmp_path / "first", 4)
    second = copies(tmp_path / "second", 3)
    window = new_window(qtbot)
    shown = []
    window.documents_changed.connect(
        lambda: shown.append((window.progress.value(), window.progress.maximum()))
    )
    with qtbot.waitSignal(window.loading_finished, timeout=60_000):
        window.add_paths([first])
        window.add_paths([second])
        assert window.progress.maximum() == 7  # both imports count from the start
    assert window.document_list.count() == 7
    assert shown[-1] == (7, 7)
    values = [value for value, _ in shown]
    assert values == sorted(values)  # never starts again from zero for the second batch
    assert all(maximum == 7 for _, maximum in shown)


def test_a_large_import_merges_reports_across_articles(qtbot, tmp_path):
    # Past 40 documents the cross-article merge runs off the GUI thread.
    copies(tmp_path, 42)
    window = new_window(qtbot)
    seen_while_loading = []
    window.events_changed.connect(lambda: seen_while_loading.append(window.is_loading))
    with qtbot.waitSignal(window.loading_finished, timeout=120_000):
        window.add_paths([tmp_path])
    assert window.document_list.count() == 42
    ceasefire = next(e for e in window.events if e.value == "2016-02")
    assert len(ceasefire.sources) == 42
    assert len(window.events) < 42  # one timeline of the article, not 42 copies of it
    assert window.events == window.workspace.events
    assert "42 document(s)" in window.status_label.text()


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_export_every_format_at_the_chosen_size(qtbot, seed_path, tmp_path, suffix):
    window = loaded_window(qtbot, [seed_path])
    out = tmp_path / f"timeline.{suffix}"
    assert window.export_timeline(
        out, width_px=1200, height_px=600, dpi=100, title="Kerry and the Syrian truce"
    )
    if suffix == "png":
        image = imread(out)
        assert image.shape[:2] == (600, 1200)
        pixels = image[..., :3].reshape(-1, 3)
        assert (pixels.min(axis=1) < 0.9).mean() > 0.01  # ink, not a blank page
        assert len(np.unique(pixels.round(2), axis=0)) > 20  # colours, not one grey
    elif suffix == "svg":
        root = ET.parse(out).getroot()
        assert float(root.get("width").removesuffix("pt")) == pytest.approx(1200 * 72 / 100)
        assert float(root.get("height").removesuffix("pt")) == pytest.approx(600 * 72 / 100)
        assert len(re.findall(r"<path ", out.read_text())) > 30
    else:
        reader = PdfReader(out)
        (page,) = reader.pages
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx((864, 432))
        assert "Kerry and the Syrian truce" in page.extract_text()


def test_export_dialog_current_view(qtbot, seed_path, tmp_path):
    window = loaded_window(qtbot, [seed_path])
    index = next(i for i, e in enumerate(window.events) if e.value == "2016-05-02")
    for _ in range(8):
        window.timeline.zoom(1.5, window.timeline.plot.position_of(index)[0])
    out = tmp_path / "view.pdf"

    def fill_in():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        dialog.set_format("pdf")
        dialog.path_edit.setText(str(out))
        dialog.view_radio.setChecked(True)
        dialog.title_edit.setText("Geneva, early May")
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    window.export_action.trigger()
    text = PdfReader(out).pages[0].extract_text()
    assert "Geneva, early May" in text
    shown = len(window.timeline.plot.visible_indices())
    assert f"{shown} of {len(window.events)} dated events" in " ".join(text.split())
    assert shown < len(window.events)


def test_window_state_and_recent_files_persist(qtbot, seed_path):
    window = loaded_window(qtbot, [seed_path])
    window.splitter.setSizes([400, 500])
    window.bottom_splitter.setSizes([500, 900])
    window.set_view_modes(lanes="document", color_by="source")
    sizes = (window.splitter.sizes(), window.bottom_splitter.sizes())
    window.close()
    window_geometry = window.saveGeometry()
    assert str(seed_path) in recent_files()

    again = MainWindow()
    qtbot.addWidget(again)
    again.resize(1400, 900)
    again.restore_state(QSettings())
    again.show()
    qtbot.waitExposed(again)
    # The offscreen screen is smaller than the window, so Qt shrinks it on restore;
    # the splitters keep their proportions.
    assert QSettings().value("window/geometry") == window_geometry
    for restored, saved in zip(
        (again.splitter.sizes(), again.bottom_splitter.sizes()), sizes, strict=True
    ):
        assert restored[0] / sum(restored) == pytest.approx(saved[0] / sum(saved), abs=0.02)
    assert (again.timeline.lanes, again.timeline.color_by) == ("document", "source")
    assert again.lane_actions["document"].isChecked()
    again.recent_files_menu.aboutToShow.emit()
    texts = [a.text() for a in again.recent_files_menu.actions()]
    assert f"&1 {seed_path.name}" in texts


def test_lanes_switch_from_the_view_menu(qtbot, tmp_path):
    seed_copy(tmp_path, "agency_a", title="Agency A")
    (tmp_path / "madaya.txt").write_text(
        "Aid reaches Madaya\n\nDAMASCUS, Jan. 11, 2016 - A convoy of aid trucks entered the "
        "besieged town of Madaya on Monday, the Red Cross said.\n",
        encoding="utf-8",
    )
    window = loaded_window(qtbot, [tmp_path])
    window.lane_actions["document"].trigger()
    assert sorted(window.timeline.plot.lane_names) == ["Agency A", "Aid reaches Madaya"]
    window.lane_actions["none"].trigger()
    assert window.timeline.plot.lane_names == [""]
    window.lane_actions["category"].trigger()
    assert "Talks" in window.timeline.plot.lane_names


def test_a_folder_of_mixed_files_gets_a_one_line_account_of_what_was_skipped(qtbot, tmp_path):
    copies(tmp_path, 2)
    for k in range(6):
        (tmp_path / f"photo_{k}.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / "notes.xlsx").write_bytes(b"PK\x03\x04")
    window = new_window(qtbot)
    with qtbot.waitSignal(window.loading_finished, timeout=60_000):
        window.add_paths([tmp_path])
        message = window.statusBar().currentMessage()
    assert message == ("Skipped 7 entries: unsupported type .jpg (6); unsupported type .xlsx (1).")
    assert "photo_0.jpg" in window.statusBar().toolTip()  # the full list is one hover away
    assert window.document_list.count() == 2
