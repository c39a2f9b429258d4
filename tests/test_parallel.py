"""Parallel extraction: processes and a Dask cluster give the serial build's bytes."""

from __future__ import annotations

import pytest

from kg.build import build
from kg.errors import KgError


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A synthetic corpus from the installed gazetteer (the sample folder may be empty)."""
    from bench.corpus import write_corpus

    return write_corpus(tmp_path_factory.mktemp("corpus") / "articles.jsonl", 40, seed=7)


@pytest.fixture(scope="module")
def dask_address():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def _bytes(inputs, path, **options) -> bytes:
    build(inputs, output=path, nlp="rules", progress=False, **options)
    return path.read_bytes()


@pytest.mark.parametrize("which", ["seeds", "corpus"])
def test_workers_and_dask_give_the_serial_turtle(which, seeds_dir, corpus, dask_address, tmp_path):
    inputs = [seeds_dir] if which == "seeds" else [corpus]
    serial = _bytes(inputs, tmp_path / "serial.ttl")
    assert b"nkg:Meeting" in serial
    assert _bytes(inputs, tmp_path / "workers.ttl", workers=2) == serial
    assert _bytes(inputs, tmp_path / "dask.ttl", dask=dask_address) == serial


def test_workers_keep_skipped_articles_and_their_reasons(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "x", "text": "रूस ने कहा।"}\nnot json\n', encoding="utf-8")
    serial = build([tmp_path / "a.jsonl"], nlp="rules")
    parallel = build([tmp_path / "a.jsonl"], nlp="rules", workers=2)
    assert [a.id for a in parallel.articles] == [a.id for a in serial.articles] == ["x"]
    assert [s.reason for s in parallel.skipped] == [s.reason for s in serial.skipped] != []


def test_a_bad_dask_address_is_a_clear_error(tmp_path):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(KgError, match="cannot reach a Dask scheduler.*dask scheduler"):
        build([tmp_path], nlp="rules", dask=f"tcp://127.0.0.1:{port}")


def test_workers_below_one_are_refused(seeds_dir):
    with pytest.raises(KgError, match="--workers"):
        build([seeds_dir], nlp="rules", workers=0)
