"""A persistent graph store on disk: one named graph per article, queried with SPARQL.

The store is an Oxigraph database (pyoxigraph, RocksDB underneath) in a directory. Each
article's triples live in the named graph whose name is the Article's IRI, with an
`nkg:contentHash` literal on the Article, so an incremental build can ask which articles
changed (`article_hashes`), swap one article's graph (`replace_article`) and leave the rest
alone. Triples shared by all articles (gazetteer entities, shortcut triples) may live in the
default graph or in other named graphs; queries see the union of every graph.

That union is kept materialised in one more named graph, UNION_GRAPH, each triple once,
refreshed in the same transaction as every write. Oxigraph's own union view
(`use_default_graph_as_union`) matches a triple once per graph holding it, and every article
graph repeats the labels of the people it names, so a join of five patterns over a
10-article store returned each row up to 10^5 times: a store of 34 articles took 19 minutes
to list its meetings.

    store = open_store("out/store", create=True)
    load_dataset(store, dataset)                 # an rdflib Dataset from `kg build`
    OxigraphEngine(store).run("SELECT ...")      # -> Results

pyoxigraph has no close(): a store is released when its last reference goes (`del store`).
Only one process may hold a store for writing; readers use `open_store(path, read_only=True)`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.graph import Graph

from kg.errors import QueryError, StoreError
from kg.safeload import check_rdf_file
from kg.vocab import NKG, PREFIXES

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


try:  # one Results type across engines, where kg.querying (bundled queries, formatters) is present
    from kg.querying import Results
except ImportError:  # a stand-in with the same fields, for a checkout without kg.querying

    @dataclass
    class Results:
        """What a query gave back: rows for SELECT, a boolean for ASK, a graph for CONSTRUCT/DESCRIBE."""

        kind: str  # "select" | "ask" | "graph"
        variables: list[str] = field(default_factory=list)
        rows: list[tuple] = field(default_factory=list)  # rdflib terms, None where unbound
        boolean: bool | None = None
        graph: Graph | None = None

        def __len__(self) -> int:
            return len(self.rows)

        def records(self) -> list[dict]:
            """Return the rows as dicts keyed by variable name."""
            return [dict(zip(self.variables, row)) for row in self.rows]


def make_results(kind, variables=(), rows=(), boolean=None, graph=None) -> Results:
    """Return a Results; the one place engines in this package construct them."""
    return Results(kind=kind, variables=list(variables), rows=list(rows), boolean=boolean, graph=graph)


# --- terms -------------------------------------------------------------------------------


def to_rdflib(term):
    """Return the rdflib term for a pyoxigraph term (None stays None)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.DefaultGraph):
        return None
    raise QueryError(f"cannot convert {term!r} to an rdflib term (RDF-star triples are not supported)")


def to_oxigraph(term):
    """Return the pyoxigraph term for an rdflib term, string IRI or pyoxigraph term."""
    if isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal, ox.DefaultGraph)):
        return term
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, str):
        return ox.NamedNode(term)
    raise StoreError(f"cannot store {term!r}: not an RDF term")


def _graph_node(graph) -> ox.NamedNode | ox.BlankNode | ox.DefaultGraph:
    """Return the pyoxigraph graph name for an rdflib graph identifier or context."""
    if graph is None:
        return ox.DefaultGraph()
    identifier = getattr(graph, "identifier", graph)
    if isinstance(identifier, URIRef) and str(identifier) == "urn:x-rdflib:default":
        return ox.DefaultGraph()
    return to_oxigraph(identifier)


#: the named graph holding the union of all the store's other graphs, each triple once
UNION_GRAPH = ox.NamedNode("https://w3id.org/newskg/graph/union")

_REFRESH_UNION = (
    f"DROP SILENT GRAPH {UNION_GRAPH} ;\n"
    f"INSERT {{ GRAPH {UNION_GRAPH} {{ ?s ?p ?o }} }} WHERE {{ "
    f"{{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {UNION_GRAPH}) }} UNION {{ ?s ?p ?o }} }}"
)


def is_union_graph(name) -> bool:
    """Return whether a graph name is the store's materialised union (not data of its own)."""
    return isinstance(name, ox.NamedNode) and name == UNION_GRAPH


def refresh_union(store: ox.Store) -> None:
    """Rebuild UNION_GRAPH from every other graph (one transaction)."""
    try:
        store.update(_REFRESH_UNION)
    except (OSError, SyntaxError) as error:
        raise StoreError(f"cannot refresh the store's union graph: {error}") from error


def query_options(store: ox.Store) -> dict:
    """Return pyoxigraph query options for a query without FROM: the union as default graph."""
    if store.contains_named_graph(UNION_GRAPH):
        named = [g for g in store.named_graphs() if not is_union_graph(g)]
        return {"default_graph": [UNION_GRAPH], "named_graphs": named}
    return {"use_default_graph_as_union": True}  # a store written before UNION_GRAPH existed


def article_iri(id_or_iri: str) -> str:
    """Return the Article IRI for an article id ("a1") or IRI (returned as is)."""
    text = str(id_or_iri)
    if "://" in text or text.startswith("urn:"):
        return text
    from kg.iris import article_iri as mint  # the build's rule, so ids with spaces or quotes match too

    return str(mint(text))


# --- opening -----------------------------------------------------------------------------


def is_store(path) -> bool:
    """Return whether `path` is a directory holding an Oxigraph store."""
    path = Path(path)
    return path.is_dir() and (path / "CURRENT").is_file()


def open_store(path, create: bool = False, read_only: bool = False) -> ox.Store:
    """Return the Oxigraph store in directory `path`, creating it when `create` is true.

    Raises StoreError when the store is missing (and not to be created), locked by another
    process, or not a readable store.
    """
    path = Path(path)
    if not is_store(path):
        if not create or read_only:
            if path.exists() and not path.is_dir():
                raise StoreError(f"{path} is a file, not a store directory; give the directory `kg build --store` wrote")
            if path.is_dir() and any(path.iterdir()):
                raise StoreError(f"{path} is not a newskg store (no Oxigraph database in it)")
            raise StoreError(f"no store at {path}; create one with `kg build ... --store {path}`")
        path.mkdir(parents=True, exist_ok=True)
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as error:
        message = str(error)
        if "lock" in message.lower():
            raise StoreError(
                f"store {path} is in use by another process (locked); stop that process, "
                f"or open it read-only (`kg serve` and `kg query` do)"
            ) from error
        raise StoreError(f"cannot open store {path}: {message}") from error
    except RuntimeError as error:  # RocksDB reports corruption as a RuntimeError
        raise StoreError(
            f"store {path} is damaged ({error}); delete the directory and rebuild it with `kg build --store`"
        ) from error


# --- articles ----------------------------------------------------------------------------


def article_hashes(store: ox.Store) -> dict[str, str]:
    """Return {Article IRI: nkg:contentHash} for every article stored in its own graph."""
    query = f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?g <{NKG.contentHash}> ?h }} }}"
    try:
        return {row["g"].value: row["h"].value for row in store.query(query)}
    except OSError as error:
        raise StoreError(f"cannot read article hashes: {error}") from error


def _quads_into(graph: ox.NamedNode | ox.DefaultGraph, triples) -> Iterator[ox.Quad]:
    """Yield pyoxigraph quads in `graph` from rdflib triples/quads, pyoxigraph triples/quads or a Graph."""
    for item in triples:
        if isinstance(item, (ox.Quad, ox.Triple)):
            yield ox.Quad(item.subject, item.predicate, item.object, graph)
        else:
            s, p, o = item[0], item[1], item[2]
            yield ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph)


def _sparql_term(term) -> str:
    # pyoxigraph prints terms in N-Triples syntax, which SPARQL accepts as is.
    return str(term)


def replace_article(store: ox.Store, article: str, quads: Iterable) -> int:
    """Replace the named graph of one article with `quads`; return how many were written.

    `quads` are triples or quads (rdflib or pyoxigraph, or an rdflib Graph); their graph
    position is ignored, every triple goes into the graph named by the Article IRI. The
    drop and the insert run as one SPARQL Update, which Oxigraph applies in one transaction:
    a reader sees the old graph or the new one, never half of each.
    """
    graph = ox.NamedNode(article_iri(article))
    lines = sorted({f"{_sparql_term(q.subject)} {_sparql_term(q.predicate)} {_sparql_term(q.object)} ." for q in _quads_into(graph, quads)})
    update = f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n" + "\n".join(lines) + "\n} } ;\n" + _REFRESH_UNION
    try:
        store.update(update)
    except (OSError, SyntaxError) as error:
        raise StoreError(f"cannot replace article graph {graph.value}: {error}") from error
    return len(lines)


def remove_article(store: ox.Store, article: str) -> bool:
    """Drop the named graph of one article (id or IRI); return whether it was there."""
    graph = ox.NamedNode(article_iri(article))
    try:
        if not store.contains_named_graph(graph):
            return False
        store.update(f"DROP GRAPH {graph} ;\n" + _REFRESH_UNION)
    except OSError as error:
        raise StoreError(f"cannot remove article graph {graph.value}: {error}") from error
    return True


#: triples per SPARQL Update when loading a dataset; each Update is one transaction
LOAD_BATCH_TRIPLES = 10_000


def load_dataset(store: ox.Store, dataset) -> int:
    """Load an rdflib Dataset (or Graph) into the store, replacing each graph it contains.

    Every named graph in `dataset` replaces the store's graph of that name; triples in the
    dataset's default graph replace the store's default graph. Graphs the dataset does not
    mention are left as they are (use `remove_article` for articles that went away).
    Return the number of quads written.

    Graphs are written in batches, each batch one SPARQL Update (drops and inserts
    together), which Oxigraph applies in one transaction. A graph is never split across
    batches, so a process killed mid-load leaves every article graph either as it was or
    as it is now, never half-replaced; its content hash says which, and the next
    incremental build redoes the rest.
    """
    contexts = getattr(dataset, "graphs", None) or getattr(dataset, "contexts", None)
    if contexts is not None:
        graphs = [(_graph_node(context), context) for context in contexts() if len(context)]
    else:  # a plain Graph: its triples go to the default graph
        graphs = [(ox.DefaultGraph(), dataset)]
    graphs = [(name, context) for name, context in graphs if not is_union_graph(name)]
    graphs.sort(key=lambda pair: "" if isinstance(pair[0], ox.DefaultGraph) else str(pair[0]))
    total = 0
    batch: list[tuple[object, list[str]]] = []
    size = 0
    try:
        for name, context in graphs:
            lines = sorted({f"{q.subject} {q.predicate} {q.object} ." for q in _quads_into(name, context)})
            total += len(lines)
            if batch and size + len(lines) > LOAD_BATCH_TRIPLES:
                store.update(_replace_graphs_update(batch))
                batch, size = [], 0
            batch.append((name, lines))
            size += len(lines)
        # the last batch refreshes the union in its own transaction: a build killed
        # before it leaves articles to redo, so the next build refreshes it
        store.update(_replace_graphs_update(batch) + " ;\n" + _REFRESH_UNION if batch else _REFRESH_UNION)
        store.flush()
    except (OSError, SyntaxError, RuntimeError) as error:
        raise StoreError(f"cannot load the dataset into the store: {error}") from error
    return total


def _replace_graphs_update(batch: list[tuple[object, list[str]]]) -> str:
    """Return one SPARQL Update that empties each graph of `batch` and inserts its lines."""
    drops = ["DROP SILENT DEFAULT" if isinstance(name, ox.DefaultGraph) else f"DROP SILENT GRAPH {name}" for name, _ in batch]
    blocks = []
    for name, lines in batch:
        body = "\n".join(lines)
        blocks.append(body if isinstance(name, ox.DefaultGraph) else f"GRAPH {name} {{\n{body}\n}}")
    return " ;\n".join(drops) + " ;\nINSERT DATA {\n" + "\n".join(blocks) + "\n}"


def graph_counts(store: ox.Store) -> dict[str, int]:
    """Return {graph IRI: number of triples}; the default graph is keyed "" ."""
    counts = {}
    for row in store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"):
        if not is_union_graph(row["g"]):
            counts[row["g"].value] = int(row["n"].value)
    default = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    if default:
        counts[""] = default
    return dict(sorted(counts.items()))


# --- export ------------------------------------------------------------------------------

# name -> (pyoxigraph format, keeps graphs?)
EXPORT_FORMATS = {
    "ttl": (ox.RdfFormat.TURTLE, False),
    "turtle": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "trig": (ox.RdfFormat.TRIG, True),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "nquads": (ox.RdfFormat.N_QUADS, True),
}


def _sort_key(quad) -> tuple:
    return (str(quad.graph_name) if isinstance(quad, ox.Quad) else "", str(quad.subject), str(quad.predicate), str(quad.object))


def export(store: ox.Store, path, format: str | None = None) -> int:
    """Write the store to `path` and return the number of statements written.

    Formats: "ttl" / "nt" (the union of all graphs as one graph, duplicates merged),
    "trig" / "nq" (every graph kept). The format defaults to the file's extension. Output
    is sorted, so the same store content gives the same bytes.
    """
    path = Path(path)
    name = (format or path.suffix.lstrip(".")).lower()
    if name not in EXPORT_FORMATS:
        raise StoreError(f"cannot export as {name!r}; choose one of {', '.join(sorted(EXPORT_FORMATS))}")
    rdf_format, keeps_graphs = EXPORT_FORMATS[name]
    try:
        data_quads = [q for q in store if not is_union_graph(q.graph_name)]
        if keeps_graphs:
            statements = sorted(data_quads, key=_sort_key)
        else:
            statements = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in data_quads}, key=_sort_key)
        prefixes = {prefix: str(ns) for prefix, ns in PREFIXES.items()} if rdf_format != ox.RdfFormat.N_TRIPLES and rdf_format != ox.RdfFormat.N_QUADS else None
        path.parent.mkdir(parents=True, exist_ok=True)
        data = ox.serialize(statements, format=rdf_format, prefixes=prefixes) if prefixes else ox.serialize(statements, format=rdf_format)
        path.write_bytes(data or b"")
    except OSError as error:
        raise StoreError(f"cannot export the store to {path}: {error}") from error
    return len(statements)


# --- querying ----------------------------------------------------------------------------


_STRINGS_AND_COMMENTS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_FROM = re.compile(r"(?<![?$:\w])FROM\b", re.IGNORECASE)


def has_dataset_clause(sparql: str) -> bool:
    """Return whether a query names its own graphs with FROM / FROM NAMED."""
    return bool(_FROM.search(_STRINGS_AND_COMMENTS.sub(" ", sparql)))


def oxigraph_query(store: ox.Store, sparql: str):
    """Run `sparql` over the union of all graphs (or its FROM graphs); return pyoxigraph's result."""
    try:
        if has_dataset_clause(sparql):  # the union options would override FROM
            return store.query(sparql)
        return store.query(sparql, **query_options(store))
    except SyntaxError as error:
        raise QueryError(f"the query is not valid SPARQL: {error}") from error
    except OSError as error:
        raise StoreError(f"the store could not be read: {error}") from error


class OxigraphEngine:
    """Runs SPARQL over an Oxigraph store; the default graph is the union of all graphs."""

    def __init__(self, store: ox.Store):
        self.store = store

    @classmethod
    def open(cls, path, read_only: bool = True) -> "OxigraphEngine":
        """Return an engine over the store in `path` (read-only by default)."""
        return cls(open_store(path, read_only=read_only))

    @classmethod
    def from_file(cls, path, format: str | None = None) -> "OxigraphEngine":
        """Return an engine over a graph file (Turtle, TriG, N-Triples, N-Quads, RDF/XML, JSON-LD) loaded in memory."""
        return cls(load_file(path, format))

    def run(self, sparql: str) -> Results:
        """Run a query and return its Results (rows of rdflib terms, a boolean, or a graph)."""
        from kg.querying import refuse_service

        refuse_service(sparql)
        answer = oxigraph_query(self.store, sparql)
        if isinstance(answer, ox.QueryBoolean):
            return make_results("ask", boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            rows = [tuple(to_rdflib(solution[i]) for i in range(len(variables))) for solution in answer]
            return make_results("select", variables=variables, rows=rows)
        graph = Graph()
        for triple in answer:
            graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
        return make_results("graph", graph=graph)


def load_file(path, format: str | None = None) -> ox.Store:
    """Return an in-memory Oxigraph store holding the RDF file at `path`."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"no graph file at {path}")
    check_rdf_file(path)
    try:
        rdf_format = ox.RdfFormat.from_extension(format or path.suffix.lstrip(".").lower())
    except ValueError:
        rdf_format = None
    if rdf_format is None:
        raise StoreError(f"cannot tell the RDF format of {path}; use .ttl, .trig, .nt, .nq, .rdf or .jsonld")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=rdf_format)
    except (OSError, SyntaxError, ValueError) as error:
        raise StoreError(f"cannot read {path}: {error}") from error
    if any(True for _ in store.named_graphs()):
        refresh_union(store)
    return store


def open_target(target, read_only: bool = True) -> ox.Store:
    """Return a store for a store directory, or an in-memory store loaded from a graph file."""
    return open_store(target, read_only=read_only) if Path(target).is_dir() else load_file(target)


__all__ = [
    "Results",
    "UNION_GRAPH",
    "refresh_union",
    "query_options",
    "OxigraphEngine",
    "open_store",
    "open_target",
    "is_store",
    "load_file",
    "article_iri",
    "article_hashes",
    "replace_article",
    "remove_article",
    "load_dataset",
    "graph_counts",
    "export",
    "EXPORT_FORMATS",
    "to_rdflib",
    "to_oxigraph",
]
