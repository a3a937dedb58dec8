"""Broken, hostile and oversized files each give one clear error and never stop a batch."""

from __future__ import annotations

import datetime as dt
import functools
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fixtures.articles import (
    PUBLISHED,
    article_paragraphs,
    write_bad_files,
    write_eml,
    write_every_format,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.ingest import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    collect_paths,
    load_document,
)

NOBODY = 65534

EXPECTED_ERROR = {
    "empty": "the file is empty",
    "image": "looks like binary data",
    "truncated_pdf": "the PDF is damaged or truncated",
    "corrupt_docx": "the Word file is damaged or truncated",
    "zip_bomb": "zip bomb",
    "too_large": "above the limit of 5,000,000",
    "deep_html": "nests its tags 250 levels deep",
}


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_bad_files(tmp_path_factory.mktemp("bad"))


@pytest.mark.parametrize("kind", sorted(EXPECTED_ERROR))
def test_each_bad_file_gives_a_clear_one_line_error(bad_files: dict[str, Path], kind: str) -> None:
    document = load_document(bad_files[kind])
    assert document.error is not None
    assert EXPECTED_ERROR[kind] in document.error
    assert "\n" not in document.error
    assert document.text == ""
    assert document.title == bad_files[kind].name


def test_folder_of_bad_files_beside_a_good_article(bad_files: dict[str, Path]) -> None:
    folder = next(iter(bad_files.values())).parent
    good = write_eml(folder / "good.eml", article_paragraphs())
    (folder / "readme.xyz").write_text("not an article", encoding="utf-8")
    try:
        files, notes = collect_paths([folder])
        documents = [load_document(path) for path in files]
    finally:
        good.unlink()
        (folder / "readme.xyz").unlink()
    assert notes == [f"skipped {folder / 'readme.xyz'}: unsupported type .xyz"]
    errors = {Path(document.path).name: document.error for document in documents}
    assert {name for name, error in errors.items() if error} == {
        path.name for path in bad_files.values()
    }
    loaded = [document for document in documents if document.error is None]
    assert [Path(document.path).name for document in loaded] == ["good.eml"]
    assert loaded[0].published == PUBLISHED
    assert "Aleppo" in loaded[0].text


def test_file_above_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk is used
    document = load_document(path)
    assert document.error is not None
    assert "above the limit of 50 MB" in document.error


def test_missing_file_and_unsupported_type(tmp_path: Path) -> None:
    assert load_document(tmp_path / "gone.txt").error == "the file does not exist"
    odd = tmp_path / "table.xlsx"
    odd.write_bytes(b"PK\x03\x04")
    error = load_document(odd).error
    assert error is not None and error.startswith("unsupported file type .xlsx")


def test_folder_given_as_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "looks_like.txt"
    folder.mkdir()
    assert load_document(folder).error == "this is a folder, not a file"


def test_pdf_without_a_text_layer(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60)  # a drawing, as a scanned page would be an image
    path = tmp_path / "scan.pdf"
    path.write_bytes(bytes(pdf.output()))
    error = load_document(path).error
    assert error is not None and "no text layer" in error


@contextmanager
def _as_unprivileged_user() -> Iterator[None]:
    """Drop root's override of file permissions for the block, as an analyst's account has none."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)


def test_unreadable_file_is_a_permission_error() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o755)
        locked = Path(folder) / "locked.txt"
        locked.write_text("GENEVA, May 2 (Reuters) - Kerry called for a truce.", "utf-8")
        locked.chmod(0o000)
        with _as_unprivileged_user():
            document = load_document(locked)
        assert document.error == "permission denied: the file cannot be read"


_PREFIXES = [
    b"",
    b"%PDF-1.7\n",
    b"PK\x03\x04",
    b"{\\rtf1\\ansi ",
    b"<html><body>",
    b"From: a@b.c\nSubject: truce\nDate: Mon, 02 May 2016 10:00:00 +0300\n\n",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
]


@settings(max_examples=400, deadline=None)
@given(
    suffix=st.sampled_from(sorted(SUPPORTED_SUFFIXES)),
    prefix=st.sampled_from(_PREFIXES),
    payload=st.binary(max_size=3000),
)
def test_random_bytes_under_any_extension_never_raise(
    suffix: str, prefix: bytes, payload: bytes
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"random{suffix}"
        path.write_bytes(prefix + payload)
        document = load_document(path)
    assert document.path == str(path)
    if document.error is None:
        assert document.text.strip()
    else:
        assert document.error.strip() and "\n" not in document.error
        assert document.text == ""


@functools.cache
def _valid_files() -> dict[str, bytes]:
    with tempfile.TemporaryDirectory() as folder:
        paths = write_every_format(Path(folder))
        return {path.suffix: path.read_bytes() for path in paths.values()}


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_damaged_copies_of_real_files_never_raise(data: st.DataObject) -> None:
    """Cut and overwrite real files at random, to reach deeper into each parser than noise does."""
    valid = _valid_files()
    suffix = data.draw(st.sampled_from(sorted(valid)))
    content = bytearray(valid[suffix])
    cut = data.draw(st.integers(min_value=1, max_value=len(content)))
    del content[cut:]
    for _ in range(data.draw(st.integers(min_value=0, max_value=8))):
        where = data.draw(st.integers(min_value=0, max_value=len(content) - 1))
        content[where] = data.draw(st.integers(min_value=0, max_value=255))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"damaged{suffix}"
        path.write_bytes(bytes(content))
        document = load_document(path)
    assert (document.error is None) == bool(document.text)
    if document.error is not None:
        assert "\n" not in document.error


def test_web_page_with_too_many_tags_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "forum.html"
    rows = "<li><a href='/t'>Truce thread</a> <span>reply</span></li>" * 25_000
    page.write_text(f"<html><body><ul>{rows}</ul></body></html>", encoding="utf-8")
    error = load_document(page).error
    assert error is not None and "above the limit of 60,000" in error


def test_ordinarily_nested_web_page_loads(tmp_path: Path) -> None:
    nested = (
        "<div>" * 60 + "<p>JEDDAH, 21 May 2023 — The parties signed a truce.</p>" + "</div>" * 60
    )
    page = tmp_path / "nested.html"
    page.write_text(f"<html><body>{nested}</body></html>", encoding="utf-8")
    document = load_document(page)
    assert document.error is None
    assert document.published == dt.date(2023, 5, 21)
