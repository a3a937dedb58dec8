"""Project files keep every correction through saves, crashes, moves and changed articles."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from correction_helpers import AA, REUTERS, document, offset

from viewer.core.corrections import (
    AddEvent,
    DateSpec,
    DeleteEvent,
    EditEvent,
    SetReferenceDate,
    UndoMerge,
    anchor_at,
    text_sha256,
)
from viewer.core.project import (
    SCHEMA_VERSION,
    Project,
    ProjectError,
    check_documents,
    open_project,
    project_from_workspace,
    read_project,
    read_recovery,
    recovery_path,
    recovery_to_offer,
    save_project,
    write_recovery,
)

D = dt.date


@pytest.fixture
def articles(tmp_path):
    """Two real articles on disk, in a folder beside where the project is saved."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "reuters.txt").write_text(REUTERS, encoding="utf-8")
    (folder / "aa.txt").write_text(AA, encoding="utf-8")
    return [
        document(str(folder / "reuters.txt"), REUTERS, D(2016, 2, 28)),
        document(str(folder / "aa.txt"), AA, D(2016, 5, 2)),
    ]


def every_kind(reuters, aa):
    """One correction of every kind an analyst can make."""
    sunday = offset(REUTERS, "on Sunday")
    february = offset(AA, "late February")
    tomorrow = offset(AA, "Tomorrow")
    talks = offset(REUTERS, "Talks are due")
    return [
        SetReferenceDate(aa.path, text_sha256(aa.text), D(2016, 5, 1)),
        EditEvent(
            anchor_at(reuters, sunday, sunday + 9),
            DateSpec.at(D(2016, 2, 27), "day"),
            "Truce holds",
            "ceasefire_in_force",
        ),
        EditEvent(anchor_at(aa, february, february + 13), title="Cease-fire from late February"),
        DeleteEvent(anchor_at(aa, tomorrow, tomorrow + 8)),
        AddEvent(
            "manual-1",
            DateSpec.at(D(2016, 3, 7), "week"),
            "Geneva talks",
            "talks",
            anchor_at(reuters, talks, REUTERS.index(".", talks) + 1),
        ),
        AddEvent(
            "manual-2",
            DateSpec.at(D(2016, 2, 12), "day"),
            "ISSG agrees in Munich",
            "ceasefire_agreed",
        ),
        EditEvent("manual-2", category="political"),
        UndoMerge((anchor_at(reuters, sunday, sunday + 9), anchor_at(aa, sunday, sunday + 9))),
    ]


def test_save_then_open_gives_an_equal_project(tmp_path, articles):
    project = project_from_workspace(articles, every_kind(*articles))
    path = tmp_path / "syria.ctl.json"
    save_project(project, path)
    opened = open_project(path)
    assert opened.project == project
    assert opened.problems == ()
    # Every correction comes back, reference dates first, and applies in the same order.
    kinds = [type(c).__name__ for c in opened.project.workspace_corrections()]
    assert kinds == [
        "SetReferenceDate",
        "UndoMerge",
        "EditEvent",
        "EditEvent",
        "DeleteEvent",
        "AddEvent",
        "AddEvent",
        "EditEvent",
    ]
    assert opened.project.documents[1].reference_date == D(2016, 5, 1)


def test_the_file_is_versioned_json_with_paths_relative_to_the_project(tmp_path, articles):
    path = tmp_path / "syria.ctl.json"
    save_project(project_from_workspace(articles, every_kind(*articles)), path)
    payload = json.loads(path.read_text(encoding="utf-8"))
    assert payload["schema_version"] == SCHEMA_VERSION
    assert [d["path"] for d in payload["documents"]] == ["articles/reuters.txt", "articles/aa.txt"]
    reuters_bytes = (tmp_path / "articles" / "reuters.txt").read_bytes()
    assert payload["documents"][0]["sha256"] == hashlib.sha256(reuters_bytes).hexdigest()
    edit = payload["corrections"][0]
    assert edit["kind"] == "edit_event"
    assert edit["event"]["expression"] == "on Sunday"
    assert edit["date"] == {
        "start": "2016-02-27",
        "end": "2016-02-27",
        "precision": "day",
        "value": "2016-02-27",
    }


def test_a_project_moved_with_its_articles_still_finds_them(tmp_path, articles):
    save_project(project_from_workspace(articles, every_kind(*articles)), tmp_path / "p.ctl.json")
    moved = tmp_path.parent / (tmp_path.name + "-moved")
    shutil.move(str(tmp_path), moved)
    opened = open_project(moved / "p.ctl.json")
    assert opened.problems == ()
    assert opened.project.existing_paths() == [
        str(moved / "articles" / "reuters.txt"),
        str(moved / "articles" / "aa.txt"),
    ]


def test_a_missing_or_changed_article_is_reported_not_raised(tmp_path, articles):
    path = tmp_path / "p.ctl.json"
    project = project_from_workspace(articles, every_kind(*articles))
    save_project(project, path)
    Path(articles[0].path).unlink()
    Path(articles[1].path).write_text("UPDATED.\n\n" + AA, encoding="utf-8")
    opened = open_project(path)
    assert opened.project == project  # nothing is dropped
    assert len(opened.problems) == 2
    assert opened.problems[0].startswith("Missing: ") and "reuters.txt" in opened.problems[0]
    assert opened.problems[1].startswith("Changed since the project was saved: ")
    assert "aa.txt" in opened.problems[1]
    assert opened.project.existing_paths() == [articles[1].path]


def test_saving_again_keeps_the_documents_that_could_not_be_read(tmp_path, articles):
    project = project_from_workspace(articles, every_kind(*articles))
    # The analyst reopens with reuters.txt gone and saves: its entry and corrections stay.
    again = project_from_workspace(articles[1:], project.workspace_corrections(), project)
    assert again == project


@pytest.mark.parametrize("fail", ["fsync", "replace"])
def test_a_save_that_fails_midway_leaves_the_previous_file_whole(
    tmp_path, articles, monkeypatch, fail
):
    path = tmp_path / "p.ctl.json"
    first = project_from_workspace(articles, every_kind(*articles)[:2])
    save_project(first, path)
    saved_bytes = path.read_bytes()

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, fail, disk_full)
    with pytest.raises(OSError, match="No space left"):
        save_project(project_from_workspace(articles, every_kind(*articles)), path)
    monkeypatch.undo()
    assert path.read_bytes() == saved_bytes
    assert read_project(path) == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "p.ctl.json"]


def test_after_a_crash_the_autosave_is_offered_and_holds_the_late_corrections(tmp_path, articles):
    path = tmp_path / "p.ctl.json"
    saved = project_from_workspace(articles, every_kind(*articles)[:2])
    save_project(saved, path)
    assert recovery_to_offer(path) is None
    later = project_from_workspace(articles, every_kind(*articles))
    write_recovery(later, path)  # the autosave timer fires ... and the app is killed
    assert path.exists() and read_project(path) == saved
    # Next start:
    assert recovery_to_offer(path) == recovery_path(path)
    assert read_recovery(path) == later
    # The analyst recovers and saves: the recovery file is gone and not offered again.
    save_project(read_recovery(path), path)
    assert not recovery_path(path).exists()
    assert recovery_to_offer(path) is None
    assert read_project(path) == later


def test_a_recovery_older_than_the_project_is_not_offered(tmp_path, articles):
    path = tmp_path / "p.ctl.json"
    write_recovery(project_from_workspace(articles, every_kind(*articles)[:1]), path)
    save_project(project_from_workspace(articles, every_kind(*articles)), path)
    write_recovery(project_from_workspace(articles, every_kind(*articles)[:1]), path)
    old = path.stat().st_mtime_ns - 60_000_000_000
    os.utime(recovery_path(path), ns=(old, old))
    assert recovery_to_offer(path) is None


def test_an_untitled_session_that_crashed_is_recovered(tmp_path, articles):
    untitled = tmp_path / "untitled.ctl.json"  # never saved: only the recovery exists
    work = project_from_workspace(articles, every_kind(*articles))
    write_recovery(work, untitled)
    assert recovery_to_offer(untitled) == recovery_path(untitled)
    assert read_recovery(untitled) == work


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not a readable project file"),
        ('{"format": "something-else"}', "not a Ceasefire Timeline project"),
        (
            '{"format": "ceasefire-timeline-project", "schema_version": 99, "documents": []}',
            "newer version",
        ),
        (
            '{"format": "ceasefire-timeline-project", "schema_version": 1, "documents": [],'
            ' "corrections": [{"kind": "delete_event", "event": {"document": 3}}]}',
            "damaged",
        ),
        (
            '{"format": "ceasefire-timeline-project", "schema_version": 1, "documents": [],'
            ' "corrections": [{"kind": "add_event", "id": "manual-1", "title": "x",'
            ' "category": "riots", "date": {"start": "2016-02-27", "end": "2016-02-27",'
            ' "precision": "day", "value": "2016-02-27"}}]}',
            "unknown category",
        ),
    ],
)
def test_an_unreadable_project_raises_one_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.ctl.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProjectError, match=message):
        open_project(path)


def test_an_empty_project_round_trips(tmp_path):
    save_project(Project(), tmp_path / "empty.ctl.json")
    assert read_project(tmp_path / "empty.ctl.json") == Project()
    assert check_documents(Project()) == []
