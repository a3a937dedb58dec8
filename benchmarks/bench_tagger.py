"""Throughput and memory of the temporal tagger against dateparser.search_dates, in one process.

    python benchmarks/bench_tagger.py [CORPUS_DIR] [--mb 1.0] [--baseline-kb 60]

The text is real Syria conflict reporting from crisis-syria/time-sent.csv: one
pseudo-article per row (its sentences joined), published on that row's date.
Both taggers read the same articles with the same reference dates. search_dates
is slow, so it runs on the first BASELINE_KB of those articles and its rate is
extrapolated per MB; the output says so. Rates are per core: CPU time of this
process, so other work on the machine does not skew them. Prints figures only.
"""

from __future__ import annotations

import argparse
import ast
import csv
import datetime as dt
import sys
import time
import tracemalloc
from collections.abc import Iterator, Sequence
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from viewer.core.temporal import tag  # noqa: E402

DEFAULT_CORPUS = PROJECT.parent / "shared" / "corpora"
MB = 1_000_000

Article = tuple[str, dt.date]


def read_articles(csv_path: Path) -> list[Article]:
    csv.field_size_limit(sys.maxsize)
    articles = []
    with csv_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            sentences = ast.literal_eval(row["Sentences"])
            articles.append(("\n".join(sentences), dt.date.fromisoformat(row["time"])))
    return articles


def take(articles: Sequence[Article], chars: int) -> list[Article]:
    """Articles, cycled and the last one cut, that add up to ``chars`` characters."""
    out: list[Article] = []
    total = 0
    while total < chars:
        for text, day in articles:
            piece = text[: chars - total]
            out.append((piece, day))
            total += len(piece)
            if total >= chars:
                break
    return out


def size(articles: Sequence[Article]) -> int:
    return sum(len(text.encode("utf-8")) for text, _ in articles)


def run_ours(articles: Sequence[Article]) -> int:
    return sum(len(tag(text, day)) for text, day in articles)


def run_pipeline(articles: Sequence[Article]) -> int:
    """Tagging plus event extraction, as ``--export-json`` does for each document."""
    from viewer.core.model import Document
    from viewer.core.pipeline import analyse

    found = 0
    for index, (text, day) in enumerate(articles):
        result = analyse(index, Document(path=f"article-{index}.txt", text=text, published=day))
        found += len(result.events)
    return found


def run_search_dates(articles: Sequence[Article]) -> int:
    from dateparser.search import search_dates

    found = 0
    for text, day in articles:
        base = dt.datetime.combine(day, dt.time())
        hits = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
        found += len(hits or [])
    return found


def timed(function: object, articles: Sequence[Article], repeat: int) -> tuple[float, int]:
    best = float("inf")
    found = 0
    for _ in range(repeat):
        start = time.process_time()
        found = function(articles)  # type: ignore[operator]
        best = min(best, time.process_time() - start)
    return best, found


def peak_memory(articles: Sequence[Article], *, one_document: bool) -> float:
    """Peak memory in MB that tagging adds, as separate articles or as one document.

    As one document the figure holds the expressions found, which grow with the text.
    """
    text = "\n\n".join(t for t, _ in articles) if one_document else ""
    tracemalloc.start()
    tracemalloc.reset_peak()
    if one_document:
        tag(text, articles[0][1])
    else:
        for text, day in articles:
            tag(text, day)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / MB


def steps(limit: float) -> Iterator[float]:
    value = 0.25
    while value <= limit + 1e-9:
        yield value
        value *= 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--mb", type=float, default=1.0, help="text size for our tagger")
    parser.add_argument("--baseline-kb", type=float, default=60.0, help="text for search_dates")
    args = parser.parse_args(argv)

    csv_path = args.corpus / "crisis-syria" / "time-sent.csv"
    if not csv_path.is_file():
        print(f"no corpus at {csv_path}; benchmark skipped.")
        return 0
    articles = read_articles(csv_path)
    ours_text = take(articles, int(args.mb * MB))
    baseline_text = take(articles, int(args.baseline_kb * 1000))
    run_ours(baseline_text[:20])  # load the lexicon, compile the patterns
    run_search_dates(baseline_text[:2])  # import dateparser and build its parsers

    ours_s, ours_n = timed(run_ours, ours_text, repeat=5)
    base_s, base_n = timed(run_search_dates, baseline_text, repeat=1)
    ours_rate = size(ours_text) / MB / ours_s
    base_rate = size(baseline_text) / MB / base_s
    base_on_same = run_ours(baseline_text)

    print(f"text: {size(ours_text) / MB:.2f} MB, {len(ours_text)} articles from {csv_path}")
    print(f"ours:  {ours_rate:24.2f} MB/s  ({ours_n} expressions, best of 5, CPU time)")
    print(
        f"dateparser.search_dates {base_rate:7.3f} MB/s"
        f"  (on the first {size(baseline_text) / 1000:.0f} kB"
        f" only, extrapolated per MB; {base_n} hits there, ours finds {base_on_same})"
    )
    print(f"speed-up: {ours_rate / base_rate:.0f}x")
    try:
        run_pipeline(baseline_text[:5])
        whole_s, whole_n = timed(run_pipeline, ours_text, repeat=3)
    except Exception as error:  # the event layer is not this benchmark's subject
        print(f"tagger + events (pipeline.analyse): not measured, it failed: {error!r}")
    else:
        whole_rate = size(ours_text) / MB / whole_s
        print(
            f"tagger + events (pipeline.analyse): {whole_rate:.2f} MB/s"
            f" ({whole_n} events, best of 3), {whole_rate / base_rate:.0f}x search_dates"
        )
    print("peak memory while tagging (tracemalloc):")
    print("   text MB   articles one by one   as one document")
    for mb in steps(max(args.mb, 1.0) * 2):
        chunk = take(articles, int(mb * MB))
        print(
            f"   {mb:7.2f}   {peak_memory(chunk, one_document=False):12.2f} MB"
            f"   {peak_memory(chunk, one_document=True):12.2f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
