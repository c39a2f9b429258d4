"""The build as a user runs it: seeds in, a contract-shaped graph out."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.build import build
from kg.cli import main
from kg.vocab import NKG

EVENT_TYPES = (NKG.Meeting, NKG.Signing, NKG.Visit)


def events_of(graph):
    return {e for t in EVENT_TYPES for e in graph.subjects(RDF.type, t)}


def test_seed_graph_has_every_article_with_identifier_and_mentions(seed_build, seeds_dir):
    result, path = seed_build
    graph = Graph().parse(path)
    ids = {str(o) for o in graph.objects(None, DCTERMS.identifier)}
    assert ids == {p.stem for p in seeds_dir.glob("*.txt")}
    for article in graph.subjects(RDF.type, NKG.Article):
        assert graph.value(article, DCTERMS.title) is not None
        assert len(list(graph.objects(article, NKG.mentions))) >= 3


def test_every_event_follows_the_contract(seed_build):
    _, path = seed_build
    graph = Graph().parse(path)
    events = events_of(graph)
    assert len(events) >= 10
    for event in events:
        assert graph.value(event, NKG.status) in {NKG.Occurred, NKG.Planned, NKG.Denied, NKG.Speculated}
        assert (graph.value(event, NKG.reportedIn), RDF.type, NKG.Article) in graph
        confidence = graph.value(event, NKG.confidence)
        assert confidence.datatype == XSD.decimal and 0 <= confidence.toPython() <= 1
        evidence = graph.value(event, NKG.evidence)
        assert (evidence, RDF.type, NKG.Evidence) in graph
        assert graph.value(evidence, PROV.wasDerivedFrom) == graph.value(event, NKG.reportedIn)
        date = graph.value(event, NKG.date)
        if date is not None:
            assert date.datatype in (XSD.date, XSD.gYearMonth, XSD.gYear)
        if (event, RDF.type, NKG.Meeting) in graph:
            assert len(set(graph.objects(event, NKG.participant))) >= 2


def test_evidence_offsets_slice_the_normalised_text(seed_build):
    result, _ = seed_build
    for article in result.articles:
        for event in article.events:
            sentence = article.sentences[event.sentence]
            assert article.text[sentence.start : sentence.end] == sentence.text


def test_shortcuts_only_for_occurred_events(seed_build):
    _, path = seed_build
    graph = Graph().parse(path)
    for a, b in graph.subject_objects(NKG.met):
        assert (b, NKG.met, a) in graph
        shared = set(graph.subjects(NKG.participant, a)) & set(graph.subjects(NKG.participant, b))
        assert any(graph.value(e, NKG.status) == NKG.Occurred for e in shared)
    for person, place in graph.subject_objects(NKG.visited):
        visits = set(graph.subjects(NKG.participant, person)) & set(graph.subjects(NKG.destination, place))
        assert any(graph.value(e, NKG.status) == NKG.Occurred for e in visits)


def test_entities_have_one_hindi_label(seed_build):
    _, path = seed_build
    graph = Graph().parse(path)
    for kind in (NKG.Person, NKG.Country, NKG.Organization, NKG.Place, NKG.Agreement):
        for entity in graph.subjects(RDF.type, kind):
            hindi = [label for label in graph.objects(entity, RDFS.label) if label.language == "hi"]
            assert len(hindi) == 1, entity
            assert all(alt.language == "hi" for alt in graph.objects(entity, SKOS.altLabel))


def test_the_same_input_gives_byte_identical_output(seeds_dir, tmp_path):
    first, second = tmp_path / "a.ttl", tmp_path / "b.trig"
    build([seeds_dir], output=first)
    build([seeds_dir], output=second)
    build([seeds_dir], output=tmp_path / "b.ttl")
    assert first.read_bytes() == (tmp_path / "b.ttl").read_bytes()


def test_named_graph_per_article_in_trig_and_nquads(seeds_dir, tmp_path):
    from rdflib import Dataset

    build([seeds_dir], output=tmp_path / "g.trig")
    build([seeds_dir], output=tmp_path / "g.nq")
    for name, fmt in (("g.trig", "trig"), ("g.nq", "nquads")):
        dataset = Dataset().parse(tmp_path / name, format=fmt)
        names = {str(g.identifier) for g in dataset.graphs() if len(g)}
        assert {n.rsplit("/", 1)[1] for n in names if "/article/" in n} == {p.stem for p in seeds_dir.glob("*.txt")}


def test_jsonl_input_with_given_metadata(tmp_path):
    lines = [
        {"id": "j1", "title": "लावरोव प्योंगयांग पहुंचे", "text": "रूसी विदेश मंत्री सर्गेई लावरोव बुधवार को प्योंगयांग पहुंचे।",
         "published": "2024-07-12", "url": "https://example.org/j1", "publisher": "नमूना"},
        "not json",
        {"id": "j3", "text": ""},
    ]
    source = tmp_path / "a.jsonl"
    source.write_text("\n".join(json.dumps(x, ensure_ascii=False) if isinstance(x, dict) else x for x in lines), encoding="utf-8")
    result = build([source], output=tmp_path / "g.ttl")
    assert [a.id for a in result.articles] == ["j1"]
    assert len(result.skipped) == 2
    graph = Graph().parse(tmp_path / "g.ttl")
    article = next(graph.subjects(DCTERMS.identifier, Literal("j1")))
    assert graph.value(article, NKG.published) == Literal("2024-07-12", datatype=XSD.date)
    visit = next(graph.subjects(RDF.type, NKG.Visit))
    assert str(graph.value(visit, NKG.date)) == "2024-07-10"


def test_a_failed_build_leaves_the_previous_graph(seeds_dir, tmp_path, monkeypatch):
    out = tmp_path / "g.ttl"
    build([seeds_dir], output=out)
    before = out.read_bytes()
    import kg.writing

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(kg.writing, "serialise", broken)
    with pytest.raises(RuntimeError):
        build([seeds_dir], output=out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


def test_cli_build_summary_and_exit_codes(seeds_dir, tmp_path, capsys):
    assert main(["build", str(seeds_dir), "-o", str(tmp_path / "g.ttl")]) == 0
    err = capsys.readouterr().err
    assert "articles: 5 read, 0 skipped" in err and "Meeting occurred" in err
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("किम ने पुतिन से मुलाकात की।", encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    assert main(["build", str(tmp_path / "in"), "-o", str(tmp_path / "h.ttl")]) == 1
    assert "empty" in capsys.readouterr().err
    assert main(["build", "--strict", str(tmp_path / "in"), "-o", str(tmp_path / "s.ttl")]) == 2
    assert not (tmp_path / "s.ttl").exists()
    assert main(["build", str(tmp_path / "missing"), "-o", str(tmp_path / "m.ttl")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_console_entry_point_runs(seeds_dir, tmp_path):
    completed = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(seeds_dir), "-o", str(tmp_path / "g.ttl"), "--quiet"],
        capture_output=True, text=True,
    )
    assert completed.returncode == 0, completed.stderr
    assert (tmp_path / "g.ttl").stat().st_size > 1000


def test_build_into_a_store_keeps_a_graph_per_article_and_the_turtle_triples(seeds_dir, tmp_path):
    import pyoxigraph as ox

    from kg.store import graph_counts, open_store

    result = build([seeds_dir], output=tmp_path / "g.ttl", store=tmp_path / "store")
    store = open_store(tmp_path / "store", read_only=True)
    names = {iri.rsplit("/", 1)[1] for iri in graph_counts(store) if "/article/" in iri}
    assert names == {p.stem for p in seeds_dir.glob("*.txt")}
    union = next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")))
    turtle = list(ox.parse(path=str(tmp_path / "g.ttl"), format=ox.RdfFormat.TURTLE))
    assert int(union["n"].value) == len(turtle) == len(result.graph) == len(result.dataset)
