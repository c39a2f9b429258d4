"""Shared fixtures: the seed articles, built graphs cached for the session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# beside the main checkout (/work/main -> /work/shared) or a worktree one level deeper
SEEDS = next((p for p in (ROOT.parent / "shared" / "seeds", ROOT.parent.parent / "shared" / "seeds") if p.is_dir()), ROOT.parent / "shared" / "seeds")
SAMPLES = ROOT / "data" / "articles"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    return SEEDS


@pytest.fixture(scope="session")
def seed_build(seeds_dir, tmp_path_factory):
    """The seed articles built once for the whole test session."""
    from kg.build import build

    out = tmp_path_factory.mktemp("seeds") / "seeds.ttl"
    result = build([seeds_dir], output=out, nlp="rules")
    return result, out


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    from kg.build import build

    out = tmp_path_factory.mktemp("samples") / "samples.ttl"
    result = build([SAMPLES], output=out, nlp="rules")
    return result, out
