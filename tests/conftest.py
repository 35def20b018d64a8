"""Shared test helpers: where the real files live, and linting text in one call."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus"
SEED_000 = SEEDS / "000_6bd408278df29d17.txt"
SEED_001 = SEEDS / "001_4ed590adf42acda0.txt"
REAL_FILES = sorted(SEEDS.glob("*")) + sorted(CORPUS.glob("*"))


@pytest.fixture(scope="session")
def real_files() -> list[Path]:
    assert REAL_FILES, f"no real files under {SHARED}"
    return REAL_FILES


def codes_at(diagnostics, code: str) -> list[int]:
    """Lines at which `code` was reported."""
    return [d.line for d in diagnostics if d.code == code]
