"""Export a newskg graph to graph visualisers: GraphML, GEXF, Cytoscape.js, DOT, HTML.

    graph = load_graph("build/graph.ttl")
    data = export(graph, "gexf", view="actors", since="2024")      # bytes
    export_file("build/graph.ttl", "html", "people.html")          # writes the file

Views and filters: `kg.export.model`; formats: one module each, found by
`kg.export.registry.formats()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg.errors import InputError
from kg.export.loader import load_graph
from kg.export.model import VIEWS, View, build_view
from kg.export.registry import ToolMissing, formats, get_format

__all__ = ["VIEWS", "ExportResult", "ToolMissing", "View", "build_view", "export",
           "export_file", "formats", "load_graph"]


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: where, in which format and view, and how big the view was."""

    path: str
    format: str
    view: str
    nodes: int
    edges: int
    bytes: int


def _render_check(fmt, render: str | None) -> None:
    if render and render not in getattr(fmt, "RENDERS", ()):
        able = [name for name, module in formats().items() if getattr(module, "RENDERS", ())]
        raise InputError(f"--render works with --format {', '.join(able)}, not {fmt.NAME}")


def export(graph: Graph, format: str, *, view: str = "people", since: str | None = None,
           until: str | None = None, statuses=None, render: str | None = None) -> bytes:
    """Return `graph`'s `view`, filtered, in `format` (drawn as `render` for DOT)."""
    fmt = get_format(format)
    _render_check(fmt, render)
    built = build_view(graph, view, since=since, until=until, statuses=statuses)
    return fmt.dumps(built, render_as=render) if render else fmt.dumps(built)


def export_file(target, format: str, output, *, view: str = "people", since: str | None = None,
                until: str | None = None, statuses=None, render: str | None = None) -> ExportResult:
    """Read the graph at `target`, export it to the file `output`; return a summary."""
    fmt = get_format(format)
    _render_check(fmt, render)
    built = build_view(load_graph(target), view, since=since, until=until, statuses=statuses)
    data = fmt.dumps(built, render_as=render) if render else fmt.dumps(built)
    path = Path(output)
    try:
        path.write_bytes(data)
    except OSError as error:
        raise InputError(f"cannot write {path}: {error.strerror}; check the folder exists") from error
    return ExportResult(str(path), fmt.NAME, view, built.graph.number_of_nodes(),
                        built.graph.number_of_edges(), len(data))
