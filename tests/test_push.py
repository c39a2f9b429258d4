"""Pushing graphs into a real Virtuoso (slow: it starts one), and how pushes are cut into requests."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from SPARQLWrapper import JSON, SPARQLWrapper

from kg.endpoint import EndpointEngine
from kg.errors import StoreError
from kg.push import SHARED_GRAPH, chunks, graphs_of, push, update_requests

FIXTURES = Path(__file__).parent / "fixtures"
VIRTUOSO = "/usr/bin/virtuoso-t"
VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
A1, A2 = "https://w3id.org/newskg/id/article/a1", "https://w3id.org/newskg/id/article/a2"
POSITIONS = """@prefix nkg: <https://w3id.org/newskg/ontology#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix person: <https://w3id.org/newskg/id/person/> .
person:sergei-shoigu nkg:position [ nkg:roleLabel "रक्षा मंत्री"@hi ; nkg:startDate "2012-11-06"^^xsd:date ] ,
    [ nkg:roleLabel "सुरक्षा परिषद सचिव"@hi ; nkg:startDate "2024-05-12"^^xsd:date ] .
"""
MEETINGS_BY_PERSON = """PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?label (COUNT(DISTINCT ?event) AS ?meetings) WHERE {
  ?event a nkg:Meeting ; nkg:participant ?person .
  ?person rdfs:label ?label . FILTER(lang(?label) = "hi")
} GROUP BY ?label ORDER BY ?label"""


def mini() -> Dataset:
    dataset = Dataset()
    dataset.parse(FIXTURES / "mini.trig", format="trig")
    return dataset


# --- without a store ---------------------------------------------------------------------


def test_graphs_of_puts_default_graph_triples_in_the_shared_graph():
    graphs = dict(graphs_of(FIXTURES / "mini.trig"))
    assert {name: len(triples) for name, triples in graphs.items()} == {A1: 28, A2: 68, SHARED_GRAPH: 50}


def test_chunks_keep_triples_that_share_a_blank_node_together():
    triples = graphs_of(Graph().parse(data=POSITIONS, format="turtle"))[0][1]
    parts = chunks(triples, 2)
    # each position is 3 triples (person -> node, node's role, node's start): kept whole, over the size
    assert sorted(map(len, parts)) == [3, 3]
    for part in parts:
        assert len({t.subject.value for t in part if isinstance(t.subject, ox.BlankNode)}
                   | {t.object.value for t in part if isinstance(t.object, ox.BlankNode)}) == 1


def test_update_requests_drop_first_then_insert():
    triples = dict(graphs_of(FIXTURES / "mini.trig"))[A1]
    requests = update_requests(A1, triples, chunk_size=10)
    assert len(requests) == 3
    assert requests[0].startswith(f"DROP SILENT GRAPH <{A1}> ;\nINSERT DATA {{ GRAPH <{A1}>")
    assert all(r.startswith("INSERT DATA") for r in requests[1:])
    assert "किम और पुतिन की मुलाकात" in "".join(requests)


def test_blank_nodes_are_inserted_with_a_template_not_insert_data():
    triples = graphs_of(Graph().parse(data=POSITIONS, format="turtle"))[0][1]
    (request,) = update_requests(SHARED_GRAPH, triples)
    assert "INSERT DATA" not in request and request.endswith("} } WHERE {}")


def test_gsp_without_a_graph_store_url_is_refused():
    with pytest.raises(StoreError, match="--graph-store"):
        push(FIXTURES / "mini.trig", endpoint="http://127.0.0.1:9/sparql", method="gsp")


def test_an_unreachable_store_says_so():
    with pytest.raises(StoreError, match="cannot reach"):
        push(FIXTURES / "mini.trig", endpoint="http://127.0.0.1:9/sparql", method="update")


# --- against Virtuoso --------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def virtuoso_ini(directory: Path, isql_port: int, http_port: int) -> str:
    """Return the packaged virtuoso.ini rewritten to keep its database in `directory`, on loopback ports."""
    lines, section = [], None
    for line in VIRTUOSO_INI.read_text().replace("/var/lib/virtuoso-opensource-7/db/", f"{directory}/db/").splitlines():
        header = re.match(r"\s*\[([^\]]+)\]", line)
        section = header.group(1) if header else section
        if re.match(r"\s*ServerPort\s*=", line) and section in ("Parameters", "HTTPServer"):
            line = f"ServerPort = 127.0.0.1:{isql_port if section == 'Parameters' else http_port}"
        elif re.match(r"\s*DirsAllowed\s*=", line):
            line = f"DirsAllowed = ., {directory}, /usr/share/virtuoso-opensource-7/vad"
        lines.append(line)
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    if not os.path.exists(VIRTUOSO):
        pytest.skip("virtuoso-opensource not installed (.ci/run installs it)")
    directory = tmp_path_factory.mktemp("virtuoso")
    (directory / "db").mkdir()
    http_port = free_port()
    (directory / "virtuoso.ini").write_text(virtuoso_ini(directory, free_port(), http_port))
    log = directory / "console.log"
    with open(log, "w") as out:
        process = subprocess.Popen([VIRTUOSO, "-c", str(directory / "virtuoso.ini"), "+foreground"],
                                   cwd=directory, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 90
        while "Server online at" not in log.read_text():
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"Virtuoso did not start:\n{log.read_text()[-2000:]}")
            time.sleep(0.3)
        yield f"http://127.0.0.1:{http_port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(directory, ignore_errors=True)


def remote_counts(base: str) -> dict[str, int]:
    client = SPARQLWrapper(base + "/sparql")
    client.setQuery("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                    "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/newskg/')) } GROUP BY ?g")
    client.setReturnFormat(JSON)
    return {b["g"]["value"]: int(b["n"]["value"]) for b in client.queryAndConvert()["results"]["bindings"]}


def meetings(base: str) -> list[tuple[str, str, int]]:
    client = SPARQLWrapper(base + "/sparql")
    client.setQuery(MEETINGS_BY_PERSON)
    client.setReturnFormat(JSON)
    rows = client.queryAndConvert()["results"]["bindings"]
    return [(r["label"]["value"], r["label"].get("xml:lang"), int(r["meetings"]["value"])) for r in rows]


EXPECTED = {A1: 28, A2: 68, SHARED_GRAPH: 50}


@pytest.mark.slow
@pytest.mark.parametrize("method", ["gsp", "update"])
def test_push_to_virtuoso_is_queryable_and_idempotent(virtuoso, method):
    options = dict(endpoint=virtuoso + "/sparql-auth", graph_store=virtuoso + "/sparql-graph-crud-auth",
                   method=method, user="dba", password="dba", auth="digest", chunk_size=20)
    first = push(mini(), **options)
    assert {g.graph: g.remote for g in first.graphs} == EXPECTED and not first.mismatches()
    assert remote_counts(virtuoso) == EXPECTED
    assert meetings(virtuoso) == [("किम जोंग उन", "hi", 2), ("व्लादिमीर पुतिन", "hi", 2)]
    second = push(mini(), **options)
    assert remote_counts(virtuoso) == EXPECTED == {g.graph: g.remote for g in second.graphs}
    assert meetings(virtuoso) == [("किम जोंग उन", "hi", 2), ("व्लादिमीर पुतिन", "hi", 2)]


@pytest.mark.slow
def test_a_changed_article_replaces_only_its_graph(virtuoso):
    options = dict(endpoint=virtuoso + "/sparql-auth", method="update", user="dba", password="dba")
    push(mini(), **options)
    changed = Dataset()
    changed.graph(ox.NamedNode(A1).value).parse(
        data=f'<{A1}> <https://w3id.org/newskg/ontology#contentHash> "feedface" .', format="turtle")
    push(changed, **options)
    assert remote_counts(virtuoso) == {A1: 1, A2: 68, SHARED_GRAPH: 50}
    push(mini(), **options)


@pytest.mark.slow
def test_blank_node_positions_survive_a_chunked_push(virtuoso):
    graph = Graph().parse(data=POSITIONS, format="turtle")
    for method in ("update", "gsp", "update"):
        report = push(graph, virtuoso + "/sparql-auth", graph_store=virtuoso + "/sparql-graph-crud-auth",
                      method=method, user="dba", password="dba", chunk_size=2, default_graph=SHARED_GRAPH + "-positions")
        assert [(g.sent, g.remote) for g in report.graphs] == [(6, 6)]
    roles = EndpointEngine(virtuoso + "/sparql").run(
        "SELECT ?role WHERE { ?p <https://w3id.org/newskg/ontology#position> [ "
        "<https://w3id.org/newskg/ontology#roleLabel> ?role ] } ORDER BY ?role")
    assert [str(r[0]) for r in roles.rows] == ["रक्षा मंत्री", "सुरक्षा परिषद सचिव"]


@pytest.mark.slow
def test_wrong_password_is_a_clear_error(virtuoso):
    with pytest.raises(StoreError, match="refused the request"):
        push(mini(), virtuoso + "/sparql-auth", method="update", user="dba", password="wrong")


@pytest.mark.slow
def test_endpoint_engine_reads_virtuoso_as_rdflib_terms(virtuoso):
    push(mini(), virtuoso + "/sparql-auth", method="update", user="dba", password="dba")
    engine = EndpointEngine(virtuoso + "/sparql")
    results = engine.run(MEETINGS_BY_PERSON)
    assert results.variables == ["label", "meetings"]
    assert [(str(label), label.language, int(n)) for label, n in results.rows] == [
        ("किम जोंग उन", "hi", 2), ("व्लादिमीर पुतिन", "hi", 2)]
    assert engine.run("ASK { ?s <https://w3id.org/newskg/ontology#met> ?o }").boolean is True
    constructed = engine.run(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{A1}> {{ ?s ?p ?o }} }}")
    assert len(constructed.graph) == 28
