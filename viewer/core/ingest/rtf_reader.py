"""Rich Text Format files, reduced to plain text by striprtf."""

from __future__ import annotations

from collections.abc import Callable

from striprtf.striprtf import rtf_to_text

from .extracted import Extracted
from .limits import UnreadableDocumentError
from .text_reader import normalise_newlines

_strip_rtf: Callable[..., str] = rtf_to_text


def read_rtf(data: bytes) -> Extracted:
    if not data.lstrip().startswith(b"{\\rtf"):
        raise UnreadableDocumentError("the file is not RTF (it lacks the {\\rtf header)")
    # RTF is 7-bit ASCII with escapes for everything else.
    text = _strip_rtf(data.decode("latin-1"), errors="replace")
    # Each \par ends a paragraph; a blank line between them keeps paragraphs apart.
    lines = [" ".join(line.split()) for line in normalise_newlines(text).splitlines()]
    return Extracted(text="\n\n".join(line for line in lines if line))
