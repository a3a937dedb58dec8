"""The window as an analyst uses it: drop an article, click an event, read, export."""

import numpy as np
from gui_helpers import click_event_on_canvas, loaded_window
from matplotlib.image import imread
from PySide6.QtWidgets import QListWidget, QTableView, QTextBrowser

from viewer.gui.main_window import MainWindow


def test_main_widgets_carry_their_names(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    assert isinstance(window.findChild(QListWidget, "documentList"), QListWidget)
    assert isinstance(window.findChild(QTableView, "eventTable"), QTableView)
    assert isinstance(window.findChild(QTextBrowser, "passagePanel"), QTextBrowser)
    assert window.findChild(object, "timelineCanvas") is window.timeline.canvas


def test_dropped_article_shows_its_events(qtbot, seed_path):
    window = loaded_window(qtbot, [seed_path])
    assert window.document_list.count() == 1
    assert "2016-05-02" in window.document_list.item(0).text()
    values = sorted(e.value for e in window.events)
    assert values == ["2011", "2016-02", "2016-05-01", "2016-05-02", "2016-05-03", "2016-05-03"]
    assert window.event_table.model().rowCount() == 6


def test_clicking_an_event_shows_its_passage_highlighted(qtbot, seed_path):
    window = loaded_window(qtbot, [seed_path])
    (index,) = [i for i, e in enumerate(window.events) if e.value == "2011"]
    click_event_on_canvas(qtbot, window, index)
    qtbot.waitUntil(lambda: "early 2011" in window.passage_panel.toPlainText())
    shown = window.passage_panel.toHtml()
    text = window.passage_panel.toPlainText()
    assert "civil war since early 2011" in text
    assert "Kerry urges restored Syrian truce especially in Aleppo" in text
    assert "2011" in text and "year" in text
    # The expression, and only it, carries the highlight.
    assert "#ffe08a" in shown
    highlighted = shown.split("#ffe08a")[1].split("</span>")[0]
    assert highlighted.endswith(">early 2011")
    # The table follows the timeline.
    assert window.event_table.selected_row() == index


def test_folder_drop_reads_every_article(qtbot, tmp_path, seed_text):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(seed_text, encoding="utf-8")
    (tmp_path / "notes.xyz").write_text("not an article")
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loading_finished, timeout=60_000):
        window.add_paths([tmp_path])
    assert window.document_list.count() == 2
    assert all("no reference date" in window.document_list.item(i).text() for i in range(2))


def test_export_png_is_a_real_image(qtbot, seed_path, tmp_path):
    window = loaded_window(qtbot, [seed_path])
    out = tmp_path / "timeline.png"
    window.export_timeline(out)
    image = imread(out)
    assert image.shape[1] == 1600 and image.shape[0] == 900
    pixels = image[..., :3].reshape(-1, 3)
    assert (pixels.min(axis=1) < 0.9).mean() > 0.01
    assert len(np.unique(pixels.round(2), axis=0)) > 20


def test_empty_window_says_what_to_do_and_empty_folders_are_reported(qtbot, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    view = window.timeline
    assert view.stack.currentWidget() is view.empty_label
    assert "Drop news articles" in view.empty_label.text()
    (tmp_path / "empty").mkdir()
    assert window.add_paths([tmp_path / "empty"]) == 0
    assert window.statusBar().currentMessage() == "No articles found in empty."
    assert not window.is_loading
