# ruff: noqa: RUF001  (real news text uses typographic dashes, quotes and Cyrillic)
"""Plain-text articles in the encodings analysts' tools save, with sidecars."""

from __future__ import annotations

import codecs
import datetime as dt
import json
from pathlib import Path

import pytest

from viewer.core.ingest import load_document

ARTICLE = (
    "Kerry urges restored Syrian truce especially in Aleppo\n"
    "\n"
    "GENEVA (AA) – U.S. Secretary of State John Kerry has called for Syria’s "
    "floundering cessation of hostilities to be restored.\n"
    "\n"
    "“We are working over these next hours intensely,” Kerry said in Geneva on Monday.\n"
)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf8.txt", ARTICLE.encode("utf-8")),
        ("utf8-bom.txt", codecs.BOM_UTF8 + ARTICLE.encode("utf-8")),
        ("utf16.txt", ARTICLE.encode("utf-16")),
        ("utf16be-bom.txt", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be")),
        ("utf16le-nobom.txt", ARTICLE.encode("utf-16-le")),
        ("cp1252.txt", ARTICLE.encode("cp1252")),
        ("crlf.txt", ARTICLE.replace("\n", "\r\n").encode("cp1252")),
        ("cr.md", ARTICLE.replace("\n", "\r").encode("utf-8")),
    ],
)
def test_every_encoding_gives_the_same_text(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    document = load_document(path)
    assert document.error is None
    assert document.text == ARTICLE
    assert document.title == "Kerry urges restored Syrian truce especially in Aleppo"


def test_latin1_accents_survive(tmp_path: Path) -> None:
    text = "Genève talks\n\nLe cessez-le-feu a été prolongé à Genève, a déclaré le médiateur.\n"
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    assert load_document(path).text == text


def test_cyrillic_cp1251_is_not_read_as_western(tmp_path: Path) -> None:
    text = (
        "Перемирие в Алеппо\n\nГосударственный секретарь США Джон Керри призвал "
        "восстановить режим прекращения огня в Сирии, особенно в Алеппо. "
        "Переговоры продолжатся в Женеве и Москве на этой неделе.\n"
    )
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    assert load_document(path).text == text


def test_utf8_offsets_index_the_file_content(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    document = load_document(path)
    start = document.text.index("on Monday")
    assert path.read_text(encoding="utf-8")[start : start + 9] == "on Monday"


def test_sidecar_wins_over_everything(tmp_path: Path) -> None:
    path = tmp_path / "2016-05-09_kerry.txt"
    path.write_text("Published: 3 May 2016\n\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "2016-05-09_kerry.meta.json").write_text(
        json.dumps({"published": "2016-05-02", "source": "Anadolu Agency", "title": "Kerry"}),
        encoding="utf-8",
    )
    document = load_document(path)
    assert (document.published, document.published_source) == (dt.date(2016, 5, 2), "sidecar")
    assert document.source == "Anadolu Agency"
    assert document.title == "Kerry"


def test_without_sidecar_the_published_line_gives_the_date(tmp_path: Path) -> None:
    path = tmp_path / "2016-05-09_kerry.txt"
    path.write_text("Kerry urges truce\nPublished: 3 May 2016\n\n" + ARTICLE, encoding="utf-8")
    document = load_document(path)
    assert (document.published, document.published_source) == (
        dt.date(2016, 5, 3),
        "published-line",
    )


def test_broken_sidecar_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "kerry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "kerry.meta.json").write_text('{"published": "2 May"}', encoding="utf-8")
    document = load_document(path)
    assert document.text == ""
    assert document.error is not None
    assert "kerry.meta.json" in document.error and "YYYY-MM-DD" in document.error


def test_no_date_anywhere_leaves_published_empty(tmp_path: Path) -> None:
    path = tmp_path / "kerry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    document = load_document(path)
    assert document.error is None
    assert (document.published, document.published_source) == (None, None)


def test_long_first_line_is_not_a_title(tmp_path: Path) -> None:
    path = tmp_path / "rant.txt"
    path.write_text("word " * 100 + "\n\nMore text.", encoding="utf-8")
    assert load_document(path).title == "rant.txt"


def test_a_damaged_byte_in_utf8_costs_one_character(tmp_path: Path) -> None:
    data = bytearray(ARTICLE.encode("utf-8"))
    data[data.index(b"Monday")] = 0xFF
    path = tmp_path / "damaged.txt"
    path.write_bytes(bytes(data))
    text = load_document(path).text
    assert text == ARTICLE.replace("Monday", "\ufffdonday")


def test_truncated_utf16_keeps_the_text_before_the_cut(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes(ARTICLE.encode("utf-16")[:-1])
    document = load_document(path)
    assert document.error is None
    assert document.text.startswith(ARTICLE[:-1])


def test_markdown_front_matter_gives_title_and_date(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        '---\ntitle: "Sudan truce signed in Jeddah"\ndate: 2023-05-21\n---\n\n'
        "# Sudan truce\n\nThe warring parties signed a short-term ceasefire on Saturday.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    assert document.title == "Sudan truce signed in Jeddah"
    assert (document.published, document.published_source) == (
        dt.date(2023, 5, 21),
        "published-line",
    )


def test_title_skips_rule_lines(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("* * *\n\nTruce holds in Aleppo\n\nThe truce held overnight.\n", "utf-8")
    assert load_document(path).title == "Truce holds in Aleppo"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a dateline-only first line, a desk label, a document kind in capitals
        (
            "Nairobi, 14 November 2000\n\nINTERVIEW: The guns are quiet",
            "INTERVIEW: The guns are quiet",
        ),
        (
            "World | Turkey\n\nOcalan tells PKK fighters to leave Turkey",
            "Ocalan tells PKK fighters to leave Turkey",
        ),
        (
            "APPENDIX B\n\nChronology of the peace process, 1980-1992",
            "Chronology of the peace process, 1980-1992",
        ),
        ("Published 21 February 2003\n\nThe last day of the war", "The last day of the war"),
        (
            "FACTBOX-Syria truce: key dates\n\nFeb. 22 - Truce announced.",
            "FACTBOX-Syria truce: key dates",
        ),
        # a page's section or breadcrumb over its headline
        ("Africa\n\nHaftar announces Ramadan truce", "Haftar announces Ramadan truce"),
        (
            "World > Europe > Ukraine\n\nSeparatist leader's killing throws truce into doubt",
            "Separatist leader's killing throws truce into doubt",
        ),
        # a translator's credit over the headline, with no date to make it a note
        (
            "English edition - translated from the Spanish original\n\nELN truce holds in Cauca",
            "ELN truce holds in Cauca",
        ),
        (
            "(Translated from the Arabic by the newspaper's English service)\n"
            "Calm returns to the border crossings",
            "Calm returns to the border crossings",
        ),
        # a report's letterhead in two columns, its form fields and the body that issued it
        (
            "United Nations"
            + " " * 40
            + "S/1996/1016\nSecurity Council"
            + " " * 30
            + "Distr.: General\n"
            + " " * 50
            + "10 December 1996\n"
            + " " * 50
            + "Original: English\n\nReport of the Secretary-General on the operation in Cyprus",
            "Report of the Secretary-General on the operation in Cyprus",
        ),
        # a press release's number, date, organ and sitting
        (
            "SC/8563\n23 November 2005\n\nSecurity Council\n5304th Meeting (AM)\n\n"
            "Council Demands Eritrea Reverse Helicopter Ban",
            "Council Demands Eritrea Reverse Helicopter Ban",
        ),
        # a place's stamp in figures under a translator's credit in capitals
        (
            "TRANSLATED FROM THE FRENCH\nAlgiers, 02/10/1997\n\nAIS TRUCE: CALM IN THE JIJEL "
            "MAQUIS",
            "AIS TRUCE: CALM IN THE JIJEL MAQUIS",
        ),
        # a paper's masthead and issue line over its headline
        (
            "THE CATHOLIC RECORD\nWeekly newspaper of the Diocese of Northfield | Vol. 88, No. 2 | "
            "Thursday, January 12, 2023\n\nA Christmas without a truce: parish marks the Nativity",
            "A Christmas without a truce: parish marks the Nativity",
        ),
        # a circular's number in capitals
        (
            "MEMBERS' CIRCULAR 47/2022\nBlack Sea Grain Initiative: Russian suspension\n"
            "Date: 3 November 2022",
            "Black Sea Grain Initiative: Russian suspension",
        ),
        # a headline in capitals over its date and the body is no masthead
        ("GAZA TRUCE HOLDS\n3 May 2016", "GAZA TRUCE HOLDS"),
        # nor is a report's title with its number, over the period it covers
        (
            "SUDAN: DARFUR HUMANITARIAN SITUATION REPORT No. 8\nReporting period: 17-23 May 2004",
            "SUDAN: DARFUR HUMANITARIAN SITUATION REPORT No. 8",
        ),
        # a memorandum is named by its subject line
        (
            "MEMORANDUM\n\nTo:       Director, Great Lakes Programme\nCc:       Kinshasa office\n"
            "From:     Kivu field analyst, Goma\nDate:     4 January 2008\nRef.:     GL/KIV/001\n"
            "Subject:  Goma peace conference opening on Sunday",
            "Goma peace conference opening on Sunday",
        ),
    ],
)
def test_the_title_is_the_first_line_that_reads_as_a_headline(
    tmp_path: Path, head: str, title: str
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(f"{head}\n\nThe truce held on Monday, monitors said.\n", encoding="utf-8")
    assert load_document(path).title == title


def test_a_pasted_page_is_not_titled_by_its_menu_or_audience_count() -> None:
    from viewer.core.ingest.text_reader import text_title

    thread = (
        "Home\nExplore\nNotifications\nMessages\nTweet\n\nThread\n\nHana G\nWhere things stand.\n"
    )
    assert text_title(thread) == "Hana G"
    channel = (
        "Kabul Wire | English\nchannel \u00b7 4,812 subscribers\n\n"
        "Kabul Wire | English, [08.05.21 17:26]\nBREAKING: explosions outside a school in west "
        "Kabul as pupils were leaving at the end of the afternoon shift, witnesses say. Ambulances "
        "are on the scene and the interior ministry says the toll is not yet known; more soon.\n"
    )
    assert text_title(channel) == "Kabul Wire | English"
