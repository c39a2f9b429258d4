"""A small load test of `kg serve`: the same code as `python -m bench.load`, fewer queries."""

from __future__ import annotations

import pytest

from bench.load import build_graph, query_mix, run_load


@pytest.mark.slow
def test_200_queries_from_4_clients_all_answer():
    mix = query_mix()
    assert len(mix) >= 10  # every bundled query is in the mix
    result = run_load(build_graph(), queries=200, clients=4, workers=2)
    assert result.errors == []
    assert len(result.latencies) == 200 and set(result.by_query) == {name for name, _ in mix}
    assert result.percentile(50) <= result.percentile(95) <= max(result.latencies) * 1000
