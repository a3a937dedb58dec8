"""Fixtures for the plot tests; the data builders live in plot_events.py."""

from __future__ import annotations

import pytest
from plot_events import SEED_DOCUMENTS, seed_events

from viewer.core.model import Document, Event


@pytest.fixture
def seed() -> tuple[list[Event], list[Document]]:
    return seed_events(), list(SEED_DOCUMENTS)
