import os
from pathlib import Path

import pytest

# The suite drives real windows but never needs to show them: Qt's offscreen platform runs
# it the same on a desktop, a server without a display, and CI. Set the variable to
# override (for example "xcb" to watch a test).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "kerry_aleppo_truce_2016.txt"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
