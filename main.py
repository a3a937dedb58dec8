"""Run Ceasefire Timeline: the window, or a headless export when an --export flag is given."""

import sys

from viewer.cli import main

if __name__ == "__main__":
    sys.exit(main())
