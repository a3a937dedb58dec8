"""Events leaving the app: the JSON contract, CSV for spreadsheets and event datasets,
TimelineJS3 for publishing, TimeML for NLP tools.

Every export takes the events to write, already filtered and corrected, so an export
holds what the analyst sees.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import html
import io
import json
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from viewer.core.categories import category_label
from viewer.core.corrections import MANUAL_PREFIX
from viewer.core.model import Document, Event, Precision, Source, TimeExpression
from viewer.core.temporal import timeml_pieces

SCHEMA_VERSION = 1


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def document_json(document: Document) -> dict[str, Any]:
    return {
        "path": document.path,
        "title": document.title,
        "published": _iso(document.published),
        "published_source": document.published_source,
        "reference_date": _iso(document.reference_date),
        "source": document.source,
        "error": document.error,
    }


def timex_json(document_index: int, timex: TimeExpression) -> dict[str, Any]:
    return {
        "document": document_index,
        "text": timex.text,
        "char_start": timex.char_start,
        "char_end": timex.char_end,
        "type": str(timex.type),
        "value": timex.value,
        "mod": timex.mod,
        "start": _iso(timex.start),
        "end": _iso(timex.end),
        "precision": str(timex.precision) if timex.precision else None,
        "anchored": timex.anchored,
        "relative": timex.relative,
    }


def event_json(event: Event) -> dict[str, Any]:
    fatalities = None
    if event.fatalities is not None:
        fatalities = {
            "count": event.fatalities.count,
            "qualifier": event.fatalities.qualifier,
            "kind": event.fatalities.kind,
        }
    return {
        "id": event.id,
        "document": event.document,
        "expression": event.expression,
        "char_start": event.char_start,
        "char_end": event.char_end,
        "type": str(event.timex.type),
        "value": event.value,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "precision": str(event.precision),
        "passage": event.passage,
        "passage_start": event.passage_start,
        "passage_end": event.passage_end,
        "title": event.title,
        "category": event.category,
        "actors": list(event.actors),
        "places": list(event.places),
        "fatalities": fatalities,
        "sources": [
            {
                "document": s.document,
                "char_start": s.char_start,
                "char_end": s.char_end,
                "passage": s.passage,
            }
            for s in event.sources
        ],
        "edited": event.edited,
    }


def timeline_json(
    documents: Sequence[Document],
    timexes: Sequence[tuple[int, TimeExpression]],
    events: Sequence[Event],
) -> dict[str, Any]:
    """Everything found, as the documented schema; ``timexes`` pairs each with its document."""
    return {
        "schema_version": SCHEMA_VERSION,
        "documents": [document_json(d) for d in documents],
        "timexes": [timex_json(i, t) for i, t in timexes],
        "events": [event_json(e) for e in events],
    }


def timeline_json_text(
    documents: Sequence[Document],
    timexes: Sequence[tuple[int, TimeExpression]],
    events: Sequence[Event],
) -> str:
    """``json_text(timeline_json(...))``, byte for byte, written straight from the values.

    A dict per expression and event, built only for the encoder to take apart again,
    cost as much as the encoding itself; each line is written here with json's own string
    escaping instead (tests/core/test_exports.py holds both to the same bytes).
    """
    pieces = [f'{{\n  "schema_version": {SCHEMA_VERSION},\n  "documents": ']
    pieces += _json_list([_ENCODER.encode(document_json(d)) for d in documents])
    pieces.append(',\n  "timexes": ')
    pieces += _json_list([_timex_line(i, t) for i, t in timexes])
    pieces.append(',\n  "events": ')
    pieces += _json_list(list(map(_event_line, events)))
    pieces.append("\n}\n")
    return "".join(pieces)


def write_timeline_json(
    path: str | Path,
    documents: Sequence[Document],
    timexes: Sequence[tuple[int, TimeExpression]],
    events: Sequence[Event],
) -> None:
    write_atomic(path, timeline_json_text(documents, timexes, events).encode("utf-8"))


# json's C string escaper: what json.dumps(..., ensure_ascii=False) writes for a str.
_string = json.encoder.encode_basestring


def _json_list(lines: list[str]) -> list[str]:
    """A list of encoded items as ``json_text`` lays it out, one item per line, in pieces
    for the caller's one join (megabytes of text are not copied again per level)."""
    if not lines:
        return ["[]"]
    pieces = [",\n    "] * (2 * len(lines) + 1)
    pieces[1::2] = lines
    pieces[0], pieces[-1] = "[\n    ", "\n  ]"
    return pieces


def _optional(text: str | None) -> str:
    return "null" if text is None else _string(text)


def _optional_day(day: dt.date | None) -> str:
    return "null" if day is None else f'"{day.isoformat()}"'


def _flag(value: bool) -> str:
    return "true" if value else "false"


def _timex_line(document_index: int, timex: TimeExpression) -> str:
    """``timex_json`` encoded."""
    return (
        f'{{"document": {document_index}, "text": {_string(timex.text)}, '
        f'"char_start": {timex.char_start}, "char_end": {timex.char_end}, '
        f'"type": {_string(timex.type)}, "value": {_string(timex.value)}, '
        f'"mod": {_optional(timex.mod)}, "start": {_optional_day(timex.start)}, '
        f'"end": {_optional_day(timex.end)}, "precision": {_optional(timex.precision)}, '
        f'"anchored": {_flag(timex.anchored)}, "relative": {_flag(timex.relative)}}}'
    )


def _event_line(event: Event) -> str:
    """``event_json`` encoded."""
    timex, casualties = event.timex, event.fatalities
    fatalities = (
        "null"
        if casualties is None
        else f'{{"count": {casualties.count}, "qualifier": {_optional(casualties.qualifier)}, '
        f'"kind": {_string(casualties.kind)}}}'
    )
    sources = ", ".join(
        [
            f'{{"document": {s.document}, "char_start": {s.char_start}, '
            f'"char_end": {s.char_end}, "passage": {_string(s.passage)}}}'
            for s in event.sources
        ]
    )
    return (
        f'{{"id": {_string(event.id)}, "document": {event.document}, '
        f'"expression": {_string(timex.text)}, "char_start": {timex.char_start}, '
        f'"char_end": {timex.char_end}, "type": {_string(timex.type)}, '
        f'"value": {_string(timex.value)}, "start": "{event.start.isoformat()}", '
        f'"end": "{event.end.isoformat()}", "precision": {_string(event.precision)}, '
        f'"passage": {_string(event.passage)}, "passage_start": {event.passage_start}, '
        f'"passage_end": {event.passage_end}, "title": {_string(event.title)}, '
        f'"category": {_string(event.category)}, '
        f'"actors": [{", ".join(map(_string, event.actors))}], '
        f'"places": [{", ".join(map(_string, event.places))}], '
        f'"fatalities": {fatalities}, "sources": [{sources}], "edited": {_flag(event.edited)}}}'
    )


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, fsync, then rename over the target,
    so a crash mid-write leaves the previous file whole."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open a folder, nor needs to."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def json_text(payload: dict[str, Any]) -> str:
    """One line per document, expression and event: readable in a diff or an editor,
    and written by json's C encoder (``indent`` would force the slow pure-Python one).
    The pieces are joined once: a few megabytes copied again per level add up."""
    encode = _ENCODER.encode  # one encoder for every item: json.dumps builds a new one per call
    pieces = ["{\n"]
    for number, (key, value) in enumerate(payload.items()):
        name = json.dumps(key)
        pieces.append(f",\n  {name}: " if number else f"  {name}: ")
        if isinstance(value, list) and value:
            pieces += ("[\n    ", ",\n    ".join(map(encode, value)), "\n  ]")
        else:
            pieces.append(json.dumps(value, ensure_ascii=False))
    pieces.append("\n}\n")
    return "".join(pieces)


# The payload is a tree of fresh dicts and lists, never a cycle: no need to track them.
_ENCODER = json.JSONEncoder(ensure_ascii=False, check_circular=False)


def write_json(path: str | Path, payload: dict[str, Any]) -> None:
    write_atomic(path, json_text(payload).encode("utf-8"))


# ---------------------------------------------------------------------- CSV

CSV_COLUMNS = (
    "event_id",
    "date_start",
    "date_end",
    "date_prec",
    "precision",
    "title",
    "category",
    "actors",
    "places",
    "fatalities",
    "sources_count",
    "source_documents",
    "source_passage",
)

LIST_SEPARATOR = "; "


def ucdp_date_prec(event: Event) -> int | None:
    """UCDP GED's ``date_prec`` for the interval the event covers.

    UCDP codes how well an event's date is known: 1 the exact day; 2 within 2-6 days;
    3 only the week; 4 within 8-30 days or only the month; 5 within more than a month
    but no more than a calendar year. An interval longer than a year (a decade, a
    century, a multi-year range) has no UCDP code, so None: an empty cell, not a lie.
    """
    days = (event.end - event.start).days + 1
    if days == 1:
        return 1
    if event.precision is Precision.WEEK or days == 7:
        return 3
    if days <= 6:
        return 2
    if event.precision is Precision.MONTH or days <= 30:
        return 4
    if days <= 366:
        return 5
    return None


def _source_documents(event: Event) -> list[int]:
    documents = [s.document for s in event.sources] or [event.document]
    return [d for d in dict.fromkeys(documents) if d >= 0]


def csv_row(event: Event, documents: Sequence[Document]) -> dict[str, str]:
    """One event as a row; lists are joined with "; " and the documents named by file name."""
    reporting = _source_documents(event)
    names = [Path(documents[d].path).name for d in reporting if d < len(documents)]
    prec = ucdp_date_prec(event)
    # Fatalities are deaths, as in UCDP and ACLED: a count of injured is not one.
    killed = event.fatalities if event.fatalities and event.fatalities.kind == "killed" else None
    return {
        "event_id": event.id,
        "date_start": event.start.isoformat(),
        "date_end": event.end.isoformat(),
        "date_prec": "" if prec is None else str(prec),
        "precision": str(event.precision),
        "title": event.title,
        "category": event.category,
        "actors": LIST_SEPARATOR.join(event.actors),
        "places": LIST_SEPARATOR.join(event.places),
        "fatalities": str(killed.count) if killed is not None else "",
        "sources_count": str(len(reporting)),
        "source_documents": LIST_SEPARATOR.join(names),
        "source_passage": " ".join(event.passage.split()),
    }


def events_csv(events: Sequence[Event], documents: Sequence[Document]) -> str:
    """RFC 4180 CSV (CRLF line ends, quoted where needed) with UCDP/ACLED-like columns."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for event in events:
        writer.writerow(csv_row(event, documents))
    return buffer.getvalue()


def write_csv(path: str | Path, events: Sequence[Event], documents: Sequence[Document]) -> None:
    """UTF-8 with a byte-order mark, which Excel needs to read accents and Arabic names."""
    write_atomic(path, events_csv(events, documents).encode("utf-8-sig"))


# --------------------------------------------------------------- TimelineJS

_DAY_FIELDS = frozenset({Precision.MINUTE, Precision.HOUR, Precision.DAY, Precision.WEEK})
_MONTH_FIELDS = frozenset({Precision.MONTH, Precision.SEASON, Precision.QUARTER, Precision.HALF})
_SEASONS = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "WI": "Winter"}


def _tl_date(day: dt.date, precision: Precision) -> dict[str, int]:
    if precision in _DAY_FIELDS:
        return {"year": day.year, "month": day.month, "day": day.day}
    if precision in _MONTH_FIELDS:
        return {"year": day.year, "month": day.month}
    return {"year": day.year}


def _tl_covers(date: dict[str, int], end: dt.date) -> bool:
    """Whether a TimelineJS date object alone already ends on ``end``."""
    if "day" in date:
        return end == dt.date(date["year"], date["month"], date["day"])
    if "month" in date:
        return (end.year, end.month, end.day) == (
            date["year"],
            date["month"],
            calendar.monthrange(date["year"], date["month"])[1],
        )
    return (end.year, end.month, end.day) == (date["year"], 12, 31)


def display_date(event: Event) -> str | None:
    """How TimelineJS should print a date it cannot show at its precision by itself."""
    value, precision = event.value, event.precision
    if precision is Precision.WEEK:
        return f"Week of {event.start.day} {event.start:%B %Y}"
    if precision is Precision.SEASON and value[5:] == "WI" and value[:4].isdigit():
        return f"Winter {value[:4]}\u2013{(int(value[:4]) + 1) % 100:02d}"  # 'Winter 2015–16'
    if precision is Precision.SEASON and value[5:] in _SEASONS:
        return f"{_SEASONS[value[5:]]} {value[:4]}"
    if precision is Precision.QUARTER and value[5:6] == "Q":
        return f"Q{value[6:]} {value[:4]}"
    if precision is Precision.HALF and value[5:6] == "H":
        return f"{'First' if value[6:] == '1' else 'Second'} half of {value[:4]}"
    if precision is Precision.DECADE:
        return f"{event.start.year}s"
    if precision is Precision.CENTURY:
        number = event.start.year // 100 + 1
        suffix = (
            "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        )
        return f"{number}{suffix} century"
    return None


def _unique_id(event_id: str) -> str:
    """TimelineJS puts unique_id in the page's URL hash and element ids."""
    return re.sub(r"[^A-Za-z0-9_-]", "-", event_id)


def timelinejs_event(event: Event, documents: Sequence[Document]) -> dict[str, Any]:
    start = _tl_date(event.start, event.precision)
    slide: dict[str, Any] = {"start_date": start}
    if not _tl_covers(start, event.end):
        slide["end_date"] = _tl_date(event.end, event.precision)
    shown = display_date(event)
    if shown:
        slide["display_date"] = shown
    reporting = [documents[d] for d in _source_documents(event) if d < len(documents)]
    credits = ", ".join(html.escape(d.title or Path(d.path).name) for d in reporting)
    body = f"<p>{html.escape(' '.join(event.passage.split()))}</p>" if event.passage else ""
    if credits:
        body += f"<p><em>{credits}</em></p>"
    slide["text"] = {"headline": html.escape(event.title), "text": body}
    slide["group"] = category_label(event.category)
    slide["unique_id"] = _unique_id(event.id)
    return slide


def timelinejs_json(
    events: Sequence[Event], documents: Sequence[Document], title: str | None = None
) -> dict[str, Any]:
    """Knight Lab TimelineJS3's JSON: a title slide and one slide per event, each at its
    own precision (a month event names no day), ranges with an ``end_date``, the
    category as ``group``."""
    count = len({d for e in events for d in _source_documents(e)})
    return {
        "title": {
            "text": {
                "headline": html.escape(title or "Ceasefire Timeline"),
                "text": f"<p>{len(events)} events from {count} articles</p>",
            }
        },
        "events": _unique_ids([timelinejs_event(e, documents) for e in events]),
    }


def _unique_ids(slides: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """TimelineJS breaks on a repeated unique_id; a repeat gets a numbered suffix."""
    seen: set[str] = set()
    for slide in slides:
        base = candidate = slide["unique_id"]
        number = 1
        while candidate in seen:
            number += 1
            candidate = f"{base}-{number}"
        slide["unique_id"] = candidate
        seen.add(candidate)
    return slides


def write_timelinejs(
    path: str | Path,
    events: Sequence[Event],
    documents: Sequence[Document],
    title: str | None = None,
) -> None:
    write_json(path, timelinejs_json(events, documents, title))


# ------------------------------------------------------------------- TimeML

# Characters XML 1.0 cannot hold; each becomes one space so that offsets still hold.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_TEXT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}
_ATTR_ESCAPES = {**_TEXT_ESCAPES, '"': "&quot;", "\n": "&#10;", "\t": "&#9;"}


def _xml_text(text: str, table: dict[str, str] = _TEXT_ESCAPES) -> str:
    """Escaped so that a parser gives back exactly ``text``: a carriage return is written
    as a reference, since parsers turn a literal CR LF into LF."""
    clean = _NOT_XML.sub(" ", text)
    return "".join(table.get(char, char) for char in clean)


def _xml_attr(text: str) -> str:
    return _xml_text(text, _ATTR_ESCAPES)


@dataclass(frozen=True, slots=True)
class _Tag:
    start: int
    end: int
    type: str
    value: str
    relative: bool
    mod: str | None


def timeml_tags(
    document_index: int,
    timexes: Sequence[TimeExpression],
    events: Sequence[Event],
) -> list[_Tag]:
    """The TIMEX3s of one document: every expression that became one of ``events`` (with
    the analyst's corrected value), plus the expressions that never are events
    (durations, sets, vague references). A date dropped by the filter or deleted by the
    analyst is left out; so is an added event, whose passage is no time expression."""
    by_span = {(t.char_start, t.char_end): t for t in timexes}
    tags: list[_Tag] = []
    for event in events:
        if event.id.startswith(MANUAL_PREFIX):
            continue
        for source in event.sources or (
            Source(event.document, event.char_start, event.char_end, "", 0, 0),
        ):
            if source.document != document_index:
                continue
            span = (source.char_start, source.char_end)
            primary = (event.document, event.char_start, event.char_end) == (document_index, *span)
            timex = event.timex if primary else by_span.get(span, event.timex)
            if (timex.char_start, timex.char_end) != span:
                timex = replace(timex, char_start=span[0], char_end=span[1])
            # a month range is one event and, as TimeML writes it, two TIMEX3s
            for piece in timeml_pieces(timex):
                tags.append(
                    _Tag(
                        piece.char_start,
                        piece.char_end,
                        str(piece.type),
                        piece.value,
                        piece.relative,
                        piece.mod,
                    )
                )
    for timex in timexes:
        if not timex.anchored:
            tags.append(
                _Tag(
                    timex.char_start,
                    timex.char_end,
                    str(timex.type),
                    timex.value,
                    timex.relative,
                    timex.mod,
                )
            )
    tags.sort(key=lambda t: (t.start, -t.end))
    kept: list[_Tag] = []
    for tag in tags:  # XML cannot overlap elements: the first (longest) wins
        if tag.end > tag.start and (not kept or tag.start >= kept[-1].end):
            kept.append(tag)
    return kept


def timeml_document(
    document: Document,
    document_index: int,
    timexes: Sequence[TimeExpression],
    events: Sequence[Event],
) -> str:
    """The document's text in TimeML 1.2.1, as TimeBank writes it: the DCT (its reference
    date) as the TIMEX3 with functionInDocument="CREATION_TIME", and the text inside
    <TEXT> unchanged apart from the TIMEX3 tags, so the offsets of the JSON hold in it."""
    text = document.text
    dct = document.reference_date
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">',
        f"<DOCID>{_xml_text(Path(document.path).stem)}</DOCID>",
    ]
    if dct is not None:
        lines.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct.isoformat()}" '
            f'temporalFunction="false" functionInDocument="CREATION_TIME">'
            f"{dct.isoformat()}</TIMEX3></DCT>"
        )
    if document.title:
        lines.append(f"<TITLE>{_xml_text(document.title)}</TITLE>")
    parts: list[str] = []
    at = 0
    for number, tag in enumerate(timeml_tags(document_index, timexes, events), start=1):
        attributes = f'tid="t{number}" type="{tag.type}" value="{_xml_attr(tag.value)}"'
        if tag.mod:
            attributes += f' mod="{_xml_attr(tag.mod)}"'
        attributes += f' temporalFunction="{"true" if tag.relative else "false"}"'
        attributes += ' functionInDocument="NONE"'
        if tag.relative and dct is not None:
            attributes += ' anchorTimeID="t0"'
        parts.append(_xml_text(text[at : tag.start]))
        parts.append(f"<TIMEX3 {attributes}>{_xml_text(text[tag.start : tag.end])}</TIMEX3>")
        at = tag.end
    parts.append(_xml_text(text[at:]))
    lines.append(f"<TEXT>{''.join(parts)}</TEXT>")
    lines.append("</TimeML>")
    return "\n".join(lines) + "\n"


TIMEML_SUFFIXES = (".tml", ".xml")


def events_by_document(events: Sequence[Event]) -> dict[int, list[Event]]:
    """Each document's events, a corroborated event under every document reporting it,
    so that writing many TimeML files does not scan every event for each."""
    grouped: dict[int, list[Event]] = {}
    for event in events:
        for document in _source_documents(event):
            grouped.setdefault(document, []).append(event)
    return grouped


def timeml_file_names(documents: Sequence[Document]) -> list[str]:
    """``NAME.tml`` for each document, numbered when two articles share a name."""
    stems = [Path(d.path).stem for d in documents]
    return [
        f"{stem}.tml" if stems.count(stem) == 1 else f"{stem}-{index + 1}.tml"
        for index, stem in enumerate(stems)
    ]


def write_timeml(
    out: str | Path,
    documents: Sequence[Document],
    timexes: Sequence[tuple[int, TimeExpression]],
    events: Sequence[Event],
) -> list[Path]:
    """One TimeML file per readable document in the folder ``out`` (created if needed),
    or, when ``out`` ends in .tml or .xml, that one file for the only readable document."""
    target = Path(out)
    readable = [(i, d) for i, d in enumerate(documents) if d.error is None]
    by_document: dict[int, list[TimeExpression]] = {}
    for index, timex in timexes:
        by_document.setdefault(index, []).append(timex)
    reported = events_by_document(events)
    if target.suffix.lower() in TIMEML_SUFFIXES:
        if len(readable) != 1:
            raise ValueError(
                f"{out}: a single TimeML file holds one document, not {len(readable)}; "
                "name a folder instead"
            )
        index, document = readable[0]
        write_atomic(
            target,
            timeml_document(
                document, index, by_document.get(index, []), reported.get(index, [])
            ).encode("utf-8"),
        )
        return [target]
    target.mkdir(exist_ok=True)
    names = timeml_file_names([d for _, d in readable])
    written = []
    for (index, document), name in zip(readable, names, strict=True):
        path = target / name
        write_atomic(
            path,
            timeml_document(
                document, index, by_document.get(index, []), reported.get(index, [])
            ).encode("utf-8"),
        )
        written.append(path)
    return written
