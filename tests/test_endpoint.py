"""EndpointEngine reads a remote SPARQL endpoint (here our own `kg serve`) as rdflib terms."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import XSD

from kg.endpoint import EndpointEngine, term_from_json
from kg.errors import QueryError, StoreError
from kg.serve import make_server
from kg.store import OxigraphEngine, load_dataset, open_store

FIXTURES = Path(__file__).parent / "fixtures"
QUERY = """PREFIX nkg: <https://w3id.org/newskg/ontology#>
SELECT ?event ?date ?confidence ?source WHERE {
  ?event nkg:date ?date ; nkg:confidence ?confidence . OPTIONAL { ?event nkg:source ?source }
} ORDER BY ?event"""


@pytest.fixture(scope="module")
def server():
    server = make_server(FIXTURES / "mini.trig", port=0, workers=1, quiet=True, queries_dir=FIXTURES / "no-queries")
    server.start()
    yield server
    server.close()


def test_remote_rows_equal_local_rows(server, tmp_path):
    dataset = Dataset()
    dataset.parse(FIXTURES / "mini.trig", format="trig")
    store = open_store(tmp_path / "store", create=True)
    load_dataset(store, dataset)
    local = OxigraphEngine(store).run(QUERY)
    remote = EndpointEngine(server.url).run(QUERY)
    assert remote.variables == local.variables == ["event", "date", "confidence", "source"]
    assert remote.rows == local.rows
    assert remote.rows[0][3] == URIRef("https://w3id.org/newskg/id/org/kcna")
    assert [row[3] for row in remote.rows].count(None) == 3  # unbound stays None


def test_ask_and_construct(server):
    engine = EndpointEngine(server.url)
    assert engine.run("ASK { ?s <https://w3id.org/newskg/ontology#met> ?o }").boolean is True
    graph = engine.run("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <https://w3id.org/newskg/id/article/a1> { ?s ?p ?o } }").graph
    assert len(graph) == 28


def test_errors_are_kg_errors(server):
    with pytest.raises(QueryError):
        EndpointEngine(server.url).run("SELECT WHERE {")
    with pytest.raises(QueryError, match="Update"):
        EndpointEngine(server.url).run("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(StoreError, match="cannot reach"):
        EndpointEngine("http://127.0.0.1:9/sparql").run("ASK {}")


def test_json_bindings_become_rdflib_terms():
    assert term_from_json({"type": "uri", "value": "urn:x"}) == URIRef("urn:x")
    assert term_from_json({"type": "bnode", "value": "b0"}) == BNode("b0")
    assert term_from_json({"type": "literal", "value": "किम", "xml:lang": "hi"}) == Literal("किम", lang="hi")
    assert term_from_json({"type": "typed-literal", "value": "2", "datatype": str(XSD.integer)}) == Literal(2)
    assert term_from_json({"type": "literal", "value": "x", "datatype": str(XSD.string)}) == Literal("x")


def test_open_engine_knows_stores_and_endpoints_once_registered(server, tmp_path):
    querying = pytest.importorskip("kg.querying")
    from kg.endpoint import register_engines

    assert register_engines() is True
    dataset = Dataset()
    dataset.parse(FIXTURES / "mini.trig", format="trig")
    store = open_store(tmp_path / "store", create=True)
    load_dataset(store, dataset)
    del store
    ask = "ASK { ?s <https://w3id.org/newskg/ontology#met> ?o }"
    assert isinstance(querying.open_engine(str(tmp_path / "store")), OxigraphEngine)
    assert isinstance(querying.open_engine(server.url), EndpointEngine)
    assert querying.open_engine(server.url).run(ask).boolean is True
    assert isinstance(querying.open_engine(server.url).run(ask), querying.Results)
