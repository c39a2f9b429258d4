"""A self-contained browser view: one HTML file, the graph embedded, no network use.

Nodes are coloured by type and sized by degree; a search box finds Hindi or English
names; a time slider and status checkboxes filter events; clicking a node or an edge
lists its events with dates, statuses, sources and evidence sentences.
"""

from __future__ import annotations

import html as html_escape
import json

from kg.export._page import PAGE
from kg.export.model import DEFAULT_COLOUR, TYPE_COLOURS, View

NAME = "html"
SUFFIX = ".html"
DESCRIPTION = "one self-contained HTML page with an interactive force layout (works offline)"

RELATION_COLOURS = {"met": "#0072B2aa", "signed": "#CC79A7cc", "visited": "#E69F00cc",
                    "participant": "#888888aa"}


def _labels(view: View, ids) -> list[str]:
    return [view.entities[i].label if i in view.entities else i for i in ids]


def page_data(view: View) -> dict:
    """Return what the page draws: nodes, edges (with their event ids) and the events."""
    graph = view.graph
    node_events: dict[str, set[str]] = {n: set() for n in graph.nodes}
    edges = []
    triples = graph.edges(keys=True, data=True) if graph.is_multigraph() else (
        (u, v, None, d) for u, v, d in graph.edges(data=True))
    for u, v, _, data in triples:
        ids = list(data.get("events") or [x for x in (u, v) if x in view.events])
        node_events[u].update(ids)
        node_events[v].update(ids)
        edges.append({"id": data.get("id", f"{u}--{v}"), "source": u, "target": v,
                      "relation": data.get("relation", ""), "weight": data.get("weight", 1),
                      "events": ids})
    nodes = []
    for node, data in graph.nodes(data=True):
        if node in view.events:
            node_events[node].add(node)
        nodes.append({
            "id": node, "label": str(data.get("label", node)), "label_en": data.get("label_en", ""),
            "type": data.get("type", ""), "wikidata": data.get("wikidata", ""),
            "alt": list(data.get("alt") or []), "degree": data.get("degree", 0),
            "start": data.get("start"), "end": data.get("end"),
            "events": sorted(node_events[node]),
        })
    used = sorted(set().union(*node_events.values())) if node_events else []
    events = {}
    for event_id in used:
        event = view.events[event_id]
        interval = event.interval
        events[event_id] = {
            "type": event.type, "date": event.date, "status": event.status,
            "start": interval[0] if interval else None, "end": interval[1] if interval else None,
            "participants": _labels(view, event.participants), "places": _labels(view, event.places),
            "destinations": _labels(view, event.destinations),
            "agreements": _labels(view, event.agreements), "sources": _labels(view, event.sources),
            "articles": list(event.articles), "evidence": list(event.evidence),
            "confidence": event.confidence,
        }
    return {"view": view.name, "directed": graph.is_directed(), "filters": view.filters,
            "nodes": nodes, "edges": edges, "events": events,
            "colours": TYPE_COLOURS, "default_colour": DEFAULT_COLOUR,
            "relation_colours": RELATION_COLOURS}


def dumps(view: View, **options) -> bytes:
    """Return the browser page for `view` as UTF-8 HTML."""
    data = json.dumps(page_data(view), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # inside <script>, "</" would end the element early; "<\/" is the same JSON string
    data = data.replace("</", "<\\/").replace("<!--", "<\\!--")
    title = html_escape.escape(f"newskg — {view.name}" + "".join(f" {k}={v}" for k, v in view.filters.items()))
    page = PAGE.replace("/*NEWSKG_TITLE*/", title).replace("/*NEWSKG_DATA*/", data)
    return page.encode("utf-8")
