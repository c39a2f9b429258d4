"""Cytoscape.js JSON: ``{"elements": {"nodes": [{"data": {...}}], "edges": [...]}}``.

Loads with ``cy.json(doc)`` or ``cytoscape({elements: doc.elements})`` and in Cytoscape
desktop (File > Import > Network from File). Lists stay lists here.
"""

from __future__ import annotations

import json

from kg.export.model import View

NAME = "cytoscape"
SUFFIX = ".cyjs"
DESCRIPTION = "Cytoscape.js JSON elements (also read by Cytoscape desktop)"


def _clean(data: dict) -> dict:
    return {k: (list(v) if isinstance(v, (tuple, set)) else v) for k, v in data.items() if v is not None}


def elements(view: View) -> dict:
    """Return the view as a Cytoscape.js document (a dict ready for JSON)."""
    graph = view.graph
    nodes = []
    for node, data in graph.nodes(data=True):
        nodes.append({"data": {"id": node, **_clean({k: v for k, v in data.items() if k != "id"})}})
    edges = []
    triples = graph.edges(keys=True, data=True) if graph.is_multigraph() else (
        (u, v, None, d) for u, v, d in graph.edges(data=True))
    for u, v, _, data in triples:
        body = _clean({k: v for k, v in data.items() if k not in ("source", "target")})
        body.setdefault("id", f"{u}--{v}")
        edges.append({"data": {"id": body.pop("id"), "source": u, "target": v, **body}})
    return {
        "format_version": "1.0",
        "generated_by": "newskg",
        "target_cytoscapejs_version": "~3",
        "data": {"name": graph.graph.get("name", ""), "view": view.name, **view.filters,
                 "directed": graph.is_directed()},
        "elements": {"nodes": nodes, "edges": edges},
    }


def dumps(view: View, **options) -> bytes:
    """Return the view as UTF-8 Cytoscape.js JSON (Devanagari written as is, keys sorted)."""
    text = json.dumps(elements(view), ensure_ascii=False, indent=1, sort_keys=True)
    return (text + "\n").encode("utf-8")
