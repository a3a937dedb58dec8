"""Project files from the window: the analyst's corrections survive close, reopen, a failed
save and a crash."""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from viewer.gui.main_window import MainWindow

D = dt.date
ARRIVES = "2016-05-01"
SEED = "kerry_aleppo_truce_2016"


def new_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    return window


def read_articles(qtbot, window, paths):
    with qtbot.waitSignal(window.loading_finished, timeout=60_000):
        window.add_paths(paths)


def open_project(qtbot, window, path):
    with qtbot.waitSignal(window.loading_finished, timeout=60_000):
        window.projects.open_project(path)


@pytest.fixture
def articles(tmp_path, seed_path):
    """Two outlets carrying the same report under different bylines, in the folder a
    project is saved to: corroboration merges their events."""
    folder = tmp_path / "articles"
    folder.mkdir()
    text = seed_path.read_text(encoding="utf-8")
    bylines = {"agency_a": "By Fatih Erel", "agency_b": "By a staff reporter in Geneva"}
    for name, byline in bylines.items():
        (folder / f"{name}.txt").write_text(text.replace("By Fatih Erel", byline), "utf-8")
        shutil.copy(seed_path.with_suffix(".meta.json"), folder / f"{name}.meta.json")
    return folder


def select(window, value, nth=0):
    index = [i for i, e in enumerate(window.events) if e.value == value][nth]
    window.select_event(index)
    return window.events[index]


def delete_february(window):
    """The analyst deletes the seed article's late-February event: one unsaved correction."""
    select(window, "2016-02")
    window.corrections.delete_action.trigger()


def saved_then_edited(qtbot, seed_path, project):
    """A window whose seed article is saved to ``project`` and then corrected, not saved again."""
    window = new_window(qtbot)
    read_articles(qtbot, window, [seed_path])
    assert window.projects.save_to(project)
    delete_february(window)
    return window


def press_ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def correct_everything(window):
    """One correction of every kind, made through the window's actions and dialogs."""
    controller = window.corrections
    select(window, "2011")
    controller.split_action.trigger()  # undo the merge of the two outlets' reports
    window.set_reference_date(1, D(2016, 5, 9))  # agency_b was published a week later
    select(window, "2011")
    dialog = controller.edit_selected()
    dialog.title_edit.setText("Regime cracks down on pro-democracy protests")
    dialog.category_box.setCurrentIndex(dialog.category_box.findData("political"))
    press_ok(dialog)
    select(window, "2016-02")
    controller.delete_action.trigger()
    dialog = controller.add_free_standing()
    dialog.title_edit.setText("Truce extended to Aleppo for 48 hours")
    dialog.category_box.setCurrentIndex(dialog.category_box.findData("ceasefire_extended"))
    dialog.start_edit.setDate(QDate(2016, 5, 4))
    press_ok(dialog)


def timeline(window):
    """The events as the analyst sees them, independent of internal ids."""
    documents = window.documents
    return sorted(
        (
            e.start,
            e.end,
            e.precision,
            e.title,
            e.category,
            tuple(sorted(os.path.basename(documents[s.document].path) for s in e.sources)),
        )
        for e in window.events
    )


def shown_message(window):
    box = window.projects.message
    assert box is not None and box.isVisible()
    return box


def test_save_close_reopen_gives_every_correction(qtbot, tmp_path, articles):
    window = new_window(qtbot)
    read_articles(qtbot, window, [articles])
    correct_everything(window)
    assert window.isWindowModified()
    corrected = timeline(window)
    assert "Truce extended to Aleppo for 48 hours" in [t[3] for t in corrected]

    project = tmp_path / "aleppo.ctl.json"
    assert window.projects.save_to(project)
    assert window.windowTitle() == "aleppo[*] — Ceasefire Timeline"
    assert not window.isWindowModified()
    window.close()
    assert not window.isVisible()  # saved: closing asks nothing

    reopened = new_window(qtbot)
    open_project(qtbot, reopened, project)
    assert timeline(reopened) == corrected
    assert reopened.windowTitle() == "aleppo[*] — Ceasefire Timeline"
    assert not reopened.isWindowModified()
    assert reopened.projects.message is None  # nothing missing, nothing to report
    # The reference date set for agency_b is back in the document list.
    labels = [reopened.document_list.item(i).text() for i in range(reopened.document_list.count())]
    assert any("2016-05-09" in label for label in labels)
    # Opening is not an edit: there is nothing to undo, and a further edit marks it modified.
    assert not reopened.corrections.undo_action.isEnabled()
    select(reopened, "2016-05-02")
    reopened.corrections.delete_action.trigger()
    assert reopened.isWindowModified()


def test_undo_back_to_the_saved_state_is_not_modified(qtbot, tmp_path, seed_path):
    window = new_window(qtbot)
    read_articles(qtbot, window, [seed_path])
    assert window.windowTitle() == "Untitled project[*] — Ceasefire Timeline"
    assert not window.isWindowModified()
    delete_february(window)
    assert window.isWindowModified()
    window.corrections.undo_action.trigger()
    assert not window.isWindowModified()
    window.corrections.redo_action.trigger()
    assert window.projects.save_to(tmp_path / "one.ctl.json")
    window.corrections.undo_action.trigger()
    assert window.isWindowModified()  # the saved project has the deletion


def test_failed_save_keeps_the_previous_project_and_says_so(
    qtbot, tmp_path, seed_path, monkeypatch
):
    window = new_window(qtbot)
    read_articles(qtbot, window, [seed_path])
    delete_february(window)
    project = tmp_path / "work.ctl.json"
    assert window.projects.save_to(project)
    saved = project.read_bytes()

    select(window, "2011")
    window.corrections.delete_action.trigger()

    def disk_full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    assert not window.projects.save_to(project)
    monkeypatch.undo()

    box = shown_message(window)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "Could not save the project" in box.text()
    assert "No space left on device" in box.informativeText()
    assert project.read_bytes() == saved
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["work.ctl.json"]
    assert window.isWindowModified()  # the work is still unsaved, and still on screen
    assert "2011" not in [e.value for e in window.events]

    assert window.projects.save_to(project)  # the disk has room again
    assert not window.isWindowModified()
    reopened = new_window(qtbot)
    open_project(qtbot, reopened, project)
    assert {"2011", "2016-02"}.isdisjoint(e.value for e in reopened.events)


def test_missing_article_is_reported_and_the_others_keep_their_corrections(
    qtbot, tmp_path, articles
):
    window = new_window(qtbot)
    read_articles(qtbot, window, [articles / "agency_a.txt", articles / "agency_b.txt"])
    select(window, "2011")
    dialog = window.corrections.edit_selected()
    dialog.title_edit.setText("Civil war begins")
    press_ok(dialog)
    # Split the merge, then retitle agency_b's own report of Kerry's arrival.
    select(window, ARRIVES)
    window.corrections.split_action.trigger()
    b_arrival = next(
        i
        for i, e in enumerate(window.events)
        if e.value == ARRIVES and window.documents[e.document].path.endswith("agency_b.txt")
    )
    window.select_event(b_arrival)
    dialog = window.corrections.edit_selected()
    dialog.title_edit.setText("Kerry lands in Geneva")
    press_ok(dialog)
    project = tmp_path / "two.ctl.json"
    assert window.projects.save_to(project)
    window.close()

    (articles / "agency_b.txt").unlink()
    reopened = new_window(qtbot)
    open_project(qtbot, reopened, project)
    box = shown_message(reopened)
    assert box.icon() == QMessageBox.Icon.Warning
    assert "Missing:" in box.informativeText() and "agency_b.txt" in box.informativeText()
    assert "Not applied" in box.informativeText()  # the retitle waits for agency_b
    assert reopened.document_list.count() == 1
    titles = [e.title for e in reopened.events]
    assert "Civil war begins" in titles
    assert "Kerry lands in Geneva" not in titles
    # Saving again keeps the missing article and its correction for when it comes back.
    assert reopened.projects.save_to(project)
    text = project.read_text(encoding="utf-8")
    assert "agency_b.txt" in text and "Kerry lands in Geneva" in text


def test_damaged_project_file_is_refused_with_a_message(qtbot, tmp_path):
    window = new_window(qtbot)
    broken = tmp_path / "broken.ctl.json"
    broken.write_text('{"format": "ceasefire-timeline-project", "schema_version": 1', "utf-8")
    window.projects.open_project(broken)
    box = shown_message(window)
    assert box.windowTitle() == "Cannot open project"
    assert "not a readable project file" in box.text()
    assert window.windowTitle() == "Untitled project[*] — Ceasefire Timeline"


def test_recovery_after_a_crash(qtbot, tmp_path, articles):
    window = new_window(qtbot)
    read_articles(qtbot, window, [articles])
    project = tmp_path / "crash.ctl.json"
    assert window.projects.save_to(project)
    saved = project.read_bytes()
    correct_everything(window)
    corrected = timeline(window)
    recovery = window.projects.autosave()  # what the timer does every few minutes
    assert recovery is not None and recovery.exists()
    assert project.read_bytes() == saved  # autosave never touches the project
    # The app dies here: no save, no close. A new session starts.

    survivor = new_window(qtbot)
    qtbot.waitUntil(lambda: survivor.projects.question is not None, timeout=5_000)
    question = survivor.projects.question
    assert question.isVisible()
    assert "crash.ctl.json" in question.text() and "autosaved" in question.text()
    with qtbot.waitSignal(survivor.loading_finished, timeout=60_000):
        question.button(QMessageBox.StandardButton.Yes).click()

    assert timeline(survivor) == corrected
    assert survivor.windowTitle() == "crash[*] — Ceasefire Timeline"
    assert survivor.isWindowModified()  # recovered work is not saved yet
    assert survivor.projects.save_to(project)
    assert not recovery.exists()

    third = new_window(qtbot)  # after the save there is nothing to recover
    qtbot.wait(50)
    assert third.projects.question is None


def test_untitled_work_is_recovered_too(qtbot, tmp_path, seed_path):
    window = new_window(qtbot)
    window.projects.untitled_path = tmp_path / "untitled.ctl.json"
    read_articles(qtbot, window, [seed_path])
    delete_february(window)
    assert window.projects.autosave() == tmp_path / "untitled.ctl.json.recovery"

    survivor = new_window(qtbot)
    survivor.projects.untitled_path = tmp_path / "untitled.ctl.json"
    qtbot.waitUntil(lambda: survivor.projects.question is not None, timeout=5_000)
    assert "an untitled project" in survivor.projects.question.text()
    with qtbot.waitSignal(survivor.loading_finished, timeout=60_000):
        survivor.projects.question.button(QMessageBox.StandardButton.Yes).click()
    assert sorted(e.value for e in survivor.events) == sorted(e.value for e in window.events)
    assert "2016-02" not in [e.value for e in survivor.events]
    assert survivor.windowTitle() == "Untitled project[*] — Ceasefire Timeline"
    assert survivor.isWindowModified()


def test_discarding_the_recovery_opens_the_saved_project(qtbot, tmp_path, seed_path):
    project = tmp_path / "kept.ctl.json"
    window = saved_then_edited(qtbot, seed_path, project)
    recovery = window.projects.autosave()

    survivor = new_window(qtbot)
    qtbot.waitUntil(lambda: survivor.projects.question is not None, timeout=5_000)
    with qtbot.waitSignal(survivor.loading_finished, timeout=60_000):
        survivor.projects.question.button(QMessageBox.StandardButton.Discard).click()
    assert not recovery.exists()
    assert "2016-02" in [e.value for e in survivor.events]  # as last saved
    assert not survivor.isWindowModified()


def test_nothing_unsaved_means_no_autosave(qtbot, tmp_path, seed_path):
    window = new_window(qtbot)
    window.projects.untitled_path = tmp_path / "untitled.ctl.json"
    read_articles(qtbot, window, [seed_path])
    assert window.projects.autosave() is None
    assert not (tmp_path / "untitled.ctl.json.recovery").exists()
    timer = window.projects.autosave_timer
    assert timer.isActive() and timer.interval() == 3 * 60 * 1000


def test_closing_with_unsaved_corrections_asks_first(qtbot, tmp_path, seed_path):
    window = new_window(qtbot)
    window.projects.untitled_path = tmp_path / "untitled.ctl.json"
    read_articles(qtbot, window, [seed_path])
    delete_february(window)
    window.projects.autosave()

    assert not window.close()
    question = window.projects.question
    assert question.isVisible() and "before closing" in question.text()
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible()

    window.close()
    with qtbot.waitSignal(window.projects.question.finished):
        window.projects.question.button(QMessageBox.StandardButton.Discard).click()
    assert not window.isVisible()
    # Discarded on purpose: no recovery is offered next time.
    assert not (tmp_path / "untitled.ctl.json.recovery").exists()
    survivor = new_window(qtbot)
    qtbot.wait(50)
    assert survivor.projects.question is None


def test_closing_and_choosing_save_writes_the_project(qtbot, tmp_path, seed_path):
    project = tmp_path / "close.ctl.json"
    window = saved_then_edited(qtbot, seed_path, project)
    window.close()
    window.projects.question.button(QMessageBox.StandardButton.Save).click()
    assert not window.isVisible()
    reopened = new_window(qtbot)
    open_project(qtbot, reopened, project)
    assert "2016-02" not in [e.value for e in reopened.events]


def test_recent_projects_menu_reopens_a_project(qtbot, tmp_path, seed_path):
    window = new_window(qtbot)
    read_articles(qtbot, window, [seed_path])
    first, second = tmp_path / "first.ctl.json", tmp_path / "second.ctl.json"
    assert window.projects.save_to(first)
    delete_february(window)
    assert window.projects.save_to(second)

    other = new_window(qtbot)
    menu = other.projects.recent_menu
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.data()]
    assert [a.text() for a in entries] == ["&1 second", "&2 first"]
    assert entries[0].toolTip() == str(second.resolve())
    with qtbot.waitSignal(other.loading_finished, timeout=60_000):
        entries[1].trigger()
    assert other.windowTitle() == "first[*] — Ceasefire Timeline"
    assert "2016-02" in [e.value for e in other.events]


def test_file_menu_has_the_project_actions(qtbot):
    window = new_window(qtbot)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    by_text = {a.text(): a for a in file_menu.actions()}
    assert by_text["Open &Project…"].shortcut().toString() == "Ctrl+O"
    assert by_text["&Save Project"].shortcut().toString() == "Ctrl+S"
    assert by_text["Save Project &As…"].shortcut().toString() == "Ctrl+Shift+S"
    assert by_text["&Recent Projects"].menu() is window.projects.recent_menu
    # The article actions the window had are still there, after the project ones.
    assert "&Open Articles…" in by_text


def test_undoing_back_to_the_save_withdraws_the_autosave(qtbot, tmp_path, seed_path):
    project = tmp_path / "undone.ctl.json"
    window = saved_then_edited(qtbot, seed_path, project)
    recovery = window.projects.autosave()
    assert recovery.exists()
    window.corrections.undo_action.trigger()
    assert window.projects.autosave() is None
    assert not recovery.exists()  # a crash now must not bring the deletion back
    survivor = new_window(qtbot)
    qtbot.wait(50)
    assert survivor.projects.question is None


def test_an_unanswered_recovery_offer_is_made_again(qtbot, tmp_path, seed_path):
    project = tmp_path / "later.ctl.json"
    window = saved_then_edited(qtbot, seed_path, project)
    recovery = window.projects.autosave()

    hurried = new_window(qtbot)
    qtbot.waitUntil(lambda: hurried.projects.question is not None, timeout=5_000)
    hurried.close()  # the analyst quits without answering
    assert not hurried.isVisible()
    assert recovery.exists()
    patient = new_window(qtbot)
    qtbot.waitUntil(lambda: patient.projects.question is not None, timeout=5_000)
    assert "later.ctl.json" in patient.projects.question.text()


def test_opening_a_project_during_an_import_replaces_it(qtbot, tmp_path, seed_path, articles):
    window = new_window(qtbot)
    read_articles(qtbot, window, [articles / "agency_a.txt"])
    delete_february(window)
    project = tmp_path / "a_only.ctl.json"
    assert window.projects.save_to(project)

    crowd = tmp_path / "crowd"
    crowd.mkdir()
    text = seed_path.read_text(encoding="utf-8")
    for n in range(12):
        (crowd / f"wire_{n:02d}.txt").write_text(text.replace("Fatih Erel", f"Wire {n}"), "utf-8")
    other = new_window(qtbot)
    other.add_paths([crowd])
    assert other.is_loading
    other.projects.open_project(project)
    qtbot.waitUntil(
        lambda: not other.is_loading and other.windowTitle().startswith("a_only"), timeout=60_000
    )
    qtbot.waitUntil(lambda: other.document_list.count() == 1, timeout=60_000)
    assert [os.path.basename(d.path) for d in other.documents] == ["agency_a.txt"]
    assert "2016-02" not in [e.value for e in other.events]
    assert not other.isWindowModified()


def test_a_changed_article_is_reported_and_its_corrections_follow_the_text(
    qtbot, tmp_path, seed_path
):
    article = tmp_path / "kerry.txt"
    article.write_text(seed_path.read_text(encoding="utf-8"), "utf-8")
    shutil.copy(seed_path.with_suffix(".meta.json"), tmp_path / "kerry.meta.json")
    window = new_window(qtbot)
    read_articles(qtbot, window, [article])
    select(window, "2011")
    dialog = window.corrections.edit_selected()
    dialog.title_edit.setText("Uprising crushed, civil war begins")
    press_ok(dialog)
    project = tmp_path / "changed.ctl.json"
    assert window.projects.save_to(project)

    # The outlet updated the story: a new first paragraph shifts every offset.
    text = article.read_text(encoding="utf-8")
    article.write_text("UPDATED with comments from Moscow.\n\n" + text, "utf-8")
    reopened = new_window(qtbot)
    open_project(qtbot, reopened, project)
    box = shown_message(reopened)
    assert "Changed since the project was saved" in box.informativeText()
    assert "kerry.txt" in box.informativeText()
    assert "Uprising crushed, civil war begins" in [e.title for e in reopened.events]
