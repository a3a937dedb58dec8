"""Load one article file into a Document, whatever is wrong with the file."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from ..model import Document
from .extracted import Extracted
from .limits import MAX_FILE_BYTES, MAX_TEXT_CHARS, UnreadableDocumentError
from .paths import SUPPORTED_SUFFIXES
from .pubdate import DateHint, find_publication_date
from .sidecar import read_sidecar
from .text_reader import decode_text, text_title

Reader = Callable[[bytes], Extracted]

_MAX_MESSAGE = 300
_KINDS = {
    ".txt": "text file",
    ".md": "text file",
    ".html": "web page",
    ".htm": "web page",
    ".pdf": "PDF",
    ".docx": "Word file",
    ".eml": "e-mail",
    ".rtf": "RTF file",
}


def load_document(path: Path) -> Document:
    """Read ``path`` into a Document; never raises.

    A file that cannot be read gives a Document with only ``error`` (a
    one-line message for the analyst) and the file name as title, so one bad
    file never stops a batch.
    """
    path = Path(path)
    # Outside the try: a missing library is the installation's fault, not the file's.
    reader = _reader(path.suffix.lower())
    try:
        return _load(path, reader)
    except UnreadableDocumentError as exc:
        message = str(exc)
    except MemoryError:
        message = "the file is too large to read into memory"
    except RecursionError:
        message = "the file's structure is nested too deeply to read"
    except Exception as exc:  # any library failure on a malformed file
        kind = _KINDS.get(path.suffix.lower(), "file")
        message = f"the {kind} is damaged or malformed ({type(exc).__name__}: {exc})"
    return Document(path=str(path), title=path.name, error=_one_line(message))


def _load(path: Path, reader: Reader | None) -> Document:
    suffix = path.suffix.lower()
    if reader is None:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise UnreadableDocumentError(
            f"unsupported file type {suffix or '(no extension)'}; the app reads {kinds}"
        )
    data = _read_bytes(path)
    sidecar = read_sidecar(path)
    extracted = reader(data)
    text = extracted.text
    if len(text) > MAX_TEXT_CHARS:
        raise UnreadableDocumentError(
            f"the text is {len(text):,} characters long, above the limit of "
            f"{MAX_TEXT_CHARS:,} for one article"
        )
    if not text.strip():
        raise UnreadableDocumentError("the file holds no text")
    sidecar_hint = None
    if sidecar is not None and sidecar.published is not None:
        sidecar_hint = DateHint(sidecar.published, "sidecar")
    published, published_source = find_publication_date(
        text,
        path.name,
        hints=(sidecar_hint, extracted.metadata_date),
        fallbacks=(extracted.weak_date,),
    )
    title = (sidecar.title if sidecar else None) or extracted.title or text_title(text) or path.name
    source = (sidecar.source if sidecar else None) or extracted.source
    return Document(
        path=str(path),
        text=text,
        title=title,
        published=published,
        published_source=published_source,
        source=source,
    )


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise UnreadableDocumentError("this is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableDocumentError(
                f"the file is {size / 2**20:.0f} MB, above the limit of "
                f"{MAX_FILE_BYTES // 2**20} MB for one article"
            )
        with path.open("rb") as handle:
            # Ask for what stat promised, not the limit: read(n) reserves n bytes up front.
            data = handle.read(size + 1)
    except FileNotFoundError as exc:
        raise UnreadableDocumentError("the file does not exist") from exc
    except PermissionError as exc:
        raise UnreadableDocumentError("permission denied: the file cannot be read") from exc
    except OSError as exc:
        raise UnreadableDocumentError(f"the file cannot be read: {exc.strerror or exc}") from exc
    if len(data) > MAX_FILE_BYTES:  # it grew while we read it
        raise UnreadableDocumentError(
            f"the file is above the limit of {MAX_FILE_BYTES // 2**20} MB for one article"
        )
    if not data.strip():
        raise UnreadableDocumentError("the file is empty")
    return data


def _read_plain(data: bytes) -> Extracted:
    return Extracted(text=decode_text(data))


# Each format's reader with its libraries (trafilatura, pypdf, python-docx: half a second
# to import) is loaded when a file of that format is first read, so a run over plain
# text never pays for them.
_READERS: dict[str, tuple[str, str]] = {
    ".html": ("html_reader", "read_html"),
    ".htm": ("html_reader", "read_html"),
    ".pdf": ("pdf_reader", "read_pdf"),
    ".docx": ("docx_reader", "read_docx"),
    ".eml": ("email_reader", "read_email"),
    ".rtf": ("rtf_reader", "read_rtf"),
}


def _reader(suffix: str) -> Reader | None:
    """The reader of a supported ``suffix``; None for any other."""
    if suffix in (".txt", ".md"):
        return _read_plain
    if suffix not in _READERS:
        return None
    module, name = _READERS[suffix]
    reader: Reader = getattr(importlib.import_module(f".{module}", __package__), name)
    return reader


def _one_line(message: str) -> str:
    flat = " ".join(message.split())
    return flat if len(flat) <= _MAX_MESSAGE else flat[: _MAX_MESSAGE - 1] + "…"
