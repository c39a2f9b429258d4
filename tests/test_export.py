"""kg export: views of the graph and the files visualisers read back.

Every format is read back with an independent reader: networkx's GraphML and GEXF
readers, Graphviz's `dot`, a JSON Schema for Cytoscape.js, the HTML's embedded JSON.
tests/fixtures/mini.ttl is small enough to count by hand; tests/fixtures/world.ttl
(made by tests/fixtures/make_world.py) checks the same things at a larger size.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import networkx as nx
import pytest
from rdflib import Dataset, Graph, URIRef

from kg.cli import main
from kg.errors import InputError
from kg.export import ToolMissing, build_view, export, export_file, formats, load_graph
from kg.export.model import date_interval, keep_event, read_events

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini.ttl"
WORLD = FIXTURES / "world.ttl"
GEXF_NS = {"g": "http://www.gexf.net/1.2draft"}


@pytest.fixture(scope="module")
def mini() -> Graph:
    return load_graph(MINI)


@pytest.fixture(scope="module")
def world() -> Graph:
    return load_graph(WORLD)


def counts(view) -> tuple[int, int]:
    return view.graph.number_of_nodes(), view.graph.number_of_edges()


# ---------------------------------------------------------------- the views


def test_people_view_links_kim_and_putin_by_their_two_meetings(mini):
    view = build_view(mini, "people")
    assert counts(view) == (2, 1)
    edge = view.graph.edges["person:kim-jong-un", "person:vladimir-putin"]
    assert edge["weight"] == 2
    assert edge["events"] == ["event:m2", "event:m1"]  # by date: 12 before 13 September
    assert edge["dates"] == ["2023-09-12", "2023-09-13"]
    assert edge["statuses"] == ["occurred", "occurred"]
    assert edge["places"] == ["व्लादिवोस्तोक"]
    assert edge["sources"] == ["केसीएनए"]
    assert edge["articles"] == ["a1", "a2"]
    assert "बुधवार को किम ने व्लादिवोस्तोक में पुतिन से मुलाकात की।" in edge["evidence"]
    assert (edge["start"], edge["end"]) == ("2023-09-12", "2023-09-13")
    kim = view.graph.nodes["person:kim-jong-un"]
    assert kim["label"] == "किम जोंग उन" and kim["label_en"] == "Kim Jong Un"
    assert kim["type"] == "Person" and kim["wikidata"] == "Q56226" and kim["degree"] == 1


def test_actors_view_has_typed_met_signed_visited_edges(mini):
    view = build_view(mini, "actors")
    assert counts(view) == (7, 5)
    relations = sorted(k for _, _, k in view.graph.edges(keys=True))
    assert relations == ["met", "signed", "signed", "visited", "visited"]
    assert view.graph.has_edge("person:sergei-lavrov", "place:pyongyang", key="visited")
    assert view.graph.has_edge("country:russia", "agreement:comprehensive-strategic-partnership-treaty", key="signed")
    # the planned visit has a gYear: its interval is the whole year
    putin = view.graph.nodes["person:vladimir-putin"]
    assert (putin["start"], putin["end"]) == ("2023-09-12", "2024-12-31")
    assert view.graph.nodes["agreement:comprehensive-strategic-partnership-treaty"]["type"] == "Agreement"


def test_events_view_is_bipartite_actors_and_events(mini):
    view = build_view(mini, "events")
    assert counts(view) == (10, 8)
    events = {n for n, d in view.graph.nodes(data=True) if d["bipartite"] == 1}
    assert events == {"event:m1", "event:m2", "event:s1", "event:v1", "event:v2"}
    assert nx.is_bipartite(view.graph)
    s1 = view.graph.nodes["event:s1"]
    assert (s1["type"], s1["date"], s1["status"]) == ("Signing", "2024-06", "denied")
    assert (s1["start"], s1["end"]) == ("2024-06-01", "2024-06-30")
    assert s1["evidence"] == ["रूस ने जून में किसी संधि पर हस्ताक्षर होने से इनकार किया।"]
    assert view.graph.nodes["event:m1"]["place"] == ["व्लादिवोस्तोक"]


def test_full_view_has_every_resource_triple_as_an_edge(mini):
    view = build_view(mini, "full")
    nodes = mini.query("""SELECT (COUNT(DISTINCT ?n) AS ?c) WHERE {
        { ?n ?p ?o } UNION { ?s ?p ?n FILTER(!isLiteral(?n) && ?p != rdf:type) } }""")
    edges = mini.query("SELECT (COUNT(*) AS ?c) WHERE { ?s ?p ?o FILTER(!isLiteral(?o) && ?p != rdf:type) }")
    expected = (int(next(iter(nodes))[0]), int(next(iter(edges))[0]))
    assert counts(view) == expected == (29, 62)
    evidence = view.graph.nodes["evidence:m1"]
    assert evidence["nkg:beginIndex"] == 0 and evidence["nkg:endIndex"] == 53
    assert view.graph.nodes["event:m1"]["type"] == "Meeting"
    assert view.graph.has_edge("event:m1", "person:kim-jong-un", key="nkg:participant")


def test_full_view_drops_filtered_events_with_their_evidence(mini):
    view = build_view(mini, "full", statuses="occurred")
    assert "event:s1" not in view.graph and "evidence:s1" not in view.graph
    assert "event:m1" in view.graph and "evidence:m1" in view.graph
    # s1 and v2 go with their evidence; nkg:Denied and nkg:Planned were only their objects
    assert counts(view)[0] == 29 - 4 - 2
    assert "nkg:Denied" not in view.graph and "nkg:Occurred" in view.graph


def test_world_views_have_the_expected_sizes(world):
    assert [counts(build_view(world, v)) for v in ("people", "actors", "events", "full")] == [
        (16, 23), (33, 49), (74, 84), (153, 432)]


# ---------------------------------------------------------------- filters


@pytest.mark.parametrize("view, kwargs, expected", [
    ("people", {"statuses": "occurred"}, (2, 1)),
    ("actors", {"statuses": "occurred"}, (4, 2)),
    ("actors", {"statuses": ["planned", "denied"]}, (4, 3)),  # Putin, N. Korea, Russia, treaty
    ("people", {"since": "2024-01-01"}, (0, 0)),
    ("actors", {"since": "2024-01-01"}, (6, 4)),      # the gYear "2024" overlaps the bound
    ("actors", {"since": "2024-07"}, (4, 2)),         # the June signing falls out
    ("actors", {"until": "2023-12-31"}, (2, 1)),
    ("actors", {"since": "2023", "until": "2023"}, (2, 1)),
    ("events", {"until": "2024-06-30", "statuses": "denied"}, (3, 2)),
])
def test_filters_change_counts(mini, view, kwargs, expected):
    assert counts(build_view(mini, view, **kwargs)) == expected


def test_undated_events_are_kept_unless_a_bound_is_given(world):
    undated = world.query("""PREFIX nkg: <https://w3id.org/newskg/ontology#>
        SELECT (COUNT(?e) AS ?c) WHERE { ?e nkg:status ?s FILTER NOT EXISTS { ?e nkg:date ?d } }""")
    undated = int(next(iter(undated))[0])
    assert undated > 0
    every = {n for n, d in build_view(world, "events").graph.nodes(data=True) if d["bipartite"] == 1}
    bounded = {n for n, d in build_view(world, "events", since="1900").graph.nodes(data=True)
               if d["bipartite"] == 1}
    assert len(every) == 48 and len(every) - len(bounded) == undated


def test_prefix_comparison_of_partial_dates(mini):
    events = {e.id: e for e in read_events(mini)}
    v2 = events["event:v2"]  # "2024"^^xsd:gYear
    assert keep_event(v2, since="2024-12-31") and keep_event(v2, until="2024-01-01")
    assert not keep_event(v2, since="2025") and not keep_event(v2, until="2023-12")
    assert date_interval("2024-02") == ("2024-02-01", "2024-02-29")
    assert date_interval(None) is None


@pytest.mark.parametrize("kwargs", [{"since": "2024/01/01"}, {"until": "last year"},
                                    {"statuses": "occured"}, {"view": "everyone"}])
def test_bad_filters_say_what_to_write(mini, kwargs):
    view = kwargs.pop("view", "people")
    with pytest.raises(InputError) as info:
        build_view(mini, view, **kwargs)
    assert re.search(r"YYYY|choose from", str(info.value))


# ---------------------------------------------------------------- formats, read back


def test_every_format_is_registered_by_its_module():
    assert list(formats()) == ["cytoscape", "dot", "gexf", "graphml", "html"]
    assert all(module.SUFFIX.startswith(".") for module in formats().values())


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "cytoscape", "dot", "html"])
@pytest.mark.parametrize("view", ["people", "actors", "events", "full"])
def test_same_graph_gives_the_same_bytes(world, fmt, view):
    assert export(world, fmt, view=view) == export(load_graph(WORLD), fmt, view=view)


@pytest.mark.parametrize("source", [MINI, WORLD])
@pytest.mark.parametrize("view", ["people", "actors", "events", "full"])
def test_graphml_reads_back_with_typed_attributes(tmp_path, source, view):
    built = build_view(load_graph(source), view)
    path = tmp_path / "g.graphml"
    path.write_bytes(export(load_graph(source), "graphml", view=view))
    back = nx.read_graphml(path, force_multigraph=built.graph.is_multigraph())
    assert (back.number_of_nodes(), back.number_of_edges()) == counts(built)
    for node, data in built.graph.nodes(data=True):
        assert back.nodes[node]["label"] == data["label"]
        assert back.nodes[node]["degree"] == data["degree"] and isinstance(back.nodes[node]["degree"], int)
        assert all(value is not None for value in back.nodes[node].values())
    if view in ("people", "actors"):
        for u, v, data in back.edges(data=True):
            assert isinstance(data["weight"], int)
            assert len(data["events"].split(" | ")) == data["weight"]


def test_graphml_keeps_hindi_labels_and_joined_lists(tmp_path, mini):
    path = tmp_path / "people.graphml"
    path.write_bytes(export(mini, "graphml", view="people"))
    back = nx.read_graphml(path)
    assert back.nodes["person:vladimir-putin"]["label"] == "व्लादिमीर पुतिन"
    edge = back.edges["person:kim-jong-un", "person:vladimir-putin"]
    assert edge["weight"] == 2 and edge["dates"] == "2023-09-12 | 2023-09-13"
    assert edge["id"] == "met:person:kim-jong-un--person:vladimir-putin"


@pytest.mark.parametrize("source", [MINI, WORLD])
@pytest.mark.parametrize("view", ["people", "actors", "events", "full"])
def test_gexf_reads_back_with_the_same_counts_and_labels(tmp_path, source, view):
    built = build_view(load_graph(source), view)
    path = tmp_path / "g.gexf"
    path.write_bytes(export(load_graph(source), "gexf", view=view))
    back = nx.read_gexf(path)
    assert (back.number_of_nodes(), back.number_of_edges()) == counts(built)
    for node, data in built.graph.nodes(data=True):
        assert back.nodes[node]["label"] == data["label"]
        assert back.nodes[node].get("start") == data.get("start")
        assert back.nodes[node].get("end") == data.get("end")


def test_gexf_is_dynamic_with_node_and_edge_intervals(mini):
    root = ET.fromstring(export(mini, "gexf", view="actors"))
    graph = root.find("g:graph", GEXF_NS)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    assert root.find("g:meta", GEXF_NS).get("lastmodifieddate") is None  # no run date
    nodes = {n.get("id"): n for n in graph.iterfind("g:nodes/g:node", GEXF_NS)}
    assert nodes["person:vladimir-putin"].get("label") == "व्लादिमीर पुतिन"
    assert (nodes["person:vladimir-putin"].get("start"), nodes["person:vladimir-putin"].get("end")) == (
        "2023-09-12", "2024-12-31")
    assert all(n.get("start") and n.get("end") for n in nodes.values())  # every event is dated here
    edges = {(e.get("source"), e.get("target")): e for e in graph.iterfind("g:edges/g:edge", GEXF_NS)}
    planned = edges[("person:vladimir-putin", "country:north-korea")]
    assert (planned.get("start"), planned.get("end")) == ("2024-01-01", "2024-12-31")
    met = edges[("person:kim-jong-un", "person:vladimir-putin")]
    assert (met.get("start"), met.get("end"), met.get("weight")) == ("2023-09-12", "2023-09-13", "2")


CYTOSCAPE_SCHEMA = {
    "type": "object",
    "required": ["elements"],
    "properties": {
        "elements": {
            "type": "object",
            "required": ["nodes", "edges"],
            "properties": {
                "nodes": {"type": "array", "items": {
                    "type": "object", "required": ["data"], "properties": {"data": {
                        "type": "object", "required": ["id", "label", "type", "degree"],
                        "properties": {"id": {"type": "string"}, "label": {"type": "string", "minLength": 1},
                                       "type": {"type": "string"}, "degree": {"type": "integer"},
                                       "start": {"type": "string", "format": "date"}},
                        "additionalProperties": {"not": {"type": "null"}}}}}},
                "edges": {"type": "array", "items": {
                    "type": "object", "required": ["data"], "properties": {"data": {
                        "type": "object", "required": ["id", "source", "target"],
                        "properties": {"id": {"type": "string"}, "source": {"type": "string"},
                                       "target": {"type": "string"}},
                        "additionalProperties": {"not": {"type": "null"}}}}}},
            },
        },
    },
}


@pytest.mark.parametrize("source", [MINI, WORLD])
@pytest.mark.parametrize("view", ["people", "actors", "events", "full"])
def test_cytoscape_json_is_valid_and_complete(source, view):
    built = build_view(load_graph(source), view)
    doc = json.loads(export(load_graph(source), "cytoscape", view=view).decode("utf-8"))
    jsonschema.validate(doc, CYTOSCAPE_SCHEMA, format_checker=jsonschema.FormatChecker())
    nodes, edges = doc["elements"]["nodes"], doc["elements"]["edges"]
    assert (len(nodes), len(edges)) == counts(built)
    ids = {n["data"]["id"] for n in nodes}
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    assert len({e["data"]["id"] for e in edges}) == len(edges)  # Cytoscape.js needs unique ids


def test_cytoscape_keeps_lists(mini):
    doc = json.loads(export(mini, "cytoscape", view="people"))
    (edge,) = doc["elements"]["edges"]
    assert edge["data"]["dates"] == ["2023-09-12", "2023-09-13"] and edge["data"]["weight"] == 2
    assert {n["data"]["label"] for n in doc["elements"]["nodes"]} == {"किम जोंग उन", "व्लादिमीर पुतिन"}


needs_dot = pytest.mark.skipif(shutil.which("dot") is None,
                               reason="Graphviz `dot` is not installed (apt-get install graphviz)")


@needs_dot
@pytest.mark.parametrize("source", [MINI, WORLD])
@pytest.mark.parametrize("view", ["people", "actors", "events"])
def test_graphviz_parses_the_dot_text(source, view):
    built = build_view(load_graph(source), view)
    text = export(load_graph(source), "dot", view=view)
    done = subprocess.run(["dot", "-Tsvg"], input=text, capture_output=True, check=False, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    svg = ET.fromstring(done.stdout)
    groups = [g.get("class") for g in svg.iter("{http://www.w3.org/2000/svg}g")]
    assert groups.count("node") == built.graph.number_of_nodes()
    assert groups.count("edge") == built.graph.number_of_edges()
    first = next(iter(built.graph.nodes(data=True)))[1]["label"]
    assert first in done.stdout.decode("utf-8")


@needs_dot
def test_render_draws_svg_and_png(mini):
    svg = export(mini, "dot", view="people", render="svg")
    assert b"<svg" in svg and "किम जोंग उन".encode() in svg
    assert export(mini, "dot", view="people", render="png").startswith(b"\x89PNG\r\n\x1a\n")


def test_render_without_graphviz_names_the_package(mini, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH with no programs on it
    with pytest.raises(ToolMissing, match="graphviz"):
        export(mini, "dot", view="people", render="svg")


def test_render_is_only_for_dot(mini):
    with pytest.raises(InputError, match="--render works with --format dot"):
        export(mini, "gexf", render="svg")


def test_dot_escapes_quotes_and_backslashes():
    from kg.export.dot import quote
    assert quote('say "हाँ"\\no') == '"say \\"हाँ\\"\\\\no"'


@pytest.mark.parametrize("view", ["people", "actors", "events", "full"])
def test_html_is_self_contained_and_embeds_the_view(world, view):
    page = export(world, "html", view=view).decode("utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["'](?!data:)""", page)  # nothing to fetch
    assert "fetch(" not in page and "XMLHttpRequest" not in page and "@import" not in page
    assert "Noto Sans Devanagari" in page
    data = re.search(r'<script id="newskg-data" type="application/json">(.*?)</script>', page, re.S).group(1)
    doc = json.loads(data)
    built = build_view(world, view)
    assert (len(doc["nodes"]), len(doc["edges"])) == counts(built)
    for edge in doc["edges"]:
        assert all(event in doc["events"] for event in edge["events"])


def test_html_data_cannot_close_its_script_element(tmp_path):
    graph = load_graph(MINI)
    from rdflib import Literal
    from rdflib.namespace import RDFS
    graph.set((URIRef("https://w3id.org/newskg/id/person/kim-jong-un"), RDFS.label,
               Literal("</script><script>alert(1)</script>", lang="hi")))
    page = export(graph, "html", view="people").decode("utf-8")
    assert page.count("</script>") == 2  # the data element's and the code's own


# ---------------------------------------------------------------- input and the CLI


def test_a_dataset_is_read_as_the_union_of_its_named_graphs(tmp_path, mini):
    dataset = Dataset()
    triples = sorted(mini)
    for i, triple in enumerate(triples):
        dataset.graph(URIRef(f"https://example.org/g{i % 3}")).add(triple)
    for name, fmt in (("split.trig", "trig"), ("split.nq", "nquads")):
        path = tmp_path / name
        dataset.serialize(path, format=fmt)
        graph = load_graph(path)
        assert len(graph) == len(mini)
        assert counts(build_view(graph, "actors")) == (7, 5)


def test_load_graph_refuses_what_it_cannot_read(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        load_graph(tmp_path / "missing.ttl")
    with pytest.raises(InputError, match="directory"):
        load_graph(tmp_path)
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(InputError, match="cannot parse"):
        load_graph(bad)


def test_export_file_reports_what_it_wrote(tmp_path):
    result = export_file(MINI, "gexf", tmp_path / "a.gexf", view="actors", statuses="occurred")
    assert (result.nodes, result.edges, result.format) == (4, 2, "gexf")
    assert result.bytes == (tmp_path / "a.gexf").stat().st_size


def test_cli_writes_each_format(tmp_path, capsys):
    for fmt in formats():
        out = tmp_path / f"people.{fmt}"
        assert main(["export", str(MINI), "--format", fmt, "--view", "people", "-o", str(out)]) == 0
        assert out.stat().st_size > 0
    assert "2 nodes, 1 edges" in capsys.readouterr().err


def test_cli_filters_and_errors(tmp_path, capsys):
    out = tmp_path / "a.graphml"
    assert main(["export", str(MINI), "-f", "graphml", "--view", "actors", "--since", "2024-01-01",
                 "--status", "occurred,planned", "-o", str(out)]) == 0
    back = nx.read_graphml(out, force_multigraph=True)
    assert (back.number_of_nodes(), back.number_of_edges()) == (4, 2)
    assert main(["export", str(MINI), "-f", "graphml", "--status", "happened"]) == 2
    assert "unknown status happened" in capsys.readouterr().err
    assert main(["export", str(MINI), "-f", "html", "--render", "png", "-o", str(out)]) == 2


def test_cli_writes_to_standard_output(capfd):
    assert main(["export", str(MINI), "-f", "cytoscape"]) == 0
    doc = json.loads(capfd.readouterr().out)
    assert len(doc["elements"]["nodes"]) == 2
