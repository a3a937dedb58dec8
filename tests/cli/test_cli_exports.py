"""The export flags and --project, run as an analyst's script would run them."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from viewer.core.pipeline import analyse_path
from viewer.core.project import save_project
from viewer.core.workspace import Workspace

from .test_cli import run_cli

ROOT = Path(__file__).resolve().parents[2]

SEED_VALUES = sorted(["2016-05-02", "2016-05-03", "2016-05-01", "2016-02", "2016-05-03", "2011"])


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("exports")
    result = run_cli(
        "--export-json",
        str(out / "seed.json"),
        "--export-csv",
        str(out / "seed.csv"),
        "--export-timelinejs",
        str(out / "timeline.json"),
        "--export-timeml",
        str(out / "timeml"),
        "--reference-date",
        "2016-05-02",
        "--title",
        "Aleppo truce",
        "seeds/",
    )
    assert result.returncode == 0, result.stderr
    return out


def test_csv_export_parses_and_holds_the_seeds_events(exported):
    with (exported / "seed.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    payload = json.loads((exported / "seed.json").read_text(encoding="utf-8"))
    assert [r["event_id"] for r in rows] == [e["id"] for e in payload["events"]]
    assert len(rows) == len(SEED_VALUES)
    february = next(r for r in rows if r["precision"] == "month")
    # "late February": the end of the month, known to within the month (UCDP code 4).
    assert february["date_start"].startswith("2016-02-")
    assert (february["date_end"], february["date_prec"]) == ("2016-02-29", "4")
    assert {r["date_prec"] for r in rows if r["precision"] == "day"} == {"1"}
    assert all(r["source_documents"] == "kerry_aleppo_truce_2016.txt" for r in rows)


def test_timelinejs_export_has_a_slide_per_event(exported):
    payload = json.loads((exported / "timeline.json").read_text(encoding="utf-8"))
    assert payload["title"]["text"]["headline"] == "Aleppo truce"
    assert len(payload["events"]) == len(SEED_VALUES)
    for slide in payload["events"]:
        assert {"start_date", "text", "group", "unique_id"} <= set(slide)
        assert isinstance(slide["start_date"]["year"], int)
    years = [s for s in payload["events"] if set(s["start_date"]) == {"year"}]
    assert [s["start_date"]["year"] for s in years] == [2011]


def test_timeml_export_matches_the_json(exported):
    (path,) = sorted((exported / "timeml").iterdir())
    assert path.name == "kerry_aleppo_truce_2016.tml"
    root = ET.parse(path).getroot()
    payload = json.loads((exported / "seed.json").read_text(encoding="utf-8"))
    assert root.find("DCT/TIMEX3").get("value") == "2016-05-02"
    values = sorted(t.get("value") for t in root.iter("TIMEX3") if t.get("tid") != "t0")
    unanchored = [t["value"] for t in payload["timexes"] if not t["anchored"]]
    assert values == sorted([e["value"] for e in payload["events"]] + unanchored)


@pytest.fixture
def corrected_project(tmp_path, seed_path):
    """A project saved by an analyst who fixed two things in the seed article."""
    article = tmp_path / "articles" / seed_path.name
    article.parent.mkdir()
    shutil.copy(seed_path, article)
    meta = seed_path.with_name(seed_path.stem + ".meta.json")
    shutil.copy(meta, article.parent / meta.name)
    ws = Workspace([analyse_path(0, article)])
    february = next(e for e in ws.events if "February" in e.expression)
    ws.apply(
        ws.edit(
            february,
            start=dt.date(2016, 2, 27),
            precision="day",
            title="Cessation of hostilities takes effect",
        )
    )
    ws.apply(ws.delete(next(e for e in ws.events if "2011" in e.expression)))
    project = tmp_path / "aleppo.ctl.json"
    save_project(ws.to_project(), project)
    return project


def test_project_corrections_apply_headlessly(tmp_path, corrected_project):
    out = tmp_path / "out.json"
    result = run_cli("--project", str(corrected_project), "--export-json", str(out))
    assert result.returncode == 0, result.stderr
    events = json.loads(out.read_text(encoding="utf-8"))["events"]
    february = next(e for e in events if "February" in e["expression"])
    assert (february["value"], february["title"], february["edited"]) == (
        "2016-02-27",
        "Cessation of hostilities takes effect",
        True,
    )
    assert all("2011" not in e["expression"] for e in events)
    assert len(events) == len(SEED_VALUES) - 1


def test_a_missing_project_article_exits_3_and_still_writes(tmp_path, corrected_project):
    (tmp_path / "articles" / "kerry_aleppo_truce_2016.txt").unlink()
    out = tmp_path / "out.csv"
    result = run_cli("--project", str(corrected_project), "--export-csv", str(out))
    assert result.returncode == 3
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "kerry_aleppo_truce_2016.txt" in errors[0]
    assert out.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["--export-csv", "{tmp}/events.txt", "seeds/"],
        ["--export-timelinejs", "{tmp}/no/such/folder/t.json", "seeds/"],
        ["--export-timeml", "{tmp}/both.tml", "seeds/", "{tmp}/second"],
        ["--project", "{tmp}/nothing.ctl.json", "--export-csv", "{tmp}/events.csv"],
    ],
)
def test_usage_errors_exit_2_with_one_line_and_write_nothing(tmp_path, seed_path, args):
    second = tmp_path / "second"
    second.mkdir()
    shutil.copy(seed_path, second / "copy.txt")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    result = run_cli(*[a.format(tmp=tmp_path) for a in args])
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
