"""Event-level evaluation on articles with gold: ``python -m viewer.evaluate events [FOLDER]``.

Each article ``NAME.txt`` (or any readable format) sits beside ``NAME.gold.json``::

    {"reference": "2016-09-20",
     "events": [{"expression": "Feb. 22", "nth": 0, "value": "2016-02-22",
                 "category": "ceasefire_agreed"}, ...],
     "optional": ["week-long", ...],
     "distractors": ["Resolution 2254", ...]}

``nth`` picks the occurrence (0-based) of ``expression`` in the article text;
``value`` is a TIMEX3 value and ``"A|B"`` accepts either; a day also accepts a
time on that day ("2014-08-26" accepts "2014-08-26T19:00"), and a week its weekend
("2012-W46" accepts "2012-W46-WE"); a decade may be written either way ("197X", as
TIMEX2 wrote it, is TIMEX3's "197"). Events on an
optional span cost nothing; events on a distractor are always wrong.

An optional ``corroboration.gold.json`` in the folder lists events reported by
several articles, ``{"same_event": [[["ARTICLE", "expression", nth], ...], ...]}``;
any other merge of two articles' events is counted as a wrong merge.

The figures come from the app's own pipeline (``analyse_path``, then
``timeline_events`` for the merges), so they are what an analyst would see.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from viewer.core.categories import CATEGORIES
from viewer.core.ingest.paths import SUPPORTED_SUFFIXES
from viewer.core.model import Event
from viewer.core.pipeline import DocumentResult, analyse_path, timeline_events

PROJECT = Path(__file__).resolve().parents[1]
DEFAULT_DEVSET = PROJECT / "tests" / "data" / "ceasefire"
GOLD_SUFFIX = ".gold.json"
CORROBORATION_FILE = "corroboration.gold.json"
MAX_TITLE_WORDS = 10

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    expression: str
    nth: int
    values: tuple[str, ...]
    category: str
    span: Span


@dataclass(frozen=True, slots=True)
class GoldArticle:
    name: str
    path: Path
    events: tuple[GoldEvent, ...]
    optional: tuple[Span, ...]
    distractors: tuple[tuple[str, Span], ...]


@dataclass(slots=True)
class ArticleScore:
    """Counts for one article; the lists hold one readable line per problem."""

    name: str
    gold: int = 0
    system: int = 0
    matched: int = 0
    optional: int = 0
    value_right: int = 0
    category_right: int = 0
    distractors_anchored: int = 0
    titles: int = 0
    titles_empty: int = 0
    titles_expression: int = 0
    titles_long: int = 0
    misses: list[str] = field(default_factory=list)
    wrong_values: list[str] = field(default_factory=list)
    wrong_categories: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    distractor_hits: list[str] = field(default_factory=list)
    bad_titles: list[str] = field(default_factory=list)
    on_optional: list[str] = field(default_factory=list)

    @property
    def false_positives(self) -> int:
        return self.system - self.matched - self.optional

    def add(self, other: ArticleScore) -> None:
        for name in (
            "gold", "system", "matched", "optional", "value_right", "category_right",
            "distractors_anchored", "titles", "titles_empty", "titles_expression", "titles_long",
        ):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in (
            "misses", "wrong_values", "wrong_categories", "extras", "distractor_hits",
            "bad_titles", "on_optional",
        ):  # fmt: skip
            getattr(self, name).extend(getattr(other, name))

    def figures(self) -> dict[str, float]:
        counted = self.matched + self.false_positives
        precision = self.matched / counted if counted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "value_accuracy": self.value_right / self.matched if self.matched else 0.0,
            "category_accuracy": self.category_right / self.matched if self.matched else 0.0,
        }


@dataclass(slots=True)
class Report:
    articles: list[ArticleScore]
    total: ArticleScore
    merges_expected: int = 0
    merges_found: int = 0
    wrong_merges: list[str] = field(default_factory=list)
    missed_merges: list[str] = field(default_factory=list)


def occurrences(text: str, phrase: str) -> Iterator[Span]:
    start = text.find(phrase)
    while start >= 0:
        yield start, start + len(phrase)
        start = text.find(phrase, start + 1)


def nth_span(text: str, phrase: str, nth: int, where: str) -> Span:
    spans = list(occurrences(text, phrase))
    if nth >= len(spans):
        raise ValueError(f"{where}: {phrase!r} occurs {len(spans)} times, gold asks for #{nth}")
    return spans[nth]


def article_for(gold_path: Path) -> Path:
    """The article a gold file describes: same stem, any format the app reads."""
    stem = gold_path.name[: -len(GOLD_SUFFIX)]
    for suffix in sorted(SUPPORTED_SUFFIXES):
        candidate = gold_path.with_name(stem + suffix)
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"no article beside {gold_path.name}")


def read_gold(gold_path: Path, text: str) -> GoldArticle:
    raw = json.loads(gold_path.read_text(encoding="utf-8"))
    name = gold_path.name[: -len(GOLD_SUFFIX)]
    events = []
    for item in raw["events"]:
        if item["category"] not in CATEGORIES:
            raise ValueError(f"{name}: unknown category {item['category']!r}")
        span = nth_span(text, item["expression"], item["nth"], name)
        values = tuple(item["value"].split("|"))
        events.append(GoldEvent(item["expression"], item["nth"], values, item["category"], span))
    optional = tuple(s for p in raw.get("optional", ()) for s in occurrences(text, p))
    distractors = tuple((p, s) for p in raw.get("distractors", ()) for s in occurrences(text, p))
    return GoldArticle(name, article_for(gold_path), tuple(events), optional, distractors)


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def value_right(value: str, accepted: Sequence[str]) -> bool:
    """A time on the right day places the event on the right day, so it counts; so does
    the weekend of the right week ('2012-W46-WE' for '2012-W46')."""
    return any(
        value == v
        or (len(v) == 10 and value.startswith(v + "T"))
        or (value.endswith("-WE") and value[:-3] == v)
        or (len(v) == 4 and v.endswith("X") and v[:3].isdigit() and value == v[:3])
        for v in accepted
    )


def context(text: str, span: Span, width: int = 60) -> str:
    before = text[max(0, span[0] - width) : span[0]].split("\n")[-1]
    after = text[span[1] : span[1] + width].split("\n")[0]
    return f"...{before}[{text[span[0] : span[1]]}]{after}...".replace("\n", " ")


def title_problem(event: Event) -> str | None:
    title = event.title.strip()
    if not title:
        return "empty"
    if title.strip(" .,;:-").casefold() == event.expression.strip().casefold():
        return "just the date expression"
    if len(title.split()) > MAX_TITLE_WORDS:
        return f"{len(title.split())} words"
    return None


def score_article(gold: GoldArticle, result: DocumentResult) -> ArticleScore:
    text = result.document.text
    score = ArticleScore(gold.name, gold=len(gold.events), system=len(result.events))
    used: set[int] = set()
    matched_gold: dict[int, GoldEvent] = {}
    for g in gold.events:
        candidates = [
            i
            for i, e in enumerate(result.events)
            if i not in used and overlaps((e.char_start, e.char_end), g.span)
        ]
        if not candidates:
            score.misses.append(
                f"MISS     {gold.name}: {g.expression!r} want {'|'.join(g.values)} "
                f"{g.category}  {context(text, g.span)}"
            )
            continue
        # Prefer the overlapping event with the right value, as TempEval's matcher would.
        best = next(
            (i for i in candidates if value_right(result.events[i].value, g.values)),
            candidates[0],
        )
        used.add(best)
        matched_gold[best] = g
        e = result.events[best]
        score.matched += 1
        if value_right(e.value, g.values):
            score.value_right += 1
        else:
            score.wrong_values.append(
                f"VALUE    {gold.name}: {g.expression!r} want {'|'.join(g.values)} "
                f"got {e.value} ({e.expression!r})  {context(text, g.span)}"
            )
        if e.category == g.category:
            score.category_right += 1
        else:
            score.wrong_categories.append(
                f"CATEGORY {gold.name}: {g.expression!r} want {g.category} got {e.category}"
                f"  {context(text, g.span)}"
            )
    for i, e in enumerate(result.events):
        span = (e.char_start, e.char_end)
        hit = [p for p, s in gold.distractors if overlaps(span, s)]
        if hit:
            score.distractors_anchored += 1
            score.distractor_hits.append(
                f"DISTRACT {gold.name}: {e.expression!r} -> {e.value} on distractor {hit[0]!r}"
                f"  {context(text, span)}"
            )
        if i in used:
            continue
        # A second event on a matched gold span (the two ends of "Feb. 11-12") is
        # fine when its value is right too; optional spans cost nothing.
        same_gold = [g for g in gold.events if overlaps(span, g.span)]
        if same_gold and value_right(e.value, same_gold[0].values):
            score.optional += 1
        elif any(overlaps(span, s) for s in gold.optional):
            # Free, but listed: a vague span placed on a wrong day still misleads.
            score.optional += 1
            score.on_optional.append(
                f"OPTIONAL {gold.name}: {e.expression!r} -> {e.value} {e.category}"
                f"  {context(text, span)}"
            )
        elif not hit:
            score.extras.append(
                f"EXTRA    {gold.name}: {e.expression!r} -> {e.value} {e.category}"
                f"  {context(text, span)}"
            )
    for e in result.events:
        score.titles += 1
        problem = title_problem(e)
        if problem is None:
            continue
        score.titles_empty += problem == "empty"
        score.titles_expression += problem == "just the date expression"
        score.titles_long += problem.endswith("words")
        score.bad_titles.append(
            f"TITLE    {gold.name}: {e.title!r} ({problem}) for {e.expression!r}"
        )
    return score


def _merge_check(
    folder: Path, golds: Sequence[GoldArticle], results: Sequence[DocumentResult], report: Report
) -> None:
    """Compare cross-article merges on the timeline with the expected ones."""
    index = {g.name: i for i, g in enumerate(golds)}
    expected: list[frozenset[tuple[int, Span]]] = []
    path = folder / CORROBORATION_FILE
    if path.is_file():
        for group in json.loads(path.read_text(encoding="utf-8"))["same_event"]:
            members = set()
            for name, phrase, nth in group:
                doc = index[name]
                members.add((doc, nth_span(results[doc].document.text, phrase, nth, name)))
            expected.append(frozenset(members))
    report.merges_expected = len(expected)
    merged = [e for e in timeline_events(results) if len({s.document for s in e.sources}) > 1]
    for event in merged:
        reports = {(s.document, (s.char_start, s.char_end)) for s in event.sources}
        documents = {doc for doc, _ in reports}
        fits = [
            group
            for group in expected
            if all(any(d == doc and overlaps(sp, s) for d, sp in reports) for doc, s in group)
        ]
        names = ", ".join(
            f"{golds[doc].name}:{results[doc].document.text[a:b]!r}" for doc, (a, b) in reports
        )
        if fits and len(documents) == len({doc for doc, _ in fits[0]}):
            report.merges_found += 1
        else:
            report.wrong_merges.append(f"MERGE    wrong: {event.title!r} from {names}")
    for group in expected:
        found = any(
            all(
                any(
                    s.document == doc and overlaps((s.char_start, s.char_end), sp)
                    for s in e.sources
                )
                for doc, sp in group
            )
            for e in merged
        )
        if not found:
            names = ", ".join(golds[doc].name for doc, _ in sorted(group))
            report.missed_merges.append(f"MERGE    missed: the same event in {names}")


def evaluate_folder(folder: Path) -> Report:
    gold_paths = sorted(folder.glob("*" + GOLD_SUFFIX))
    gold_paths = [p for p in gold_paths if p.name != CORROBORATION_FILE]
    golds: list[GoldArticle] = []
    results: list[DocumentResult] = []
    for i, gold_path in enumerate(gold_paths):
        result = analyse_path(i, article_for(gold_path))
        if result.document.error is not None:
            raise ValueError(
                f"{gold_path.name}: the article cannot be read: {result.document.error}"
            )
        results.append(result)
        golds.append(read_gold(gold_path, result.document.text))
    scores = [score_article(g, r) for g, r in zip(golds, results, strict=True)]
    total = ArticleScore("overall")
    for score in scores:
        total.add(score)
    report = Report(scores, total)
    _merge_check(folder, golds, results, report)
    return report


def _line(score: ArticleScore) -> str:
    fig = score.figures()
    return (
        f"{score.name:<26} gold {score.gold:3d}  found {score.system:3d}  "
        f"P {100 * fig['precision']:5.1f}  R {100 * fig['recall']:5.1f}  "
        f"F1 {100 * fig['f1']:5.1f}  value {100 * fig['value_accuracy']:5.1f}  "
        f"category {100 * fig['category_accuracy']:5.1f}  "
        f"distractors {score.distractors_anchored}  "
        f"bad titles {score.titles_empty + score.titles_expression + score.titles_long}"
    )


def print_report(report: Report, errors: bool = True) -> None:
    for score in report.articles:
        print(_line(score))
    total = report.total
    print(_line(total))
    fig = total.figures()
    print(
        f"\noverall: {total.matched}/{total.gold} gold events found, "
        f"{total.false_positives} false events, {total.optional} on optional spans\n"
        f"  date P {100 * fig['precision']:.1f}  R {100 * fig['recall']:.1f}"
        f"  F1 {100 * fig['f1']:.1f}\n"
        f"  value accuracy on matches     {100 * fig['value_accuracy']:.1f}"
        f" ({total.value_right}/{total.matched})\n"
        f"  category accuracy on matches  {100 * fig['category_accuracy']:.1f}"
        f" ({total.category_right}/{total.matched})\n"
        f"  distractors anchored          {total.distractors_anchored}\n"
        f"  titles: {total.titles} checked, {total.titles_empty} empty, "
        f"{total.titles_expression} just the date expression, "
        f"{total.titles_long} longer than {MAX_TITLE_WORDS} words\n"
        f"  cross-article merges: {report.merges_found}/{report.merges_expected} expected found,"
        f" {len(report.wrong_merges)} wrong"
    )
    confusions = Counter(
        line.split(" want ", 1)[1].split("  ", 1)[0] for line in total.wrong_categories
    )
    if confusions:
        print(
            "  category confusions (want -> got): "
            + ", ".join(
                f"{pair.replace(' got ', ' -> ')} x{n}" for pair, n in confusions.most_common()
            )
        )
    if errors:
        lines = (
            total.misses
            + total.wrong_values
            + total.wrong_categories
            + total.distractor_hits
            + total.extras
            + total.bad_titles
            + total.on_optional
            + report.missed_merges
            + report.wrong_merges
        )
        if lines:
            print("\n" + "\n".join(lines))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m viewer.evaluate events",
        description="Event figures (dates, values, categories, titles) on articles with gold.",
    )
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--quiet", action="store_true", help="figures only, no list of errors")
    args = parser.parse_args(argv)
    if not any(args.folder.glob("*" + GOLD_SUFFIX)):
        print(f"events: no *{GOLD_SUFFIX} files in {args.folder}; skipped.")
        return 0
    print_report(evaluate_folder(args.folder), errors=not args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
