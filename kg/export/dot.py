"""Graphviz DOT text (UTF-8), optionally drawn to SVG or PNG by Graphviz's ``dot``."""

from __future__ import annotations

import shutil
import subprocess

from kg.export.model import DEFAULT_COLOUR, JOIN, TYPE_COLOURS, View
from kg.export.registry import ToolMissing
from kg.errors import InputError, KgError

NAME = "dot"
SUFFIX = ".dot"
DESCRIPTION = "Graphviz DOT; --render svg|png draws it with Graphviz's dot"
RENDERS = ("svg", "png")
FONTS = "Noto Sans Devanagari,Lohit Devanagari,Mangal,sans-serif"


def quote(value) -> str:
    """Return `value` as a DOT double-quoted string."""
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{text}"'


def _attrs(pairs: dict) -> str:
    return ", ".join(f"{k}={quote(v)}" for k, v in pairs.items() if v not in (None, ""))


def _join(value) -> str:
    return JOIN.join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)


def to_dot(view: View) -> str:
    """Return the view as DOT text: labelled, coloured by type, edge width by weight."""
    graph = view.graph
    directed = graph.is_directed()
    arrow = "->" if directed else "--"
    big = graph.number_of_nodes() > 300
    lines = [
        f"{'digraph' if directed else 'graph'} {quote(graph.graph.get('name', 'newskg'))} {{",
        "  " + f"graph [{_attrs({'charset': 'UTF-8', 'fontname': FONTS, 'layout': 'sfdp' if big else 'neato', 'overlap': 'false', 'sep': '+16', 'splines': 'true'})}];",
        "  " + f"node [{_attrs({'style': 'filled', 'fontname': FONTS, 'fontcolor': 'black', 'shape': 'ellipse'})}];",
        "  " + f"edge [{_attrs({'fontname': FONTS, 'color': '#55555588', 'len': '1.8'})}];",
    ]
    for node, data in graph.nodes(data=True):
        label = data.get("label", node)
        if data.get("label_en") and data.get("label_en") != label:
            label = f"{label}\n{data['label_en']}"
        node_type = data.get("type", "")
        tooltip = " ".join(x for x in (node, node_type, data.get("wikidata", ""),
                                       data.get("start", ""), data.get("end", "")) if x)
        shape = "box" if node_type in ("Meeting", "Signing", "Visit", "Event") else None
        pairs = {"label": label, "fillcolor": TYPE_COLOURS.get(node_type, DEFAULT_COLOUR) + "99",
                 "shape": shape, "tooltip": tooltip}
        lines.append(f"  {quote(node)} [{_attrs(pairs)}];")
    edges = graph.edges(data=True)
    for u, v, data in edges:
        weight = data.get("weight", 1)
        relation = data.get("relation", "")
        label = relation if weight == 1 else f"{relation} ×{weight}"
        tooltip = " ".join(x for x in (_join(data.get("dates", "")), _join(data.get("statuses", ""))) if x)
        pairs = {"label": label, "penwidth": f"{min(1 + weight, 8)}", "tooltip": tooltip}
        if not directed or relation == "participant":
            pairs["fontsize"] = "10"
        lines.append(f"  {quote(u)} {arrow} {quote(v)} [{_attrs(pairs)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def render(dot_text: bytes, image: str) -> bytes:
    """Return `dot_text` drawn by Graphviz as `image` ("svg" or "png")."""
    if image not in RENDERS:
        raise InputError(f"cannot render {image!r}; choose from {', '.join(RENDERS)}")
    program = shutil.which("dot")
    if program is None:
        raise ToolMissing(
            "rendering needs Graphviz's `dot` program, which is not installed; install the "
            "Debian package `graphviz` (apt-get install graphviz), or drop --render and "
            "write DOT text"
        )
    done = subprocess.run([program, f"-T{image}"], input=dot_text, capture_output=True, check=False)
    if done.returncode != 0:
        raise KgError(f"Graphviz dot failed: {done.stderr.decode('utf-8', 'replace').strip()}")
    return done.stdout


def dumps(view: View, render_as: str | None = None, **options) -> bytes:
    """Return the view as UTF-8 DOT, or drawn as `render_as` ("svg"/"png") when given."""
    text = to_dot(view).encode("utf-8")
    return render(text, render_as) if render_as else text
