"""What ceasefire sets CS (encyclopedia entries), CT (advisories), CU (diplomatic letters)
and CV (saved social-media posts) showed, fixed as general rules and checked here on text
written for the tests.

- A post of a chat, channel or page export speaks of the day its own stamp gives, not of
  the day the analyst saved the page.
- 'On the 10th Seoul answered' is a day of the month the story is telling; 'Next day' may
  open a sentence without 'the'; 'your telegram of the 8th instant' needs no preposition.
- 'by the weekend', in a story of an earlier year, is the weekend that story reached.
- An encyclopedia's references under '== References ==' date no events, nor do its
  pointers to other entries ('see 1993 Mostar crisis') or its edition years.
"""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core.ingest import find_publication_date
from viewer.core.temporal import tag


def values(text: str, reference: dt.date | None) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in tag(text, reference)]


def anchored(text: str, reference: dt.date | None) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in tag(text, reference) if e.anchored]


CHAT = """Group export: "Valley monitors". Dates in the stamps are day/month/year.

03/04/2021, 08:10 - Amira: The shelling stopped at dawn. Quiet since last night.
03/04/2021, 08:15 - Tomas: Confirmed, the checkpoint opened this morning.
05/04/2021, 21:40 - Amira: Talks resume tomorrow in the capital, they say.
"""


def test_a_chat_message_speaks_of_the_day_of_its_stamp() -> None:
    found = values(CHAT, dt.date(2021, 4, 9))
    assert ("last night", "2021-04-02TNI") in found
    assert ("this morning", "2021-04-03TMO") in found
    assert ("tomorrow", "2021-04-06") in found


def test_stamps_in_time_order_settle_a_chat_written_month_first() -> None:
    chat = (
        "04/03/2021, 09:00 - Lee: The truce was signed yesterday.\n"
        "04/12/2021, 10:00 - Kim: It broke down today.\n"
    )
    found = values(chat, dt.date(2021, 4, 20))
    assert ("yesterday", "2021-04-02") in found  # April 3 and April 12, not 4 March and 4 Dec
    assert ("today", "2021-04-12") in found


CHANNEL = """Channel export. Exported 12 June 2023.

[08.06.23 19:40]
The mediators arrived in the border town tonight.

[10.06.23 07:05]
Heavy shelling overnight despite yesterday's promise of calm.
"""


def test_a_channel_export_reads_each_message_on_its_own_day() -> None:
    found = values(CHANNEL, dt.date(2023, 6, 12))
    assert ("tonight", "2023-06-08TNI") in found
    assert ("yesterday", "2023-06-09") in found


PAGE = """Community radio page, posts copied. Saved 20 May 2019 10:00.

River FM
May 14 at 8:05 PM
The governor announced a local truce tonight, starting at midnight.

River FM
Yesterday at 7:10 AM
Markets reopened today in the old town.

River FM
2 hrs
Elders meet again on Wednesday.
"""


def test_a_page_stamp_without_a_year_or_relative_to_the_saving_dates_its_post() -> None:
    found = values(PAGE, dt.date(2019, 5, 20))
    assert ("tonight", "2019-05-14TNI") in found
    assert ("today", "2019-05-19") in found
    assert ("Wednesday", "2019-05-22") in found


def test_a_thread_counts_its_ages_back_from_the_saving() -> None:
    thread = (
        "Thread saved on 20 June 2018.\n\n"
        "posted 3 days ago by u/riverbank\n"
        "The ministry said today that operations resume.\n\n"
        "posted 2 days ago by u/hillside\n"
        "Nothing happened yesterday, for once.\n"
    )
    found = values(thread, dt.date(2018, 6, 20))
    assert ("today", "2018-06-17") in found
    assert ("yesterday", "2018-06-17") in found


def test_a_footer_stamp_dates_the_post_above_it() -> None:
    thread = (
        "1/3\nThe deal was announced today, after talks through the night.\n"
        "2:10 AM \u00b7 Mar 9, 2016\n\n"
        "2/3\nIt began last Thursday with a mortar round.\n2:12 AM \u00b7 Mar 9, 2016\n\n"
        "3/3\nUpdate: the first convoy crossed today.\n6:40 PM \u00b7 Mar 11, 2016\n"
    )
    found = values(thread, dt.date(2016, 3, 14))
    assert ("today", "2016-03-09") in found
    assert ("last Thursday", "2016-03-03") in found
    assert ("today", "2016-03-11") in found


def test_a_story_with_one_stamp_is_no_export() -> None:
    story = "14/02/2020, 10:00 - Reporter: The truce holds today, officials said.\n"
    assert ("today", "2020-02-20") in values(story, dt.date(2020, 2, 20))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chat export.\nSaved 27 March 2020 11:00 (Manila time, UTC+8). Stamps as shown.\n",
         dt.date(2020, 3, 27)),
        ("Channel export\nExport date: 3 November 2025, 09:10\n", dt.date(2025, 11, 3)),
        ("Thread\nSaved on Wednesday 20 June 2018 at 14:00 IST by the desk.\n",
         dt.date(2018, 6, 20)),
        ("Entry\n\nText of the entry.\n\nThis page was last edited on 1 March 2021, at 22:05 "
         "(UTC).\n", dt.date(2021, 3, 1)),
    ],
)  # fmt: skip
def test_a_saving_or_editing_line_dates_the_document(text: str, expected: dt.date) -> None:
    assert find_publication_date(text, "export.txt")[0] == expected


def test_a_field_named_date_of_something_else_is_no_stamp() -> None:
    entry = (
        "Border War\n  Date of war:  1 September 1932 - 25 May 1933\n  Parties: two\n\n"
        "Text of the entry.\n\nThis page was last edited on 1 March 2021, at 22:05 (UTC).\n"
    )
    assert find_publication_date(entry, "entry.txt")[0] == dt.date(2021, 3, 1)
    issued = "Situation Report No. 2\nDate of issue: 8 September 2018\n"
    assert find_publication_date(issued, "sitrep.txt")[0] == dt.date(2018, 9, 8)


def test_a_day_of_the_month_the_story_is_telling_opens_a_sentence() -> None:
    text = (
        "It started on Aug 4, when two soldiers stepped on mines. "
        "On the 10th Seoul switched the loudspeakers back on."
    )
    assert ("the 10th", "2015-08-10") in values(text, dt.date(2015, 8, 25))


@pytest.mark.parametrize(
    "sentence",
    [
        "It started on Aug 4. On the 10th anniversary of the accord, they met.",
        "It started on Aug 4. On the 10th Division's front all was quiet.",
    ],
)
def test_the_nth_of_a_thing_is_no_day(sentence: str) -> None:
    assert [t for t, _ in values(sentence, dt.date(2015, 8, 25))] == ["Aug 4"]


def test_next_day_may_open_a_sentence() -> None:
    text = "The North fired across the line on Thursday. Next day its units went on alert."
    assert ("Next day", "2015-08-21") in values(text, dt.date(2015, 8, 25))


def test_a_letter_cites_the_day_of_another_without_a_preposition() -> None:
    text = (
        "Your telegram No. 6 of the 8th instant asked for an assessment. "
        "As reported in my telegram of the 28th ultimo, fighting broke out on Christmas Day."
    )
    found = values(text, dt.date(1986, 1, 13))
    assert ("the 8th instant", "1986-01-08") in found
    assert ("the 28th ultimo", "1985-12-28") in found


def test_the_weekend_of_a_story_of_an_earlier_year() -> None:
    text = (
        "Both republics declared independence on 25 June 1991. A second truce followed on "
        "30 June, and by the weekend most columns were surrounded. On 2 July the General "
        "Staff threatened action."
    )
    found = values(text, dt.date(2023, 2, 14))
    assert ("the weekend", "1991-W26-WE") in found
    assert ("2 July", "1991-07-02") in found


def test_the_weekend_just_before_a_new_year_is_still_the_reports() -> None:
    text = "A team was fired on on Monday, and two farmers were killed over the weekend."
    assert ("the weekend", "1979-W52-WE") in values(text, dt.date(1980, 1, 3))


ENTRY = """Border Truce
From an online encyclopedia

For the 1993 truce in the north, see Northern truce (1993).

The truce was signed on 12 May 1994 (see 1992 border crisis). A fuller account appears
in the 2001 edition.

== Aftermath ==
Fighting did not resume.

== References ==
[1] Author, A. (2006). A History. Press. pp. 10-12.
[2] "Guns fall silent". Evening Courier. 13 May 1994. Retrieved 3 March 2019.

This page was last edited on 9 August 2018, at 17:40 (UTC).
"""


def test_an_encyclopedia_entry_dates_its_story_not_its_sources_or_pointers() -> None:
    found = anchored(ENTRY, dt.date(2018, 8, 9))
    assert ("12 May 1994", "1994-05-12") in found
    texts = [t for t, _ in found]
    for name in ("1993", "1992", "2001", "13 May 1994", "3 March 2019"):
        assert name not in texts


@pytest.mark.parametrize(
    ("sentence", "reference", "expected"),
    [
        # TimeML sets AV (central banks) and AY (diplomacy): a schedule told in the present
        ("The admiral appears before the defense committee Wednesday.", dt.date(1997, 2, 7),
         "1997-02-12"),
        ("The new bonds settle on Monday and pay a 9.25 percent coupon.", dt.date(1992, 11, 10),
         "1992-11-16"),
        ("Most offices close on Monday for the holiday.", dt.date(2016, 12, 22), "2016-12-26"),
    ],
)  # fmt: skip
def test_a_schedule_told_in_the_present_lies_ahead(
    sentence: str, reference: dt.date, expected: str
) -> None:
    weekday = next(e for e in tag(sentence, reference) if e.text.endswith("day"))
    assert weekday.value == expected


def test_a_date_time_group_is_a_time_on_its_day() -> None:
    text = "At about 251030Z JUL 18 two tankers were attacked; none since 050600Z AUG 2018."
    found = values(text, dt.date(2018, 8, 8))
    assert ("251030Z JUL 18", "2018-07-25T10:30") in found
    assert ("050600Z AUG 2018", "2018-08-05T06:00") in found


@pytest.mark.parametrize(
    ("sentence", "reference", "expected"),
    [
        # set CT: an embassy's alert; the nearer reading is not the weekday named
        ("The section reopened on Friday, 3/4/2022, for routine cases.", dt.date(2022, 4, 1),
         "2022-03-04"),
        ("The section reopens on Sunday, 3/4/2022, for routine cases.", dt.date(2022, 3, 5),
         "2022-04-03"),
    ],
)  # fmt: skip
def test_the_weekday_named_settles_the_order_of_a_figure_date(
    sentence: str, reference: dt.date, expected: str
) -> None:
    figures = next(e for e in tag(sentence, reference) if "/" in e.text)
    assert figures.value == expected


def test_a_security_log_dates_its_lines_by_day_and_month_with_a_clock() -> None:
    log = (
        "Incident log (dates day/month):\n"
        "- 01/05, 0530 hrs: first exchanges of fire near the checkpoint.\n"
        "- 02/05, 2215 hrs: the command announces the ceasefire.\n"
    )
    found = values(log, dt.date(2022, 5, 5))
    assert ("01/05", "2022-05-01") in found
    assert ("2215 hrs", "2022-05-02T22:15") in found


def test_the_day_a_plan_is_postponed_from_is_still_to_come() -> None:
    text = "The aid convoy is postponed from Thursday to Tuesday, the diocese said."
    found = values(text, dt.date(2022, 11, 16))
    assert ("Thursday", "2022-11-17") in found
    assert ("Tuesday", "2022-11-22") in found


def test_a_dateline_before_the_first_sentence_leaves_its_tense_alone() -> None:
    # set AY: a Sunday paper's anniversary story, its first sentence after the dateline
    text = (
        "HARTH, Dastmar -- At 10:15 a.m. on Tuesday, the staff of the consulate here will "
        "stop work and stand in silence."
    )
    assert ("10:15 a.m. on Tuesday", "2014-08-12T10:15") in values(text, dt.date(2014, 8, 10))


@pytest.mark.parametrize(
    ("sentence", "reference", "month", "expected"),
    [
        # TimeML AW (transport): a plan that was not kept looks no way in time
        ("The line was supposed to open in May, but the ties ran short.", dt.date(1994, 9, 10),
         "May", "1994-05"),
        # TimeML AV (central banks): the figure a change starts from is behind it
        ("Economists expect inflation to climb to 25 percent, from 9 percent in July.",
         dt.date(1998, 8, 27), "July", "1998-07"),
    ],
)  # fmt: skip
def test_a_month_of_an_unkept_plan_or_of_a_starting_figure_lies_behind(
    sentence: str, reference: dt.date, month: str, expected: str
) -> None:
    assert (month, expected) in values(sentence, reference)
