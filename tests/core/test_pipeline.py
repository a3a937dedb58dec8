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
