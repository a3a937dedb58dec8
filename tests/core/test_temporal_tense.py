"""Which way a bare weekday or month goes, and how a story's own dates anchor later ones.

The sentences are from wire copy (AP, Reuters, Xinhua, WSJ) and ceasefire reports;
each case states the value the analyst gets for the expression.
"""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core.model import TimeExpression, TimexType
from viewer.core.temporal import tag

D = dt.date


def found(sentence: str, phrase: str, reference: dt.date | None) -> TimeExpression:
    """The one expression whose span is exactly ``phrase``."""
    expressions = tag(sentence, reference)
    matches = [e for e in expressions if e.text == phrase]
    assert matches, f"{phrase!r} not found; got {[e.text for e in expressions]}"
    return matches[0]


# (sentence, expression, reference date, value)
DIRECTION = [
    # A scheduled event told in the present tense is still to come.
    (
        "U.S. President-elect Donald Trump, who takes office on Monday, has claimed credit.",
        "Monday",
        D(2025, 1, 19),
        "2025-01-20",
    ),
    (
        "He and Palestinian leader Yasser Arafat meet separately Monday with Albright.",
        "Monday",
        D(1998, 5, 1),
        "1998-05-04",
    ),
    # A sentence opening with the date takes the main verb, past an 'and' inside a name.
    (
        "On Tuesday, the National Abortion and Reproductive Rights Action League plans to "
        "hold a news conference.",
        "Tuesday",
        D(1998, 10, 26),
        "1998-10-27",
    ),
    # Postponed or extended until a day: a past act naming a day still to come.
    (
        "U.S. Immigration officials postponed until Tuesday morning any action on revoking "
        "the boy's permission to stay.",
        "Tuesday morning",
        D(2000, 3, 30),
        "2000-04-04TMO",
    ),
    (
        "The Immigration and Naturalization Service has given the Miami relatives until "
        "9 a.m. Tuesday to sign a paper.",
        "9 a.m. Tuesday",
        D(2000, 4, 3),
        "2000-04-04T09:00",
    ),
    # The past perfect looks back, even with a deadline word.
    (
        "Thirty-two of the 159 U.N. members had filed compliance reports by Wednesday.",
        "Wednesday",
        D(1990, 8, 16),
        "1990-08-15",
    ),
    (
        "The offer previously had been scheduled to expire at midnight Friday.",
        "midnight Friday",
        D(1989, 10, 30),
        "1989-10-27T24:00",
    ),
    # 'could be located' is no future, unlike 'will be held'.
    (
        "Neither he nor Elian's four grandparents could be located Wednesday in Cardenas.",
        "Wednesday",
        D(2000, 1, 6),
        "2000-01-05",
    ),
    (
        "The next round of talks will be held Wednesday in Geneva.",
        "Wednesday",
        D(2000, 1, 6),
        "2000-01-12",
    ),
    # 'takes place', 'is set for': a scheduled event; 'would stay closed' is no past.
    ("The vote on the bailout takes place on Sunday.", "Sunday", D(2013, 3, 22), "2013-03-24"),
    ("Presidential elections are set for April 14.", "April 14", D(2013, 3, 22), "2013-04-14"),
    (
        "The central bank said the banks would stay closed until Tuesday.",
        "Tuesday",
        D(2013, 3, 22),
        "2013-03-26",
    ),
    # A plural subject's present schedules; a negation or a causative does not.
    ("Talks resume in Doha on Monday.", "Monday", D(2025, 1, 16), "2025-01-20"),
    ("Talks did not resume on Monday.", "Monday", D(2025, 1, 16), "2025-01-13"),
    (
        "Mr. Bush let the ground offensive begin as previously planned Saturday night.",
        "Saturday night",
        D(1991, 2, 25),
        "1991-02-23TNI",
    ),
    (
        "The offer was extended to Nov. 16. It had been due to expire Friday evening.",
        "Friday evening",
        D(1989, 10, 30),
        "1989-10-27TEV",
    ),
    # A verb before the date governs it over one after: a relative clause's own verb.
    (
        "A Russian-brokered truce that begins on Monday was welcomed by the opposition.",
        "Monday",
        D(2013, 3, 22),
        "2013-03-25",
    ),
    # An adjective 'planned' plans nothing; a verb 'planned' does.
    (
        "On Friday, when Albright set aside vacation plans for the hastily planned trip, "
        "she met the families.",
        "Friday",
        D(1998, 8, 17),
        "1998-08-14",
    ),
    (
        "Protesters planned a large demonstration in Little Havana on Saturday.",
        "Saturday",
        D(2000, 1, 7),
        "2000-01-08",
    ),
    # A verb cut in two at the edge of the look-back window is no verb.
    (
        "Albright, on a 16-hour flight, is scheduled to spend only five hours on the ground "
        "in Dar es Salaam, Tanzania, her first stop Tuesday morning.",
        "Tuesday morning",
        D(1998, 8, 17),
        "1998-08-18TMO",
    ),
    # An infinitive before the date governs it; one after it does not.
    (
        "NATO has decided to admit Poland, Hungary and the Czech Republic in early March.",
        "early March",
        D(1999, 2, 10),
        "1999-03",
    ),
    (
        "The two were removed from the list after Gadhafi agreed in April to hand them over.",
        "April",
        D(1999, 6, 7),
        "1999-04",
    ),
    (
        "U.S. Trust also created a four-member office of the chairman, effective Feb. 1.",
        "Feb. 1",
        D(1989, 10, 26),
        "1990-02-01",
    ),
]


@pytest.mark.parametrize(("sentence", "phrase", "reference", "value"), DIRECTION)
def test_tense_sets_the_direction(
    sentence: str, phrase: str, reference: dt.date, value: str
) -> None:
    assert found(sentence, phrase, reference).value == value


HEZBOLLAH = (
    "Hamas attacked southern Israel on October 7 last year, and Hezbollah opened fire on "
    "Israeli positions the following day in support of its Palestinian ally."
)


def test_a_month_day_with_last_year_is_one_date_of_that_year() -> None:
    e = found(HEZBOLLAH, "October 7 last year", D(2024, 11, 27))
    assert (e.value, e.start, e.end) == ("2023-10-07", D(2023, 10, 7), D(2023, 10, 7))
    assert [x.text for x in tag(HEZBOLLAH, D(2024, 11, 27))].count("last year") == 0


def test_the_following_day_chains_from_the_last_date_told() -> None:
    assert found(HEZBOLLAH, "the following day", D(2024, 11, 27)).value == "2023-10-08"


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        (
            "The accord revives a peace plan signed in Minsk on Sept. 5 last year.",
            "Sept. 5 last year",
            "2014-09-05",
        ),
        ("The mission ends on 31 March next year.", "31 March next year", "2016-03-31"),
    ],
)
def test_month_day_with_a_relative_year(sentence: str, phrase: str, value: str) -> None:
    assert found(sentence, phrase, D(2015, 2, 12)).value == value


FACTBOX = """Sept 20 (Reuters) - Here is a chronology of efforts to halt the fighting:

Feb. 11-12, 2016 - Foreign ministers meet in Munich and set the goal of a cessation.

Feb. 22 - The United States and Russia announce a cessation of hostilities to start on Feb. 27.

Feb. 27 - The truce takes effect at midnight. Islamic State is excluded.
"""


def test_a_date_inside_a_chronology_line_is_near_the_line_date() -> None:
    second = [e for e in tag(FACTBOX, D(2016, 9, 20)) if e.text == "Feb. 27"]
    assert [e.value for e in second] == ["2016-02-27", "2016-02-27"]


def test_a_bare_clock_time_belongs_to_the_day_of_its_line() -> None:
    assert found(FACTBOX, "midnight", D(2016, 9, 20)).value == "2016-02-27T24:00"


def test_a_bare_clock_time_without_a_day_in_its_sentence_is_on_the_reference_day() -> None:
    text = "Rebels shelled Aleppo on Monday. The truce takes effect at midnight."
    assert found(text, "midnight", D(2016, 9, 20)).value == "2016-09-20T24:00"


@pytest.mark.parametrize(
    ("sentence", "value", "start"),
    [
        (
            "Fighting raged overnight around Debaltseve, where thousands of troops are trapped.",
            "2015-02-11TNI",
            D(2015, 2, 11),
        ),
        (
            "Negotiators will work overnight in Minsk to close the gaps.",
            "2015-02-12TNI",
            D(2015, 2, 12),
        ),
    ],
)
def test_overnight_is_the_night_before_or_the_coming_one(
    sentence: str, value: str, start: dt.date
) -> None:
    e = found(sentence, "overnight", D(2015, 2, 12))
    assert (e.value, e.start, e.end) == (value, start, start + dt.timedelta(days=1))


def test_an_overnight_stay_is_not_a_time() -> None:
    assert tag("The delegation booked an overnight stay in Minsk.", D(2015, 2, 12)) == []


def test_the_previous_weekday_is_before_the_day_just_told_of() -> None:
    text = (
        "London shares fell sharply on Friday, Oct. 27. The index shed 47.3 points, "
        "down 4.5% from the previous Friday."
    )
    assert found(text, "the previous Friday", D(1989, 10, 30)).value == "1989-10-20"


@pytest.mark.parametrize(
    ("text", "phrase", "reference", "value"),
    [
        (
            "CAIRO/JERUSALEM, Jan 19 (Reuters) - A ceasefire in Gaza took effect on Sunday.",
            "Jan 19",
            D(2025, 1, 19),
            "2025-01-19",
        ),
        (
            "Sept 20 (Reuters) - The Syrian army said on Monday that the truce was over.",
            "Sept 20",
            D(2016, 9, 20),
            "2016-09-20",
        ),
        (
            "WASHINGTON, March 12 (Xinhua) -- Poland, Hungary and the Czech Republic joined NATO.",
            "March 12",
            D(1999, 3, 12),
            "1999-03-12",
        ),
        (
            "MINSK, Feb 12 - The leaders agreed on a ceasefire.",
            "Feb 12",
            D(2015, 2, 12),
            "2015-02-12",
        ),
    ],
)
def test_a_dateline_is_a_timex_but_not_an_event(
    text: str, phrase: str, reference: dt.date, value: str
) -> None:
    e = found(text, phrase, reference)
    assert (e.value, e.anchored) == (value, False)


def test_the_dateline_leaves_the_events_of_the_first_sentence_on_the_timeline() -> None:
    text = "CAIRO/JERUSALEM, Jan 19 (Reuters) - A ceasefire in Gaza took effect on Sunday."
    assert [(e.text, e.anchored) for e in tag(text, D(2025, 1, 19))] == [
        ("Jan 19", False),
        ("Sunday", True),
    ]


def test_a_chronology_line_date_is_still_an_event() -> None:
    e = found(FACTBOX, "Feb. 22", D(2016, 9, 20))
    assert (e.value, e.anchored) == ("2016-02-22", True)


@pytest.mark.parametrize(
    ("sentence", "phrase", "kind", "value"),
    [
        (
            "Sales for the full year were $6.6 billion, up 13% from $5.8 billion.",
            "the full year",
            "DATE",
            "1989",
        ),
        (
            "The stock rose to a high for the year of $42.875 a share in June.",
            "the year",
            "DATE",
            "1989",
        ),
        (
            "Rally had net income of $2 million for the year ended July 2.",
            "the year",
            "DURATION",
            "P1Y",
        ),
        (
            "Sun's profitability should increase throughout the fiscal year.",
            "the fiscal year",
            "DURATION",
            "P1Y",
        ),
    ],
)
def test_the_year_of_a_report_is_the_current_year_unless_it_ends_on_a_date(
    sentence: str, phrase: str, kind: str, value: str
) -> None:
    e = found(sentence, phrase, D(1989, 10, 30))
    assert (e.type, e.value) == (kind, value)


def test_yearless_chronology_lines_lie_behind_the_report() -> None:
    text = (
        "Here is a chronology of the efforts:\n"
        "Dec. 18 - The U.N. Security Council adopts Resolution 2254.\n"
        "Feb. 22 - The United States and Russia announce the terms of a truce.\n"
    )
    values = [e.value for e in tag(text, D(2016, 9, 20))]
    assert values == ["2015-12-18", "2016-02-22"]


def test_a_date_before_a_dash_inside_a_sentence_is_no_dateline() -> None:
    e = found("The truce began on Feb. 12 - the day after the summit.", "Feb. 12", D(2015, 2, 14))
    assert (e.value, e.anchored) == ("2015-02-12", True)


def test_weekdays_joined_by_and_share_their_verb() -> None:
    text = "The summit in Doha on Tuesday and Wednesday will discuss Syria."
    assert [e.value for e in tag(text, D(2013, 3, 22))] == ["2013-03-26", "2013-03-27"]


def test_a_clause_after_and_keeps_its_own_verb() -> None:
    text = "Rebels shelled the town on Monday and will attack again."
    assert found(text, "Monday", D(2013, 3, 22)).value == "2013-03-18"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "In London at mid-afternoon yesterday, shares were down 2%.",
            "mid-afternoon yesterday",
            "1989-11-01TAF",
        ),
        (
            "Tokyo stocks crashed Friday. Dealers placed heavy buy orders in the morning.",
            "the morning",
            "1989-10-27TMO",
        ),
        ("Shelling resumed in the morning, residents said.", "the morning", "1989-11-02TMO"),
    ],
)
def test_parts_of_a_day_belong_to_the_day_told_of(text: str, phrase: str, value: str) -> None:
    e = found(text, phrase, D(1989, 11, 2))
    assert (e.type, e.value, e.anchored) == (TimexType.TIME, value, True)


def test_the_morning_of_a_date_is_left_to_the_date() -> None:
    assert [e.text for e in tag("He was seen in the morning of June 5.", D(1989, 11, 2))] == [
        "June 5"
    ]


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # 'Saudi-led' is an adjective, not a past verb.
        ("Kerry will see the Saudi-led coalition's envoys on Monday.", "Monday", "2013-03-25"),
        # 'unspecified' is an adjective too.
        (
            "The dividend would be paid on a still unspecified date in January.",
            "January",
            "2014-01",
        ),
    ],
)
def test_participles_used_as_adjectives_are_not_past_verbs(
    sentence: str, phrase: str, value: str
) -> None:
    assert found(sentence, phrase, D(2013, 3, 22)).value == value


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        # An American page stamp: the month-first reading is the page's own date.
        ("Posted : 07/05/2012 6:13 am Updated : 07/05/2012 7:04 am", D(2012, 7, 5), "2012-07-05"),
        # Day first when that reading is the nearer one, and always without a reference.
        ("The memo, dated 03/12/2012, was leaked to reporters.", D(2012, 12, 5), "2012-12-03"),
        ("The memo, dated 03/12/2012, was leaked to reporters.", None, "2012-12-03"),
        # Dotted dates are European: day first.
        ("The order, dated 07.05.2012, was signed in Berlin.", D(2012, 7, 5), "2012-05-07"),
    ],
)
def test_ambiguous_slash_dates_take_the_reading_nearer_the_reference(
    text: str, reference: dt.date | None, value: str
) -> None:
    assert tag(text, reference)[0].value == value


def test_a_deadline_clock_time_is_not_moved_back_to_a_past_day_in_its_sentence() -> None:
    text = "Syria said yesterday it would cease all military fighting by 6 a.m. Damascus time."
    assert found(text, "6 a.m. Damascus time", D(2012, 4, 11)).value == "2012-04-11T06:00"


def test_a_clock_time_takes_the_day_named_before_it() -> None:
    text = "According to preliminary reports, on Friday, 25 May at 12:30 p.m, a protest began."
    assert found(text, "12:30 p.m", D(2012, 6, 1)).value == "2012-05-25T12:30"


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The truce will be reviewed every two weeks, the envoy said.", "every two weeks", "P2W"),
        ("Aid convoys are to enter Madaya every 48 hours.", "every 48 hours", "PT48H"),
    ],
)
def test_every_n_units_is_a_set(sentence: str, phrase: str, value: str) -> None:
    e = found(sentence, phrase, D(2016, 2, 28))
    assert (e.type, e.value, e.anchored) == (TimexType.SET, value, False)


def test_overnight_before_a_past_verb_is_the_night_before() -> None:
    text = "Israeli strikes overnight killed 12 people, medics said on Sunday."
    assert found(text, "overnight", D(2016, 2, 28)).value == "2016-02-27TNI"


def test_a_participle_in_the_dates_own_phrase_leaves_the_verb_before_to_tell() -> None:
    text = (
        "Ukraine will hold a day of national mourning on Thursday for 12 civilians killed "
        "when a rocket struck a bus."
    )
    assert found(text, "Thursday", D(2015, 1, 14)).value == "2015-01-15"
    # with a past verb before, the day is still the one gone by
    text = "Ukraine held a day of mourning on Thursday for 12 civilians killed in the attack."
    assert found(text, "Thursday", D(2015, 1, 14)).value == "2015-01-08"


def test_the_end_of_the_month_after_a_day_of_an_earlier_month_is_that_months() -> None:
    text = (
        "Ethiopian troops began leaving on 13 January and completed their withdrawal before "
        "the end of the month."
    )
    assert found(text, "the end of the month", D(2009, 3, 16)).value == "2009-01"
    # looking ahead, it is the report's month
    text = "Prices rose on 13 January, and analysts expect more by the end of the month."
    assert found(text, "the end of the month", D(2009, 3, 16)).value == "2009-03"


def test_during_the_night_is_the_night_just_gone_or_the_coming_one() -> None:
    text = "Separatists accused the army of firing mortars near Horlivka during the night."
    assert found(text, "the night", D(2019, 7, 22)).value == "2019-07-21TNI"
    text = "The rebels will attack during the night, he warned."
    assert found(text, "the night", D(2019, 7, 22)).value == "2019-07-22TNI"
    # 'during the night of 3 March' is that date's
    text = "Fighting raged during the night of 3 March."
    assert [e.text for e in tag(text, D(2019, 7, 22))] == ["3 March"]


def test_said_overnight_that_is_the_night_just_gone() -> None:
    text = "United Nations officials in Sarajevo said overnight that the front lines were quiet."
    assert found(text, "overnight", D(1995, 10, 12)).value == "1995-10-11TNI"
    assert [e.text for e in tag("It was an overnight that nobody forgot.", D(1995, 10, 12))] == []
