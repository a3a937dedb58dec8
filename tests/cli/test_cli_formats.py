"""Issue 4's promise, end to end through the CLI: any format, the same timeline."""

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from fixtures.articles import write_bad_files, write_every_format

from .test_cli import SEED_REQUIRED, run_cli


def event_signature(payload: dict, document: int) -> list[tuple[str, str, str, str]]:
    return sorted(
        (e["value"], e["start"], e["end"], e["expression"])
        for e in payload["events"]
        if any(s["document"] == document for s in e["sources"]) or e["document"] == document
    )


def test_every_format_gives_the_same_date_and_events(tmp_path):
    folder = tmp_path / "same-article"
    copies = write_every_format(folder)
    out = tmp_path / "out.json"
    result = run_cli("--export-json", str(out), str(folder))  # no --reference-date
    assert result.returncode == 0, result.stderr
    payload = json.loads(out.read_text(encoding="utf-8"))
    documents = payload["documents"]
    assert len(documents) == len(copies)
    for document in documents:
        assert document["error"] is None, document
        assert document["published"] == "2016-05-02", document
    # The copies report the same six events, so corroboration merges them: six events,
    # each read in every copy.
    assert len(payload["events"]) == len(SEED_REQUIRED)
    for event in payload["events"]:
        assert sorted(s["document"] for s in event["sources"]) == list(range(len(copies)))
    reference = event_signature(payload, 0)
    assert sorted(v for v, *_ in reference) == sorted(
        ["2011", "2016-02", "2016-05-01", "2016-05-02", "2016-05-03", "2016-05-03"]
    )
    for index in range(1, len(documents)):
        assert event_signature(payload, index) == reference, documents[index]["path"]


@pytest.mark.parametrize("good", ["html", "eml", "docx"])
def test_bad_files_beside_a_good_article(tmp_path, good):
    folder = tmp_path / "batch"
    bad = write_bad_files(folder)
    good_path = write_every_format(tmp_path / "formats")[good]
    target = folder / good_path.name
    good_path.rename(target)
    out = tmp_path / "out.json"
    result = run_cli("--export-json", str(out), str(folder))
    assert result.returncode == 3
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(bad)
    payload = json.loads(out.read_text(encoding="utf-8"))
    by_name = {Path(d["path"]).name: (i, d) for i, d in enumerate(payload["documents"])}
    for path in bad.values():
        assert by_name[path.name][1]["error"], path.name
    index, document = by_name[target.name]
    assert document["error"] is None
    values = sorted(v for v, *_ in event_signature(payload, index))
    assert values == sorted(v for *_, v in SEED_REQUIRED)
