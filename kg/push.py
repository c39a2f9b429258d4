"""Load a graph into an external SPARQL 1.1 store (Virtuoso, Fuseki, GraphDB ...), graph by graph.

    report = push("out/store", endpoint="http://localhost:8890/sparql-auth",
                  graph_store="http://localhost:8890/sparql-graph-crud-auth",
                  user="dba", password="...", auth="digest")

Each named graph (one per article) is replaced as a whole, so pushing twice leaves the remote
store as pushing once did:

- method "gsp": Graph Store HTTP Protocol, one `PUT <graph-store>?graph=<g>` per graph (PUT
  replaces the graph).
- method "update": SPARQL Update, `DROP SILENT GRAPH <g>` then the triples in chunks of
  `chunk_size` (`INSERT DATA`, or `INSERT {...} WHERE {}` for chunks with blank nodes, which
  Virtuoso refuses in INSERT DATA). Triples that share a blank node stay in one chunk, since a
  blank node label means a new node in every request.

Triples of the source's default graph (gazetteer entities, shortcut triples) go to the named
graph `default_graph` (SHARED_GRAPH unless told), because stores disagree on what their default
graph is. After pushing, the triples of each graph are counted on `endpoint` and reported.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.endpoint import http_request, make_opener
from kg.errors import StoreError

SHARED_GRAPH = "https://w3id.org/newskg/graph/shared"
METHODS = ("gsp", "update")


@dataclass
class GraphPush:
    """One graph pushed: its IRI, triples sent, and triples counted on the store afterwards."""

    graph: str
    sent: int
    remote: int | None = None


@dataclass
class PushReport:
    """What `push` did."""

    method: str
    graphs: list[GraphPush] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(g.sent for g in self.graphs)

    def mismatches(self) -> list[GraphPush]:
        """Return the graphs whose remote count differs from what was sent (when counted)."""
        return [g for g in self.graphs if g.remote is not None and g.remote != g.sent]


def _source_store(source) -> ox.Store:
    from kg.store import load_dataset, open_target

    if isinstance(source, ox.Store):
        return source
    if isinstance(source, (str, Path)):
        if not Path(source).exists():
            raise StoreError(f"no graph file or store at {source}")
        return open_target(source, read_only=True)
    store = ox.Store()  # an rdflib Dataset or Graph
    load_dataset(store, source)
    return store


def graphs_of(source, default_graph: str = SHARED_GRAPH) -> list[tuple[str, list[ox.Triple]]]:
    """Return [(graph IRI, sorted triples)] for a store, store path, graph file or rdflib Dataset.

    The default graph's triples are listed under `default_graph`, merged with that graph if the
    source has it too. Graphs are sorted by IRI, so pushes run in the same order every time.
    """
    store = _source_store(source)
    graphs: dict[str, set] = {}
    from kg.store import is_union_graph

    for quad in store:
        if is_union_graph(quad.graph_name):
            continue  # the store's materialised union: the data is in the other graphs
        name = default_graph if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        if isinstance(quad.graph_name, ox.BlankNode):
            raise StoreError("a graph named by a blank node cannot be pushed; name it with an IRI")
        graphs.setdefault(name, set()).add(ox.Triple(quad.subject, quad.predicate, quad.object))
    key = lambda t: (str(t.subject), str(t.predicate), str(t.object))  # noqa: E731
    return [(name, sorted(triples, key=key)) for name, triples in sorted(graphs.items())]


def _line(triple: ox.Triple) -> str:
    # pyoxigraph prints terms in N-Triples syntax: valid Turtle and valid SPARQL alike
    return f"{triple.subject} {triple.predicate} {triple.object} ."


def chunks(triples: list[ox.Triple], size: int) -> list[list[ox.Triple]]:
    """Split `triples` into lists of about `size`, never splitting triples that share a blank node."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for triple in triples:
        nodes = [t.value for t in (triple.subject, triple.object) if isinstance(t, ox.BlankNode)]
        for other in nodes[1:]:
            parent[find(other)] = find(nodes[0])
        for node in nodes[:1]:
            find(node)
    groups: dict[object, list] = {}
    for index, triple in enumerate(triples):
        node = next((t.value for t in (triple.subject, triple.object) if isinstance(t, ox.BlankNode)), None)
        groups.setdefault(find(node) if node is not None else index, []).append(triple)
    out, current = [], []
    for group in groups.values():  # insertion order: the sorted order of each group's first triple
        if current and len(current) + len(group) > size:
            out.append(current)
            current = []
        current.extend(group)
    if current:
        out.append(current)
    return out


def update_requests(graph: str, triples: list[ox.Triple], chunk_size: int = 2000) -> list[str]:
    """Return the SPARQL Update requests that replace `graph` with `triples`."""
    requests = []
    parts = chunks(triples, chunk_size) or [[]]
    for number, part in enumerate(parts):
        body = "\n".join(_line(t) for t in part)
        has_bnodes = any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in part)
        if not part:
            insert = ""
        elif has_bnodes:
            insert = f"INSERT {{ GRAPH <{graph}> {{\n{body}\n}} }} WHERE {{}}"
        else:
            insert = f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}"
        drop = f"DROP SILENT GRAPH <{graph}>" if number == 0 else ""
        requests.append(" ;\n".join(p for p in (drop, insert) if p))
    return requests


def count_remote(endpoint: str, graphs: list[str], opener=None, batch: int = 200) -> dict[str, int]:
    """Return {graph: triples} counted on `endpoint` (graphs absent there count 0)."""
    import json
    from urllib.parse import urlencode

    counts = {g: 0 for g in graphs}
    for start in range(0, len(graphs), batch):
        values = " ".join(f"<{g}>" for g in graphs[start:start + batch])
        query = f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g"
        _, _, body = http_request(endpoint, "POST", urlencode({"query": query}).encode(), {
            "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"}, opener)
        try:
            bindings = json.loads(body)["results"]["bindings"]
        except (ValueError, KeyError):
            raise StoreError(f"{endpoint} did not answer a SPARQL JSON result when counting triples") from None
        for b in bindings:
            counts[b["g"]["value"]] = int(b["n"]["value"])
    return counts


def push(source, endpoint: str, graph_store: str | None = None, method: str | None = None,
         user: str | None = None, password: str | None = None, auth: str = "digest",
         chunk_size: int = 2000, default_graph: str = SHARED_GRAPH, verify: bool = True,
         timeout: float = 300.0, progress: Callable[[str], None] | None = None) -> PushReport:
    """Replace each graph of `source` in the store at `endpoint`; return a PushReport.

    `source`: a store directory, a graph file, a pyoxigraph Store or an rdflib Dataset.
    `method`: "gsp" (needs `graph_store`) or "update"; by default "gsp" when `graph_store`
    is given. With `verify`, each graph's triples are counted on `endpoint` afterwards.
    """
    method = method or ("gsp" if graph_store else "update")
    if method not in METHODS:
        raise StoreError(f"unknown push method {method!r}; use gsp or update")
    if method == "gsp" and not graph_store:
        raise StoreError("--method gsp needs --graph-store URL (Virtuoso: http://HOST:8890/sparql-graph-crud-auth)")
    if chunk_size < 1:
        raise StoreError("--chunk-size must be at least 1")
    opener = make_opener(graph_store or endpoint, user, password, auth)
    graphs = graphs_of(source, default_graph)
    report = PushReport(method)
    from urllib.parse import quote

    for name, triples in graphs:
        if method == "gsp":
            separator = "&" if "?" in graph_store else "?"
            body = ("\n".join(_line(t) for t in triples) + "\n").encode()
            url = f"{graph_store}{separator}graph={quote(name, safe='')}"
            http_request(url, "PUT", body, {"Content-Type": "text/turtle; charset=utf-8"}, opener, timeout)
        else:
            for update in update_requests(name, triples, chunk_size):
                http_request(endpoint, "POST", update.encode(), {"Content-Type": "application/sparql-update; charset=utf-8"},
                             opener, timeout)
        report.graphs.append(GraphPush(name, len(triples)))
        if progress:
            progress(name)
    if verify and report.graphs:
        counts = count_remote(endpoint, [g.graph for g in report.graphs], make_opener(endpoint, user, password, auth))
        for entry in report.graphs:
            entry.remote = counts.get(entry.graph, 0)
    return report


def print_report(report: PushReport, file=sys.stderr) -> None:
    """Write a short summary of a push."""
    print(f"pushed {len(report.graphs)} graphs, {report.triples} triples ({report.method})", file=file)
    for entry in report.mismatches():
        print(f"warning: {entry.graph}: sent {entry.sent} triples, the store holds {entry.remote}", file=file)


__all__ = ["push", "PushReport", "GraphPush", "graphs_of", "chunks", "update_requests", "count_remote",
           "print_report", "SHARED_GRAPH", "METHODS"]
