"""Console-script entry point; the same as ``python main.py``."""

from __future__ import annotations

import sys

from viewer.cli import main as _cli_main


def main() -> None:
    sys.exit(_cli_main())
