"""The Stanza backend with real (tiny) Stanza models trained here on the test treebank.

The official Hindi models cannot be downloaded in this environment, so a session fixture
trains tiny POS, lemma (dictionary), dependency and NER models with Stanza's own training
entry points (tests/stanza_data/train_tiny.py) and lays them out as a Stanza resources
dir; the backend loads them through the same `stanza.Pipeline('hi', dir=...)` call that
loads the official ones. The trained dir is cached under tests/.cache/, keyed by a hash of
the training data.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import PROV, RDF

from kg.build import build
from kg.cli import main
from kg.document import Article
from kg.nlp import choose_backend, models
from kg.vocab import NKG

pytestmark = pytest.mark.slow
pytest.importorskip("stanza")

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "stanza_data"))
import train_tiny  # noqa: E402

ARTICLE = """लावरोव और पुतिन की मुलाकात
किम जोंग उन ने बुधवार को व्लादिवोस्तोक में व्लादिमीर पुतिन से मुलाकात की।
तास के अनुसार सर्गेई लावरोव प्योंगयांग पहुंचे।
शोइगु ने किम जोंग उन से मुलाकात नहीं की।
"""


@pytest.fixture(scope="session")
def model_dir() -> Path:
    """A Stanza resources dir with tiny trained Hindi models (trained once, then cached)."""
    cache = ROOT / ".cache" / f"stanza-{train_tiny.data_hash()}"
    if not (cache / "resources.json").is_file():
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_name(cache.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        with open(cache.with_name(cache.name + ".log"), "w", encoding="utf-8") as log:
            timings = train_tiny.train(partial, log=log)
        (partial / "timings.json").write_text(json.dumps(timings, indent=2), encoding="utf-8")
        shutil.rmtree(cache, ignore_errors=True)
        partial.rename(cache)
    return cache


@pytest.fixture(scope="session")
def built(model_dir, tmp_path_factory):
    folder = tmp_path_factory.mktemp("stanza-build")
    (folder / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "a2.txt").write_text("पुतिन प्योंगयांग की यात्रा पर जाएंगे।\nलावरोव और वांग यी ने रक्षा समझौते पर हस्ताक्षर किए।\n", encoding="utf-8")
    out = folder / "g.ttl"
    result = build([folder / "a1.txt", folder / "a2.txt"], output=out, nlp="stanza", model_dir=model_dir)
    return result, out


def test_trained_models_are_laid_out_like_official_ones(model_dir):
    status = models.status(model_dir)
    assert status.ready, status.describe()
    for processor in ("pretrain", "pos", "lemma", "depparse", "ner"):
        assert (model_dir / "hi" / processor / "newskg-tiny.pt").stat().st_size > 0


def test_backend_fills_tokens_with_offsets_heads_lemmas_and_ner(model_dir):
    from kg.anatomy import read_anatomy
    from kg.nlp.stanza_backend import StanzaBackend

    article = read_anatomy(Article("x", "किम जोंग उन ने व्लादिवोस्तोक में पुतिन से मुलाकात की।\nलावरोव प्योंगयांग पहुंचे।"))
    backend = StanzaBackend(model_dir)
    backend.annotate(article)
    first = article.sentences[0]
    assert [t.text for t in first.tokens][-3:] == ["मुलाकात", "की", "।"]
    for sentence in article.sentences:
        roots = [t for t in sentence.tokens if t.head == 0]
        assert len(roots) == 1
        for token in sentence.tokens:
            assert article.text[token.start : token.end] == token.text
            assert token.upos and token.lemma and token.deprel and 0 <= token.head <= len(sentence.tokens)
    by_text = {t.text: t for t in first.tokens}
    assert by_text["की"].lemma == "कर" and by_text["की"].upos == "VERB"
    assert by_text["ने"].upos == "ADP" and by_text["ने"].deprel == "case"
    kinds = {article.text[s:e]: k for s, e, k in first.ner_spans}
    assert kinds.get("पुतिन") == "Person" or kinds.get("किम जोंग उन") == "Person", kinds


def test_annotate_many_runs_articles_in_one_batch(model_dir):
    from kg.anatomy import read_anatomy
    from kg.nlp.stanza_backend import StanzaBackend

    articles = [read_anatomy(Article(f"a{i}", f"लावरोव {place} पहुंचे।")) for i, place in enumerate(["प्योंगयांग", "मॉस्को", "टोक्यो"])]
    backend = StanzaBackend(model_dir)
    backend.annotate_many(articles)
    assert all(a.backend == "stanza" and a.sentences[0].tokens[0].head is not None for a in articles)


def test_build_with_stanza_gives_contract_valid_events(built):
    result, out = built
    assert result.backend == "stanza"
    assert result.backend_note.startswith("backend: stanza (models in ")
    graph = Graph().parse(out)
    events = [e for t in (NKG.Meeting, NKG.Visit, NKG.Signing) for e in graph.subjects(RDF.type, t)]
    assert len(events) >= 3
    for event in events:
        assert graph.value(event, NKG.status) in {NKG.Occurred, NKG.Planned, NKG.Denied, NKG.Speculated}
        evidence = graph.value(event, NKG.evidence)
        assert graph.value(evidence, PROV.wasDerivedFrom) == graph.value(event, NKG.reportedIn)
        assert list(graph.objects(event, NKG.participant))
    statuses = {(e.kind, e.status) for a in result.articles for e in a.events}
    assert ("Meeting", "occurred") in statuses and ("Meeting", "denied") in statuses
    assert ("Visit", "occurred") in statuses and ("Visit", "planned") in statuses
    assert all(e.extractor == "stanza" for a in result.articles for e in a.events)
    for article in result.articles:
        assert all(t.head is not None and t.lemma for s in article.sentences for t in s.tokens)


def test_stanza_graph_passes_the_contract_checks(built):
    from kg.checking import check_graph

    _, out = built
    report = check_graph(out)  # SHACL shapes and OWL consistency (HermiT)
    assert report.ok, [f"{f.focus}: {f.message}" for f in report.findings][:5]
    assert report.checks == ["shacl", "owl"]


def test_auto_picks_stanza_when_models_are_there(model_dir, tmp_path):
    choice = choose_backend("auto", model_dir)
    assert choice.name == "stanza" and choice.message == f"backend: stanza (models in {model_dir})"
    assert choose_backend("auto", tmp_path).name == "rules"


def test_cli_build_and_models_status(model_dir, tmp_path, capsys):
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    assert main(["build", str(source), "-o", str(tmp_path / "g.ttl"), "--nlp", "stanza", "--model-dir", str(model_dir)]) == 0
    assert f"backend: stanza (models in {model_dir})" in capsys.readouterr().err
    assert main(["models", "status", "--dir", str(model_dir)]) == 0
    out = capsys.readouterr().out
    assert "depparse  newskg-tiny.pt (" in out and "KB)" in out and "ready:     yes" in out


def test_stanza_build_is_deterministic(model_dir, tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    build([source], output=tmp_path / "1.ttl", nlp="stanza", model_dir=model_dir)
    build([source], output=tmp_path / "2.ttl", nlp="stanza", model_dir=model_dir)
    assert (tmp_path / "1.ttl").read_bytes() == (tmp_path / "2.ttl").read_bytes()


def test_stanza_build_with_workers_matches_serial(model_dir, tmp_path):
    # The neural pipeline stays in the parent; workers get its prepared annotations.
    for i, text in enumerate([ARTICLE, "पुतिन प्योंगयांग की यात्रा पर जाएंगे।\n", "लावरोव और वांग यी ने समझौते पर हस्ताक्षर किए।\n"]):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    inputs = sorted(tmp_path.glob("a*.txt"))
    serial = build(inputs, output=tmp_path / "serial.ttl", nlp="stanza", model_dir=model_dir)
    build(inputs, output=tmp_path / "parallel.ttl", nlp="stanza", model_dir=model_dir, workers=2)
    assert serial.backend == "stanza"
    assert (tmp_path / "serial.ttl").read_bytes() == (tmp_path / "parallel.ttl").read_bytes()
