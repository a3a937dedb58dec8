"""What a whole file becomes: its date, its title and its events."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from viewer.core.pipeline import analyse_path


def test_a_translators_note_dates_the_text_and_is_neither_its_title_nor_an_event(
    tmp_path: Path,
) -> None:
    path = tmp_path / "translation.txt"
    path.write_text(
        "Translated from Persian. The following report appeared in the Monday, 8 Khordad 1402 "
        "(29 May 2023) edition of a Tehran morning daily.\n\n"
        "Calm returns to Sasuli after Saturday's clash\n\n"
        "The border was quiet yesterday after the exchange of fire on Saturday.\n",
        "utf-8",
    )
    result = analyse_path(0, path)
    assert result.document.reference_date == dt.date(2023, 5, 29)
    assert result.document.title == "Calm returns to Sasuli after Saturday's clash"
    # the headline's and the body's Saturday, and yesterday: nothing on the note's day
    assert {e.start for e in result.events} == {dt.date(2023, 5, 27), dt.date(2023, 5, 28)}


def test_a_linked_headline_keeps_its_own_date_but_not_a_relative_one(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "Haftar announces Ramadan truce\n\n"
        "The commander announced the truce on Wednesday, a day after the capital was shelled.\n\n"
        "Read more on this topic:\n"
        "Libya's UN-backed government retakes two western coastal cities\n"
        "Libya's warring parties agree to Russia-Turkey ceasefire from midnight Sunday\n\n"
        "Related Article: Rebels hand over last weapons (June 27, 2017)\n\n"
        "Related\n\n"
        "UN Security Council demands 30-day ceasefire across Syria\n"
        "24 Feb 2018\n",
        "utf-8",
    )
    result = analyse_path(0, path, reference_override=dt.date(2020, 4, 30))
    # the story's Wednesday and the day before it, and the links' own dates; not the
    # Sunday of a headline that may be months old
    assert sorted(e.start for e in result.events) == [
        dt.date(2017, 6, 27),
        dt.date(2018, 2, 24),
        dt.date(2020, 4, 28),
        dt.date(2020, 4, 29),
    ]
    # the link's Sunday is still read, only not placed on the timeline
    assert "midnight Sunday" in {t.text for t in result.timexes if not t.anchored}
