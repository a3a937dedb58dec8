"""Word files, read with python-docx after checking the zip is not a bomb.

The zip's directory declares each member's unpacked size and Python's
zipfile never unpacks past it (a member that lies fails its CRC check), so
checking the declared sizes before python-docx opens the file bounds the
memory it can take.

Date: a Word file's core properties record when the file was created, which
for a saved article is often the saving, not the publication. It is kept as
a weak hint, used only when neither the text nor the file name gives a date.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from .extracted import Extracted
from .limits import (
    MAX_COMPRESSION_RATIO,
    MAX_UNPACKED_BYTES,
    MAX_ZIP_MEMBERS,
    UnreadableDocumentError,
)
from .pubdate import DateHint

# python-docx's blank template carries this creation stamp; files made from it
# by scripts keep it, and it says nothing about the article.
_TEMPLATE_STAMP = dt.datetime(2013, 12, 23, 23, 15, tzinfo=dt.UTC)
# Below this size a member's compression ratio is meaningless (a run of zeros).
_RATIO_FLOOR = 1024 * 1024


def read_docx(data: bytes) -> Extracted:
    check_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a broken package
        raise UnreadableDocumentError(
            f"the Word file is damaged or not a .docx ({type(exc).__name__}: {exc})"
        ) from exc
    blocks: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            _add(blocks, block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(cell.text.split())
                    if value and (not cells or cells[-1] != value):  # merged cells repeat
                        cells.append(value)
                _add(blocks, " | ".join(cells))
    properties = document.core_properties
    title = " ".join((properties.title or "").split()) or None
    created = properties.created
    weak = None
    if created is not None and created.replace(tzinfo=dt.UTC) != _TEMPLATE_STAMP:
        weak = DateHint(created.date(), "docx-metadata")
    return Extracted(text="\n\n".join(blocks), title=title, weak_date=weak)


def check_zip(data: bytes) -> None:
    """Refuse a zip whose members would unpack to more than the limits allow."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise UnreadableDocumentError(
            "the Word file is damaged or truncated (its zip directory is missing)"
        ) from exc
    with archive:
        members = archive.infolist()
        if len(members) > MAX_ZIP_MEMBERS:
            raise UnreadableDocumentError(
                f"the Word file holds {len(members):,} parts, too many for a document"
            )
        total = 0
        for member in members:
            total += member.file_size
            ratio = member.file_size / max(member.compress_size, 1)
            if member.file_size > _RATIO_FLOOR and ratio > MAX_COMPRESSION_RATIO:
                raise UnreadableDocumentError(
                    f"the Word file looks like a zip bomb: {member.filename} would unpack "
                    f"{ratio:,.0f} times larger than it is stored"
                )
        if total > MAX_UNPACKED_BYTES:
            raise UnreadableDocumentError(
                f"the Word file looks like a zip bomb: it would unpack to "
                f"{total / 2**20:,.0f} MB, above the limit of {MAX_UNPACKED_BYTES // 2**20} MB"
            )


def _add(blocks: list[str], text: str) -> None:
    # Soft line breaks inside a paragraph stay lines; blank lines would split it.
    lines = [" ".join(line.split()) for line in text.splitlines()]
    joined = "\n".join(line for line in lines if line)
    if joined:
        blocks.append(joined)
