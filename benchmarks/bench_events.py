"""How long turning dates into events takes on a realistic load, against the tagger's own time.

Reads crisis-syria/time-sent.csv (18,604 sentences of Syria reporting, one pseudo-article per
date) from the shared corpora, tags each article, then times sentence splitting,
``extract_events`` and ``corroborate`` in CPU time of this process (so other work on the machine
skews them less). Each figure is also printed as a ratio to the tagging
time measured in the same run, so the numbers compare across machines.

    /tmp/venv/bin/python benchmarks/bench_events.py [--corpora ../shared/corpora] [--limit N]

Round 2 (Nov 2026, 612 articles, 12.4k events, CPU s): extract_events 2.96 s before the round's
category and title rules and 3.0 s after; the rules cost what the faster headline word passes,
lazily compiled lexicon phrases and cheaper truce-article test saved. The time is spread over
titles (~30%), names (~20%), the lexicon scan (~15%) and voting (~10%), with no single hot spot.

Round 3 (Nov 2026, same load): extract_events 3.0 s, corroborate 0.67 -> 0.62 s. A clause's
names are now read once per clause text and cached like the rest of a sentence's reading, so
repeated wire copy and a re-analysis cost little (find_names 0.51 -> 0.30 s when every clause
was read before); on text never seen the names cost about what they did (+5%). First-pass
extraction stays spread over titles, names, the lexicon scan and voting.
"""

from __future__ import annotations

import argparse
import ast
import csv
import datetime as dt
import sys
import time
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from viewer.core.corroborate import corroborate  # noqa: E402
from viewer.core.events import extract_events  # noqa: E402
from viewer.core.model import Document, Event, TimeExpression  # noqa: E402
from viewer.core.passages import sentence_spans  # noqa: E402
from viewer.core.temporal import tag  # noqa: E402


def load_articles(corpora: Path, limit: int | None) -> list[Document]:
    path = corpora / "crisis-syria" / "time-sent.csv"
    csv.field_size_limit(1 << 30)
    documents: list[Document] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            sentences = ast.literal_eval(row["Sentences"])
            day = dt.date.fromisoformat(row["time"])
            documents.append(Document(f"{row['time']}.txt", "\n\n".join(sentences), published=day))
            if limit and len(documents) >= limit:
                break
    return documents


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=PROJECT.parent / "shared" / "corpora")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if not (args.corpora / "crisis-syria" / "time-sent.csv").exists():
        print(f"skipped: no crisis-syria corpus under {args.corpora}")
        return 0
    documents = load_articles(args.corpora, args.limit)
    characters = sum(len(d.text) for d in documents)

    started = time.process_time()
    tagged: list[list[TimeExpression]] = [tag(d.text, d.published) for d in documents]
    tagging = time.process_time() - started

    started = time.process_time()
    sentence_count = sum(len(sentence_spans(d.text)) for d in documents)
    splitting = time.process_time() - started

    started = time.process_time()
    events: list[Event] = []
    for index, (document, timexes) in enumerate(zip(documents, tagged, strict=True)):
        events.extend(extract_events(index, document, timexes))
    extracting = time.process_time() - started

    started = time.process_time()
    merged = corroborate(events, documents)
    corroborating = time.process_time() - started

    print(f"{len(documents)} articles, {sentence_count} sentences, {characters / 1e6:.1f} M chars")
    print(f"{len(events)} events, {len(merged)} after corroboration")
    rows = [
        ("tag (baseline)", tagging),
        ("sentence_spans", splitting),
        ("extract_events", extracting),
        ("corroborate", corroborating),
    ]
    for name, seconds in rows:
        print(f"  {name:16} {seconds:7.2f} s   x{seconds / tagging:5.2f} of tagging")
    print("categories:", dict(Counter(e.category for e in events).most_common()))
    multi = Counter(len(e.sources) for e in merged)
    print("sources per timeline event:", dict(sorted(multi.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
