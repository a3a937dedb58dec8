"""What ceasefire sets CA (academic and policy writing) and CB (sport, culture and religion
desks) showed on their first runs, each fixed as a general rule and checked here on text
written for the test."""

from __future__ import annotations

import datetime as dt

from tagging_helpers import values

from viewer.core.temporal import tag

REPORT = dt.date(2008, 7, 14)


def test_an_authors_year_in_a_citation_is_no_event() -> None:
    text = (
        "Ceasefires last longer under monitors (Haverkamp 2004; Sundqvist et al. 2006). "
        "Marrow (2005) argues otherwise, and Marwick (1998, p. 212) gave 26 October. "
        "Like Oduya (2017), we follow Haddad-Moore 2019)."
    )
    assert values(text, REPORT) == {"26 October": "2007-10-26"}
    # the years are still TIMEX3, as TempEval would mark them
    assert [e.value for e in tag(text, REPORT)][:3] == ["2004", "2006", "2005"]
    # a year in running text or a span in brackets stays an event
    assert values("In 2006 the war ended. The war (1992-1995) was long.", REPORT) == {
        "2006": "2006",
        "1992-1995": "1992",
    }


def test_a_papers_number_is_not_the_first_day_of_a_range() -> None:
    found = values("Working Paper 2021/04 \u2014 11 March 2021", dt.date(2021, 3, 11))
    assert found == {"11 March 2021": "2021-03-11"}
    assert values("Talks were held 4-11 March 2021.", dt.date(2021, 3, 11)) == {
        "4-11 March 2021": "2021-03-04"
    }


def test_the_games_open_on_friday_but_the_border_was_open() -> None:
    wednesday = dt.date(2018, 2, 7)
    assert values("The Games open on Friday in PyeongChang.", wednesday) == {"Friday": "2018-02-09"}
    for past in (
        "The border was open on Friday.",
        "Rockets struck open ground near Sderot on Friday.",
        "Troops open fire on protesters on Friday.",
    ):
        assert values(past, wednesday) == {"Friday": "2018-02-02"}, past


def test_a_quotation_after_spoke_to_on_a_weekday() -> None:
    text = 'Kone spoke to Touchline on Monday. "Yesterday we were one country again," he said.'
    assert values(text, dt.date(2007, 6, 5)) == {"Monday": "2007-06-04", "Yesterday": "2007-06-03"}
