"""The evaluation command reads TimeML as TempEval-3 does and scores the tagger on it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from viewer.evaluate import evaluate_corpus, main, read_timeml

ARTICLE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>AA20160502</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2016-05-02"
  functionInDocument="CREATION_TIME">May 2, 2016</TIMEX3></DCT>
<TEXT>
Kerry arrived in Geneva on <TIMEX3 tid="t1" type="DATE" value="2016-05-01">Sunday</TIMEX3> &amp; met
de Mistura <TIMEX3 tid="t2" type="DATE" value="2016-05-02">Monday</TIMEX3>. The truce from
<TIMEX3 tid="t3" type="DATE" value="2016-02" mod="END">late February</TIMEX3> has all but collapsed
over <TIMEX3 tid="t4" type="DURATION" value="P10D">the last 10 days</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "AA20160502.tml").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def test_plain_text_drops_the_tags_and_keeps_gold_offsets(corpus: Path) -> None:
    doc = read_timeml(corpus / "AA20160502.tml")
    assert doc.creation == dt.date(2016, 5, 2)
    assert "<" not in doc.text and "Geneva on Sunday & met" in doc.text
    assert [doc.text[g.start : g.end] for g in doc.timexes] == [
        "Sunday",
        "Monday",
        "late February",
        "the last 10 days",
    ]


def test_tagger_scores_full_marks_on_a_plain_news_paragraph(corpus: Path) -> None:
    figures = evaluate_corpus(corpus).figures()
    assert figures["strict_f1"] == 1.0
    assert figures["type_accuracy"] == 1.0
    assert figures["value_f1"] == 1.0


def test_missing_corpus_is_skipped_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["tempeval", str(tmp_path / "absent"), "--seed-gold", str(tmp_path / "none.json")])
    out = capsys.readouterr().out
    assert code == 0
    assert "skipped" in out and "TempEval" in out


def test_half_scores_every_other_document_by_name(corpus: Path) -> None:
    (corpus / "BB20160503.tml").write_text(
        ARTICLE.replace("AA20160502", "BB20160503"), encoding="utf-8"
    )
    assert evaluate_corpus(corpus).gold == 8
    assert evaluate_corpus(corpus, half=0).gold == 4
    assert evaluate_corpus(corpus, half=1).gold == 4
