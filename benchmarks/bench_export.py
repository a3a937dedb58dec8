"""Whole-run throughput: ``--export-json`` on news text against dateparser.search_dates.

Builds pseudo-articles from the crisis-syria sentences (one per CSV row, published on
that row's date through a sidecar), runs the CLI's own code path in this process and
``dateparser.search_dates`` on the same text, and prints MB/s for both and the ratio.
The best of three runs on one text lets every per-sentence cache hit; the line for articles
not seen before (the next ones of the corpus) is the figure for a new folder.

    python benchmarks/bench_export.py [../shared/corpora] [--mb 1.0]
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import sys
import tempfile
import time
import tracemalloc
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Measure the code of this checkout, not whichever copy of the package is installed.
sys.path.insert(0, str(ROOT))


def articles(corpora: Path, megabytes: float) -> list[tuple[str, str]]:
    """(published, text) pairs adding up to about ``megabytes`` of UTF-8."""
    csv.field_size_limit(sys.maxsize)
    budget = int(megabytes * 1_000_000)
    out: list[tuple[str, str]] = []
    with (corpora / "crisis-syria" / "time-sent.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            sentences = ast.literal_eval(row["Sentences"])
            text = "\n\n".join(" ".join(s.split()) for s in sentences) + "\n"
            out.append((row["time"], text))
            budget -= len(text.encode("utf-8"))
            if budget <= 0:
                break
    return out


def write_folder(folder: Path, items: list[tuple[str, str]]) -> None:
    for number, (published, text) in enumerate(items):
        stem = f"article_{number:04d}"
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
        meta = {"published": published, "source": "crisis-syria", "title": stem}
        (folder / f"{stem}.meta.json").write_text(json.dumps(meta), encoding="utf-8")


def cpu_seconds(action: Callable[[], object]) -> float:
    start = time.process_time()
    action()
    return time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", default=str(ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--mb", type=float, default=1.0, help="megabytes of text to export")
    parser.add_argument("--baseline-kb", type=int, default=60, help="text given to search_dates")
    args = parser.parse_args()
    corpora = Path(args.corpora)
    if not (corpora / "crisis-syria" / "time-sent.csv").exists():
        print(f"skipped: no crisis-syria corpus under {corpora}")
        return 0

    from viewer.cli import main as cli_main

    both = articles(corpora, 2 * args.mb)
    items = articles(corpora, args.mb)
    fresh = both[len(items) :]
    size_mb = sum(len(t.encode("utf-8")) for _, t in items) / 1e6
    fresh_mb = sum(len(t.encode("utf-8")) for _, t in fresh) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        write_folder(folder, items)
        out = Path(tmp) / "out.json"
        runs = [
            cpu_seconds(lambda: cli_main(["--export-json", str(out), str(folder)]))
            for _ in range(3)
        ]
        ours = min(runs)
        payload = json.loads(out.read_text(encoding="utf-8"))
        tracemalloc.start()
        cli_main(["--export-json", str(out), str(folder)])
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        # The runs above repeat one text, so every per-sentence cache hits: an article
        # never seen before (the next articles of the corpus) shows the cost without them.
        unseen = Path(tmp) / "unseen"
        unseen.mkdir()
        write_folder(unseen, fresh)
        fresh_seconds = cpu_seconds(lambda: cli_main(["--export-json", str(out), str(unseen)]))

    from dateparser.search import search_dates

    sample = ""
    for _, text in items:
        if len(sample) >= args.baseline_kb * 1000:
            break
        sample += text
    # One call on the whole sample: dateparser's fastest way through a text. A first call
    # loads its language data, which the timed one must not pay for (nor depend on whether
    # our own run happened to load it).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        search_dates("The truce began on 27 February 2016 and ended on 3/12/2016.")
        baseline = cpu_seconds(lambda: search_dates(sample))
    baseline_rate = (len(sample.encode("utf-8")) / 1e6) / baseline
    our_rate = size_mb / ours

    print(f"text: {size_mb:.2f} MB in {len(items)} articles (sidecar dates), CPU time, best of 3")
    print(
        f"--export-json, whole run in process: {our_rate:6.2f} MB/s  "
        f"({len(payload['events'])} events, {len(payload['timexes'])} timexes, {ours:.2f} s)"
    )
    print(
        f"dateparser.search_dates on the text:   {baseline_rate:6.3f} MB/s  "
        f"(on the first {len(sample) // 1000} kB, extrapolated per MB)"
    )
    print(f"speed-up: {our_rate / baseline_rate:.1f}x   (target >= 20x and >= 2 MB/s)")
    fresh_rate = fresh_mb / fresh_seconds
    print(
        f"--export-json on {fresh_mb:.2f} MB of articles not seen before: {fresh_rate:6.2f} MB/s  "
        f"({fresh_seconds:.2f} s, speed-up {fresh_rate / baseline_rate:.1f}x)"
    )
    print(f"peak traced memory of one export: {peak / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
