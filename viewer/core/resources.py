"""Where the data files in ``resources/`` live, for code that reads word lists and icons."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
