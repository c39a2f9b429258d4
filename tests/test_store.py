"""The on-disk store: one named graph per article, swapped incrementally, queried as a union."""

from __future__ import annotations

import gc
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from kg.errors import QueryError, StoreError
from kg.store import (
    OxigraphEngine,
    article_hashes,
    article_iri,
    export,
    graph_counts,
    load_dataset,
    open_store,
    remove_article,
    replace_article,
)
from kg.vocab import ARTICLE, EVENT, NKG, PERSON

FIXTURES = Path(__file__).parent / "fixtures"
A1, A2 = str(ARTICLE.a1), str(ARTICLE.a2)


@pytest.fixture
def dataset() -> Dataset:
    ds = Dataset()
    ds.parse(FIXTURES / "mini.trig", format="trig")
    return ds


@pytest.fixture
def store(tmp_path, dataset):
    store = open_store(tmp_path / "store", create=True)
    load_dataset(store, dataset)
    return store


def article_graph(dataset: Dataset, iri: str) -> Graph:
    return dataset.graph(URIRef(iri))


def test_load_keeps_one_graph_per_article(store, dataset):
    counts = graph_counts(store)
    assert counts == {"": 50, A1: 28, A2: 68}


def test_article_hashes_come_from_each_article_graph(store):
    hashes = article_hashes(store)
    assert set(hashes) == {A1, A2}
    assert hashes[A1].startswith("3b1f6c0e") and hashes[A2].startswith("9e8d7c6b")


def test_replacing_one_article_leaves_the_other_untouched(store, dataset):
    before_a2 = sorted(map(str, store.quads_for_pattern(None, None, None, ox.NamedNode(A2))))
    new = Graph()
    new.add((URIRef(A1), NKG.contentHash, Literal("feedface")))
    new.add((URIRef(A1), NKG.mentions, PERSON["kim-jong-un"]))
    assert replace_article(store, "a1", new) == 2
    assert article_hashes(store) == {A1: "feedface", A2: article_hashes(store)[A2]}
    assert graph_counts(store)[A1] == 2
    after_a2 = sorted(map(str, store.quads_for_pattern(None, None, None, ox.NamedNode(A2))))
    assert after_a2 == before_a2
    # the old meeting m1 came only from a1: it is gone from the union too
    engine = OxigraphEngine(store)
    assert not engine.run(f"ASK {{ <{EVENT.m1}> ?p ?o }}").boolean
    assert engine.run(f"ASK {{ <{EVENT.m2}> ?p ?o }}").boolean


def test_replace_accepts_quads_and_forces_the_article_graph(store, dataset):
    quads = [(s, p, o, URIRef("http://elsewhere/g")) for s, p, o in article_graph(dataset, A2)]
    replace_article(store, A2, quads)
    assert graph_counts(store)[A2] == 68
    assert "http://elsewhere/g" not in graph_counts(store)


def test_remove_article_drops_its_graph_only(store):
    assert remove_article(store, "a2") is True
    assert remove_article(store, "a2") is False
    assert set(article_hashes(store)) == {A1}
    assert graph_counts(store)[""] == 50


def test_store_persists_after_close_and_reopen(tmp_path, dataset):
    path = tmp_path / "persist"
    store = open_store(path, create=True)
    load_dataset(store, dataset)
    del store
    gc.collect()
    reopened = open_store(path)
    assert set(article_hashes(reopened)) == {A1, A2}
    del reopened
    gc.collect()
    read_only = open_store(path, read_only=True)
    assert graph_counts(read_only)[A1] == 28


def test_queries_see_the_union_of_all_graphs(store):
    engine = OxigraphEngine(store)
    results = engine.run(
        """PREFIX nkg: <https://w3id.org/newskg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?label (COUNT(DISTINCT ?e) AS ?n) WHERE {
          ?e a nkg:Meeting ; nkg:participant ?p .        # events: article graphs
          ?p rdfs:label ?label . FILTER(lang(?label) = "hi")   # labels: default graph
        } GROUP BY ?label ORDER BY ?label"""
    )
    assert results.kind == "select"
    assert results.variables == ["label", "n"]
    assert [(str(label), int(n)) for label, n in results.rows] == [("किम जोंग उन", 2), ("व्लादिमीर पुतिन", 2)]
    assert results.rows[0][0].language == "hi"


def test_construct_returns_an_rdflib_graph(store):
    results = OxigraphEngine(store).run(f"CONSTRUCT {{ ?a ?p ?o }} WHERE {{ GRAPH <{A1}> {{ ?a ?p ?o }} }}")
    assert results.kind == "graph" and len(results.graph) == 28


def test_bad_query_is_a_query_error(store):
    with pytest.raises(QueryError):
        OxigraphEngine(store).run("SELEC nothing")


def test_missing_locked_and_damaged_stores_say_what_to_do(tmp_path, store):
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "nowhere")
    locked = tmp_path / "store"
    with pytest.raises(StoreError, match="in use by another process"):
        open_store(locked)
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "CURRENT").write_text("garbage")
    with pytest.raises(StoreError, match="damaged"):
        open_store(damaged)


def test_export_is_sorted_and_keeps_or_merges_graphs(tmp_path, store):
    assert export(store, tmp_path / "all.nq") == 50 + 28 + 68
    assert export(store, tmp_path / "all.ttl") == 50 + 28 + 68  # no triple is in two graphs here
    export(store, tmp_path / "again.nq")
    assert (tmp_path / "all.nq").read_bytes() == (tmp_path / "again.nq").read_bytes()
    export(store, tmp_path / "all.trig")
    back = Dataset()
    back.parse(tmp_path / "all.trig", format="trig")
    assert len(back.graph(URIRef(A1))) == 28
    assert len(Graph().parse(tmp_path / "all.ttl")) == 146
    with pytest.raises(StoreError, match="cannot export"):
        export(store, tmp_path / "x.csv")


def test_article_iri_accepts_ids_and_iris():
    assert article_iri("a1") == A1
    assert article_iri(A1) == A1


def test_from_picks_one_graph_instead_of_the_union(store):
    engine = OxigraphEngine(store)
    assert int(engine.run(f"SELECT (COUNT(*) AS ?n) FROM <{A1}> WHERE {{ ?s ?p ?o }}").rows[0][0]) == 28
    assert int(engine.run("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }  # FROM nowhere").rows[0][0]) == 146


def test_a_triple_stated_by_many_articles_matches_once(tmp_path):
    # Every article graph repeats the labels of the people it names; a query over the
    # store must see each triple once, or joins multiply rows per article (and time).
    store = open_store(tmp_path / "many", create=True)
    ds = Dataset()
    person, label = URIRef(str(PERSON["p"])), Literal("पुतिन", lang="hi")
    for i in range(12):
        graph = ds.graph(URIRef(str(ARTICLE[f"a{i}"])))
        graph.add((person, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), label))
        graph.add((person, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NKG.Person))
    load_dataset(store, ds)
    rows = OxigraphEngine(store).run(
        "SELECT ?p ?l ?t WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l ; a ?t . ?q a ?u }"
    ).rows
    assert len(rows) == 1
    # named graphs stay as they were, and the union is neither exported nor counted
    assert len(graph_counts(store)) == 12
    named = OxigraphEngine(store).run("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    assert int(named[0][0]) == 12
    remove_article(store, str(ARTICLE["a0"]))
    assert len(OxigraphEngine(store).run("SELECT ?p WHERE { ?p a ?t }").rows) == 1
    for i in range(1, 12):
        remove_article(store, str(ARTICLE[f"a{i}"]))
    assert OxigraphEngine(store).run("SELECT ?p WHERE { ?p a ?t }").rows == []
