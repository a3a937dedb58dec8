"""The headless commands, run as an analyst or a script would run them."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from matplotlib.image import imread

ROOT = Path(__file__).resolve().parents[2]

# The seed's gold (../shared/gold), restated: expression, nth occurrence, value.
SEED_REQUIRED = [
    ("on Monday", 0, "2016-05-02"),
    ("Tomorrow", 0, "2016-05-03"),
    ("on Sunday", 0, "2016-05-01"),
    ("late February", 0, "2016-02"),
    ("Tomorrow", 1, "2016-05-03"),
    ("early 2011", 0, "2011"),
]
SEED_DISTRACTORS = [
    "2254",
    "250 civilians",
    "250,000",
    "We are",
    "we discussed",
    "we gave",
    "we have",
]


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env=env,
    )


def nth_offset(text: str, needle: str, n: int) -> int:
    start = -1
    for _ in range(n + 1):
        start = text.index(needle, start + 1)
    return start


@pytest.fixture(scope="module")
def seed_json(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("cli") / "seed.json"
    result = run_cli("--export-json", str(out), "--reference-date", "2016-05-02", "seeds/")
    assert result.returncode == 0, result.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def test_seed_gives_every_required_event_with_its_value(seed_json, seed_text):
    events = seed_json["events"]
    for expression, nth, value in SEED_REQUIRED:
        start = nth_offset(seed_text, expression, nth)
        end = start + len(expression)
        # TimeML leaves the preposition out of "on Monday": any overlap is the same mention.
        matches = [e for e in events if e["char_start"] < end and start < e["char_end"]]
        assert matches, f"no event for {expression!r} #{nth}"
        assert matches[0]["value"] == value, (expression, matches[0])


def test_seed_has_no_false_events(seed_json, seed_text):
    events = seed_json["events"]
    assert len(events) == len(SEED_REQUIRED)
    for distractor in SEED_DISTRACTORS:
        for e in events:
            assert distractor not in e["expression"], e


def test_offsets_index_the_text_as_held(seed_json, seed_text):
    assert seed_json["documents"][0]["reference_date"] == "2016-05-02"
    for item in seed_json["timexes"] + seed_json["events"]:
        expression = item.get("text", item.get("expression"))
        assert seed_text[item["char_start"] : item["char_end"]] == expression
    for e in seed_json["events"]:
        assert seed_text[e["passage_start"] : e["passage_end"]] == e["passage"]
        assert e["start"] <= e["end"]


def test_late_february_is_a_month_not_a_day(seed_json):
    (february,) = [e for e in seed_json["events"] if e["value"] == "2016-02"]
    assert february["precision"] == "month"
    # "late" narrows the bar to the end of the month, and never leaves February.
    assert "2016-02-01" <= february["start"] < february["end"] == "2016-02-29"


def test_sidecar_supplies_the_reference_date_without_the_flag(tmp_path):
    out = tmp_path / "seed.json"
    result = run_cli("--export-json", str(out), "seeds/")
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))["documents"][0]
    assert document["published"] == "2016-05-02"
    assert document["published_source"] == "sidecar"
    assert document["title"] == "Kerry urges restored Syrian truce especially in Aleppo"


def test_export_png_writes_a_real_image_without_a_display(tmp_path):
    out = tmp_path / "seed.png"
    result = run_cli("--export-png", str(out), "--reference-date", "2016-05-02", "seeds/")
    assert result.returncode == 0, result.stderr
    image = imread(out)
    height, width = image.shape[:2]
    assert (width, height) == (1600, 900)
    # Not blank: many distinct colours, and a good share of non-white pixels.
    pixels = image[..., :3].reshape(-1, 3)
    assert len(np.unique(pixels.round(2), axis=0)) > 20
    assert (pixels.min(axis=1) < 0.9).mean() > 0.01


@pytest.mark.parametrize(
    "args",
    [
        ["--export-json", "{out}"],  # no PATH
        ["--export-json", "{out}", "--reference-date", "02/05/2016", "seeds/"],
        ["--export-json", "{out}", "no/such/folder"],
        ["--export-json", "{out}", "--no-such-flag", "seeds/"],
    ],
)
def test_usage_errors_exit_2_with_one_line_and_write_nothing(tmp_path, args):
    out = tmp_path / "out.json"
    result = run_cli(*[a.format(out=out) for a in args])
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_unreadable_documents_exit_3_and_the_rest_is_written(tmp_path, seed_text):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(seed_text, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    out = tmp_path / "out.json"
    result = run_cli("--export-json", str(out), "--reference-date", "2016-05-02", str(folder))
    assert result.returncode == 3
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    payload = json.loads(out.read_text(encoding="utf-8"))
    by_name = {Path(d["path"]).name: d for d in payload["documents"]}
    assert by_name["empty.txt"]["error"]
    assert by_name["image.txt"]["error"]
    assert by_name["good.txt"]["error"] is None
    good = payload["documents"].index(by_name["good.txt"])
    assert len([e for e in payload["events"] if e["document"] == good]) == len(SEED_REQUIRED)


@pytest.mark.parametrize("writes", [True, False])
def test_a_script_calling_main_gets_its_garbage_collector_back(tmp_path, writes):
    """The export pauses the cyclic collector for speed; the calling process must not
    be left without it, whether the run succeeds or stops on a usage error."""
    import gc

    from viewer.cli import main

    out = tmp_path / "out.json"
    args = ["--export-json", str(out), str(ROOT / "seeds")] if writes else ["--bogus"]
    assert gc.isenabled()
    assert main(args) == (0 if writes else 2)
    assert gc.isenabled()
    assert out.exists() is writes
