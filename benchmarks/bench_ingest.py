"""How long loading an article takes in each format, and how fast bad files are refused.

    python benchmarks/bench_ingest.py [--repeat 5]

Writes the seed article as every supported format (the test fixtures'
writers), loads each copy REPEAT times and prints CPU milliseconds per load
and the ratio to the plain UTF-8 .txt baseline measured in the same process.
Then times the refusal of each hostile file and of the largest accepted web
page (just under the tag limit), with peak memory traced by tracemalloc
(Python's allocations; libxml2's own are not seen). Prints figures only.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "tests" / "core"))

from fixtures.articles import (  # noqa: E402
    article_text,
    write_bad_files,
    write_every_format,
)

from viewer.core.ingest import load_document  # noqa: E402
from viewer.core.ingest.limits import MAX_HTML_ELEMENTS  # noqa: E402


def cpu_ms(path: Path, repeat: int) -> tuple[float, str | None]:
    load_document(path)  # warm caches (dateparser's language data, imports)
    start = time.process_time()
    for _ in range(repeat):
        document = load_document(path)
    return (time.process_time() - start) * 1000 / repeat, document.error


def peak_mb(path: Path) -> float:
    tracemalloc.start()
    load_document(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        baseline = root / "baseline.txt"
        baseline.write_text(article_text(), encoding="utf-8")
        base_ms, _ = cpu_ms(baseline, args.repeat)
        print(f"seed article, {len(article_text()):,} characters; CPU ms per load")
        print(f"{'utf-8 .txt (baseline)':28} {base_ms:8.1f} ms   1.0x")
        for kind, path in write_every_format(root / "formats").items():
            ms, error = cpu_ms(path, args.repeat)
            note = f"  ERROR {error}" if error else ""
            print(f"{kind + ' ' + path.suffix:28} {ms:8.1f} ms {ms / base_ms:5.1f}x{note}")

        print("\nhostile files: CPU ms to refuse, peak traced MB")
        bad = write_bad_files(root / "bad")
        big_page = root / "bad" / "big_page.html"
        rows = "<p><span>Truce</span> <b>talks resumed on 2 May 2016</b></p>"
        big_page.write_text(
            f"<html><body>{rows * (MAX_HTML_ELEMENTS // 3 - 10)}</body></html>", "utf-8"
        )
        bad["largest accepted page"] = big_page
        for kind, path in bad.items():
            ms, error = cpu_ms(path, 1)
            verdict = "refused" if error else "loaded"
            print(f"{kind:28} {ms:8.1f} ms {peak_mb(path):7.1f} MB  {verdict}")


if __name__ == "__main__":
    main()
