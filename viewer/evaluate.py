"""Evaluation of the temporal tagger: ``python -m viewer.evaluate tempeval [CORPUS_DIR]``.

Prints the TempEval-3 Task A figures on a TimeML corpus (strict and relaxed
precision/recall/F1 of extents, type and value accuracy on relaxed matches, value
F1 = relaxed F1 x value accuracy) and the score on the seed article's gold events.
Reference data stays outside the project; a missing corpus is skipped, not an error.
``--half 0`` / ``--half 1`` score the even / odd documents by name: a rule is kept only
if it holds on both halves, so that it is not fitted to one document's quirks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from viewer import evaluate_events
from viewer.core.model import TimeExpression
from viewer.core.temporal import tag, timeml_pieces
from viewer.evaluate_events import nth_span, occurrences, overlaps

PROJECT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = PROJECT.parent / "shared" / "corpora" / "tbaq"
DEFAULT_SEED_GOLD = PROJECT.parent / "shared" / "gold" / "kerry_aleppo_truce_2016.json"
SEED_TEXT = PROJECT / "seeds" / "kerry_aleppo_truce_2016.txt"


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    name: str
    text: str
    creation: dt.date | None
    timexes: tuple[GoldTimex, ...]


def read_timeml(path: Path) -> TimeMLDocument:
    """Plain text of <TEXT> with the tags removed, the gold TIMEX3 offsets in it, and the DCT."""
    root = ET.parse(path).getroot()
    creation = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            creation = dt.date.fromisoformat((timex.get("value") or "")[:10])
    body = root.find("TEXT")
    pieces: list[str] = []
    gold: list[GoldTimex] = []
    length = 0

    def walk(element: ET.Element) -> None:
        nonlocal length
        start = length
        if element.text:
            pieces.append(element.text)
            length += len(element.text)
        for child in element:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail)
        if element.tag == "TIMEX3" and element is not body:
            gold.append(
                GoldTimex(
                    start,
                    length,
                    "".join(pieces)[start:length],
                    element.get("type", ""),
                    element.get("value", ""),
                )
            )

    if body is not None:
        walk(body)
    return TimeMLDocument(path.name, "".join(pieces), creation, tuple(gold))


@dataclass(slots=True)
class Tally:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_right: int = 0
    value_right: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, doc: TimeMLDocument, found: Sequence[TimeExpression]) -> None:
        self.gold += len(doc.timexes)
        self.system += len(found)
        used: set[int] = set()
        for g in doc.timexes:
            match = next(
                (
                    i
                    for i, e in enumerate(found)
                    if i not in used and overlaps((e.char_start, e.char_end), (g.start, g.end))
                ),
                None,
            )
            if match is None:
                self.errors.append(f"MISS  {doc.name}: {g.text!r} {g.type} {g.value}")
                continue
            used.add(match)
            e = found[match]
            self.relaxed += 1
            self.strict += e.char_start == g.start and e.char_end == g.end
            self.type_right += e.type == g.type
            self.value_right += e.value == g.value
            if (
                e.value != g.value
                or e.type != g.type
                or (e.char_start, e.char_end) != (g.start, g.end)
            ):
                self.errors.append(
                    f"DIFF  {doc.name}: gold {g.text!r} {g.type} {g.value} | "
                    f"ours {e.text!r} {e.type} {e.value}"
                )
        for i, e in enumerate(found):
            if i not in used:
                self.errors.append(f"EXTRA {doc.name}: {e.text!r} {e.type} {e.value}")

    def figures(self) -> dict[str, float]:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        sp = self.strict / self.system if self.system else 0.0
        sr = self.strict / self.gold if self.gold else 0.0
        rp = self.relaxed / self.system if self.system else 0.0
        rr = self.relaxed / self.gold if self.gold else 0.0
        value_acc = self.value_right / self.relaxed if self.relaxed else 0.0
        return {
            "strict_p": sp,
            "strict_r": sr,
            "strict_f1": f1(sp, sr),
            "relaxed_p": rp,
            "relaxed_r": rr,
            "relaxed_f1": f1(rp, rr),
            "type_accuracy": self.type_right / self.relaxed if self.relaxed else 0.0,
            "value_accuracy": value_acc,
            "value_f1": f1(rp, rr) * value_acc,
        }


def evaluate_corpus(folder: Path, half: int | None = None) -> Tally:
    """Score every document, or with ``half`` 0/1 the even/odd ones in name order.

    Two halves let a rule be kept only if it helps on both, not on one document's quirk.
    """
    tally = Tally()
    paths = sorted(folder.rglob("*.tml"), key=lambda p: p.name)
    if half is not None:
        paths = paths[half::2]
    for path in paths:
        doc = read_timeml(path)
        # scored as the TimeML export writes them: a month range as its two months
        tally.add(
            doc, [piece for found in tag(doc.text, doc.creation) for piece in timeml_pieces(found)]
        )
    return tally


def seed_score(gold_path: Path, seed_path: Path = SEED_TEXT) -> dict[str, int]:
    """Required events found with the right value; distractors and other events anchored."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = seed_path.read_text(encoding="utf-8")
    found = [e for e in tag(text, dt.date.fromisoformat(gold["reference"])) if e.anchored]

    def over(e: TimeExpression, span: tuple[int, int]) -> bool:
        return overlaps((e.char_start, e.char_end), span)

    required_spans = []
    right = 0
    for phrase, nth, value in gold["required"]:
        span = nth_span(text, phrase, nth, gold_path.name)
        required_spans.append(span)
        right += any(over(e, span) and e.value in value.split("|") for e in found)
    allowed = required_spans + [s for p in gold["optional"] for s in occurrences(text, p)]
    distractor_spans = [s for p in gold["distractors"] for s in occurrences(text, p)]
    return {
        "required": len(gold["required"]),
        "found": right,
        "distractors_anchored": sum(any(over(e, s) for s in distractor_spans) for e in found),
        "other_anchored": sum(not any(over(e, s) for s in allowed) for e in found),
    }


def _print_figures(name: str, tally: Tally) -> None:
    fig = tally.figures()
    print(f"{name}: {tally.gold} gold TIMEX3, {tally.system} found")
    for kind in ("strict", "relaxed"):
        print(
            f"  {kind:<8} P {100 * fig[kind + '_p']:.1f}  R {100 * fig[kind + '_r']:.1f}"
            f"  F1 {100 * fig[kind + '_f1']:.1f}"
        )
    print(f"  type accuracy  {100 * fig['type_accuracy']:.1f}")
    print(f"  value accuracy {100 * fig['value_accuracy']:.1f}")
    print(f"  value F1       {100 * fig['value_f1']:.1f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m viewer.evaluate", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    tempeval = sub.add_parser("tempeval", help="TempEval-3 Task A figures on a TimeML folder")
    tempeval.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    tempeval.add_argument("--seed-gold", type=Path, default=DEFAULT_SEED_GOLD)
    tempeval.add_argument("--errors", action="store_true", help="list every miss and mismatch")
    tempeval.add_argument(
        "--half", type=int, choices=(0, 1), help="only the even (0) or odd (1) documents by name"
    )
    sub.add_parser("events", help="event figures on articles with gold (see its --help)")
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["events"]:
        return evaluate_events.main(argv[1:])
    args = parser.parse_args(argv)

    if args.corpus.is_dir() and any(args.corpus.rglob("*.tml")):
        tally = evaluate_corpus(args.corpus, args.half)
        half = "" if args.half is None else f" (half {args.half})"
        _print_figures(f"TempEval-3 on {args.corpus}{half}", tally)
        if args.errors:
            print("\n".join(tally.errors))
    else:
        print(f"TempEval: no TimeML corpus at {args.corpus}; skipped.")
    if args.seed_gold.is_file():
        score = seed_score(args.seed_gold)
        print(
            f"seed gold: {score['found']}/{score['required']} required events with the right value,"
            f" {score['distractors_anchored']} distractors anchored,"
            f" {score['other_anchored']} other events anchored"
        )
    else:
        print(f"seed gold: no gold file at {args.seed_gold}; skipped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
