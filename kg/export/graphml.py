"""GraphML (yEd, Gephi, Cytoscape desktop, igraph): typed keys, lists joined, no None."""

from __future__ import annotations

import io

import networkx as nx

from kg.export.model import View, flatten, xml_safe

NAME = "graphml"
SUFFIX = ".graphml"
DESCRIPTION = "GraphML XML with typed attributes (lists joined with ' | ')"


def dumps(view: View, **options) -> bytes:
    """Return the view as a UTF-8 GraphML document."""
    graph = xml_safe(flatten(view.graph))
    buffer = io.BytesIO()
    # the pure-Python writer, so output does not change with lxml's presence
    nx.write_graphml_xml(graph, buffer, encoding="utf-8", prettyprint=True,
                         named_key_ids=True, edge_id_from_attribute="id")
    return buffer.getvalue()
