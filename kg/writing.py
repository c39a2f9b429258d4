"""Writing graphs to files: deterministic bytes, written atomically.

A graph is serialised to a temporary file beside the target, flushed to disk and then
renamed over it, so a crash or a kill mid-write leaves the previous file untouched.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.graph import KnowledgeGraph, sort_triples
from kg.vocab import PREFIXES

#: format name -> (pyoxigraph format, whether it keeps named graphs)
FORMATS = {
    "ttl": (ox.RdfFormat.TURTLE, False),
    "trig": (ox.RdfFormat.TRIG, True),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
}
#: prefix -> namespace IRI, in name order, declared at the top of Turtle and TriG
PREFIX_IRIS = {prefix: str(PREFIXES[prefix]) for prefix in sorted(PREFIXES)}
SUFFIX_FORMAT = {".ttl": "ttl", ".turtle": "ttl", ".trig": "trig", ".nq": "nq", ".nquads": "nq", ".nt": "nt"}


def format_for(path: str | Path, explicit: str | None = None) -> str:
    """Return the output format named explicitly or implied by the file's suffix."""
    if explicit:
        if explicit not in FORMATS:
            raise InputError(f"unknown format {explicit!r}; choose one of {', '.join(FORMATS)}")
        return explicit
    return SUFFIX_FORMAT.get(Path(path).suffix.lower(), "ttl")


def serialise(graph: KnowledgeGraph, fmt: str) -> bytes:
    """Return the bytes of `graph` in `fmt`; the same triples always give the same bytes.

    Turtle and N-Triples hold the union of the article graphs; TriG and N-Quads keep a
    named graph per article. Triples are sorted by subject (rdf:type first), so Turtle
    groups each subject's statements in one block.
    """
    rdf_format, keeps_graphs = FORMATS[fmt]
    if fmt == "nt":
        return graph.ntriples()
    if fmt == "nq":
        # a line format: sorted distinct lines are stable and diffable
        data = ox.serialize(graph.quads(), format=rdf_format)
        lines = sorted(set(line for line in data.split(b"\n") if line.strip()))
        return b"\n".join(lines) + b"\n" if lines else b""
    if keeps_graphs:
        statements = (
            ox.Quad(t.subject, t.predicate, t.object, article.name)
            for article in graph.graphs()
            for t in sort_triples(article)
        )
    else:
        # the union's parsed quads (all in the default graph) go straight to the Turtle
        # writer: rebuilding a Triple from each cost a tenth of the writing time
        statements = ox.parse(graph.ntriples(), format=ox.RdfFormat.N_TRIPLES)
    return _with_sorted_prefixes(ox.serialize(statements, format=rdf_format, prefixes=PREFIX_IRIS))


def _with_sorted_prefixes(data: bytes) -> bytes:
    """Return Turtle/TriG `data` with its @prefix lines in name order, then a blank line."""
    # pyoxigraph declares prefixes in an order of its own; ours must not depend on it
    header = b"".join(f"@prefix {name}: <{iri}> .\n".encode() for name, iri in PREFIX_IRIS.items())
    start = 0
    while data.startswith(b"@prefix ", start):  # pyoxigraph writes them only when there are statements
        start = data.index(b"\n", start) + 1
    return header + b"\n" + data[start:]


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see either the old file or the new one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_graph(graph: KnowledgeGraph, path: str | Path, fmt: str | None = None) -> str:
    """Serialise `graph` to `path` atomically; return the format used."""
    fmt = format_for(path, fmt)
    write_atomically(path, serialise(graph, fmt))
    return fmt
