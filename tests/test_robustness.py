"""Bad articles, hostile names, builds killed mid-way and hostile RDF files.

Each bad input gives a correct graph or a per-file reason; every graph written parses
again in pyoxigraph and in raptor's `rapper`; a SIGKILL never leaves a broken graph or
store; RDF files with XML entity tricks are refused before any parser sees them.
"""

from __future__ import annotations

import codecs
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS
from rdflib.term import _is_valid_uri

from kg.build import build
from kg.cli import main
from kg.errors import InputError
from kg.iris import article_iri, entity_iri, slugify
from kg.reading import read_file
from kg.safeload import check_rdf_file
from kg.vocab import NKG
from kg.store import UNION_GRAPH
from kg.writing import write_graph

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "articles"
GOOD = (SAMPLES / "s01_lavrov_wonsan.txt").read_text(encoding="utf-8")
# a meeting between two gazetteer people, with marks, controls and other scripts dropped in
MEETING = "प्योंगयांग। रूस के विदेश मंत्री सर्गेई लावरोव ने शनिवार को उत्तर कोरिया में सर्वोच्च नेता किम जोंग-उन से मुलाकात की।"
PAIR = {"sergei-lavrov", "kim-jong-un"}
RDF_SYNTAX = {"ttl": (ox.RdfFormat.TURTLE, "turtle"), "trig": (ox.RdfFormat.TRIG, "trig"),
              "nq": (ox.RdfFormat.N_QUADS, "nquads"), "nt": (ox.RdfFormat.N_TRIPLES, "ntriples")}


def run_kg(*argv, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *map(str, argv)], cwd=ROOT, capture_output=True, text=True, **kwargs)


# --- bad articles ----------------------------------------------------------------------------

def write_bad_inputs(folder: Path) -> dict[str, str]:
    """Write one file per kind of bad article; return {file name: what the summary must say}."""
    folder.mkdir(parents=True, exist_ok=True)
    cases = {
        "good.txt": (GOOD.encode("utf-8"), "read"),
        "empty.txt": (b"", "skipped: empty"),
        "blank.txt": (b"  \n\t\r\n", "skipped: empty"),
        "binary.txt": (bytes(range(256)) * 40, "skipped: binary file"),
        "png.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "skipped: binary file"),
        "utf16-bom.txt": (codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"), "read"),
        "utf16-be-bom.txt": (codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be"), "read"),
        "utf16-no-bom.txt": (GOOD.encode("utf-16-le"), "warning: decoded as utf-16-le (no byte-order mark)"),
        "utf8-bom.txt": (codecs.BOM_UTF8 + GOOD.encode("utf-8"), "read"),
        "windows-1252.txt": ("Caf\u00e9 \u201cquoted\u201d \u2013 Putin met Kim.".encode("cp1252"), "skipped: not UTF-8 (looks like Windows-1252"),
        "latin-1.txt": ("Gr\u00fc\u00dfe aus K\u00f6ln".encode("latin-1"), "skipped: not UTF-8"),
        "kruti-dev.txt": ("dk;Z Hkkjr ljdkj ds fy, egRoiw.kZ gS] ;g ckr iz/kkuea=h us dgh A ".encode("latin-1") * 5,
                          "skipped: legacy Hindi font encoding (Kruti Dev"),
        "page.html": (("<!doctype html><html><head><title>शीर्षक</title><script>var leak = 'SCRIPT';</script>"
                       "<style>p {color: red}</style></head><body><nav>मेनू NAV</nav><article><p>"
                       + GOOD.replace("\n\n", "</p><p>") + "</p></article></body></html>").encode("utf-8"), "read"),
        "html-in-txt.txt": (("<div><p>" + MEETING + "</p><p>दूसरा अनुच्छेद।</p><br></div>").encode("utf-8"), "read"),
        "mixed-scripts.txt": ("प्योंगयांग। Russia's विदेश मंत्री सर्गेई लावरोव ने शनिवार को 北朝鮮 के वोनसान में सर्वोच्च नेता "
                              "किम जोंग-उन से मुलाकात की। مرحبا Привет 😀.\n".encode("utf-8"), "read"),
        "controls.txt": ("प्योंगयांग।\x07 रूस के विदेश मंत्री सर्गेई\x00 लावरोव ने\x1b[31m शनिवार को\x0c उत्तर कोरिया में "
                         "सर्वोच्च नेता किम जोंग-उन से मुलाकात की।\x85\r\n".encode("utf-8"), "warning: removed 1 NUL byte(s)"),
        "rtl-marks.txt": ("प्योंगयांग। रूस के विदेश मंत्री सर्गेई \u200fलावरोव\u202e ने शनिवार को उत्तर कोरिया में सर्वोच्च नेता "
                          "किम\u200d जोंग-\u200bउन\u200e से मुलाकात की।\u2066\u2069\n".encode("utf-8"), "read"),
        "list.jsonl": ((json.dumps({"id": "j1", "text": MEETING}, ensure_ascii=False) + "\n{not json\n"
                        + json.dumps({"id": "j3"}) + "\n").encode("utf-8"), "skipped: not valid JSON"),
    }
    for name, (data, _) in cases.items():
        (folder / name).write_bytes(data)
    return {name: outcome for name, (_, outcome) in cases.items()}


def test_each_bad_article_is_read_or_skipped_with_its_reason(tmp_path, capsys):
    expected = write_bad_inputs(tmp_path / "in")
    out = tmp_path / "g.ttl"
    assert main(["build", str(tmp_path / "in"), "-o", str(out), "--nlp", "rules"]) == 1  # something was skipped
    summary = capsys.readouterr().err
    for name, outcome in expected.items():
        lines = [line for line in summary.splitlines() if f"/in/{name}" in line]
        if outcome == "read":
            assert not lines, (name, lines)
        else:
            kind, reason = outcome.split(": ", 1)
            assert any(line.startswith(f"{kind}:") and reason in line for line in lines), (name, outcome, lines)
    assert 'list.jsonl:3: each line must be a JSON object with a non-empty "text" field' in summary
    skipped = sum(1 for outcome in expected.values() if outcome.startswith("skipped")) + 1  # + list.jsonl:3
    assert f"read, {skipped} skipped" in summary
    graph = Graph().parse(out)
    ids = {str(o) for o in graph.objects(None, DCTERMS.identifier)}
    assert ids == {"good", "utf16-bom", "utf16-be-bom", "utf16-no-bom", "utf8-bom", "page", "html-in-txt",
                   "mixed-scripts", "controls", "rtl-marks", "j1"}
    # --strict: any skip is an error and nothing is written
    assert main(["build", "--strict", str(tmp_path / "in"), "-o", str(tmp_path / "s.ttl"), "--nlp", "rules"]) == 2
    assert "--strict: " in capsys.readouterr().err and not (tmp_path / "s.ttl").exists()


def test_html_keeps_the_article_and_drops_scripts_styles_and_menus(tmp_path):
    write_bad_inputs(tmp_path)
    article = read_file(tmp_path / "page.html")
    assert "लावरोव" in article.raw_text and "<p>" not in article.raw_text
    assert "SCRIPT" not in article.raw_text and "color" not in article.raw_text and "NAV" not in article.raw_text


@pytest.mark.parametrize("name", ["mixed-scripts.txt", "controls.txt", "rtl-marks.txt", "html-in-txt.txt", "utf16-no-bom.txt"])
def test_marks_controls_and_other_scripts_inside_names_still_give_the_meeting(tmp_path, name):
    write_bad_inputs(tmp_path)
    result = build([tmp_path / name], nlp="rules")
    [article] = result.articles
    meetings = [e for e in article.events if e.kind == "Meeting"]
    assert meetings and {key for _, key in meetings[0].participants} == PAIR
    assert not any(ch in article.text for ch in "\x00\x07\x1b\x0c\x85\u200f\u202e\u200e\u2066\u2069")
    for event in article.events:
        sentence = article.sentences[event.sentence]
        assert article.text[sentence.start : sentence.end] == sentence.text
    # the evidence in the graph slices back out of the stored text too
    graph = result.dataset
    for evidence in graph.subjects(NKG.beginIndex, None):
        begin, end = int(graph.value(evidence, NKG.beginIndex)), int(graph.value(evidence, NKG.endIndex))
        assert article.text[begin:end] == str(graph.value(evidence, NKG.text))


@pytest.mark.slow
def test_a_100_mb_file_and_a_10_mb_line_are_cut_with_a_warning_in_bounded_time_and_memory(tmp_path):
    folder = tmp_path / "big"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    block = GOOD.encode("utf-8") * 1000
    with (folder / "huge.txt").open("wb") as handle:
        for _ in range(100_000_000 // len(block) + 1):
            handle.write(block)
    line = (GOOD.replace("\n", " ") * 2600).encode("utf-8")[:10_000_000]
    (folder / "one-line.txt").write_bytes(line[: len(line.decode("utf-8", "ignore").encode("utf-8"))] + b"\n")
    # no sentence end in 10 MB: sentences are cut, or event finding would be quadratic
    (folder / "no-danda.txt").write_text(("किम जोंग-उन ने पुतिन से मुलाकात की और " * 300_000)[:3_500_000], encoding="utf-8")
    (folder / "huge-line.jsonl").write_text(json.dumps({"id": "huge", "text": "क" * 4_000_000}, ensure_ascii=False)
                                            + "\n" + json.dumps({"id": "after", "text": MEETING}, ensure_ascii=False) + "\n")
    limit = 3 << 30

    def cap_memory():  # the build must fit in 3 GB of address space
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    started = time.monotonic()
    completed = subprocess.run([sys.executable, "-m", "kg", "build", str(folder), "-o", str(tmp_path / "g.ttl"), "--nlp", "rules"],
                               cwd=ROOT, capture_output=True, text=True, timeout=300, preexec_fn=cap_memory)
    elapsed = time.monotonic() - started
    err = completed.stderr
    assert completed.returncode == 1, err  # one JSON line skipped, the rest built
    size = (folder / "huge.txt").stat().st_size
    assert size >= 100_000_000 and f"huge.txt: file is {size:,} bytes; only the first 2,000,000 were read" in err
    size = (folder / "one-line.txt").stat().st_size
    assert size > 9_999_000 and f"one-line.txt: file is {size:,} bytes; only the first 2,000,000 were read" in err
    assert "no-danda.txt: file is" in err
    assert "huge-line.jsonl:1: line is over 8,000,000 bytes" in err
    assert "articles: 5 read, 1 skipped" in err
    assert elapsed < 240, elapsed
    ids = {str(o) for o in Graph().parse(tmp_path / "g.ttl").objects(None, DCTERMS.identifier)}
    assert ids == {"good", "huge", "one-line", "no-danda", "after"}


# --- safe output: hostile names, every format read back by two other parsers -------------------

HOSTILE_NAMES = ["with space", 'double"quote', "single'quote", "<angle>", "new\nline", "#hash", "100%", "%41%zz",
                 "zero\u200dwidth\u200cjoiners", "rlm\u200fmark", "rlo\u202eoverride", "ctrl\x01\x1f\x7f", "tab\tcr\r",
                 "back\\slash", "{brace}|pipe^`", "..", ".", "-", "a/b?c=d&e", "किम जोंग-उन", "😀", "\ufeffbom"]


@pytest.mark.parametrize("name", HOSTILE_NAMES + [""])
def test_minted_iris_are_valid_everywhere_and_deterministic(name):
    for iri in (article_iri(name), entity_iri("Person", slugify(name)), entity_iri("Organization", slugify(name))):
        assert _is_valid_uri(str(iri)), iri
        ox.NamedNode(str(iri))  # raises ValueError on an invalid IRI
        assert "/./" not in str(iri) + "/" and "/../" not in str(iri) + "/"
    assert article_iri(name) == article_iri(name) and slugify(name) == slugify(name)


def test_distinct_hostile_ids_get_distinct_article_iris():
    iris = {article_iri(name) for name in HOSTILE_NAMES}
    assert len(iris) == len(HOSTILE_NAMES)


def write_hostile_corpus(folder: Path) -> list[str]:
    """Write articles whose file names, ids, titles and people's names carry hostile characters."""
    folder.mkdir(parents=True, exist_ok=True)
    stems = []
    for index, name in enumerate(HOSTILE_NAMES):
        stem = name.replace("/", "∕").replace("\x00", "")
        if stem in (".", "..", "") or stem.startswith("."):
            stem = f"dot{index}{stem}"
        # a person the gazetteer does not know, introduced by an office, with the marks in the name
        text = (f"नई दिल्ली। विदेश मंत्री अले{name[:3]}क्सेई पेत्रो{name[-2:]}व ने सोमवार को प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।\n"
                f"{MEETING} शीर्षक में {name} लिखा है।\n")
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
        stems.append(stem)
    # a joiner inside a name nobody else writes: the label must keep it
    (folder / "zwj-name.txt").write_text("टोक्यो। विदेश मंत्री ता\u200dरो या\u200cमादा ने सोमवार को प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।\n",
                                         encoding="utf-8")
    records = [{"id": name, "title": f"शीर्षक {name}", "text": MEETING + f" स्रोत: {name}", "url": f"https://example.org/{name}",
                "publisher": name, "published": "2025-07-12"} for name in HOSTILE_NAMES]
    (folder / "hostile.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return stems + HOSTILE_NAMES


def rapper_quads(path: Path, syntax: str) -> set:
    """Return the statements of `path` as parsed by raptor's rapper, via its N-Quads output."""
    completed = subprocess.run(["rapper", "-q", "-i", syntax, "-o", "nquads", str(path)], capture_output=True, timeout=120)
    assert completed.returncode == 0, completed.stderr.decode()
    return set(ox.parse(completed.stdout, format=ox.RdfFormat.N_QUADS))


def without_graphs(quads) -> set:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in quads}


def check_reparses(result, folder: Path) -> None:
    """Write a build's graph in every format; assert pyoxigraph and rapper read back the same statements."""
    dataset = result.dataset  # rdflib's reading of the same graph is the expectation
    expected_quads = {(str(s), str(p), str(o), str(g)) for s, p, o, g in dataset.quads((None, None, None, None))}
    for fmt, (ox_format, syntax) in RDF_SYNTAX.items():
        path = folder / f"graph.{fmt}"
        write_graph(result.graph, path, fmt)
        parsed = set(ox.parse(path=str(path), format=ox_format))
        assert parsed, fmt
        if fmt in ("trig", "nq"):
            got = {(q.subject.value, q.predicate.value, q.object.value, q.graph_name.value) for q in parsed}
            assert got == expected_quads, fmt
        else:
            assert len(parsed) == len({q[:3] for q in expected_quads}), fmt
        if shutil.which("rapper"):
            by_rapper = rapper_quads(path, syntax)
            if fmt in ("trig", "nq"):
                assert by_rapper == parsed, fmt
            else:
                assert without_graphs(by_rapper) == without_graphs(parsed), fmt


needs_rapper = pytest.mark.skipif(shutil.which("rapper") is None,
                                  reason="rapper is not installed: apt-get install -y raptor2-utils (the second, independent parser)")


@needs_rapper
def test_seed_and_sample_builds_read_back_in_every_format(seeds_dir, tmp_path):
    for source in (seeds_dir, SAMPLES):
        folder = tmp_path / source.name
        folder.mkdir()
        check_reparses(build([source], nlp="rules"), folder)


@needs_rapper
def test_hostile_names_read_back_in_every_format_with_their_literals_intact(tmp_path):
    write_hostile_corpus(tmp_path / "in")
    result = build([tmp_path / "in"], nlp="rules")
    assert not result.skipped, result.skipped
    check_reparses(result, tmp_path)
    # every id survives as a literal, byte for byte, in what pyoxigraph reads back
    parsed = list(ox.parse(path=str(tmp_path / "graph.nq"), format=ox.RdfFormat.N_QUADS))
    identifiers = {q.object.value for q in parsed if q.predicate.value == str(DCTERMS.identifier)}
    assert set(HOSTILE_NAMES) <= identifiers
    # people discovered with marks inside their names have valid IRIs and a label
    discovered = {s for s, _, _, _ in result.dataset.quads((None, NKG.discovered, None, None))}
    assert len(discovered) >= 5 and all(_is_valid_uri(str(p)) and "/person/" in str(p) for p in discovered)
    labels = {q.object.value for q in parsed if q.predicate.value.endswith("#label")}
    assert any("\u200d" in label for label in labels)  # a joiner inside a discovered name is kept in its label


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "cytoscape", "dot", "html"])
def test_exports_of_hostile_names_are_well_formed(tmp_path, fmt):
    write_hostile_corpus(tmp_path / "in")
    write_graph(build([tmp_path / "in"], nlp="rules").graph, tmp_path / "g.trig")
    out = tmp_path / f"out.{fmt}"
    assert main(["export", str(tmp_path / "g.trig"), "--format", fmt, "--view", "full", "-o", str(out)]) == 0
    data = out.read_bytes()
    if fmt in ("graphml", "gexf"):
        ElementTree.fromstring(data)
    elif fmt == "cytoscape":
        json.loads(data)
    elif fmt == "dot" and shutil.which("dot"):
        completed = subprocess.run(["dot", "-Tsvg"], input=data, capture_output=True, timeout=60)
        assert completed.returncode == 0, completed.stderr.decode()
    elif fmt == "html":
        assert b"</script>" in data and data.count(b"<script") == data.lower().count(b"</script>")


# --- no lost work: SIGKILL mid-build ----------------------------------------------------------

def write_generated(folder: Path, n: int, suffix: str = "") -> None:
    from bench.corpus import write_corpus

    write_corpus(folder, n, seed=7, form="txt")
    if suffix:
        for path in folder.glob("*.txt"):
            path.write_text(path.read_text(encoding="utf-8") + suffix, encoding="utf-8")


def start_build(*argv) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", "build", *map(str, argv), "--nlp", "rules", "--quiet"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def kill_when(process: subprocess.Popen, ready, timeout: float = 300) -> bool:
    """SIGKILL `process` as soon as `ready()` is true; return whether it was killed before it ended."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        if ready():
            process.send_signal(signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.002)
    process.kill()
    raise AssertionError("the build neither finished nor reached the point to kill it")


@pytest.mark.slow
def test_a_build_killed_mid_way_leaves_the_previous_graph_file(tmp_path):
    corpus = tmp_path / "corpus"
    # enough articles that extraction outlasts start-up by seconds, even on a fast machine
    write_generated(corpus, 1200)
    out = tmp_path / "graph.ttl"
    completed = run_kg("build", corpus, "-o", out, "--nlp", "rules", "--quiet")
    assert completed.returncode == 0, completed.stderr
    before = out.read_bytes()
    write_generated(corpus, 1200, suffix="\nरूस के विदेश मंत्री सर्गेई लावरोव ने किम जोंग-उन से मुलाकात की।\n")
    # killed while extracting: nothing written yet
    process = start_build(corpus, "-o", out)
    started = time.monotonic()
    assert kill_when(process, lambda: time.monotonic() - started > 3)
    assert out.read_bytes() == before
    # killed while the new graph is being written to its temporary file
    for _attempt in range(3):
        process = start_build(corpus, "-o", out)
        if kill_when(process, lambda: any(tmp_path.glob(".graph.ttl.*.tmp"))):
            break
    else:
        pytest.fail("the temporary file was never seen; the build wrote too fast to kill")
    assert out.read_bytes() == before
    assert len(Graph().parse(out, format="turtle")) > 1000
    # the next run completes, and running it again changes nothing
    assert run_kg("build", corpus, "-o", out, "--nlp", "rules", "--quiet").returncode == 0
    after = out.read_bytes()
    assert after != before
    assert run_kg("build", corpus, "-o", out, "--nlp", "rules", "--quiet").returncode == 0
    assert out.read_bytes() == after


def graphs_of(store_dir: Path) -> dict[str, frozenset]:
    store = ox.Store.read_only(str(store_dir))
    graphs: dict[str, set] = {}
    for quad in store:
        if quad.graph_name != UNION_GRAPH:  # derived from the others, checked by test_store
            graphs.setdefault(quad.graph_name.value, set()).add((quad.subject, quad.predicate, quad.object))
    del store
    return {name: frozenset(triples) for name, triples in graphs.items()}


def wal_bytes(store_dir: Path) -> int:
    total = 0
    for path in store_dir.glob("*.log"):
        try:
            total += path.stat().st_size
        except FileNotFoundError:
            pass
    return total


@pytest.mark.slow
def test_a_build_killed_while_writing_the_store_leaves_every_article_old_or_new(tmp_path):
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    write_generated(corpus, 300)
    completed = run_kg("build", corpus, "--store", store, "--nlp", "rules")
    assert completed.returncode == 0, completed.stderr
    old = graphs_of(store)
    assert len(old) == 300
    write_generated(corpus, 300, suffix="\nरूस के विदेश मंत्री सर्गेई लावरोव ने किम जोंग-उन से मुलाकात की।\n")
    # Kill between two batches: the write-ahead log grows in a burst at each commit, then
    # stays still while the next batch is prepared (about a second here).
    process = start_build(corpus, "--store", store)
    seen = {"lowest": wal_bytes(store), "grown_at": None, "size": None}

    def between_batches() -> bool:
        size, now = wal_bytes(store), time.monotonic()
        seen["lowest"] = min(seen["lowest"], size)
        if seen["grown_at"] is None:
            if size > seen["lowest"] + 1_000_000:
                seen["grown_at"], seen["size"] = now, size
            return False
        if size != seen["size"]:
            seen["grown_at"], seen["size"] = now, size
            return False
        return now - seen["grown_at"] > 0.15

    assert kill_when(process, between_batches), "the build ended before it could be killed"
    middle = graphs_of(store)  # the store opens after a SIGKILL
    assert set(middle) == set(old)
    # the next run completes what the killed one left
    completed = run_kg("build", corpus, "--store", store, "--nlp", "rules")
    assert completed.returncode == 0, completed.stderr
    new = graphs_of(store)
    assert set(new) == set(old)
    # (the reader drops an appended line after an agency sign-off, so some articles do not change)
    changed = {name for name in old if new[name] != old[name]}
    assert len(changed) > 100
    assert all(middle[name] == old[name] for name in set(old) - changed)
    replaced = {name for name in changed if middle[name] == new[name]}
    kept = {name for name in changed if middle[name] == old[name]}
    assert replaced | kept == changed, "an article graph was left half-replaced"
    assert replaced and kept, "the kill did not land between two batches"
    assert f"{len(set(old) - changed) + len(replaced)} unchanged in the store" in completed.stderr
    # previous articles stay queryable through the usual engine
    from kg.store import OxigraphEngine

    rows = OxigraphEngine.open(store).run("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://w3id.org/newskg/ontology#Article> }").rows
    assert int(rows[0][0]) == 300
    # a third run finds everything unchanged and changes nothing
    completed = run_kg("build", corpus, "--store", store, "--nlp", "rules")
    assert completed.returncode == 0 and "0 read, 0 skipped, 300 unchanged in the store" in completed.stderr
    assert graphs_of(store) == new


# --- hostile RDF files ------------------------------------------------------------------------

RDF_HEAD = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">\n'
RDF_BODY = '<rdf:Description rdf:about="http://example.org/a"><ex:p>{}</ex:p></rdf:Description>\n</rdf:RDF>\n'
LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY lol0 "lol">\n'
          + "".join(f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">\n' for i in range(1, 10))
          + "]>\n" + RDF_HEAD + RDF_BODY.format("&lol9;"))
HOSTILE_RDF = {
    "laughs.rdf": (LAUGHS, "billion laughs"),
    "xxe.rdf": ('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n' + RDF_HEAD
                + RDF_BODY.format("&xxe;"), "external entity &xxe;"),
    "xxe-public.owl": ('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY x PUBLIC "-//x" "http://example.org/x.dtd"> ]>\n'
                       + RDF_HEAD + RDF_BODY.format("&x;"), "external entity &x;"),
    "parameter.rdf": ('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY % p SYSTEM "http://example.org/p.dtd"> %p; ]>\n'
                      + RDF_HEAD + RDF_BODY.format("x"), "parameter entity"),
    "external-dtd.rdf": ('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF SYSTEM "http://example.org/rdf.dtd">\n' + RDF_HEAD
                         + RDF_BODY.format("x"), "external DTD"),
    "quadratic.rdf": ('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY big "' + "x" * 100_000 + '"> ]>\n' + RDF_HEAD
                      + RDF_BODY.format("&big;" * 10_000), "100,000 bytes long"),
    "remote-context.jsonld": (json.dumps({"@context": "http://example.org/context.jsonld", "@id": "http://example.org/a",
                                          "name": "x"}), "remote @context"),
}


@pytest.fixture
def hostile_rdf(tmp_path) -> Path:
    for name, (text, _) in HOSTILE_RDF.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("name", sorted(HOSTILE_RDF))
@pytest.mark.parametrize("command", [
    ["check", "{}"],
    ["query", "meetings", "--graph", "{}"],
    ["export", "{}", "--format", "graphml", "-o", "{out}"],
    ["push", "{}", "--endpoint", "http://127.0.0.1:9/sparql"],
])
def test_every_command_that_loads_a_file_refuses_entity_tricks_fast(hostile_rdf, capsys, name, command):
    argv = [part.format(hostile_rdf / name, out=hostile_rdf / "out") for part in command]
    started = time.monotonic()
    code = main(argv)
    elapsed = time.monotonic() - started
    err = capsys.readouterr().err
    assert code != 0 and HOSTILE_RDF[name][1] in err and "Traceback" not in err, err
    assert elapsed < 1.0, elapsed


@pytest.mark.parametrize("name", ["laughs.rdf", "xxe.rdf"])
def test_serve_refuses_entity_tricks_before_listening(hostile_rdf, name):
    started = time.monotonic()
    completed = run_kg("serve", hostile_rdf / name, "--port", "0", timeout=60)
    assert completed.returncode != 0 and HOSTILE_RDF[name][1] in completed.stderr, completed.stderr
    assert "SPARQL endpoint" not in completed.stderr + completed.stdout
    assert time.monotonic() - started < 30


def test_the_guard_answers_in_under_a_second_on_a_large_file(tmp_path):
    path = tmp_path / "big.rdf"
    path.write_text(LAUGHS.replace("]>", "]>" + "<!-- pad -->" * 2_000_000, 1), encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(InputError, match="billion laughs"):
        check_rdf_file(path)
    assert time.monotonic() - started < 1.0


def test_entities_that_only_abbreviate_iris_are_allowed(tmp_path, capsys):
    path = tmp_path / "ok.rdf"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY ex "http://example.org/"> ]>\n' + RDF_HEAD
                    + '<rdf:Description rdf:about="&ex;a"><ex:p>x</ex:p></rdf:Description>\n</rdf:RDF>\n', encoding="utf-8")
    check_rdf_file(path)
    (tmp_path / "all.rq").write_text("SELECT ?s WHERE { ?s ?p ?o }\n", encoding="utf-8")
    assert main(["query", str(tmp_path / "all.rq"), "--graph", str(path), "--format", "csv"]) == 0
    assert "http://example.org/a" in capsys.readouterr().out
    assert (URIRef("http://example.org/a"), None, None) in Graph().parse(path, format="xml")
