"""Saved e-mails (.eml): the body, the subject as title, the Date header as date."""

from __future__ import annotations

import datetime as dt
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

from .extracted import Extracted
from .html_reader import extract_html
from .limits import UnreadableDocumentError
from .pubdate import DateHint
from .text_reader import normalise_newlines


def read_email(data: bytes) -> Extracted:
    message = BytesParser(policy=policy.default).parsebytes(data)
    if not isinstance(message, EmailMessage) or not _has_headers(message):
        raise UnreadableDocumentError("the file is not an e-mail (it has no mail headers)")
    title = _header(message, "subject")
    sent = _date(message)
    hint = DateHint(sent, "email-header") if sent else None
    plain_part = message.get_body(preferencelist=("plain",))
    rich_part = message.get_body(preferencelist=("html",))
    plain = _paragraphs(normalise_newlines(_content(plain_part))) if plain_part else ""
    page = None
    if rich_part is not None:
        try:
            page = extract_html(_content(rich_part))
        except UnreadableDocumentError:
            if not plain.strip():
                raise  # the HTML part was all there was
    # Newsletters often carry a stub plain part ("view this e-mail in your
    # browser") beside the real HTML article: take the part that holds the text.
    if page is not None and len(plain.split()) < len(page.text.split()) / 2:
        return Extracted(
            text=page.text,
            title=title or page.title,
            source=page.source,
            metadata_date=hint or page.metadata_date,
        )
    if plain.strip():
        return Extracted(text=plain, title=title, metadata_date=hint)
    raise UnreadableDocumentError("the e-mail has no text or HTML body")


def _has_headers(message: EmailMessage) -> bool:
    return any(message.get(name) for name in ("from", "date", "subject", "to", "message-id"))


def _header(message: EmailMessage, name: str) -> str | None:
    try:
        value = message.get(name)
    except (ValueError, IndexError):  # a header too malformed to decode
        return None
    flat = " ".join(str(value or "").split())
    return flat or None


def _date(message: EmailMessage) -> dt.date | None:
    """The day as the sender's clock showed it, which is the day the article went out."""
    raw = message.get("date", failobj=None)
    if raw is None:
        return None
    try:
        stamp = getattr(raw, "datetime", None) or parsedate_to_datetime(str(raw))
    except (TypeError, ValueError, IndexError):
        return None
    return stamp.date() if isinstance(stamp, dt.datetime) else None


def _content(part: MIMEPart) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError):  # an unknown or lying charset
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else ""


def _paragraphs(text: str) -> str:
    """Keep the body as written, minus the trailing whitespace mail clients add."""
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())
