"""GEXF 1.2 in dynamic mode, so Gephi's timeline plays the network.

Every node and edge touched by dated events has ``start`` / ``end`` XML attributes (ISO
days, ``timeformat="date"``): the first day of its first event and the last day of its
last. Undated ones carry no interval and Gephi shows them at all times.
"""

from __future__ import annotations

import io

from networkx.readwrite.gexf import GEXFWriter

from kg.export.model import View, flatten, xml_safe

NAME = "gexf"
SUFFIX = ".gexf"
DESCRIPTION = "GEXF 1.2 (Gephi), dynamic: nodes and edges carry start/end dates"


def dumps(view: View, **options) -> bytes:
    """Return the view as a UTF-8 GEXF 1.2 document in dynamic mode."""
    graph = xml_safe(flatten(view.graph))
    graph.graph["mode"] = "dynamic"
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    # networkx stamps today's date here; drop it so the same graph gives the same bytes
    meta = writer.xml.find("meta")
    if meta is not None:
        meta.attrib.pop("lastmodifieddate", None)
    writer.add_graph(graph)
    graph_element = writer.graph_element
    graph_element.set("mode", "dynamic")
    if graph_element.get("timeformat") is None:
        graph_element.set("timeformat", "date")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
