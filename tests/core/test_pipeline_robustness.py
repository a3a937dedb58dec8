"""A fault while reading one document's dates costs that document, never the batch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from viewer.core import pipeline
from viewer.core.pipeline import analyse_paths
from viewer.core.temporal import tag


def test_a_fault_in_one_document_is_its_own_error_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a_good.txt").write_text("The truce began on 27 February 2016.\n", "utf-8")
    (tmp_path / "b_bad.txt").write_text("This one trips the tagger on 3 March 2016.\n", "utf-8")
    (tmp_path / "c_good.txt").write_text("Talks resumed on 14 March 2016.\n", "utf-8")
    real_tag = pipeline.tag

    def tripping_tag(text, reference):
        if "trips" in text:
            raise KeyError("sat")
        return real_tag(text, reference)

    monkeypatch.setattr(pipeline, "tag", tripping_tag)
    results, _ = analyse_paths([tmp_path])
    assert [Path(r.document.path).name for r in results] == [
        "a_good.txt",
        "b_bad.txt",
        "c_good.txt",
    ]
    good_a, bad, good_c = results
    assert [e.start.isoformat() for e in good_a.events] == ["2016-02-27"]
    assert [e.start.isoformat() for e in good_c.events] == ["2016-03-14"]
    assert bad.events == ()
    assert bad.document.error == "its dates could not be read (KeyError: 'sat')"


def test_a_short_diary_weekday_with_no_such_day_near_reads_as_the_weekday() -> None:
    # 16 February 2026 is a Monday: no Saturday the 16th is near, so 'Sat 16' is a Saturday.
    (found,) = tag("On Sat 16 the talks opened.", dt.date(2026, 2, 15))
    assert (found.text, found.value) == ("Sat 16", "2026-02-14")
