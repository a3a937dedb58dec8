"""How the window copes with a large import: total time and event-loop latency.

600 pseudo-articles are built from the crisis-syria corpus (one per row of
time-sent.csv, its sentences as the text, published on the row's date through a
NAME.meta.json sidecar) in a temporary folder, then dropped on the window. A
QTimer ticking every 10 ms measures how late the GUI thread serves it while the
import runs; an idle run of the same timer in the same process is the baseline.
The same files read headlessly (analyse_paths, one thread) give the baseline for
the import time. A refresh of the Not placed panel is timed with its sentence cache
cold (a new panel) and warm (the window's own). Selecting an event folded into a
cluster is timed, with the layouts it costs, against unfolding it one halving at a time.
Exports are timed on the GUI thread and through the menu's worker, with the lateness.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py [--corpora ../shared/corpora] [-n 600]

Skips (exit status 0) when the corpus is absent.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))
TICK_MS = 10


def build_articles(csv_path: Path, folder: Path, limit: int) -> int:
    csv.field_size_limit(1 << 30)
    count = 0
    with csv_path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if count >= limit:
                break
            sentences = ast.literal_eval(row["Sentences"])
            name = f"syria_{count:04d}"
            (folder / f"{name}.txt").write_text(" ".join(sentences), encoding="utf-8")
            sidecar = {"published": row["time"], "title": f"Syria report {row['time']}"}
            (folder / f"{name}.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
            count += 1
    return count


class LatencyProbe:
    """Records how late each 10 ms tick of a QTimer fires: the GUI's responsiveness."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.lateness_ms: list[float] = []
        self._last = 0.0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.lateness_ms.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.lateness_ms.append(max((now - self._last) * 1000 - TICK_MS, 0.0))
        self._last = now

    def summary(self) -> tuple[float, float, float]:
        values = sorted(self.lateness_ms) or [0.0]
        p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
        return statistics.median(values), p95, values[-1]


def unfold_step_by_step(view: Any, index: int, steps: int = 8) -> None:
    """How a selection unfolded its event before: halve the view around it and lay the
    timeline out to ask whether it is still in a cluster, up to ``steps`` times."""
    x, _ = view.plot.position_of(index)
    for _ in range(steps):
        lo, hi = view.axes.get_xlim()
        if hi - lo <= 8 or not any(index in members for members in view.plot.clusters()):
            break
        span = (hi - lo) / 2
        ratio = (x - lo) / (hi - lo)
        view.axes.set_xlim(x - span * ratio, x - span * ratio + span)


def run(corpora: Path, limit: int) -> int:
    csv_path = corpora / "crisis-syria" / "time-sent.csv"
    if not csv_path.is_file():
        print(f"skipped: {csv_path} not found")
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from viewer.core.pipeline import analyse_paths
    from viewer.core.workspace import Workspace
    from viewer.gui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        n = build_articles(csv_path, folder, limit)
        size_mb = sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6
        print(f"{n} pseudo-articles, {size_mb:.1f} MB of text, {os.cpu_count()} CPU(s)")

        app = QApplication.instance() or QApplication([])
        QCoreApplication.setOrganizationName("CeasefireTimelineBench")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        probe = LatencyProbe()

        def spin(seconds: float) -> None:
            loop = QEventLoop()
            QTimer.singleShot(int(seconds * 1000), loop.quit)
            loop.exec()

        # Baseline 1: the idle event loop's own lateness.
        probe.start()
        spin(1.0)
        probe.stop()
        idle = probe.summary()

        # Baseline 2: the same files read headlessly on one thread.
        started = time.perf_counter()
        results, _ = analyse_paths([folder])
        headless_read_s = time.perf_counter() - started
        started = time.perf_counter()
        n_headless_events = len(Workspace(results).events)
        headless_merge_s = time.perf_counter() - started
        headless_s = headless_read_s + headless_merge_s
        del results

        window = MainWindow()
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        arrivals: list[float] = []
        window.documents_changed.connect(lambda: arrivals.append(time.perf_counter() - started))
        done = QEventLoop()
        window.loading_finished.connect(done.quit)
        probe.start()
        started = time.perf_counter()
        window.add_paths([folder])
        done.exec()
        window.timeline.canvas.draw()
        total_s = time.perf_counter() - started
        probe.stop()
        busy = probe.summary()

        # Interaction on the loaded timeline.
        view = window.timeline
        started = time.perf_counter()
        for _ in range(10):
            view.zoom(1.25)
            view.canvas.draw()
        zoom_ms = (time.perf_counter() - started) * 100
        started = time.perf_counter()
        x, y = view.axes.transData.transform(view.plot.position_of(len(window.events) // 2))
        for _ in range(50):
            view.hover_at(x, y)
            view.hover_at(x + 40, y + 40)
        hover_ms = (time.perf_counter() - started) * 1000 / 100

        # Selecting an event folded into a cluster of the fitted view, as a click on its row
        # does; the baseline unfolds it the former way, laying out after every halving.
        selection: dict[bool, list[tuple[float, int]]] = {True: [], False: []}
        for step_by_step in (True, False) * 3:
            view.fit_all()
            view.canvas.draw()
            folded = sorted(i for members in view.plot.clusters() for i in members)
            target = folded[len(folded) // 2]
            layouts = view.plot.layout_count
            started = time.perf_counter()
            if step_by_step:
                unfold_step_by_step(view, target)
            window.select_event(target, ensure_visible=not step_by_step)
            view.canvas.draw()
            elapsed_ms = (time.perf_counter() - started) * 1000
            selection[step_by_step].append((elapsed_ms, view.plot.layout_count - layouts))

        # Refreshing the Not placed panel: a new panel splits every document into sentences,
        # as every refresh did before the panel kept the spans per document; copies of the
        # results (as a new reference date gives) rebuild the rows from cached sentences;
        # the very same results (a correction to an event) leave the rows alone.
        from dataclasses import replace

        from viewer.gui.unanchored_panel import UnanchoredPanel

        loaded = window.workspace.results
        panel = window.unanchored_panel
        uncached, cached, unchanged = [], [], []
        for _ in range(3):
            fresh = UnanchoredPanel()
            started = time.perf_counter()
            fresh.set_results(loaded)
            uncached.append(time.perf_counter() - started)
            fresh.deleteLater()
            copies = [replace(r) for r in loaded]
            started = time.perf_counter()
            panel.set_results(copies)
            cached.append(time.perf_counter() - started)
            started = time.perf_counter()
            panel.set_results(copies)
            unchanged.append(time.perf_counter() - started)
        not_placed = (min(uncached), min(cached), min(unchanged), panel.total)

        # File > Export Events: the same write on the GUI thread (export_events, what the menu
        # did before) and through the menu's worker, with the event loop's lateness meanwhile.
        from viewer.gui.data_export import export_events

        exports = []
        for name, kind in (("events.csv", None), ("events.json", None), ("timeml", "timeml")):
            started = time.perf_counter()
            export_events(window, Path(tmp) / f"sync-{name}", kind)
            blocking_ms = (time.perf_counter() - started) * 1000
            # A redraw or deletion still pending must not count against the export.
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
            written = QEventLoop()
            window.data_exporter.finished.connect(written.quit)
            window.data_exporter.failed.connect(written.quit)
            probe.start()
            started = time.perf_counter()
            window.data_exporter.start(Path(tmp) / name, kind)
            written.exec()
            background_ms = (time.perf_counter() - started) * 1000
            probe.stop()
            window.data_exporter.finished.disconnect(written.quit)
            window.data_exporter.failed.disconnect(written.quit)
            exports.append((name, blocking_ms, background_ms, probe.summary()[2]))

        print(f"documents {len(window.documents)}, events {len(window.events)}")
        if arrivals:
            print(
                f"first document listed after {arrivals[0]:.2f} s, last after {arrivals[-1]:.2f} s"
            )
        print(f"import + draw in the window: {total_s:.2f} s (target < 10 s)")
        print(
            f"headless baseline, one thread: read {headless_read_s:.2f} s + merge across "
            f"articles {headless_merge_s:.2f} s = {headless_s:.2f} s ({n_headless_events} events);"
            f" window / headless = {total_s / headless_s:.2f}x"
        )
        print(
            f"event-loop lateness during import (ms): p50 {busy[0]:.1f}, p95 {busy[1]:.1f},"
            f" max {busy[2]:.1f}; ticks {len(probe.lateness_ms)}"
        )
        print(
            f"idle baseline lateness (ms): p50 {idle[0]:.1f}, p95 {idle[1]:.1f}, max {idle[2]:.1f}"
        )
        print(f"zoom step + redraw: {zoom_ms:.1f} ms; hover (pick + blit): {hover_ms:.2f} ms")
        before_ms, before_layouts = min(selection[True])
        after_ms, after_layouts = min(selection[False])
        print(
            f"select an event in a cluster + redraw (best of 3): {after_ms:.0f} ms, "
            f"{after_layouts} layout(s);"
            f" unfolding step by step {before_ms:.0f} ms, {before_layouts} layout(s)"
            f" ({before_ms / after_ms:.1f}x)"
        )
        print(
            f"Not placed refresh ({not_placed[3]} expressions, best of 3): splitting every "
            f"document {not_placed[0] * 1000:.0f} ms, sentences cached "
            f"{not_placed[1] * 1000:.0f} ms ({not_placed[0] / not_placed[1]:.1f}x), "
            f"same results {not_placed[2] * 1000:.2f} ms"
        )
        for name, blocking_ms, background_ms, worst_ms in exports:
            print(
                f"export {name}: on the GUI thread {blocking_ms:.0f} ms frozen; in the background "
                f"{background_ms:.0f} ms, event loop at most {worst_ms:.0f} ms late"
            )
        window.close()
        sys.stdout.flush()
    # PySide6 can crash while the interpreter tears down Qt objects at exit; the figures
    # are printed, so leave without that teardown.
    os._exit(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=PROJECT.parent / "shared" / "corpora")
    parser.add_argument("-n", type=int, default=600, help="how many pseudo-articles")
    args = parser.parse_args(argv)
    return run(args.corpora, args.n)


if __name__ == "__main__":
    sys.exit(main())
