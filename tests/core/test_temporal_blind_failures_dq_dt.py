"""What ceasefire sets DQ-DT (news for young readers, machine translations, humanitarian
logistics, personal blogs) showed, fixed as general rules and checked here on text written
for the tests.

- A translation's 'before two weeks' is two weeks ago; 'before two weeks had passed' is not.
- 'at the dawn of today', 'since the morning hours of today', 'the evening of yesterday':
  that day's part, as 'at dawn today' is.
- 'on the past Wednesday', 'the coming Thursday': last Wednesday, next Thursday.
- 'on 9th of this month' needs no 'the'; 'on the first of next month' is a day.
- 'the Friday prayer leader of Urmia' is an office, not a Friday.
- A diary's header 'entry 31 :: Saturday 3 July 1999, 10:40 pm, Honiara' dates it.
- A military clock 'on' a day is a clock, not a year: 'by 1800 on 12 August'.
- A schedule's clock with its weekday and figures: 'ETD 06:00 Thu 05/04', 'ETA 09:30 same day'.
- A schedule line's 'D+1' and 'D+2', with no D-Day in the text, count from the day it gave.
- A reporter's notebook: 'tmrw', 'yday', 'in 2 wks'; an entry headed 'Wed 29/3:' tells its
  'today' of that day; its bare 'on 8/3' and 'for 25/3' are days and months.
- An official text's days counted from itself (set DW): 'with effect from the date of this
  Proclamation', 'takes effect on the date of its signature', 'within fifteen days of the
  signature of this Decree', 'the thirtieth day following the publication of this Decree'.
- An anniversary counted from the month before or after this one (set DU): 'Eleven years
  ago next month'.
- A translation's 'the 4 of Rabi al-Awwal 1435' and '18:45 of yesterday'.
- 'the Tuesday after the handshake', 'the Friday before the signing': that side of the day
  told, not the nearest Tuesday or Friday (set DU).
- 'I am coming back on Wednesday': the present of a move arranged lies ahead.
- A blog's 'Updated: 2 September, 9:40 pm. Short update. ... this morning' tells its
  paragraph from the update's day, even after the page's own.
- 'This time last year' sets its paragraph's year, as 'Twenty years ago this week' does.
- The feasts counted from Easter (TimeML set BV): 'Palm Sunday', 'Maundy Thursday', 'Holy
  Saturday', 'Pentecost', 'Ascension Day', 'Shrove Tuesday'.
- A blog comment's stamp, its writer before or after it, dates the comment's 'yesterday':
  'Reply - 13 August 1999 at 4:03 pm - Aunty Grace', 'Farid H. - 7 March 2023 at 11:52 pm'.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tagging_helpers import all_values

from viewer.core.ingest import find_publication_date
from viewer.core.temporal import tag


def test_before_a_length_in_a_translation_is_that_long_ago() -> None:
    text = "A similar agreement reached before two weeks between the same sides did not hold."
    assert all_values(text, dt.date(2012, 4, 1)) == {"before two weeks": "2012-W11"}
    assert all_values("Before two days, a spokesman said so.", dt.date(2012, 4, 1)) == {
        "Before two days": "2012-03-30"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "They must leave before two weeks have passed.",
        "It happened before three days of talks in Doha.",
    ],
)
def test_before_a_length_that_bounds_something_is_only_a_length(sentence: str) -> None:
    assert all(v.startswith("P") for v in all_values(sentence, dt.date(2012, 4, 1)).values())


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The shelling stopped at the dawn of today.", "the dawn of today", "2012-04-01TMO"),
        (
            "The weapons are silent since the morning hours of today.",
            "the morning hours of today",
            "2012-04-01TMO",
        ),
        (
            "It was concluded in the evening of yesterday.",
            "the evening of yesterday",
            "2012-03-31TEV",
        ),
    ],
)
def test_a_part_of_today_or_yesterday_said_with_of_is_that_day_s(
    sentence: str, expression: str, value: str
) -> None:
    assert all_values(sentence, dt.date(2012, 4, 1))[expression] == value


def test_the_past_and_the_coming_weekday_are_last_and_next() -> None:
    reference = dt.date(2014, 1, 6)  # a Monday
    text = "The tension started on the past Wednesday, when a man was wounded."
    assert all_values(text, reference) == {"the past Wednesday": "2014-01-01"}
    text = "Forty trucks of aid will leave the coming Thursday."
    assert all_values(text, reference) == {"the coming Thursday": "2014-01-09"}


def test_a_day_of_this_or_next_month_said_as_regional_papers_say_it() -> None:
    reference = dt.date(1995, 8, 14)
    text = "The meetings started on 9th of this month in Drogheda."
    assert all_values(text, reference) == {"9th of this month": "1995-08-09"}
    text = "The committee will present its report on the first of next month."
    assert all_values(text, reference) == {"the first of next month": "1995-09-01"}
    # a small spelled ordinal alone counts, not a day
    assert all_values("He came first of all, on the second attempt.", reference) == {}


def test_the_friday_prayer_leader_is_an_office() -> None:
    text = "Yesterday, Friday, the Friday prayer leader of Urmia thanked the fighters."
    found = [(e.text, e.value) for e in tag(text, dt.date(2011, 10, 1))]
    # the second 'Friday' is not a date
    assert found == [("Yesterday", "2011-09-30"), ("Friday", "2011-09-30")]


def test_a_diary_header_with_its_place_after_the_date_dates_it() -> None:
    text = (
        "kokonut wireless :: an online diary\n"
        "entry 31 :: Saturday 3 July 1999, 10:40 pm, Honiara\n\n"
        "Home. I flew back from Suva on Thursday."
    )
    assert find_publication_date(text, "diary.txt")[0] == dt.date(1999, 7, 3)


def test_a_military_clock_on_a_day_is_no_year() -> None:
    text = (
        "Teams must have vaccine in their district by 1800 on 12 August. Tally sheets reach "
        "provincial offices by 20 August. The second round is planned for a pause from 0600 "
        "on 10 September to 1800 on 12 September."
    )
    assert all_values(text, dt.date(1999, 8, 11)) == {
        "1800 on 12 August": "1999-08-12T18:00",
        "20 August": "1999-08-20",
        "0600 on 10 September": "1999-09-10T06:00",
        "1800 on 12 September": "1999-09-12T18:00",
    }
    # a year is still a year, and a number naming something is no clock
    assert all_values("In 1800 on the island there were few people.", dt.date(1999, 8, 11)) == {
        "1800": "1800"
    }
    text = "The Council endorsed the package in Resolution 2202 on Tuesday."
    assert all_values(text, dt.date(2015, 2, 20)) == {"Tuesday": "2015-02-17"}


def test_a_schedule_s_clock_takes_its_weekday_and_figures() -> None:
    text = "ETD Mogadishu port 06:00 Thu 05/04, ETA Afgooye 09:30 same day, return empty D+1."
    found = all_values(text, dt.date(2007, 4, 4))
    # 5 April 2007 was a Thursday; 4 May was not
    assert found["06:00 Thu 05/04"] == "2007-04-05T06:00"
    # a schedule's 'same day' without 'the' is the day its line gave
    assert found["09:30 same day"] == "2007-04-05T09:30"
    assert found["D+1"] == "2007-04-06"
    assert all_values("Same day delivery is promised.", dt.date(2007, 4, 4)) == {}


def test_a_schedule_line_s_days_after_count_from_the_day_it_gave() -> None:
    text = "Second convoy: ETD Sat 07/04. Distribution on D+1 and D+2 at the roadside sites."
    found = [(e.text, e.value) for e in tag(text, dt.date(2007, 4, 4))]
    assert ("D+1", "2007-04-08") in found
    assert ("D+2", "2007-04-09") in found
    # no day given, or a minus sign: nothing to count from ('Exhibit D-90')
    text = "Exhibit D-90, a copy of the agreement, was sent to the jury room."
    assert [e.start for e in tag(text, dt.date(1992, 6, 29))] == [None]


BLOG = (
    "kokonut wireless :: an online diary\n"
    "entry 31 :: Saturday 3 July 1999, 10:40 pm, Honiara\n\n"
    "At the market yesterday the betel nut sellers were back.\n\n"
    "COMMENTS\n\n"
    "Reply - 5 July 1999 at 8:12 am - Joseph K.\n"
    "Glad you got home safe. Yesterday our church in Suva prayed for Guadalcanal.\n\n"
    "Farid H. - 13 August 1999 at 4:03 pm\n"
    "Your mother says they signed the second agreement yesterday at Panatina.\n"
)


def test_a_blog_comment_s_yesterday_is_the_day_before_its_stamp() -> None:
    said = [e.value for e in tag(BLOG, dt.date(1999, 7, 3)) if e.text.lower() == "yesterday"]
    assert said == ["1999-07-02", "1999-07-04", "1999-08-12"]


def test_a_comment_a_day_after_the_note_it_answers_keeps_the_note_s_year() -> None:
    text = (
        "Lalremsiami Store, Vairengte\n8 August at 7:32 PM \u00b7 Vairengte \u00b7 Public\n\n"
        "The two state governments met in Aizawl on Thursday.\n\nComments\n\n"
        "Rafiq Uddin\n9 August at 6:47 AM\nThe trucks came in last night to Lailapur.\n"
    )
    found = {e.text: e.value for e in tag(text, dt.date(2021, 8, 8))}
    assert found["last night"] == "2021-08-08TNI"


def test_a_feast_s_service_is_on_the_feast() -> None:
    text = "Cardinal Obando used his Palm Sunday Mass to ask both sides to honour the deal."
    assert all_values(text, dt.date(1988, 4, 10)) == {"Palm Sunday": "1988-03-27"}
    # a place named after a feast is no day
    assert all_values("The convoy sailed for Christmas Island.", dt.date(1988, 4, 10)) == {}


@pytest.mark.parametrize(
    ("feast", "day"),
    [
        ("Shrove Tuesday", "2005-02-08"),
        ("Palm Sunday", "2005-03-20"),
        ("Maundy Thursday", "2005-03-24"),
        ("Holy Saturday", "2005-03-26"),
        ("Ascension Day", "2005-05-05"),
        ("Pentecost", "2005-05-15"),
    ],
)
def test_a_feast_counted_from_easter_is_its_day(feast: str, day: str) -> None:
    # Easter fell on 27 March in 2005
    found = all_values(f"The parish will mark {feast} in the spring.", dt.date(2005, 1, 10))
    assert found[feast] == day


NOTEBOOK = (
    "FIELD NOTEBOOK 3 (typed up on return)\n\n"
    "Tue 21/3 am: relief camp. R5: last rice ration came on 8/3, next one promised for 25/3.\n\n"
    "Wed 29/3: BLT declared a unilateral CF, effective from today. Talks expected in 2 wks.\n\n"
    'Thu 30/3: shops open past dark. R3: "Yesterday we heard it on the radio."\n\n'
    "Sun 2/4: last day. Bus back to Guwahati tmrw. Voter registration restarted yday.\n"
)


def test_a_notebook_s_entries_are_read_on_their_own_days() -> None:
    found = [(e.text, e.value) for e in tag(NOTEBOOK, dt.date(2000, 4, 2))]
    assert ("8/3", "2000-03-08") in found
    assert ("25/3", "2000-03-25") in found
    assert ("today", "2000-03-29") in found
    assert ("2 wks", "P2W") in found
    assert ("Yesterday", "2000-03-29") in found
    assert ("tmrw", "2000-04-03") in found
    assert ("yday", "2000-04-01") in found
    # figures alone in prose that writes no dates so are no day: 'a 3/4 majority'
    assert all_values("The motion passed with a 3/4 majority on 8/3.", dt.date(2000, 4, 2)) == {}


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        (
            "With effect from the date of this Proclamation, the Joint Task Force shall suspend "
            "all offensive operations.",
            "the date of this Proclamation",
            "2021-10-15",
        ),
        (
            "This Decree, which takes effect on the date of its signature, shall be published.",
            "the date of its signature",
            "2021-10-15",
        ),
        (
            "Such declarations shall reach the Minister within fifteen days of the signature of "
            "this Decree.",
            "fifteen days of the signature of this Decree",
            "2021-10-30",
        ),
        (
            "Arms surrendered before the end of the thirtieth day following the publication of "
            "this Decree shall be destroyed.",
            "the thirtieth day following the publication of this Decree",
            "2021-11-14",
        ),
    ],
)
def test_an_official_text_s_days_count_from_its_own_date(
    sentence: str, expression: str, value: str
) -> None:
    assert all_values(sentence, dt.date(2021, 10, 15)) == {expression: value}


def test_a_date_that_is_not_the_document_s_is_no_day() -> None:
    text = "Given the date of the talks, nothing moved. To date, 40 people have died."
    assert all_values(text, dt.date(2021, 10, 15)) == {}


def test_an_anniversary_of_next_or_last_month_is_that_month() -> None:
    text = "Eleven years ago next month, the IRA declared a complete cessation of operations."
    assert all_values(text, dt.date(2005, 7, 29)) == {"Eleven years ago next month": "1994-08"}
    text = "Ten years ago last month the accord was signed in Dayton."
    assert all_values(text, dt.date(2005, 12, 2)) == {"Ten years ago last month": "1995-11"}


def test_this_time_last_year_sets_its_paragraph_s_year() -> None:
    text = (
        "The first weapons were put beyond use in October 2001, and more in April 2002. The "
        "Assembly was suspended in October 2002 and has not sat since. "
        "This time last year the parties were still two months away from the talks at Leeds "
        "Castle in September, and the deal that followed fell apart in December. In January a "
        "young man was killed outside a Belfast bar. In April Mr Adams asked the IRA to stop."
    )
    found = all_values(text, dt.date(2005, 7, 29))
    assert found["This time last year"] == "2004-07"
    assert found["September"] == "2004-09"
    assert found["December"] == "2004-12"
    assert found["January"] == "2005-01"
    assert found["April"] == "2005-04"


def test_a_translation_s_other_calendar_day_and_clock_of_yesterday() -> None:
    text = (
        "The Hijri date of the agreement, the 4 of Rabi al-Awwal 1435, was written on it. It "
        "was concluded at 18:45 of yesterday in the camp."
    )
    assert all_values(text, dt.date(2014, 1, 6)) == {
        "the 4 of Rabi al-Awwal 1435": "2014-01-05",
        "18:45 of yesterday": "2014-01-05T18:45",
    }


def test_a_weekday_after_or_before_a_thing_told_is_on_that_side_of_it() -> None:
    text = (
        "The leaders shook hands on Thursday 8 September 2011. We saw their men at work on "
        "the Tuesday after the handshake."
    )
    assert all_values(text, dt.date(2012, 3, 9))["Tuesday"] == "2011-09-13"
    text = (
        "The deal was signed on Tuesday 5 August 2008. On the Friday before the signing, "
        "talks stalled."
    )
    assert all_values(text, dt.date(2012, 3, 9))["Friday"] == "2008-08-01"


def test_a_move_arranged_in_the_present_lies_ahead() -> None:
    reference = dt.date(2021, 8, 9)  # a Monday
    text = "Didi I am coming back on Wednesday if the buses run."
    assert all_values(text, reference) == {"Wednesday": "2021-08-11"}
    text = "The envoys are meeting on Thursday in Aizawl."
    assert all_values(text, reference) == {"Thursday": "2021-08-12"}
    # a move told in the past stays past
    text = "Didi was coming back on Wednesday when the road closed."
    assert all_values(text, reference) == {"Wednesday": "2021-08-04"}


def test_an_update_paragraph_is_told_from_the_update_s_day() -> None:
    text = (
        "Posted 31 August 2017\n\nThe pass is closed. This morning the guards waved us back.\n\n"
        "Updated: 2 September, 9:40 pm. Short update. This morning I was allowed as far as "
        "Sherathang, and the summit starts tomorrow.\n\n32 comments"
    )
    found = [(e.text, e.value) for e in tag(text, dt.date(2017, 8, 31))]
    assert ("This morning", "2017-08-31TMO") in found
    assert ("This morning", "2017-09-02TMO") in found
    assert ("tomorrow", "2017-09-03") in found
    # an update stamped in figures heads a caption, not a paragraph told on its day
    caption = "Updated : 07/05/2012 9:59 am This photo, taken on Tuesday, shows a tank today."
    assert ("today", "2012-07-05") in [(e.text, e.value) for e in tag(caption, dt.date(2012, 7, 5))]
