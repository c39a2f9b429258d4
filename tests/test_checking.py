"""`check_graph` and `kg check`: the fixture graph passes, broken copies name the node and the rule."""

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, XSD

from kg import cli
from kg.checking import CheckReport, check_graph, load_graph
from kg.errors import InputError
from kg.vocab import ARTICLE, COUNTRY, EVENT, EVIDENCE, NKG, PERSON, WD, bind_prefixes

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini.ttl"


def mini() -> Graph:
    return Graph().parse(MINI, format="turtle")


def broken(tmp_path, remove=(), add=(), name="broken.ttl") -> Path:
    """Write a copy of mini.ttl without `remove` and with `add` triples; return its path."""
    graph = mini()
    for triple in remove:
        assert list(graph.triples(triple)), f"nothing to remove for {triple}"
        graph.remove(triple)
    for triple in add:
        graph.add(triple)
    bind_prefixes(graph)
    path = tmp_path / name
    graph.serialize(path, format="turtle")
    return path


def only(report: CheckReport, **fields):
    """Return the findings whose fields contain the given strings."""
    return [f for f in report.findings if all(value in getattr(f, key) for key, value in fields.items())]


# ---------------------------------------------------------------------------------------
# The valid fixture
# ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mini_report():
    return check_graph(MINI)


def test_the_fixture_graph_passes_shacl_and_owl(mini_report):
    assert mini_report.findings == []
    assert mini_report.ok
    assert mini_report.checks == ["shacl", "owl"]
    assert mini_report.triples == len(mini())


def test_dates_hermit_cannot_read_are_left_to_shacl_and_said_so(mini_report):
    (note,) = mini_report.notes
    assert "xsd:date" in note and "xsd:gYear" in note and "SHACL" in note


def test_an_rdflib_dataset_is_checked_as_the_union_of_its_graphs():
    dataset = Dataset()
    first, second = dataset.graph(URIRef("urn:g:1")), dataset.graph(URIRef("urn:g:2"))
    for i, triple in enumerate(sorted(mini())):
        (first if i % 2 else second).add(triple)
    report = check_graph(dataset, owl=False)
    assert report.ok, report.to_text()
    assert report.triples == len(mini())


# ---------------------------------------------------------------------------------------
# SHACL: broken copies
# ---------------------------------------------------------------------------------------


def test_a_meeting_with_one_participant(tmp_path):
    path = broken(tmp_path, remove=[(EVENT.m1, NKG.participant, PERSON["vladimir-putin"])])
    report = check_graph(path, owl=False)
    assert not report.ok
    (finding,) = report.findings
    assert finding.focus == "event:m1"
    assert finding.rule == "nkgsh:MeetingShape sh:minCount"
    assert finding.path == "nkg:participant"
    assert "at least two" in finding.message


def test_an_event_without_status(tmp_path):
    path = broken(tmp_path, remove=[(EVENT.v2, NKG.status, None)])
    report = check_graph(path)
    (finding,) = report.findings
    assert (finding.check, finding.focus, finding.path) == ("shacl", "event:v2", "nkg:status")
    assert finding.rule == "nkgsh:EventStatusCount sh:minCount"
    assert "exactly one nkg:status" in finding.message


def test_a_status_outside_the_four(tmp_path):
    path = broken(
        tmp_path,
        remove=[(EVENT.v2, NKG.status, None)],
        add=[(EVENT.v2, NKG.status, URIRef(NKG._NS + "Rumoured"))],
    )
    (finding,) = check_graph(path, owl=False).findings
    assert (finding.focus, finding.rule, finding.value) == ("event:v2", "nkgsh:EventStatusValue sh:in", "nkg:Rumoured")


def test_a_date_as_a_plain_string(tmp_path):
    path = broken(
        tmp_path,
        remove=[(EVENT.v1, NKG.date, None)],
        add=[(EVENT.v1, NKG.date, Literal("2024-07-12"))],
    )
    report = check_graph(path, owl=False)
    (finding,) = report.findings
    assert (finding.focus, finding.path, finding.rule) == ("event:v1", "nkg:date", "nkgsh:EventDate sh:or")
    assert finding.value == '"2024-07-12"'
    assert "typed literal" in finding.message


def test_a_confidence_of_one_and_a_half(tmp_path):
    path = broken(
        tmp_path,
        remove=[(EVENT.m2, NKG.confidence, None)],
        add=[(EVENT.m2, NKG.confidence, Literal(Decimal("1.5")))],
    )
    (finding,) = check_graph(path, owl=False).findings
    assert (finding.focus, finding.path) == ("event:m2", "nkg:confidence")
    assert finding.rule == "nkgsh:EventConfidence sh:maxInclusive"
    assert "between 0 and 1" in finding.message


def test_a_confidence_as_a_double(tmp_path):
    path = broken(
        tmp_path,
        remove=[(EVENT.m2, NKG.confidence, None)],
        add=[(EVENT.m2, NKG.confidence, Literal(0.8))],  # a Python float is xsd:double
    )
    (finding,) = check_graph(path, owl=False).findings
    assert finding.rule == "nkgsh:EventConfidence sh:datatype"


def test_an_evidence_without_text(tmp_path):
    path = broken(tmp_path, remove=[(EVIDENCE.s1, NKG.text, None)])
    (finding,) = check_graph(path, owl=False).findings
    assert (finding.focus, finding.path) == ("evidence:s1", "nkg:text")
    assert finding.rule == "nkgsh:EvidenceShape sh:minCount"
    assert "nkg:text" in finding.message


def test_an_evidence_that_ends_before_it_begins(tmp_path):
    path = broken(
        tmp_path,
        remove=[(EVIDENCE.v2, NKG.endIndex, None)],
        add=[(EVIDENCE.v2, NKG.endIndex, Literal(10))],
    )
    (finding,) = check_graph(path, owl=False).findings
    assert (finding.focus, finding.rule) == ("evidence:v2", "nkgsh:EvidenceShape sh:lessThan")


def test_an_event_without_evidence_or_article(tmp_path):
    path = broken(tmp_path, remove=[(EVENT.s1, NKG.evidence, None), (EVENT.s1, NKG.reportedIn, None)])
    report = check_graph(path, owl=False)
    assert {(f.focus, f.path) for f in report.findings} == {("event:s1", "nkg:evidence"), ("event:s1", "nkg:reportedIn")}


def test_a_participant_that_is_not_an_agent(tmp_path):
    path = broken(tmp_path, add=[(EVENT.v1, NKG.participant, ARTICLE.a1)])
    (finding,) = check_graph(path, owl=False).findings
    assert (finding.focus, finding.rule, finding.value) == (
        "event:v1",
        "nkgsh:EventParticipantIsAgent sh:class",
        "article:a1",
    )


def test_an_entity_needs_exactly_one_hindi_label(tmp_path):
    path = broken(tmp_path, add=[(COUNTRY.russia, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("रशिया", lang="hi"))])
    (finding,) = check_graph(path, owl=False).findings
    assert finding.focus == "country:russia" and "exactly one rdfs:label in Hindi" in finding.message


def test_an_article_needs_its_identifier(tmp_path):
    path = broken(tmp_path, remove=[(ARTICLE.a2, URIRef("http://purl.org/dc/terms/identifier"), None)])
    (finding,) = check_graph(path, owl=False).findings
    assert (finding.focus, finding.path) == ("article:a2", "dcterms:identifier")


def test_same_as_must_point_to_wikidata(tmp_path):
    path = broken(tmp_path, add=[(COUNTRY.russia, OWL.sameAs, URIRef("http://dbpedia.org/resource/Russia"))])
    (finding,) = check_graph(path, owl=False).findings
    assert (finding.focus, finding.rule) == ("country:russia", "nkgsh:SameAsShape sh:pattern")


def test_met_shortcut_needs_an_occurred_meeting_and_both_directions(tmp_path):
    lavrov, kim = PERSON["sergei-lavrov"], PERSON["kim-jong-un"]
    path = broken(tmp_path, add=[(lavrov, NKG.met, kim)])
    report = check_graph(path, owl=False)
    assert {f.focus for f in report.findings} == {"person:sergei-lavrov"}
    messages = " ".join(f.message for f in report.findings)
    assert "one direction only" in messages
    assert "no nkg:Meeting with status nkg:Occurred" in messages
    assert "person:kim-jong-un" in messages


# ---------------------------------------------------------------------------------------
# OWL
# ---------------------------------------------------------------------------------------


def test_a_node_both_person_and_country_is_an_owl_inconsistency(tmp_path):
    path = broken(tmp_path, add=[(PERSON["kim-jong-un"], RDF.type, NKG.Country)])
    report = check_graph(path)
    assert not report.ok
    (finding,) = report.findings
    assert finding.check == "owl"
    assert finding.focus == "person:kim-jong-un"
    assert "nkg:Person" in finding.rule and "nkg:Country" in finding.rule and "Disjoint" in finding.rule
    assert "disjoint" in finding.message


def test_same_as_merging_a_person_and_a_country_is_inconsistent(tmp_path):
    # country:russia claims Putin's Wikidata item, so OWL merges a Country with a Person.
    path = broken(tmp_path, add=[(COUNTRY.russia, OWL.sameAs, WD.Q7747)])
    report = check_graph(path, shacl=False)
    (finding,) = report.findings
    assert "country:russia" in finding.focus and "person:vladimir-putin" in finding.focus
    assert "owl:AllDisjointClasses" in finding.rule


def test_a_negative_offset_breaks_the_owl_range(tmp_path):
    path = broken(
        tmp_path,
        remove=[(EVIDENCE.m2, NKG.beginIndex, None)],
        add=[(EVIDENCE.m2, NKG.beginIndex, Literal(-4))],
    )
    report = check_graph(path, shacl=False)
    (finding,) = report.findings
    assert (finding.focus, finding.rule) == ("evidence:m2", "nkg:beginIndex rdfs:range xsd:nonNegativeInteger")


def test_a_literal_on_an_object_property_is_reported(tmp_path):
    path = broken(tmp_path, add=[(EVENT.m1, NKG.participant, Literal("पुतिन"))])
    report = check_graph(path, shacl=False)
    (finding,) = report.findings
    assert (finding.focus, finding.path) == ("event:m1", "nkg:participant")
    assert "owl:ObjectProperty" in finding.message


def test_an_ill_typed_literal_is_reported_not_passed_to_the_reasoner(tmp_path):
    path = broken(tmp_path, add=[(EVIDENCE.m1, NKG.trigger, Literal("x", datatype=XSD.integer))])
    report = check_graph(path, shacl=False)
    (finding,) = report.findings
    assert (finding.focus, finding.path, finding.rule) == ("evidence:m1", "nkg:trigger", "ill-typed literal")


def test_an_inconsistency_the_checks_cannot_pin_down_is_still_reported(tmp_path):
    graph = mini()
    graph.parse(
        data="""@prefix owl: <http://www.w3.org/2002/07/owl#> .
        <https://w3id.org/newskg/id/event/m1> a [ owl:complementOf <https://w3id.org/newskg/ontology#Event> ] .""",
        format="turtle",
    )
    report = check_graph(graph, shacl=False)
    (finding,) = report.findings
    assert (finding.check, finding.focus, finding.rule) == ("owl", "(graph)", "owl:consistency")
    assert not report.ok


def test_owl_imports_in_the_data_are_never_followed(tmp_path):
    # An unreachable import: following it would fail (no network) or load foreign axioms.
    path = broken(
        tmp_path,
        add=[
            (URIRef("urn:evil"), RDF.type, OWL.Ontology),
            (URIRef("urn:evil"), OWL.imports, URIRef("http://example.invalid/evil.owl")),
            (
                URIRef("urn:evil"),
                URIRef("http://www.lesfleursdunormal.fr/static/_downloads/owlready_ontology.owl#python_module"),
                Literal("antigravity"),
            ),
        ],
    )
    report = check_graph(path, shacl=False)
    assert report.ok, report.to_text()


# ---------------------------------------------------------------------------------------
# Reading files
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix, rdf_format", [(".nt", "nt"), (".jsonld", "json-ld"), (".nq", "nquads"), (".trig", "trig")])
def test_every_graph_syntax_is_read(tmp_path, suffix, rdf_format):
    path = tmp_path / f"mini{suffix}"
    if rdf_format in ("nquads", "trig"):
        dataset = Dataset()
        for i, triple in enumerate(sorted(mini())):
            dataset.graph(URIRef(f"urn:article:{i % 3}")).add(triple)
        dataset.serialize(path, format=rdf_format)
    else:
        mini().serialize(path, format=rdf_format)
    assert len(load_graph(path)) == len(mini())


def test_a_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        check_graph(tmp_path / "nowhere.ttl")


def test_a_broken_file_is_an_input_error(tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text("event:x a nkg:Meeting", encoding="utf-8")
    with pytest.raises(InputError, match="not valid turtle"):
        load_graph(path)


def test_an_unknown_extension_is_an_input_error(tmp_path):
    path = tmp_path / "graph.csv"
    path.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(InputError, match="cannot tell the RDF syntax"):
        load_graph(path)


# ---------------------------------------------------------------------------------------
# The command
# ---------------------------------------------------------------------------------------


def test_cli_valid_graph_exits_zero(capsys):
    assert cli.main(["check", str(MINI), "--no-owl"]) == 0
    out = capsys.readouterr().out
    assert "valid" in out and "checked SHACL" in out and "OWL" not in out


def test_cli_broken_graph_exits_five_and_names_node_and_rule(tmp_path, capsys):
    path = broken(tmp_path, remove=[(EVENT.m1, NKG.participant, PERSON["vladimir-putin"])])
    assert cli.main(["check", str(path), "--no-owl"]) == 5
    captured = capsys.readouterr()
    assert "event:m1 nkg:participant" in captured.out
    assert "nkgsh:MeetingShape sh:minCount" in captured.out
    assert "A meeting must have at least two nkg:participant values." in captured.out
    assert "NOT valid: 1 violation" in captured.out
    assert "breaks the ontology contract" in captured.err


def test_cli_json_report(tmp_path, capsys):
    path = broken(tmp_path, remove=[(EVENT.v2, NKG.status, None)])
    assert cli.main(["check", str(path), "--no-owl", "--format", "json"]) == 5
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["checks"] == ["shacl"]
    (finding,) = report["findings"]
    assert finding["focus"] == "event:v2" and finding["path"] == "nkg:status" and finding["severity"] == "Violation"


def test_cli_missing_file_exits_two(tmp_path, capsys):
    assert cli.main(["check", str(tmp_path / "nowhere.ttl")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_cli_report_is_deterministic(tmp_path, capsys):
    path = broken(tmp_path, add=[(PERSON["sergei-lavrov"], NKG.met, PERSON["kim-jong-un"])])
    outputs = []
    for _ in range(2):
        cli.main(["check", str(path), "--no-owl", "--format", "json"])
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]


def test_python_m_kg_check_in_a_subprocess(tmp_path):
    path = broken(tmp_path, add=[(PERSON["kim-jong-un"], RDF.type, NKG.Country)])
    done = subprocess.run(
        [sys.executable, "-m", "kg", "check", str(path)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 5, done.stderr
    assert "person:kim-jong-un" in done.stdout and "owl:AllDisjointClasses" in done.stdout
    assert "Traceback" not in done.stderr
