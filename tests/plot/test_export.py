"""Exported figures: the size asked for, not blank, with title and sources."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pytest
from PIL import Image
from plot_events import synthetic_documents, synthetic_events
from pypdf import PdfReader

from viewer.core.model import Document
from viewer.plot.export import save_timeline

TITLE = "Kerry urges restored Syrian truce: dated events"


def ink_fraction(path) -> float:
    pixels = np.asarray(Image.open(path).convert("RGB"), dtype=int)
    return float((pixels.sum(axis=2) < 600).mean())


@pytest.mark.parametrize(
    ("width", "height", "dpi"),
    [(1600, 900, 150), (1000, 700, 100), (1601, 901, 96), (2400, 1200, 300)],
)
def test_png_has_exactly_the_requested_pixels_and_is_not_blank(tmp_path, seed, width, height, dpi):
    events, documents = seed
    out = save_timeline(
        tmp_path / "seed.png",
        events,
        documents,
        width_px=width,
        height_px=height,
        dpi=dpi,
        title=TITLE,
    )
    with Image.open(out) as image:
        assert image.size == (width, height)
        assert image.info["dpi"] == pytest.approx((dpi, dpi), abs=0.1)  # stored per metre
    assert 0.005 < ink_fraction(out) < 0.5


def test_svg_has_the_requested_size_and_shows_title_and_sources(tmp_path, seed):
    events, documents = seed
    out = save_timeline(
        tmp_path / "seed.svg", events, documents, width_px=1600, height_px=900, dpi=150, title=TITLE
    )
    svg = out.read_text()
    width = float(re.search(r'<svg[^>]*\bwidth="([\d.]+)pt"', svg).group(1))
    height = float(re.search(r'<svg[^>]*\bheight="([\d.]+)pt"', svg).group(1))
    assert (width, height) == pytest.approx((1600 / 150 * 72, 900 / 150 * 72))
    assert svg.count("<path") > 20
    assert "Kerry urges restored Syrian truce" in svg  # title, and the source footnote


def test_pdf_has_the_requested_size_and_lists_the_source_documents(tmp_path):
    events = synthetic_events(300, n_documents=4)
    documents = synthetic_documents(4)
    out = save_timeline(
        tmp_path / "syria.pdf",
        events,
        documents,
        width_px=1200,
        height_px=800,
        dpi=100,
        title="Syria, 2011-2017",
    )
    page = PdfReader(out).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx((864, 576))
    text = page.extract_text()
    assert "Syria, 2011-2017" in text
    for document in documents:
        assert document.title in text
    assert "300 dated events" in text


def test_extent_limits_the_export_to_a_period(tmp_path, seed):
    events, documents = seed
    whole = save_timeline(tmp_path / "whole.pdf", events, documents, width_px=800, height_px=500)
    spring = save_timeline(
        tmp_path / "spring.pdf",
        events,
        documents,
        width_px=800,
        height_px=500,
        extent=(dt.date(2016, 4, 25), dt.date(2016, 5, 8)),
    )
    assert "6 dated events" in PdfReader(whole).pages[0].extract_text()
    spring_text = PdfReader(spring).pages[0].extract_text()
    # Sunday 1 May to Tuesday 3 May: four events; the 2011 and February bars are outside.
    assert "4 of 6 dated events, 25 Apr 2016 to 8 May 2016" in spring_text
    assert "2 earlier" in spring_text  # the note under the axis
    assert "2011" not in spring_text.split("Sources")[0]


def test_unknown_suffix_is_refused(tmp_path, seed):
    events, documents = seed
    with pytest.raises(ValueError, match=r"\.png"):
        save_timeline(tmp_path / "seed.jpg", events, documents)


def test_a_long_source_list_wraps_inside_the_figure(tmp_path):
    events = synthetic_events(200, n_documents=12)
    documents = [
        Document(
            path=f"/news/{d}.html",
            published=dt.date(2016, 2, 10 + d),
            title=f"Syrian government and rebels trade accusations over truce breach {d}",
        )
        for d in range(12)
    ]
    out = save_timeline(
        tmp_path / "long.png", events, documents, width_px=1200, height_px=700, dpi=150
    )
    pixels = np.asarray(Image.open(out).convert("RGB"), dtype=int)
    footer = pixels[-90:]  # the footnote strip
    assert (footer.sum(axis=2) < 600).any()  # there is text
    assert (footer[:, -8:].sum(axis=2) > 740).all()  # and it stops before the right edge


def test_svg_and_pdf_labels_are_words_a_reader_can_select(tmp_path, seed):
    events, documents = seed
    svg = save_timeline(tmp_path / "seed.svg", events, documents).read_text()
    texts = [" ".join(t.split()) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]
    assert "Syrian war begins" in texts  # an event label
    assert "Military action" in texts  # a lane name
    pdf = PdfReader(save_timeline(tmp_path / "seed.pdf", events, documents)).pages[0]
    words = pdf.extract_text()
    assert "Syrian war begins" in words
    assert "Military action" in words
