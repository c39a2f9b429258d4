"""Read a graph file into one rdflib Graph, the only input the export views take."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.util import guess_format

from kg.errors import InputError
from kg.safeload import check_rdf_file

#: formats whose files may hold named graphs; their union is what gets exported
QUAD_FORMATS = {"trig", "nquads", "trix"}


def load_graph(target: str | Path) -> Graph:
    """Return the triples of `target` (Turtle, N-Triples, RDF/XML, TriG or N-Quads) as one Graph.

    A dataset file is read as the union of its named graphs and its default graph, so
    an event described across graphs is seen whole. Store directories are not read here
    yet: the store module extends this function.
    """
    path = Path(target)
    if path.is_dir():
        from kg.store import is_store, open_store, to_rdflib

        if is_store(path):
            store = open_store(path, read_only=True)
            graph = Graph()
            for quad in store.quads_for_pattern(None, None, None, None):
                graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
            return graph
        raise InputError(
            f"{path} is a directory; give a graph file (.ttl, .trig, .nq, .nt), "
            "or export the store to a file first"
        )
    if not path.exists():
        raise InputError(f"{path} does not exist; give the graph file that `kg build` wrote")
    check_rdf_file(path)
    fmt = guess_format(str(path))
    if fmt is None:
        raise InputError(
            f"cannot tell the RDF format of {path} from its extension; "
            "use .ttl, .nt, .rdf, .trig or .nq"
        )
    try:
        if fmt in QUAD_FORMATS:
            dataset = Dataset()
            dataset.parse(path, format=fmt)
            graph = Graph()
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
        else:
            graph = Graph()
            graph.parse(path, format=fmt)
    except Exception as error:  # rdflib raises many parser-specific types
        raise InputError(f"cannot parse {path} as {fmt}: {error}") from error
    return graph
