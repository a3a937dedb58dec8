"""Publication dates found in article text and file names, in the documented order."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.ingest import DateHint, find_publication_date

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "JEDDAH, 21 May 2023 — Sudan's warring parties signed a short-term ceasefire.",
            D(2023, 5, 21),
        ),
        (
            "MOSCOW/YEREVAN, Nov 10, 2020 — Armenia and Azerbaijan agreed to end the fighting.",
            D(2020, 11, 10),
        ),
        (
            "WASHINGTON, D.C., February 22, 2016 – The United States and Russia announced "
            "the terms of a cessation of hostilities in Syria.",
            D(2016, 2, 22),
        ),
        (
            "BEIRUT, Sept. 12, 2016 (AP) -- A nationwide truce took effect at sundown.",
            D(2016, 9, 12),
        ),
        (
            "DAKAR, 3 Feb 2009 (translated from the Portuguese service) - Talks resumed in "
            "the capital after a week of clashes.",
            D(2009, 2, 3),
        ),
    ],
)
def test_dateline_with_a_year_gives_the_date(text: str, expected: dt.date) -> None:
    assert find_publication_date(text, "article.txt") == (expected, "dateline")


def test_published_line_beats_a_dateline_and_updated_line() -> None:
    text = (
        "Truce collapses in Aleppo\n\n"
        "Updated: 4 May 2016 18:20 GMT\n"
        "Published: Monday, 2 May 2016 10:42 GMT\n\n"
        "GENEVA, 1 May 2016 — Kerry called for the truce to be restored."
    )
    assert find_publication_date(text, "article.txt") == (D(2016, 5, 2), "published-line")


def test_updated_line_alone_is_used() -> None:
    text = "Ceasefire holds\nLast updated: Nov 11, 2020\n\nFighting stopped overnight."
    assert find_publication_date(text, "article.txt") == (D(2020, 11, 11), "published-line")


def test_sentence_starting_with_published_is_not_a_stamp() -> None:
    text = (
        "Published reports on 3 March 2016 said the truce was holding, though both sides "
        "accused each other of violations along the front line near Aleppo."
    )
    assert find_publication_date(text, "article.txt") == (None, None)


def test_file_name_date_when_the_text_has_none() -> None:
    text = "GENEVA (AA) – U.S. Secretary of State John Kerry has called for the truce."
    assert find_publication_date(text, "2016-05-02_kerry.txt") == (D(2016, 5, 2), "filename")
    assert find_publication_date(text, "20160502-kerry.txt") == (D(2016, 5, 2), "filename")


def test_file_name_with_an_impossible_date_gives_nothing() -> None:
    assert find_publication_date("Kerry spoke.", "2016-02-30_kerry.txt") == (None, None)


def test_dateline_with_a_year_beats_the_file_name() -> None:
    text = "JEDDAH, 21 May 2023 — Talks resumed."
    assert find_publication_date(text, "2023-05-25_saved.txt") == (D(2023, 5, 21), "dateline")


def test_reuters_dateline_without_year_takes_the_year_from_the_file_name() -> None:
    text = "GENEVA, May 2 (Reuters) - U.S. Secretary of State John Kerry said on Monday..."
    assert find_publication_date(text, "article.txt") == (None, None)
    assert find_publication_date(text, "reuters_syria_2016.txt") == (
        D(2016, 5, 2),
        "dateline+filename",
    )


def test_reuters_dateline_takes_the_year_from_weak_metadata() -> None:
    text = "GENEVA, May 2 (Reuters) - Kerry said the truce must be restored."
    weak = DateHint(D(2016, 6, 30), "docx-metadata")
    assert find_publication_date(text, "kerry.docx", fallbacks=(weak,)) == (
        D(2016, 5, 2),
        "dateline+docx-metadata",
    )


def test_sidecar_and_metadata_hints_win_in_order() -> None:
    text = "Published: 1 January 2015\nJEDDAH, 21 May 2023 — Talks resumed."
    sidecar = DateHint(D(2023, 5, 20), "sidecar")
    meta = DateHint(D(2023, 5, 22), "html-meta")
    assert find_publication_date(text, "2020-01-01.txt", hints=(sidecar, meta)) == (
        D(2023, 5, 20),
        "sidecar",
    )
    assert find_publication_date(text, "2020-01-01.txt", hints=(None, meta)) == (
        D(2023, 5, 22),
        "html-meta",
    )


def test_weak_metadata_only_when_nothing_else() -> None:
    weak = DateHint(D(2016, 5, 3), "docx-metadata")
    assert find_publication_date("Kerry spoke.", "kerry.docx", fallbacks=(weak,)) == (
        D(2016, 5, 3),
        "docx-metadata",
    )
    assert find_publication_date("Kerry spoke.", "2016-05-02.docx", fallbacks=(weak,)) == (
        D(2016, 5, 2),
        "filename",
    )


def test_no_cue_no_date() -> None:
    text = "Kerry urges restored Syrian truce\n\nGENEVA (AA) – The truce must be restored."
    assert find_publication_date(text, "kerry_aleppo_truce.txt") == (None, None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted by Middle East desk on May 2, 2016 at 10:42 am", D(2016, 5, 2)),
        ("Published on: 2nd May 2016 | 10:42 GMT", D(2016, 5, 2)),
        ("First published 2016-05-02T07:42:00Z", D(2016, 5, 2)),
    ],
)
def test_stamp_lines_with_more_than_a_date(line: str, expected: dt.date) -> None:
    text = f"Kerry urges restored Syrian truce\n{line}\n\nKerry called for calm."
    assert find_publication_date(text, "article.txt") == (expected, "published-line")


def test_stamp_line_at_the_end_of_the_article() -> None:
    body = "\n\n".join(f"Paragraph {n} about the truce in Aleppo." for n in range(40))
    text = f"Kerry urges truce\n\n{body}\n\nPublished: 2 May 2016\n"
    assert find_publication_date(text, "article.txt") == (D(2016, 5, 2), "published-line")


def test_title_case_dateline() -> None:
    text = "Geneva, 2 May 2016 – U.S. Secretary of State John Kerry called for calm in Aleppo."
    assert find_publication_date(text, "article.txt") == (D(2016, 5, 2), "dateline")


def test_sentence_with_a_comma_and_dash_is_not_a_dateline() -> None:
    text = "The truce, agreed on 27 February 2016 - has collapsed in some areas, Kerry said."
    assert find_publication_date(text, "article.txt") == (None, None)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=400), filename=st.text(max_size=40))
def test_any_text_gives_a_plausible_date_or_none(text: str, filename: str) -> None:
    day, source = find_publication_date(text, filename)
    assert (day is None) == (source is None)
    if day is not None:
        assert 1900 <= day.year <= 2100


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: 02.05.2016 10:42", D(2016, 5, 2)),
        ("Published: 21/05/2023", D(2023, 5, 21)),
        ("Published: 05/21/2023", D(2023, 5, 21)),
        ("Published: 02/05/2016", None),
    ],
)
def test_numeric_stamp_dates_are_read_only_when_unambiguous(
    line: str, expected: dt.date | None
) -> None:
    text = f"Truce talks\n{line}\n\nThe parties met in Geneva."
    assert find_publication_date(text, "article.txt")[0] == expected


def test_press_release_dateline() -> None:
    text = "GENEVA, May 2, 2016 /PRNewswire/ -- The foundation welcomed the renewed truce."
    assert find_publication_date(text, "release.txt") == (D(2016, 5, 2), "dateline")


def test_yearless_dateline_before_a_new_year_save_takes_the_year_before() -> None:
    text = "BEIRUT, Dec 30 (Reuters) - A nationwide ceasefire took effect in Syria at midnight."
    saved = DateHint(D(2017, 1, 3), "pdf-metadata")
    assert find_publication_date(text, "syria.pdf", fallbacks=(saved,)) == (
        D(2016, 12, 30),
        "dateline+pdf-metadata",
    )


def test_yearless_dateline_takes_the_copyright_year() -> None:
    text = (
        "BEIRUT, Dec 30 (Reuters) - A nationwide ceasefire took effect in Syria at midnight.\n\n"
        "© 2016 Thomson Reuters. All rights reserved."
    )
    assert find_publication_date(text, "syria.txt") == (D(2016, 12, 30), "dateline+copyright")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("United Nations Mission\nPress Release\n23 October 2020", D(2020, 10, 23)),
        ("Truce holds in Idlib\nMonday, 2 May 2016 14:05 GMT", D(2016, 5, 2)),
        # a byline whose date stands in a field of its own
        ("Truce holds in Idlib\nBy Staff Reporter | May 2, 2016", D(2016, 5, 2)),
        # A programme's or a bulletin's name before the date
        ("TRANSCRIPT\nThe Evening Report - Wednesday 31 August 1994", D(1994, 8, 31)),
        ("Daily Brief | 3 March 2019", D(2019, 3, 3)),
        # a broadcast's transcript or script and the day it went out, with its hours
        (
            "CAPITAL EAST FM, NAIROBI\n"
            "THE NEWS HOUR - transcript, Monday 22 October 2018, 13:00-14:00 EAT (first segment)",
            D(2018, 10, 22),
        ),
        ("Evening news bulletin as read, Thursday 20 December 2001, 18.00 WIB", D(2001, 12, 20)),
        # a masthead whose town, or town and country, stand before the date
        ("THE ANDEAN POST -- Lima, Tuesday, February 3, 1981", D(1981, 2, 3)),
        (
            "THE TICO WEEKLY -- San Jose, Costa Rica, Friday, March 25, 1988 -- Vol. 32, No. 12",
            D(1988, 3, 25),
        ),
        # A sentence is no name: its date is an event's
        ("Rebels said the truce was over. Talks - 3 March 2019", None),
    ],
)
def test_a_header_line_that_is_only_a_date(header: str, expected: dt.date | None) -> None:
    text = f"{header}\n\nThe ceasefire agreed on Friday was holding, monitors said."
    assert find_publication_date(text, "release.txt") == (
        (expected, "header-date") if expected else (None, None)
    )


def test_a_lone_date_deep_in_the_article_is_not_its_publication_date() -> None:
    body = "\n\n".join(f"Paragraph {n} on the truce." for n in range(8))
    text = f"Truce holds in Idlib\n\n{body}\n\n27 February 2016\n\nThe truce began that day."
    assert find_publication_date(text, "article.txt") == (None, None)


def test_a_slashed_issue_date_is_read_the_way_the_text_writes_its_other_dates() -> None:
    text = (
        "SECURITY BULLETIN\nIssued: 04/06/2013 09:30 local\n\nIncident log:\n"
        "- Wed 29/05: a bus driver was shot dead.\n"
    )
    assert find_publication_date(text, "bulletin.txt") == (D(2013, 6, 4), "published-line")


def test_an_ambiguous_slashed_date_alone_is_not_guessed() -> None:
    text = "SECURITY BULLETIN\nIssued: 04/06/2013\n\nNo incidents were reported.\n"
    assert find_publication_date(text, "bulletin.txt")[1] != "published-line"


def test_a_cable_is_dated_by_its_date_time_group() -> None:
    text = "CONFIDENTIAL\n\nR 291530Z SEP 70\nFM AMEMBASSY AMMAN\nTO SECSTATE WASHDC\n\n1. SUMMARY"
    assert find_publication_date(text, "cable.txt") == (D(1970, 9, 29), "date-time-group")


def test_a_date_before_its_last_updated_time() -> None:
    text = (
        "CAR crisis: commanders reject ceasefire\n\n24 July 2014 Last updated at 14:05 GMT\n\nText"
    )
    assert find_publication_date(text, "page.txt") == (D(2014, 7, 24), "header-date")


def test_a_stamp_in_figures_with_a_two_digit_year() -> None:
    text = "Headline\n\nPublished: 03.26.19, 09:12\n\nText"
    assert find_publication_date(text, "ynet.txt") == (D(2019, 3, 26), "published-line")
    text = "Headline\n\nPublished: 05.03.19, 09:12\n\nText"
    assert find_publication_date(text, "paper.txt") == (D(2019, 3, 5), "published-line")


def test_an_ambiguous_issue_date_is_read_in_the_months_the_text_talks_of() -> None:
    text = (
        "Armenians start New Year under blockade\n\nIssued on: 04/01/2023 - 16:08\n\n"
        "Protesters have blocked the road since December 12. Talks are due at the end of "
        "January.\n"
    )
    assert find_publication_date(text, "afp.txt") == (D(2023, 1, 4), "published-line")


def test_a_briefing_header_with_two_places_and_a_date_dates_it() -> None:
    text = (
        "CONFLICT BRIEFING | ASIA | Briefing No. 48\n"
        "A year after the coup\n"
        "Bangkok/Brussels, 27 January 2022\n\n"
        "Almost a year after the military seized power, the country is at war.\n"
    )
    assert find_publication_date(text, "briefing.txt") == (D(2022, 1, 27), "header-date")


def test_a_statement_signed_off_with_a_place_and_date_is_dated_by_it() -> None:
    body = "\n\n".join(f"Paragraph {n} on the border clashes." for n in range(8))
    text = (
        "Statement of the Press Service\n\n"
        f"On the 14th of this month the other side opened fire on border posts.\n\n{body}\n\n"
        "Press Service of the President\n"
        "Bishkek, 18 September 2022\n"
    )
    assert find_publication_date(text, "statement.txt") == (D(2022, 9, 18), "signature-date")


def test_a_header_with_building_city_and_date_dates_it() -> None:
    text = (
        "Press conference by the Special Envoy on the humanitarian ceasefire\n"
        "AU Headquarters, Addis Ababa, Thursday 25 May 2023\n\n"
        "Thank you, and good afternoon to the members of the press.\n"
    )
    assert find_publication_date(text, "transcript.txt") == (D(2023, 5, 25), "header-date")


def test_a_date_under_the_byline_dates_a_long_header() -> None:
    # A book review: section, headline, the book's title, author, publisher, then the
    # reviewer and the date, seven lines down.
    text = (
        "BOOKS | HISTORY\n\n"
        "Twelve hours at the border, and forty years of waiting\n\n"
        "The Long Pause: A History of the River Truce\n"
        "by Anna Lindqvist\n"
        "Northgate Press, 388pp, £22\n\n"
        "Reviewed by Paul Okafor\n"
        "Thursday 20 July 2023\n\n"
        "Forty years ago next week, two colonels signed the truce in a tent by the river.\n"
    )
    assert find_publication_date(text, "review.txt") == (D(2023, 7, 20), "header-date")


def test_a_date_after_a_line_that_is_no_byline_is_no_header_date() -> None:
    text = (
        "BOOKS | HISTORY\n\nA headline\n\nA subtitle\nby Anna Lindqvist\nNorthgate Press\n"
        "A list of contents\n"
        "Thursday 20 July 2023\n\n"
        "The book opens in 1983.\n"
    )
    assert find_publication_date(text, "review.txt") == (None, None)


@pytest.mark.parametrize(
    ("header", "published"),
    [
        # another calendar's date after a slash
        (
            "Jakarta | Tuesday, December 10, 2002 / 5 Syawal 1423 H | No. 4,417 | Rp 3,000",
            D(2002, 12, 10),
        ),
        # a masthead's 'Vol.' is no sentence
        ("Tuesday, August 23, 2016 | Vol. XXXI No. 238 | 24 pages | P20.00", D(2016, 8, 23)),
        # a Buddhist-era year with its Gregorian twin
        ("Wednesday 4 May 2554 (2011) | Bangkok | Vol 44 No 15,602", D(2011, 5, 4)),
        # a year-first dotted stamp with its zone
        (
            "2015.08.25 10:16:42 Beijing time | Source: News Agency | Editor: Liu Jiahui",
            D(2015, 8, 25),
        ),
    ],
)
def test_masthead_lines_of_the_asian_press(header: str, published: dt.date) -> None:
    text = f"THE DAILY CHRONICLE\n{header}\n\nA headline\n\nThe two sides agreed yesterday.\n"
    assert find_publication_date(text, "page.txt") == (published, "header-date")


def test_a_buddhist_year_without_its_twin_dates_nothing() -> None:
    text = (
        "THE DAILY CHRONICLE\nWednesday 4 May 2554 | Bangkok\n\nThe two sides agreed yesterday.\n"
    )
    assert find_publication_date(text, "page.txt") == (None, None)


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("Sunday, 19 January 2025 · log closed 23:58 Israel time (UTC+2)", D(2025, 1, 19)),
        (
            "Channel log for Tuesday 29 July 2025 · 05:00-12:00 Bangkok time (UTC+7) · "
            "exported 29 Jul 2025, 12:10",
            D(2025, 7, 29),
        ),
        ("Thread saved from the web on Wednesday 19 March 2025, 20:40 Kyiv time", D(2025, 3, 19)),
    ],
)
def test_a_log_or_a_saved_page_and_its_date(header: str, published: dt.date) -> None:
    text = f"MERIDIAN NEWS\n{header}\n\nThe truce held overnight.\n"
    # the day a log covers, or the day it was saved or exported on ('exported 29 Jul 2025')
    assert find_publication_date(text, "log.txt")[0] == published


def test_a_headline_with_a_date_after_on_dates_nothing() -> None:
    text = "HEADLINES\nTruce to begin on 3 May 2019\n\nThe sides agreed yesterday.\n"
    assert find_publication_date(text, "a.txt") == (None, None)


@pytest.mark.parametrize(
    ("header", "published", "rule"),
    [
        ("Long Beach, Calif. | Wednesday, July 30, 2025", D(2025, 7, 30), "header-date"),
        (
            "Data week: 4-10 March 2023 | Released Wednesday, 15 March 2023 | Note ref. WDN-10",
            D(2023, 3, 15),
            "published-line",  # 'Released' is a stamp word of its own
        ),
        (
            "Export generated: 2015-03-02 07:45 UTC | Dashboard build 4.7.2",
            D(2015, 3, 2),
            "header-date",
        ),
    ],
)
def test_a_dateline_place_a_release_or_an_export_and_its_date(
    header: str, published: dt.date, rule: str
) -> None:
    text = f"THE COURIER\n{header}\n\nThe truce held overnight.\n"
    assert find_publication_date(text, "page.txt") == (published, rule)


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("No. 37 | Circulated Tuesday 14 January 2003", D(2003, 1, 14)),
        (
            "A magazine of photography | Vol. 9, No. 3 | On sale Friday 4 October 1996",
            D(1996, 10, 4),
        ),
    ],
)
def test_a_newsletter_or_magazine_masthead_and_its_date(header: str, published: dt.date) -> None:
    text = f"THE FIELD POST\n{header}\n\nThe clinic reopened yesterday.\n"
    assert find_publication_date(text, "issue.txt") == (published, "header-date")


def test_an_email_pasted_below_a_bulletin_does_not_date_it() -> None:
    text = (
        "ST COLUMBA'S PARISH\n"
        "Weekly Bulletin - The Epiphany of the Lord - Sunday 8 January 2017\n\n"
        "A LETTER FROM CIARA\nShe sent the email below on Wednesday.\n\n-----\n"
        "From: Ciara Dunphy\nSent: Wed 04/01/2017 19:52\n\nDear all, the truce held.\n"
    )
    assert find_publication_date(text, "bulletin.txt") == (D(2017, 1, 8), "header-date")
    # the email on its own is dated by its stamp
    alone = "From: Ciara Dunphy\nSent: 4 January 2017 19:52\n\nDear all, the truce held.\n"
    assert find_publication_date(alone, "mail.txt")[0] == D(2017, 1, 4)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "JOURNAL OF PEACE\nVol. 9 (2008)\nReceived 4 October 2007; revised 21 February "
            "2008; published online 14 July 2008\n\nThe truce held.\n",
            D(2008, 7, 14),
        ),
        (
            "CENTRE FOR PEACE\nPolicy Brief No. 22 | June 2022\n\nThe truce held.\n\n"
            "Date of publication: 8 June 2022. The views expressed are the authors' own.\n",
            D(2022, 6, 8),
        ),
        (
            "AGENCY FOR PEACE\nEvaluation Report EVR-2016/03\nFinal report, 29 April 2016\n\n"
            "Figures as of 31 March 2016 show the truce held.\n",
            D(2016, 4, 29),
        ),
    ],
)
def test_a_report_or_paper_and_its_publication_stamp(text: str, published: dt.date) -> None:
    assert find_publication_date(text, "paper.txt")[0] == published


def test_a_weekday_settles_a_masthead_date_in_figures() -> None:
    text = "THE REVIEW\nScreen & Page  \u00b7  Fri 8.8.25  \u00b7  No. 1,184\n\nThe film opens.\n"
    assert find_publication_date(text, "review.txt") == (D(2025, 8, 8), "header-date")
    # 3.8.25 is a Sunday read day first and a Saturday read month first
    text = "THE REVIEW\nSat 3.8.25 | No. 12\n\nThe film opens.\n"
    assert find_publication_date(text, "review.txt")[0] == D(2025, 3, 8)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "COMMUNITY RADIO - 98.1 FM\nScript file VOR/NEWS/1999 - MORNING NEWS\n"
            "Bulletin 14 - Thurs 3/6 - 7.00 slot\n\nThe chiefs meet on Saturday.\n",
            D(1999, 6, 3),
        ),
        (
            "MASJID NURUL HUDA\nNOTICE BOARD\nNotice dated the 18th day of August 2005, signed "
            "by the Imam\n\nPrayers for the peace on Friday.\n",
            D(2005, 8, 18),
        ),
        (
            "MARKET VENDORS' ASSOCIATION\nNOTICE No. 12\nPosted Tues. the 29th July '97 - "
            "please do not remove before Saturday\n\nThe market opens on Thursday.\n",
            D(1997, 7, 29),
        ),
    ],
)
def test_a_community_notice_and_its_date(text: str, published: dt.date) -> None:
    assert find_publication_date(text, "notice.txt")[0] == published


def test_a_weekday_and_day_without_a_year_need_a_year_that_agrees() -> None:
    # 3/6 is a Thursday in 1999 (3 June) and in no reading of 1998
    text = "RADIO\nBulletin 14 - Thurs 3/6\nScript 1998\n\nNews.\n"
    assert find_publication_date(text, "bulletin.txt") == (None, None)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "EUROPEAN PARLIAMENT\nSitting of Wednesday 3 September 2008 | Strasbourg\n\n"
            "Mr President, the ceasefire holds.\n",
            D(2008, 9, 3),
        ),
        (
            "LOK SABHA\nUnstarred Question No. 2934, answered on 14.12.2021\n\n"
            "The ceasefire has held.\n",
            D(2021, 12, 14),
        ),
        (
            "WRITTEN ANSWERS\nQuestion UIN 18734, tabled on 18 March 2024\n\nAsked by a Member.\n"
            "\nAnswered on Monday 25 March 2024 by the Minister of State:\n\nTalks resume.\n",
            D(2024, 3, 25),
        ),
    ],
)
def test_a_sitting_or_an_answer_and_its_date(text: str, published: dt.date) -> None:
    assert find_publication_date(text, "debate.txt")[0] == published


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "MERIDIAN NEWS AGENCY | SOUTH ASIA DESK\nDAYBOOK for Tuesday, 5 September 2006\n\n"
            "Compiled in Islamabad at 0230 GMT. The accord will be signed today.",
            D(2006, 9, 5),
        ),
        ("Morning brief: 3 March 2025\n\nTalks resume in Jeddah today.", D(2025, 3, 3)),
        ("Planning diary for 14 January 2019\n\nConvoys leave at dawn.", D(2019, 1, 14)),
        ("Talks set for Tuesday, 5 September 2006\n\nThe two sides will meet.", None),
    ],
)
def test_the_day_a_diary_or_bulletin_is_for(text: str, published: dt.date | None) -> None:
    found = find_publication_date(text, "daybook.txt")
    assert found == ((published, "header-date") if published else (None, None))


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            'FINAL EVALUATION\n"Paths to Peace"\nGrant No. 2012-0871\n'
            "Final version submitted on 20 February 2015\n\nThe project ran two years.",
            D(2015, 2, 20),
        ),
        (
            "Six-Month Interim Narrative Report\nReporting period: January to June 2014\n"
            "Date of submission: Monday 28 July 2014\n\n1. Overview",
            D(2014, 7, 28),
        ),
    ],
)
def test_a_report_dated_by_its_submission(text: str, published: dt.date) -> None:
    assert find_publication_date(text, "report.txt") == (published, "published-line")


def test_an_agency_wire_stamp_closing_the_story_dates_it() -> None:
    text = (
        "ETA announces truce limited to Catalonia\n\n"
        "(ANSA) - Madrid, February 18 - The group said on Wednesday that it had suspended "
        "its attacks.\n\nKH\n18-FEB-04 14:06 NNNN\n"
    )
    assert find_publication_date(text, "eta.txt") == (D(2004, 2, 18), "wire-stamp")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Issue N\u00b0 2476, from 29 June to 5 July 2008", D(2008, 6, 29)),
        ("No. 41, 3-9 March 2014", D(2014, 3, 3)),
        # a week across the turn of the year starts in the year before
        ("Issue 7, from 29 December to 4 January 2015", D(2014, 12, 29)),
    ],
)
def test_a_weeklys_issue_line_dates_it_by_the_weeks_first_day(line: str, expected: dt.date) -> None:
    text = f"Libreville: the rebels sign\n\nThe agreement was signed on Saturday.\n\n{line}\n"
    assert find_publication_date(text, "weekly.txt") == (expected, "issue-week")


def test_an_agency_name_after_the_dateline_date_leaves_the_date_readable() -> None:
    text = (
        "DUSHANBE, July 26, 2012, Asia-Plus -- A fragile ceasefire was holding in Khorog "
        "for a second day on Thursday."
    )
    assert find_publication_date(text, "khorog.txt") == (D(2012, 7, 26), "dateline")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the report tells of October and November: the 12th of November, day first
        (
            "Since the ceasefire on 29 October, Goma has stayed calm. This update covers "
            "29 October to 11 November. Fighting resumed at the end of October.",
            D(2008, 11, 12),
        ),
        # a report of December the 11th talks of November and December
        (
            "Fighting in late November gave way to a truce on December 4. Talks resume in "
            "December.",
            D(2008, 12, 11),
        ),
    ],
)
def test_a_dashed_figure_date_under_a_heading_takes_the_order_its_months_tell(
    body: str, expected: dt.date
) -> None:
    text = f"North Kivu: operational update\n\n12-11-2008\n\n{body}\n"
    assert find_publication_date(text, "update.txt") == (expected, "header-date")


def test_a_text_released_at_a_place_on_a_day_is_dated_by_that_line() -> None:
    text = (
        "PEACE AGREEMENT BETWEEN THE GOVERNMENT AND THE MOVEMENT\n\n"
        "Released at Pece Stadium, Gulu, Friday, 3rd June 1988. Text as distributed.\n\n"
        "PREAMBLE\nThe parties met on Thursday.\n"
    )
    assert find_publication_date(text, "accord.txt") == (D(1988, 6, 3), "published-line")


def test_an_agreement_is_dated_by_its_done_at_line_wherever_it_stands() -> None:
    text = (
        "AGREEMENT FOR AN IMMEDIATE CEASE-FIRE\n\nFIRST. The cease-fire enters into force at "
        "noon on Thursday.\n\nDone at Managua at 1:00 a.m. on this 19th day of April 1990.\n\n"
        "RADIO REPORT\nThe radio read the full text at dawn.\n"
    )
    assert find_publication_date(text, "accord.txt") == (D(1990, 4, 19), "signature-date")


def test_a_letters_header_date_outranks_the_done_at_line_of_its_annex() -> None:
    text = (
        "Security Council                                 20 February 1996\n\n"
        "Letter dated 20 February 1996 from the Permanent Representative\n\n"
        "I have the honour to transmit the communique.\n\nAnnex\n\nDone at Kara, 17 February "
        "1996\n"
    )
    assert find_publication_date(text, "letter.txt")[0] == D(1996, 2, 20)


def test_a_dateline_in_two_calendars_is_read_by_its_gregorian_date() -> None:
    text = (
        "Custodian of the Two Holy Mosques Sponsors Palestinian Accord in Makkah\n\n"
        "Makkah, Muharram 21, 1428 H corresponding to February 9, 2007, SPA -- The "
        "delegations signed the agreement late on Thursday.\n"
    )
    assert find_publication_date(text, "spa.txt") == (D(2007, 2, 9), "dateline")


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Daily Situation Report, period ending 16 Feb 94, 1800B", D(1994, 2, 16)),
        (
            "Daily report for the period 0800 hrs 26 December to 0800 hrs 27 December 1996",
            D(1996, 12, 27),
        ),
    ],
)
def test_a_monitoring_report_is_dated_by_the_end_of_its_period(
    heading: str, expected: dt.date
) -> None:
    text = f"UN MILITARY OBSERVERS\n{heading}\n\n1. The ceasefire held in general terms.\n"
    assert find_publication_date(text, "sitrep.txt") == (expected, "report-period")


def test_a_sitting_heading_with_the_before_its_day_dates_the_record() -> None:
    text = (
        "NATIONAL ASSEMBLY OF PAKISTAN\nDEBATES\nOfficial Report\nTuesday, the 11th May, 2004\n"
        "(9th Session)\n\nThe House met at ten of the clock in the morning.\n"
    )
    assert find_publication_date(text, "debates.txt") == (D(2004, 5, 11), "header-date")


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Translated from the Russian. This article appeared in a Moscow business daily on "
            "3 May 2016 and on its English-language site the same day.",
            D(2016, 5, 3),
        ),
        (
            "Translated from Persian. The following report appeared in the Monday, 8 Khordad "
            "1402 (29 May 2023) edition of a Tehran morning daily.",
            D(2023, 5, 29),
        ),
        (
            "Translated from the Arabic by the paper's English-language service. Original "
            "published in the Hasakah edition, page 3, Sunday 24 April 2016 (17 Rajab 1437 AH).",
            D(2016, 4, 24),
        ),
    ],
)
def test_a_translators_note_over_the_text_gives_the_day_it_came_out(
    note: str, expected: dt.date
) -> None:
    text = f"{note}\n\nTruce holds for a second day\n\nCalm returned to the streets yesterday.\n"
    assert find_publication_date(text, "translation.txt") == (expected, "publication-note")


def test_a_lede_citing_a_study_that_appeared_on_a_day_is_no_note_on_the_text() -> None:
    text = (
        "Truce holds for a second day\n\nA study that first appeared in a Moscow daily on 3 May "
        "2016 found the truce held.\n"
    )
    assert find_publication_date(text, "lede.txt") == (None, None)


def test_an_efe_dateline_closed_by_a_full_stop_and_dash_is_read() -> None:
    text = (
        "Petro suspends ceasefire with the Clan del Golfo\n\nBogota, Mar 20 (EFE).- Colombian "
        "President Gustavo Petro on Sunday ordered the security forces to resume operations.\n"
    )
    assert find_publication_date(text, "clan_del_golfo_efe_2023.txt") == (
        D(2023, 3, 20),
        "dateline+filename",
    )


def test_a_numbered_release_is_dated_by_the_date_after_its_number() -> None:
    text = (
        "REPUBLIC OF TURKEY \u2014 MINISTRY OF FOREIGN AFFAIRS\n\nNo: 341, 29 December 2016, "
        "Press Release Regarding the Ceasefire Throughout Syria\n\nThe ceasefire was agreed "
        "today.\n"
    )
    assert find_publication_date(text, "release.txt") == (D(2016, 12, 29), "header-date")


@pytest.mark.parametrize(
    ("lede", "name", "expected"),
    [
        (
            "YEREVAN, MAY 17, ARMENPRESS. The presidents reaffirmed the ceasefire.",
            "vienna_summit_2016.txt",
            (D(2016, 5, 17), "dateline+filename"),
        ),
        (
            "Baku, 12 May 2016, AZERTAC. The ministry reported no violations.",
            "report.txt",
            (D(2016, 5, 12), "dateline"),
        ),
    ],
)
def test_a_dateline_closed_by_the_agencys_name_and_a_full_stop_is_read(
    lede: str, name: str, expected: tuple[dt.date, str]
) -> None:
    assert find_publication_date(f"Truce reaffirmed in Vienna\n\n{lede}\n", name) == expected
