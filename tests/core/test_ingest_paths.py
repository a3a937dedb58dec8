"""Expanding dropped files and folders into the articles to load."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from viewer.core.ingest import collect_paths


def _touch(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folder_is_read_recursively_in_name_order(tmp_path: Path) -> None:
    b = _touch(tmp_path / "b.txt")
    a = _touch(tmp_path / "a.html")
    deep = _touch(tmp_path / "sub" / "deeper" / "c.pdf")
    sub = _touch(tmp_path / "sub" / "z.docx")
    _touch(tmp_path / "a.meta.json", "{}")
    _touch(tmp_path / "notes.xyz")
    files, notes = collect_paths([tmp_path])
    assert files == [a, b, sub, deep]
    assert notes == [f"skipped {tmp_path / 'notes.xyz'}: unsupported type .xyz"]


def test_symlink_loop_is_followed_once(tmp_path: Path) -> None:
    article = _touch(tmp_path / "news" / "truce.txt")
    os.symlink(tmp_path / "news", tmp_path / "news" / "loop")
    files, notes = collect_paths([tmp_path])
    assert files == [article]
    assert any("loop" in note and "already read" in note for note in notes)


def test_the_same_file_twice_is_listed_once(tmp_path: Path) -> None:
    article = _touch(tmp_path / "truce.txt")
    os.symlink(article, tmp_path / "zz-link.txt")
    files, _ = collect_paths([tmp_path, article])
    assert files == [article]


def test_explicit_paths_are_kept_for_load_to_report(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    odd = _touch(tmp_path / "notes.xyz")
    files, notes = collect_paths([missing, str(odd)])
    assert files == [missing, odd]
    assert notes == []


def test_broken_link_in_folder_is_noted(tmp_path: Path) -> None:
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "dangling.txt")
    files, notes = collect_paths([tmp_path])
    assert files == []
    assert notes == [f"skipped {tmp_path / 'dangling.txt'}: a broken link"]


def test_unreadable_subfolder_is_noted_and_the_rest_is_read() -> None:
    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        root.chmod(0o755)
        article = _touch(root / "a.txt")
        locked = root / "locked"
        _touch(locked / "secret.txt")
        locked.chmod(0o000)
        try:
            with _as_unprivileged_user():
                files, notes = collect_paths([root])
                inside, _ = collect_paths([locked / "secret.txt"])
        finally:
            locked.chmod(0o755)
    assert files == [article]
    assert notes == [f"skipped {locked}: permission denied"]
    assert inside == [locked / "secret.txt"]  # named explicitly: loading it will say why


@contextmanager
def _as_unprivileged_user() -> Iterator[None]:
    """Drop root's override of file permissions for the block, as an analyst's account has none."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)


def test_a_folders_readme_is_noted_not_read_but_read_when_named(tmp_path: Path) -> None:
    article = _touch(tmp_path / "truce_report.txt")
    readme = _touch(tmp_path / "README.md", "# Set notes\n\nFive reports of 2016.\n")
    files, notes = collect_paths([tmp_path])
    assert files == [article]
    assert notes == [
        f"skipped {readme}: the folder's own notes, not an article (open the file itself to "
        "read it)"
    ]
    assert collect_paths([readme]) == ([readme], [])
