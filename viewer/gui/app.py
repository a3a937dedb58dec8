"""Start the Qt application and the main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from viewer.gui.main_window import open_window

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def seed_folder() -> Path | None:
    """The bundled sample articles, beside the package or in the current folder."""
    for candidate in (PROJECT_ROOT / "seeds", Path.cwd() / "seeds"):
        if candidate.is_dir():
            return candidate
    return None


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Ceasefire Timeline")
    app.setOrganizationName("Ceasefire Timeline")
    paths = list(args.paths)
    if not paths:
        seeds = seed_folder()
        if seeds is not None:
            paths = [str(seeds)]
    window = open_window(paths, args.reference_date)
    window.show()
    return int(app.exec())
