"""Each export opens in its target tool's format and holds exactly the events shown."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from correction_helpers import AA, REUTERS, document, event

from viewer.core.categories import category_label
from viewer.core.exports import (
    CSV_COLUMNS,
    display_date,
    events_csv,
    json_text,
    timeline_json,
    timelinejs_json,
    timeml_document,
    ucdp_date_prec,
    write_csv,
    write_timeline_json,
    write_timelinejs,
    write_timeml,
)
from viewer.core.model import Casualties, Document, Precision, TimeExpression, TimexType
from viewer.core.pipeline import analyse_path
from viewer.core.workspace import Workspace

D = dt.date


@pytest.fixture
def docs():
    return [
        document("/news/reuters.txt", REUTERS, D(2016, 2, 28)),
        document("/news/aa.txt", AA, D(2016, 5, 2)),
    ]


@pytest.fixture
def events(docs):
    reuters, aa = docs
    truce = event(0, reuters, "on Sunday", D(2016, 2, 28), category="ceasefire_in_force")
    return [
        replace(
            truce,
            actors=("Syrian Observatory for Human Rights",),
            places=("Aleppo", "Homs"),
            fatalities=Casualties(250, "more than"),
        ),
        event(0, reuters, "on March 7", D(2016, 3, 7), category="talks"),
        event(1, aa, "late February", D(2016, 2, 1), Precision.MONTH),
        replace(event(1, aa, "Tomorrow", D(2016, 5, 3)), title='Envoy "to Moscow", <urgently>'),
    ]


@pytest.mark.parametrize(
    ("start", "end", "precision", "code"),
    [
        (D(2016, 2, 27), D(2016, 2, 27), "day", 1),
        (D(2016, 2, 11), D(2016, 2, 12), "day", 2),
        (D(2016, 5, 2), D(2016, 5, 8), "week", 3),
        (D(2016, 2, 1), D(2016, 2, 29), "month", 4),
        (D(2016, 1, 1), D(2016, 1, 31), "month", 4),
        (D(2016, 2, 20), D(2016, 3, 10), "day", 4),
        (D(2016, 3, 1), D(2016, 5, 31), "season", 5),
        (D(2011, 1, 1), D(2011, 12, 31), "year", 5),
        (D(2010, 1, 1), D(2019, 12, 31), "decade", None),
    ],
)
def test_ucdp_date_prec_follows_the_length_of_what_is_known(docs, start, end, precision, code):
    base = event(0, docs[0], "on Sunday", start)
    assert (
        ucdp_date_prec(replace(base, start=start, end=end, precision=Precision(precision))) == code
    )


def test_csv_parses_with_the_columns_analysts_expect(tmp_path, docs, events):
    path = tmp_path / "events.csv"
    write_csv(path, events, docs)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert len(rows) == len(events)
    truce, talks, february, tomorrow = rows
    assert (truce["date_start"], truce["date_end"], truce["date_prec"], truce["precision"]) == (
        "2016-02-28",
        "2016-02-28",
        "1",
        "day",
    )
    assert (february["date_start"], february["date_end"], february["date_prec"]) == (
        "2016-02-01",
        "2016-02-29",
        "4",
    )
    assert february["precision"] == "month"
    assert truce["places"] == "Aleppo; Homs"
    assert truce["actors"] == "Syrian Observatory for Human Rights"
    assert truce["fatalities"] == "250" and talks["fatalities"] == ""
    wounded = replace(events[0], fatalities=Casualties(12, None, "injured"))
    (row,) = csv.DictReader(io.StringIO(events_csv([wounded], docs)))
    assert row["fatalities"] == ""  # fatalities are deaths, as in UCDP and ACLED
    assert truce["category"] == "ceasefire_in_force"
    assert (truce["sources_count"], truce["source_documents"]) == ("1", "reuters.txt")
    assert tomorrow["title"] == 'Envoy "to Moscow", <urgently>'  # quotes and commas survive
    assert "cessation of hostilities" in truce["source_passage"]


def test_a_corroborated_event_counts_and_names_every_reporting_article(docs, events):
    merged = replace(events[0], sources=events[0].sources + events[2].sources)
    (row,) = csv.DictReader(io.StringIO(events_csv([merged], docs)))
    assert row["sources_count"] == "2"
    assert row["source_documents"] == "reuters.txt; aa.txt"


def test_timelinejs_has_the_keys_timelinejs_requires_at_each_events_precision(
    tmp_path, docs, events
):
    decade = replace(
        events[1],
        start=D(2010, 1, 1),
        end=D(2019, 12, 31),
        precision=Precision.DECADE,
        timex=replace(events[1].timex, value="201"),
    )
    week = replace(
        events[1],
        start=D(2016, 5, 2),
        end=D(2016, 5, 8),
        precision=Precision.WEEK,
        timex=replace(events[1].timex, value="2016-W18"),
        id="d0-week",
    )
    path = tmp_path / "timeline.json"
    write_timelinejs(path, [*events, decade, week], docs, title="Syria truce, 2016")
    payload = json.loads(path.read_text(encoding="utf-8"))
    assert payload["title"]["text"]["headline"] == "Syria truce, 2016"
    slides = payload["events"]
    for slide in slides:
        assert isinstance(slide["start_date"]["year"], int)
        assert set(slide["text"]) == {"headline", "text"}
        assert slide["unique_id"]
    assert len({s["unique_id"] for s in slides}) == len(slides)  # decade repeats an id
    truce, _, february, tomorrow, tens, w18 = slides
    assert truce["start_date"] == {"year": 2016, "month": 2, "day": 28}
    assert "end_date" not in truce
    assert truce["group"] == category_label("ceasefire_in_force")
    assert february["start_date"] == {"year": 2016, "month": 2}  # a month names no day
    assert "end_date" not in february
    assert tens["start_date"] == {"year": 2010} and tens["end_date"] == {"year": 2019}
    assert tens["display_date"] == "2010s"
    assert w18["start_date"] == {"year": 2016, "month": 5, "day": 2}
    assert w18["end_date"] == {"year": 2016, "month": 5, "day": 8}
    # TimelineJS renders HTML: the analyst's text is escaped, not interpreted.
    assert tomorrow["text"]["headline"] == "Envoy &quot;to Moscow&quot;, &lt;urgently&gt;"
    assert truce["text"]["text"].startswith("<p>BEIRUT, Feb 28 (Reuters) - A cessation")


def test_exports_hold_only_the_filtered_events(docs, events):
    talks_only = [e for e in events if e.category == "talks"]
    rows = list(csv.DictReader(io.StringIO(events_csv(talks_only, docs))))
    assert [r["event_id"] for r in rows] == [talks_only[0].id]
    assert len(timelinejs_json(talks_only, docs)["events"]) == 1
    tml = ET.fromstring(timeml_document(docs[0], 0, [e.timex for e in events[:2]], talks_only))
    assert [t.text for t in tml.iter("TIMEX3") if t.get("tid") != "t0"] == ["on March 7"]


# ------------------------------------------------------------------- TimeML


def timexes_in(root):
    """(start, end, text, value) of every TIMEX3 in <TEXT>, offsets into its plain text."""
    text_element = root.find("TEXT")
    at = len(text_element.text or "")
    found = []
    for child in text_element:
        found.append((at, at + len(child.text), child.text, child.get("value"), child.get("type")))
        at += len(child.text) + len(child.tail or "")
    return found


def plain_text(root):
    return "".join(root.find("TEXT").itertext())


def test_timeml_of_the_seed_is_well_formed_and_its_values_equal_the_jsons(tmp_path, seed_path):
    ws = Workspace([analyse_path(0, seed_path)])
    february = next(e for e in ws.events if "February" in e.expression)
    early_2011 = next(e for e in ws.events if "2011" in e.expression)
    ws.apply(ws.edit(february, start=D(2016, 2, 27), precision="day"))
    ws.apply(ws.delete(early_2011))
    timexes = [(r.index, t) for r in ws.results for t in r.timexes]
    exported = timeline_json(ws.documents, timexes, ws.events)

    (path,) = write_timeml(tmp_path / "timeml", ws.documents, timexes, ws.events)
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    assert dct.get("functionInDocument") == "CREATION_TIME"
    assert dct.get("value") == exported["documents"][0]["reference_date"] == "2016-05-02"
    assert plain_text(root) == ws.documents[0].text

    json_values = {(e["char_start"], e["char_end"]): e["value"] for e in exported["events"]}
    json_values.update(
        {
            (t["char_start"], t["char_end"]): t["value"]
            for t in exported["timexes"]
            if not t["anchored"]
        }
    )
    tagged = timexes_in(root)
    assert {(s, e): v for s, e, _, v, _ in tagged} == json_values
    by_text = {text: value for _, _, text, value, _ in tagged}
    assert by_text[february.expression] == "2016-02-27"  # the analyst's correction
    assert early_2011.expression not in by_text  # deleted by the analyst


def test_timeml_escapes_text_so_a_parser_gives_it_back_exactly(docs):
    text = 'MOSCOW, Feb 27 – "Ceasefire" talks & <maps>\r\nheld on\x0cSunday; truce since 2016.'
    doc = replace(docs[0], text=text, title="Talks & truce <live>")
    start = text.index("on\x0cSunday")
    sunday = TimeExpression(
        "on\x0cSunday",
        start,
        start + 9,
        TimexType.DATE,
        "2016-02-28",
        D(2016, 2, 28),
        D(2016, 2, 28),
        Precision.DAY,
        relative=True,
    )
    duration = TimeExpression(
        "since 2016", text.index("since"), text.index("since") + 10, TimexType.DURATION, "PXY"
    )
    ev = replace(
        event(0, replace(doc, text=text.replace("\x0c", " ")), "on Sunday", D(2016, 2, 28)),
        timex=sunday,
    )
    root = ET.fromstring(timeml_document(doc, 0, [sunday, duration], [ev]))
    assert root.find("TITLE").text == "Talks & truce <live>"
    assert plain_text(root) == text.replace("\x0c", " ")  # a form feed is no XML character
    (first, second) = timexes_in(root)
    assert (first[0], first[3]) == (start, "2016-02-28")
    assert root.find("TEXT/TIMEX3").get("anchorTimeID") == "t0"
    assert (second[2], second[3], second[4]) == ("since 2016", "PXY", "DURATION")


def test_timeml_writes_one_file_per_article_or_one_named_file(tmp_path, docs, events):
    same_name = replace(docs[1], path="/other/reuters.txt")
    timexes = [(e.document, e.timex) for e in events]
    written = write_timeml(tmp_path / "out", [docs[0], same_name], timexes, events)
    assert [p.name for p in written] == ["reuters-1.tml", "reuters-2.tml"]
    for path in written:
        ET.parse(path)
    single = write_timeml(tmp_path / "reuters.tml", docs[:1], timexes, events)
    assert single == [tmp_path / "reuters.tml"]
    with pytest.raises(ValueError, match="one document, not 2"):
        write_timeml(tmp_path / "both.tml", docs, timexes, events)


def test_the_json_file_holds_the_documented_payload_byte_for_byte(
    tmp_path, seed_path, docs, events
):
    """The CLI writes its JSON straight from the values; an analyst's tools must read exactly
    the schema ``timeline_json`` documents, escapes, nulls and merged reports included."""
    ws = Workspace([analyse_path(0, seed_path)])
    february = next(e for e in ws.events if "February" in e.expression)
    ws.apply(
        ws.edit(february, start=D(2016, 2, 27), precision="day", title="Truce \u201cholds\u201d")
    )
    ws.apply(ws.add_manual(start=D(2016, 3, 1), precision="month", title="Aid\tconvoy\x0c"))
    # The hand-made events read documents 1 and 2 here, after the seed.
    shifted = [
        replace(
            e,
            document=e.document + 1,
            sources=tuple(replace(s, document=s.document + 1) for s in e.sources),
        )
        for e in events
    ]
    merged = replace(shifted[0], sources=shifted[0].sources + shifted[2].sources)
    broken = Document(
        path="/news/\u062d\u0644\u0628.pdf", title="\u062d\u0644\u0628.pdf", error="damaged"
    )
    documents = [*ws.documents, *docs, broken]
    vague = TimeExpression('the past, "recently"', 3, 24, TimexType.DATE, "PAST_REF", mod="APPROX")
    timexes = [(r.index, t) for r in ws.results for t in r.timexes] + [(1, vague)]
    shown = [*ws.events, merged, *shifted[1:]]
    assert any(e.edited for e in shown) and any(e.fatalities for e in shown)

    path = tmp_path / "timeline.json"
    write_timeline_json(path, documents, timexes, shown)

    payload = timeline_json(documents, timexes, shown)
    assert path.read_bytes() == json_text(payload).encode("utf-8")
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written == payload
    assert [s["document"] for s in written["events"][len(ws.events)]["sources"]] == [1, 2]
    assert written["documents"][-1]["error"] == "damaged"


def test_a_winter_is_named_by_both_of_its_years(events):
    winter = replace(
        events[1],
        start=D(2015, 12, 1),
        end=D(2016, 2, 29),
        precision=Precision.SEASON,
        timex=replace(events[1].timex, value="2015-WI"),
    )
    spring = replace(winter, timex=replace(winter.timex, value="2016-SP"))
    assert display_date(winter) == "Winter 2015\u201316"
    assert display_date(spring) == "Spring 2016"


def test_timeml_writes_a_month_range_as_its_two_months_and_the_timeline_keeps_one_event(
    tmp_path,
):
    path = tmp_path / "talks.txt"
    path.write_text(
        "GENEVA, 2 July 2015 - Talks ran from March to June 2015 without a truce.\n",
        encoding="utf-8",
    )
    ws = Workspace([analyse_path(0, path)])
    (ranged,) = [e for e in ws.events if "March" in e.expression]
    assert (ranged.start, ranged.end) == (D(2015, 3, 1), D(2015, 6, 30))
    timexes = [t for r in ws.results for t in r.timexes]
    root = ET.fromstring(timeml_document(ws.documents[0], 0, timexes, ws.events))
    months = [(text, value) for _, _, text, value, _ in timexes_in(root) if "20" not in text[:2]]
    assert ("March", "2015-03") in months
    assert ("June 2015", "2015-06") in months
    assert plain_text(root) == ws.documents[0].text
