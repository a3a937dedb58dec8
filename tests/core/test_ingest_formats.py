# ruff: noqa: RUF001  (real news text uses typographic dashes and quotes)
"""The same article saved in every format reads back as the same text and date."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest
from fixtures.articles import (
    HEADLINE,
    PUBLISHED,
    article_paragraphs,
    article_text,
    write_docx,
    write_eml,
    write_every_format,
    write_html,
    write_html_eml,
    write_newspaper_pdf,
    write_pdf,
)

from viewer.core.ingest import collect_paths, load_document

EXPECTED_SOURCE = {
    "html": "html-meta",
    "docx": "docx-metadata",
    "pdf": "pdf-metadata",
    "eml": "email-header",
    "rtf": "filename",
    "cp1252": "filename",
    "utf16": "filename",
}


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def every_format(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_every_format(tmp_path_factory.mktemp("formats"))


@pytest.mark.parametrize("kind", sorted(EXPECTED_SOURCE))
def test_every_format_gives_the_article_text_title_and_date(
    every_format: dict[str, Path], kind: str
) -> None:
    document = load_document(every_format[kind])
    assert document.error is None
    assert _words(document.text) == _words(article_text())
    assert document.title == HEADLINE
    assert document.published == PUBLISHED
    assert document.published_source == EXPECTED_SOURCE[kind]


@pytest.mark.parametrize("kind", sorted(EXPECTED_SOURCE))
def test_paragraphs_stay_apart_as_blank_line_separated_blocks(
    every_format: dict[str, Path], kind: str
) -> None:
    blocks = [_words(block) for block in load_document(every_format[kind]).text.split("\n\n")]
    assert blocks == [_words(paragraph) for paragraph in article_paragraphs()]


def test_a_folder_of_every_format_loads_each_copy(every_format: dict[str, Path]) -> None:
    folder = every_format["html"].parent
    files, notes = collect_paths([folder])
    assert sorted(files) == sorted(every_format.values())
    assert notes == []
    assert {load_document(path).published for path in files} == {PUBLISHED}


def test_html_drops_navigation_ads_and_footer(every_format: dict[str, Path]) -> None:
    text = load_document(every_format["html"]).text
    for boilerplate in ("Subscribe to our newsletter", "Most read", "Privacy", "Middle East"):
        assert boilerplate not in text
    assert load_document(every_format["html"]).source == "Anadolu Agency"


def test_html_keeps_the_articles_own_chronology_box_but_not_its_link_boxes(
    tmp_path: Path,
) -> None:
    paragraphs = article_paragraphs()
    body = "".join(f"<p>{text}</p>" for text in paragraphs[1:])
    links = "".join(
        f'<li><a href="/{n}">{title}</a></li>'
        for n, title in enumerate(["Markets rally on oil prices", "Club signs a new striker"])
    )
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Truce</title></head><body>"
        f"<article><h1>{paragraphs[0]}</h1>{body}"
        f'<aside class="related"><h3>Related stories</h3><ul>{links}</ul></aside>'
        '<aside class="factbox"><h2>Chronology</h2><ul>'
        "<li>Feb. 12 - Powers agree a cessation of hostilities in Munich</li>"
        "<li>Feb. 27 - The cessation takes effect at midnight</li></ul></aside>"
        f'</article><aside class="most-read"><h3>Most read</h3><ul>{links}</ul></aside>'
        "</body></html>",
        encoding="utf-8",
    )
    text = load_document(page).text
    assert "Feb. 12 - Powers agree a cessation of hostilities in Munich" in text
    assert "Feb. 27 - The cessation takes effect at midnight" in text
    for boilerplate in ("Related stories", "Most read", "Markets rally", "Club signs"):
        assert boilerplate not in text


def test_html_date_from_json_ld(tmp_path: Path) -> None:
    paragraphs = article_paragraphs()
    body = "".join(f"<p>{text}</p>" for text in paragraphs[1:])
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Truce</title>"
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "headline": "Truce", "datePublished": "2016-05-02T09:00:00Z"}'
        f"</script></head><body><article><h1>{paragraphs[0]}</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    document = load_document(page)
    assert (document.published, document.published_source) == (PUBLISHED, "html-meta")


def test_html_never_touches_the_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access attempted")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    only_url = tmp_path / "link.html"
    only_url.write_text("https://www.aa.com.tr/en/2016/05/02/kerry-urges-truce", encoding="utf-8")
    page = write_html(tmp_path / "kerry.html", article_paragraphs(), PUBLISHED)
    assert load_document(page).published == PUBLISHED
    load_document(only_url)
    assert attempts == []


def test_email_with_only_an_html_body(tmp_path: Path) -> None:
    document = load_document(write_html_eml(tmp_path / "letter.eml", article_paragraphs()))
    assert document.error is None
    assert _words(document.text) == _words(article_text())
    assert (document.published, document.published_source) == (PUBLISHED, "email-header")


def test_docx_without_a_date_uses_the_dateline_in_its_text(tmp_path: Path) -> None:
    paragraphs = [
        "Armenia, Azerbaijan and Russia sign deal to end Nagorno-Karabakh war",
        "MOSCOW/YEREVAN, Nov 10, 2020 — Armenia, Azerbaijan and Russia signed a deal on "
        "Tuesday to end the military conflict over Nagorno-Karabakh.",
    ]
    document = load_document(write_docx(tmp_path / "karabakh.docx", paragraphs, None))
    assert (document.published, document.published_source) == (dt.date(2020, 11, 10), "dateline")


def test_docx_text_date_beats_its_core_properties(tmp_path: Path) -> None:
    paragraphs = ["Sudan truce", "JEDDAH, 21 May 2023 — The warring parties signed a truce."]
    saved_later = dt.date(2023, 6, 14)
    document = load_document(write_docx(tmp_path / "sudan.docx", paragraphs, saved_later))
    assert document.published == dt.date(2023, 5, 21)


def test_pdf_published_line_beats_its_creation_date(tmp_path: Path) -> None:
    paragraphs = ["Sudan truce", "Published: 22 May 2023", "The warring parties signed a truce."]
    document = load_document(write_pdf(tmp_path / "sudan.pdf", paragraphs, dt.date(2024, 1, 9)))
    assert (document.published, document.published_source) == (
        dt.date(2023, 5, 22),
        "published-line",
    )


def test_sidecar_wins_over_html_meta(tmp_path: Path) -> None:
    page = write_html(tmp_path / "kerry.html", article_paragraphs(), dt.date(2016, 5, 3))
    (tmp_path / "kerry.meta.json").write_text(
        '{"published": "2016-05-02", "source": "AA", "title": "Kerry in Geneva"}', "utf-8"
    )
    document = load_document(page)
    assert (document.published, document.published_source) == (PUBLISHED, "sidecar")
    assert (document.title, document.source) == ("Kerry in Geneva", "AA")


def test_html_byline_date_outside_the_article_fills_a_gap(tmp_path: Path) -> None:
    paragraphs = article_paragraphs()
    body = "".join(f"<p>{text}</p>" for text in paragraphs[1:])
    page = tmp_path / "saved.html"
    page.write_text(
        f"<html><head><title>{paragraphs[0]}</title></head><body>"
        '<div class="strap"><span>Middle East</span> <span>2 May 2016</span></div>'
        f"<article><h1>{paragraphs[0]}</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    document = load_document(page)
    assert (document.published, document.published_source) == (PUBLISHED, "html-text")


def test_html_without_metadata_does_not_take_an_event_date_as_published(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Truce collapses</title></head><body><article>"
        "<h1>Truce collapses in Aleppo</h1>"
        "<p>The truce that began on February 27, 2016 has collapsed in some areas, "
        "Kerry said on Monday after meeting the UN envoy in Geneva.</p>"
        "<p>Kerry said Russia and the U.S. agreed on additional personnel.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    document = load_document(page)
    assert document.error is None
    assert (document.published, document.published_source) == (None, None)


def test_newspaper_pdf_drops_running_heads_and_takes_their_date(tmp_path: Path) -> None:
    paragraphs = article_paragraphs() * 3  # long enough for several pages
    path = write_newspaper_pdf(
        tmp_path / "paper.pdf", paragraphs, "The Daily Courier | Monday 2 May 2016"
    )
    document = load_document(path)
    assert document.error is None
    assert "Daily Courier" not in document.text
    assert "Page 1 of" not in document.text
    assert _words(document.text) == _words("\n\n".join(paragraphs))
    assert (document.published, document.published_source) == (PUBLISHED, "pdf-running-head")


def test_email_date_is_the_senders_day_not_utc(tmp_path: Path) -> None:
    early_in_istanbul = dt.datetime(2016, 5, 2, 1, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    path = write_eml(tmp_path / "early.eml", article_paragraphs(), early_in_istanbul)
    assert load_document(path).published == PUBLISHED


def test_email_without_date_falls_back_to_the_text(tmp_path: Path) -> None:
    paragraphs = ["Sudan truce", "JEDDAH, 21 May 2023 — The warring parties signed a truce."]
    document = load_document(write_eml(tmp_path / "undated.eml", paragraphs, None))
    assert (document.published, document.published_source) == (dt.date(2023, 5, 21), "dateline")


def test_html_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    page = tmp_path / "legacy.htm"
    page.write_bytes(
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"
        "<title>Genève talks</title></head><body><article><h1>Genève talks</h1>"
        "<p>Kerry’s talks in Genève resumed on Monday – the truce must hold, he said.</p>"
        "</article></body></html>".encode("cp1252")
    )
    document = load_document(page)
    assert document.title == "Genève talks"
    assert "Kerry’s talks in Genève resumed on Monday – the truce" in document.text


def test_email_with_a_stub_plain_part_reads_the_html_article(tmp_path: Path) -> None:
    from email.message import EmailMessage

    paragraphs = article_paragraphs()
    message = EmailMessage()
    message["From"] = "Newsletter <news@example.org>"
    message["Subject"] = paragraphs[0]
    message["Date"] = "Mon, 02 May 2016 10:42:00 +0300"
    message.set_content("This newsletter is best viewed in a browser.\n")
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    message.add_alternative(f"<html><body><article>{body}</article></body></html>", "html")
    path = tmp_path / "newsletter.eml"
    path.write_bytes(message.as_bytes())
    document = load_document(path)
    assert _words(document.text) == _words(article_text())
    assert document.published == PUBLISHED


def test_headline_after_a_kicker_is_not_repeated(tmp_path: Path) -> None:
    paragraphs = article_paragraphs()
    body = "".join(f"<p>{text}</p>" for text in paragraphs[1:])
    page = tmp_path / "kicker.html"
    page.write_text(
        f"<html><head><title>{paragraphs[0]}</title></head><body><article>"
        f"<p class='kicker'>MIDDLE EAST</p><h1>{paragraphs[0]}</h1>{body}"
        "</article></body></html>",
        encoding="utf-8",
    )
    document = load_document(page)
    assert document.title == HEADLINE
    assert document.text.count(HEADLINE) == 1


@pytest.mark.parametrize(
    ("info_title", "expected"),
    [
        ("Microsoft Word - kerry_truce.docx", HEADLINE),
        ("Untitled", HEADLINE),
        ("Kerry presses for Aleppo truce", "Kerry presses for Aleppo truce"),
    ],
)
def test_pdf_info_title_is_used_only_when_it_is_a_headline(
    tmp_path: Path, info_title: str, expected: str
) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.set_title(info_title)
    for text in (HEADLINE, "Kerry called for the truce to be restored on Monday."):
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    path = tmp_path / "titled.pdf"
    path.write_bytes(bytes(pdf.output()))
    assert load_document(path).title == expected
