"""How long an analyst's corrections take to apply on a realistic collection, and the exports.

Reads crisis-syria/time-sent.csv (one pseudo-article per date) from the shared corpora, runs
the pipeline, then makes N corrections (edits, deletions, additions, a few merge undos) and
times: rebuilding the corrected timeline (what every undo/redo costs), saving and opening
the project, and each export. Every figure is also printed as a ratio to the time
``timeline_events`` (corroboration) takes in the same run, so figures compare across machines.

    /tmp/venv/bin/python benchmarks/bench_corrections.py [--corpora ../shared/corpora]
                                                        [--limit N] [--corrections N]
"""

from __future__ import annotations

import argparse
import ast
import csv
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from viewer.core.exports import (  # noqa: E402
    events_by_document,
    events_csv,
    timeline_json,
    timelinejs_json,
    timeml_document,
)
from viewer.core.model import Document  # noqa: E402
from viewer.core.pipeline import analyse, timeline_events  # noqa: E402
from viewer.core.project import read_project, save_project  # noqa: E402
from viewer.core.workspace import Workspace  # noqa: E402


def load_articles(corpora: Path, limit: int | None) -> list[Document]:
    csv.field_size_limit(1 << 30)
    documents: list[Document] = []
    with (corpora / "crisis-syria" / "time-sent.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            sentences = ast.literal_eval(row["Sentences"])
            day = dt.date.fromisoformat(row["time"])
            documents.append(
                Document(f"/corpus/{row['time']}.txt", "\n\n".join(sentences), published=day)
            )
            if limit and len(documents) >= limit:
                break
    return documents


def timed(label: str, baseline: float | None, action):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - start
    ratio = f"  ({seconds / baseline:6.2f} x corroboration)" if baseline else ""
    print(f"{label:<44} {seconds * 1000:9.1f} ms{ratio}")
    return result, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpora", type=Path, default=PROJECT.parent / "shared" / "corpora")
    parser.add_argument("--limit", type=int, default=300, help="articles to read")
    parser.add_argument("--corrections", type=int, default=500)
    args = parser.parse_args()
    if not (args.corpora / "crisis-syria" / "time-sent.csv").exists():
        print(f"skipped: no corpus at {args.corpora}")
        return 0

    documents = load_articles(args.corpora, args.limit)
    results = [analyse(i, d) for i, d in enumerate(documents)]
    merged, baseline = timed("timeline_events (baseline)", None, lambda: timeline_events(results))
    print(f"{len(documents)} articles, {len(merged)} events")

    ws = Workspace(results)
    events = ws.events
    step = max(1, len(events) // args.corrections)
    made = 0
    for n, event in enumerate(events[::step][: args.corrections]):
        kind = n % 4
        if kind == 0:
            ws.apply(ws.edit(event, title=f"Corrected title {n}", category="talks"))
        elif kind == 1:
            ws.apply(ws.edit(event, start=event.start, precision="month"))
        elif kind == 2:
            ws.apply(ws.delete(event))
        else:
            ws.apply(
                ws.add_manual(
                    start=event.start,
                    title=f"Added {n}",
                    category="political",
                    document=event.document,
                    char_start=event.passage_start,
                    char_end=event.passage_end,
                )
            )
        made += 1
    splits = [e for e in ws.events if len(e.sources) > 1][:10]
    for event in splits:
        ws.apply(ws.split(event))
    print(f"{made} corrections and {len(splits)} merge undos")

    def rebuild():  # type: ignore[no-untyped-def]
        ws.apply(ws.undo_last())  # an undo + redo: the timeline is rebuilt from the list
        return ws.events

    corrected, _ = timed("corrected timeline after an undo/redo", baseline, rebuild)
    print(f"  {len(corrected)} events, {len(ws.unmatched)} corrections not applied")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.ctl.json"
        project, _ = timed("project from workspace", baseline, ws.to_project)
        timed("save project (atomic)", baseline, lambda: save_project(project, path))
        opened, _ = timed("read project", baseline, lambda: read_project(path))
        assert opened == project
    timexes = [(r.index, t) for r in ws.results for t in r.timexes]
    docs = ws.documents
    timed("export JSON payload", baseline, lambda: timeline_json(docs, timexes, corrected))
    timed("export CSV", baseline, lambda: events_csv(corrected, docs))
    timed("export TimelineJS", baseline, lambda: timelinejs_json(corrected, docs))
    by_doc: dict[int, list] = {}  # type: ignore[type-arg]
    for index, timex in timexes:
        by_doc.setdefault(index, []).append(timex)
    reported = events_by_document(corrected)
    timed(
        "export TimeML (every article)",
        baseline,
        lambda: [
            timeml_document(d, i, by_doc.get(i, []), reported.get(i, []))
            for i, d in enumerate(docs)
        ],
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
