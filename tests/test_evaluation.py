"""Scoring a graph against gold annotations, counted as gold-format.md says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from kg.cli import main
from kg.errors import InputError
from kg.evaluation import Score, evaluate, fold, load_gold
from kg.vocab import ARTICLE, COUNTRY, EVENT, NKG, ORG, PERSON, PLACE, STATUS_BY_NAME, WD

FIXTURES = Path(__file__).parent / "fixtures"
GOLD = Path(__file__).parent / "gold"


# ---------------------------------------------------------------- graphs by hand


class G:
    """A small contract graph written by hand: entities, one article, events."""

    def __init__(self, article: str = "a1", published: str | None = "2023-09-17"):
        self.g = Graph()
        self.article = ARTICLE[article]
        self.g.add((self.article, RDF.type, NKG.Article))
        self.g.add((self.article, DCTERMS.identifier, Literal(article)))
        if published:
            self.g.add((self.article, NKG.published, Literal(published, datatype=XSD.date)))
        self.count = 0
        self.entity(COUNTRY["russia"], NKG.Country, "रूस", "Russia", wd="Q159")
        self.entity(COUNTRY["north-korea"], NKG.Country, "उत्तर कोरिया", "North Korea", wd="Q423")
        self.entity(PERSON["kim-jong-un"], NKG.Person, "किम जोंग उन", "Kim Jong Un", wd="Q56226",
                    country=COUNTRY["north-korea"])
        self.entity(PERSON["vladimir-putin"], NKG.Person, "व्लादिमीर पुतिन", "Vladimir Putin",
                    alt=["पुतिन"], country=COUNTRY["russia"])
        self.entity(PERSON["sergei-lavrov"], NKG.Person, "सर्गेई लावरोव", "Sergey Lavrov", alt=["लावरोव"],
                    country=COUNTRY["russia"])
        self.entity(PLACE["pyongyang"], NKG.Place, "प्योंगयांग", "Pyongyang", country=COUNTRY["north-korea"])
        self.entity(PLACE["moscow"], NKG.Place, "मॉस्को", "Moscow", country=COUNTRY["russia"])
        self.entity(PLACE["vladivostok"], NKG.Place, "व्लादिवोस्तोक", "Vladivostok", country=COUNTRY["russia"])
        self.entity(ORG["kcna"], NKG.Organization, "केसीएनए", "KCNA")
        self.entity(ORG["un"], NKG.Organization, "संयुक्त राष्ट्र", "United Nations")

    def entity(self, node, cls, hi, en=None, alt=(), wd=None, country=None):
        self.g.add((node, RDF.type, cls))
        self.g.add((node, RDFS.label, Literal(hi, lang="hi")))
        if en:
            self.g.add((node, RDFS.label, Literal(en, lang="en")))
        for label in alt:
            self.g.add((node, SKOS.altLabel, Literal(label, lang="hi")))
        if wd:
            self.g.add((node, OWL.sameAs, WD[wd]))
        if country is not None:
            self.g.add((node, NKG.country, country))
        return node

    def event(self, cls, participants, status="occurred", date=None, destination=None, date_type=XSD.date):
        self.count += 1
        node = EVENT[f"e{self.count}"]
        self.g.add((node, RDF.type, cls))
        for p in participants:
            self.g.add((node, NKG.participant, p))
        self.g.add((node, NKG.status, STATUS_BY_NAME[status]))
        self.g.add((node, NKG.reportedIn, self.article))
        if date:
            self.g.add((node, NKG.date, Literal(date, datatype=date_type)))
        if destination is not None:
            self.g.add((node, NKG.destination, destination))
        return node

    def meeting(self, *participants, **kw):
        return self.event(NKG.Meeting, participants, **kw)

    def signing(self, *signers, **kw):
        return self.event(NKG.Signing, signers, **kw)

    def visit(self, visitor, destination, **kw):
        return self.event(NKG.Visit, [visitor], destination=destination, **kw)

    def cites(self, *orgs):
        for org in orgs:
            self.g.add((self.article, NKG.cites, org))

    def mentions(self, *nodes):
        for node in nodes:
            self.g.add((self.article, NKG.mentions, node))


KIM, PUTIN, LAVROV = PERSON["kim-jong-un"], PERSON["vladimir-putin"], PERSON["sergei-lavrov"]
RUSSIA, NK = COUNTRY["russia"], COUNTRY["north-korea"]
PYONGYANG, MOSCOW, VLADIVOSTOK = PLACE["pyongyang"], PLACE["moscow"], PLACE["vladivostok"]

ENTITIES = [
    {"key": "kim", "type": "Person", "forms": ["किम जोंग-उन", "श्री किम"], "en": "Kim Jong Un", "wikidata": "Q56226",
     "country": "nk"},
    {"key": "putin", "type": "Person", "forms": ["पुतिन"], "en": "Vladimir Putin", "country": "russia"},
    {"key": "lavrov", "type": "Person", "forms": ["लावरोव"], "country": "russia"},
    {"key": "russia", "type": "Country", "forms": ["रूस"], "wikidata": "Q159"},
    {"key": "nk", "type": "Country", "forms": ["उत्तर कोरिया"]},
    {"key": "pyongyang", "type": "Place", "forms": ["प्योंगयांग"], "country": "nk"},
    {"key": "moscow", "type": "Place", "forms": ["मॉस्को"], "country": "russia"},
    {"key": "vladivostok", "type": "Place", "forms": ["व्लादिवोस्तोक"], "country": "russia"},
    {"key": "kcna", "type": "Organization", "forms": ["केसीएनए"]},
]


def meeting(*participants, status="occurred", date=None, optional=False):
    event = {"participants": list(participants), "date": date, "place": None, "status": status, "evidence": "…"}
    return event | ({"optional": True} if optional else {})


def signing(*signers, status="occurred", date=None, optional=False):
    event = {"signers": list(signers), "agreement": None, "date": date, "place": None, "status": status,
             "evidence": "…"}
    return event | ({"optional": True} if optional else {})


def visit(visitor, destination, status="occurred", date=None, optional=False):
    event = {"visitor": visitor, "destination": destination, "date": date, "status": status, "evidence": "…"}
    return event | ({"optional": True} if optional else {})


def record(meetings=(), signings=(), visits=(), sources=(), entities=ENTITIES, published="2023-09-17", id="a1"):
    return {"id": id, "published": published, "entities": list(entities), "meetings": list(meetings),
            "signings": list(signings), "visits": list(visits), "sources": list(sources)}


def counts(score: Score) -> tuple[int, int, int]:
    return score.tp, score.fp, score.fn


# ---------------------------------------------------------------- relations


def test_perfect_match_scores_one_everywhere():
    graph = G()
    graph.meeting(KIM, PUTIN, date="2023-09-13")
    graph.signing(RUSSIA, NK, status="denied")
    graph.visit(KIM, RUSSIA, date="2023-09-12")
    graph.cites(ORG["kcna"])
    graph.mentions(KIM, PUTIN, RUSSIA, NK, ORG["kcna"])
    gold = record(
        meetings=[meeting("kim", "putin", date="2023-09-13")],
        signings=[signing("russia", "nk", status="denied")],
        visits=[visit("kim", "russia", date="2023-09-12")],
        sources=["kcna"],
        entities=[e for e in ENTITIES if e["key"] in {"kim", "putin", "russia", "nk", "kcna"}],
    )
    report = evaluate(graph.g, [gold])
    for name in ("meetings", "meetings+status", "signings", "signings+status", "visits", "visits+status",
                 "sources", "entities"):
        score = report.score(name)
        assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0), name
    assert report.dates().right == report.dates().total == 2
    assert report.published.value == 1.0


def test_a_missing_meeting_costs_recall():
    graph = G()
    graph.meeting(KIM, PUTIN)
    gold = record(meetings=[meeting("kim", "putin"), meeting("lavrov", "kim")])
    score = evaluate(graph.g, [gold]).score("meetings")
    assert counts(score) == (1, 0, 1)
    assert (score.precision, score.recall) == (1.0, 0.5)
    assert score.f1 == pytest.approx(2 / 3)


def test_an_extra_meeting_costs_precision():
    graph = G()
    graph.meeting(KIM, PUTIN)
    graph.meeting(LAVROV, PUTIN)
    score = evaluate(graph.g, [record(meetings=[meeting("kim", "putin")])]).score("meetings")
    assert counts(score) == (1, 1, 0)
    assert (score.precision, score.recall) == (0.5, 1.0)
    assert score.f1 == pytest.approx(2 / 3)


def test_a_wrong_status_counts_for_plain_f1_but_not_status_aware():
    graph = G()
    graph.meeting(KIM, PUTIN, status="planned")
    report = evaluate(graph.g, [record(meetings=[meeting("kim", "putin", status="occurred")])])
    assert report.score("meetings").f1 == 1.0
    assert counts(report.score("meetings+status")) == (0, 1, 1)
    assert report.score("meetings+status").f1 == 0.0


def test_a_meeting_of_three_is_three_pairs():
    gold = record(meetings=[meeting("kim", "putin", "lavrov")])
    graph = G()
    graph.meeting(KIM, PUTIN)
    score = evaluate(graph.g, [gold]).score("meetings")
    assert counts(score) == (1, 0, 2)
    assert score.recall == pytest.approx(1 / 3)
    graph.meeting(KIM, PUTIN, LAVROV)  # the same pair again is deduplicated
    assert counts(evaluate(graph.g, [gold]).score("meetings")) == (3, 0, 0)


def test_signing_persons_count_as_their_countries():
    graph = G()
    graph.signing(KIM, PUTIN)
    assert counts(evaluate(graph.g, [record(signings=[signing("russia", "nk")])]).score("signings")) == (1, 0, 0)
    countries = G()
    countries.signing(RUSSIA, NK)
    assert counts(evaluate(countries.g, [record(signings=[signing("putin", "kim")])]).score("signings")) == (1, 0, 0)
    # an organisation signs as itself, so it does not stand in for a country
    org = G()
    org.signing(ORG["un"], NK)
    assert counts(evaluate(org.g, [record(signings=[signing("russia", "nk")])]).score("signings")) == (0, 1, 1)


def test_a_visit_to_a_city_matches_a_gold_visit_to_its_country():
    graph = G()
    graph.visit(LAVROV, PYONGYANG)
    assert counts(evaluate(graph.g, [record(visits=[visit("lavrov", "nk")])]).score("visits")) == (1, 0, 0)
    country = G()
    country.visit(LAVROV, NK)
    assert counts(evaluate(country.g, [record(visits=[visit("lavrov", "pyongyang")])]).score("visits")) == (1, 0, 0)
    other_city = G()
    other_city.visit(KIM, MOSCOW)
    score = evaluate(other_city.g, [record(visits=[visit("kim", "vladivostok")])]).score("visits")
    assert counts(score) == (0, 1, 1)


def test_a_visit_without_destination_is_a_false_positive():
    graph = G()
    graph.event(NKG.Visit, [KIM])
    assert counts(evaluate(graph.g, [record(visits=[visit("kim", "russia")])]).score("visits")) == (0, 1, 1)


def test_the_same_visit_as_city_and_as_country_is_not_punished():
    graph = G()
    graph.visit(LAVROV, PYONGYANG)
    graph.visit(LAVROV, NK)
    assert counts(evaluate(graph.g, [record(visits=[visit("lavrov", "pyongyang")])]).score("visits")) == (1, 0, 0)


def test_a_date_that_refines_gold_is_right_and_a_coarser_one_wrong():
    finer = G()
    finer.meeting(KIM, PUTIN, date="2023-09-16")
    finer.visit(KIM, RUSSIA, date="2023", date_type=XSD.gYear)
    gold = record(meetings=[meeting("kim", "putin", date="2023-09")], visits=[visit("kim", "russia", date="2023")])
    report = evaluate(finer.g, [gold])
    assert (report.dates("meetings").right, report.dates("meetings").total) == (1, 1)
    assert (report.dates("visits").right, report.dates("visits").total) == (1, 1)
    coarser = G()
    coarser.meeting(KIM, PUTIN, date="2023-09", date_type=XSD.gYearMonth)
    gold = record(meetings=[meeting("kim", "putin", date="2023-09-16")])
    accuracy = evaluate(coarser.g, [gold]).dates("meetings")
    assert (accuracy.right, accuracy.total, accuracy.value) == (0, 1, 0.0)
    wrong_month = G()
    wrong_month.meeting(KIM, PUTIN, date="2023-10-01")
    assert evaluate(wrong_month.g, [record(meetings=[meeting("kim", "putin", date="2023-09")])]).dates().right == 0


def test_dates_are_scored_only_on_matched_events_with_a_gold_date():
    graph = G()
    graph.meeting(KIM, PUTIN, date="2023-09-13")
    gold = record(meetings=[meeting("kim", "putin"), meeting("lavrov", "kim", date="2023-09-13")])
    assert evaluate(graph.g, [gold]).dates().total == 0


def test_optional_events_are_neither_rewarded_nor_punished():
    found = G()
    found.meeting(KIM, PUTIN)
    found.meeting(LAVROV, KIM)
    gold = record(meetings=[meeting("kim", "putin"), meeting("lavrov", "kim", optional=True)])
    assert counts(evaluate(found.g, [gold]).score("meetings")) == (1, 0, 0)
    missed = G()
    missed.meeting(KIM, PUTIN)
    assert counts(evaluate(missed.g, [gold]).score("meetings")) == (1, 0, 0)
    only_optional = record(visits=[visit("kim", "russia", optional=True)])
    empty, present = G(), G()
    present.visit(KIM, VLADIVOSTOK)
    for graph in (empty, present):
        score = evaluate(graph.g, [only_optional]).score("visits")
        assert counts(score) == (0, 0, 0) and score.f1 == 1.0


def test_a_required_event_keeps_its_item_required_beside_an_optional_one():
    gold = record(meetings=[meeting("kim", "putin", status="planned"),
                            meeting("kim", "putin", status="occurred", optional=True)])
    report = evaluate(G().g, [gold])
    assert counts(report.score("meetings")) == (0, 0, 1)
    assert counts(report.score("meetings+status")) == (0, 0, 1)
    graph = G()
    graph.meeting(KIM, PUTIN, status="occurred")
    report = evaluate(graph.g, [gold])
    assert counts(report.score("meetings")) == (1, 0, 0)
    assert counts(report.score("meetings+status")) == (0, 0, 1)  # occurred matches the optional one: dropped


# ---------------------------------------------------------------- entities, sources, published


def test_fold_drops_honorifics_nukta_candrabindu_and_hyphens():
    assert fold("श्री किम जोंग-उन") == fold("किम जोंग उन")
    assert fold("डॉ. मनमोहन  सिंह") == fold("मनमोहन सिंह")
    assert fold("श्रीमती सोनिया गांधी") == "सोनिया गांधी"
    assert fold("अलेक्जेंडर कोज़लोव") == fold("अलेक्जेंडर कोजलोव")
    assert fold("पहुँचे") == fold("पहुंचे")
    assert fold("श्रीलंका") == "श्रीलंका"  # a name that begins with श्री keeps it
    assert fold("श्री") == "श्री"


def test_entities_match_through_folded_hindi_labels():
    graph = G()
    kozlov = graph.entity(PERSON["alexander-kozlov"], NKG.Person, "अलेक्जेंडर कोजलोव")
    sergei = graph.entity(PERSON["sergei-shoigu"], NKG.Person, "सर्गेई शोइगु", alt=["शोइगू"])
    graph.mentions(KIM, kozlov, sergei, MOSCOW)
    entities = [
        {"key": "kim", "type": "Person", "forms": ["श्री किम जोंग-उन"]},  # honorific + hyphen; no wikidata, no en
        {"key": "kozlov", "type": "Person", "forms": ["श्री कोज़लोव", "अलेक्जेंडर कोज़लोव"]},  # nukta
        {"key": "shoigu", "type": "Person", "forms": ["शोइगू"]},  # an alt label
        {"key": "lavrov", "type": "Person", "forms": ["लावरोव"]},
    ]
    score = evaluate(graph.g, [record(entities=entities)]).score("entities")
    assert counts(score) == (3, 1, 1)  # Moscow is not in gold; Lavrov is not mentioned


def test_entities_match_through_wikidata_and_english_labels():
    graph = G()
    graph.mentions(KIM, PUTIN)
    entities = [{"key": "kim", "type": "Person", "forms": ["मार्शल"], "wikidata": "Q56226"},
                {"key": "putin", "type": "Person", "forms": ["व्ला. पु."], "en": "vladimir  putin"}]
    assert counts(evaluate(graph.g, [record(entities=entities)]).score("entities")) == (2, 0, 0)


def test_sources_are_scored_against_cites():
    graph = G()
    graph.cites(ORG["kcna"], ORG["un"])
    gold = record(sources=["kcna", "tass"],
                  entities=ENTITIES + [{"key": "tass", "type": "Organization", "forms": ["टैस"]}])
    assert counts(evaluate(graph.g, [gold]).score("sources")) == (1, 1, 1)


def test_published_dates_compare_the_date_part_and_missing_articles_are_wrong():
    graph = G(published=None)
    graph.g.add((graph.article, NKG.published, Literal("2023-09-17T18:58:04", datatype=XSD.dateTime)))
    report = evaluate(graph.g, [record(), record(id="absent", published=None)])
    assert [a.published_right for a in report.articles] == [True, False]
    assert not report.articles[1].found
    undated = G(published=None)
    assert evaluate(undated.g, [record(published=None)]).published.value == 1.0
    assert evaluate(undated.g, [record(published="2023-09-17")]).published.value == 0.0


def test_events_are_matched_per_article():
    graph = G(article="other")
    graph.meeting(KIM, PUTIN)
    report = evaluate(graph.g, [record(meetings=[meeting("kim", "putin")])])
    assert counts(report.score("meetings")) == (0, 0, 1)


def test_a_dataset_is_read_as_the_union_of_its_graphs():
    graph = G()
    graph.meeting(KIM, PUTIN)
    dataset = Dataset()
    named = dataset.graph(URIRef("urn:x-test:build"))
    for triple in graph.g:
        named.add(triple)
    assert counts(evaluate(dataset, [record(meetings=[meeting("kim", "putin")])]).score("meetings")) == (1, 0, 0)


# ---------------------------------------------------------------- gold files


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_gold_names_the_malformed_line(tmp_path):
    good = json.dumps(record(), ensure_ascii=False)
    with pytest.raises(InputError, match=r"line 3: not valid JSON"):
        load_gold(write_lines(tmp_path / "bad.jsonl", [good, "", "{\"id\": "]))
    unknown = json.dumps(record(id="a2", meetings=[meeting("kim", "xi")]), ensure_ascii=False)
    with pytest.raises(InputError, match=r"line 2: meeting 1 participant: 'xi' is not one of this line's entity keys"):
        load_gold(write_lines(tmp_path / "ref.jsonl", [good, unknown]))
    bad_status = json.dumps(record(visits=[visit("kim", "russia", status="happened")]), ensure_ascii=False)
    with pytest.raises(InputError, match=r"line 1: visit 1: \"status\" must be one of"):
        load_gold(write_lines(tmp_path / "status.jsonl", [bad_status]))
    bad_date = json.dumps(record(published="17-09-2023"), ensure_ascii=False)
    with pytest.raises(InputError, match=r"line 1: \"published\" must be YYYY-MM-DD"):
        load_gold(write_lines(tmp_path / "date.jsonl", [bad_date]))
    with pytest.raises(InputError, match=r"line 2: id 'a1' was already used on line 1"):
        load_gold(write_lines(tmp_path / "dup.jsonl", [good, good]))
    with pytest.raises(InputError, match="does not exist"):
        load_gold(tmp_path / "none.jsonl")


SEEDS = Path("/work/shared/seeds")


def test_the_seed_gold_loads_with_one_line_per_seed():
    records = load_gold(GOLD / "seeds.jsonl")
    assert [r["id"][:3] for r in records] == ["000", "001", "002", "003", "004"]
    assert [r["published"] for r in records] == ["2025-06-04", None, "2023-09-17", None, None]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles live in the shared folder")
def test_the_seed_gold_quotes_its_articles_verbatim():
    for r in load_gold(GOLD / "seeds.jsonl"):
        text = (SEEDS / f"{r['id']}.txt").read_text(encoding="utf-8")
        for kind in ("meetings", "signings", "visits"):
            for event in r[kind]:
                assert event["evidence"] in text, (r["id"], event["evidence"])
        for entity in r["entities"]:
            for form in entity["forms"]:
                assert form in text, (r["id"], form)


# ---------------------------------------------------------------- the command


MINI = str(FIXTURES / "mini.ttl")
MINI_GOLD = str(FIXTURES / "mini-gold.jsonl")


def test_kg_eval_prints_the_table_for_the_fixture(capsys):
    assert main(["eval", MINI, MINI_GOLD]) == 0
    out = capsys.readouterr().out
    lines = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.strip()}
    assert out.startswith("2 gold articles, 2 found in the graph")
    assert lines["meetings"] == ["2", "0", "1", "1.000", "0.667", "0.800"]
    assert lines["visits"] == ["2", "0", "0", "1.000", "1.000", "1.000"]
    assert lines["visits+status"] == ["1", "1", "1", "0.500", "0.500", "0.500"]
    assert lines["entities"] == ["13", "1", "0", "0.929", "1.000", "0.963"]
    assert lines["published"] == ["2", "2", "1.000"]


def test_kg_eval_min_f1_sets_the_exit_code(capsys):
    assert main(["eval", MINI, MINI_GOLD, "--min-f1", "meetings=0.8", "--min-f1", "signings=1"]) == 0
    assert main(["eval", MINI, MINI_GOLD, "--min-f1", "meetings=0.81"]) == 1
    assert "meetings F1 0.800 is below the required 0.810" in capsys.readouterr().err


def test_kg_eval_json_and_per_article(capsys):
    assert main(["eval", MINI, MINI_GOLD, "--format", "json", "--per-article"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["scores"]["meetings"] == {"tp": 2, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.6667, "f1": 0.8}
    assert [a["id"] for a in data["per_article"]] == ["a1", "a2"]
    assert data["per_article"][1]["scores"]["meetings"]["fn"] == 1
    assert main(["eval", MINI, MINI_GOLD, "--format", "md", "--per-article"]) == 0
    out = capsys.readouterr().out
    assert "| meetings | 2 | 0 | 1 | 1.000 | 0.667 | 0.800 |" in out
    assert "| a2 | 0.67 (1/0/1)" in out


def test_kg_eval_reports_a_bad_gold_file_without_a_traceback(tmp_path, capsys):
    bad = write_lines(tmp_path / "bad.jsonl", ["not json"])
    assert main(["eval", MINI, str(bad)]) == 2
    assert "line 1: not valid JSON" in capsys.readouterr().err


# ---------------------------------------------------------------- error analysis (--misses)


def test_misses_name_each_missed_spurious_wrongly_statused_and_wrongly_dated_item():
    graph = G()
    graph.meeting(KIM, PUTIN, status="planned", date="2023-09-12")
    graph.meeting(LAVROV, PUTIN)
    graph.visit(KIM, VLADIVOSTOK, date="2023-09-12")
    graph.cites(ORG["un"])
    gold = record(
        meetings=[meeting("kim", "putin", date="2023-09-13"), meeting("kim", "lavrov")],
        visits=[visit("kim", "russia", date="2023-09-12")],
        sources=["kcna"],
    )
    misses = evaluate(graph.g, [gold]).articles[0].misses
    assert "meetings: missed किम जोंग-उन – लावरोव" in misses
    assert "meetings: spurious सर्गेई लावरोव – व्लादिमीर पुतिन (occurred)" in misses
    assert "meetings: status of किम जोंग-उन – पुतिन is occurred in gold, planned in the graph" in misses
    assert "meetings: date of किम जोंग-उन – पुतिन is 2023-09-13 in gold, 2023-09-12 in the graph" in misses
    assert "sources: missed केसीएनए" in misses
    assert "sources: spurious संयुक्त राष्ट्र" in misses
    assert not any(line.startswith("visits") for line in misses)  # Vladivostok is in Russia, date right


def test_a_perfect_article_has_no_misses_and_optional_items_are_not_listed():
    graph = G()
    graph.meeting(KIM, PUTIN)
    graph.meeting(LAVROV, PUTIN)
    gold = record(meetings=[meeting("kim", "putin"), meeting("lavrov", "putin", optional=True)],
                  entities=[e for e in ENTITIES if e["key"] in {"kim", "putin", "lavrov"}])
    graph.mentions(KIM, PUTIN, LAVROV)
    assert evaluate(graph.g, [gold]).articles[0].misses == []


def test_kg_eval_misses_lists_errors_per_article_in_text_and_json(capsys):
    assert main(["eval", MINI, MINI_GOLD, "--misses"]) == 0
    out = capsys.readouterr().out
    assert "\nmisses\n" in out
    block = out.split("\nmisses\n", 1)[1]
    assert "a2\n" in block and "meetings: missed" in block
    assert main(["eval", MINI, MINI_GOLD, "--format", "json", "--misses"]) == 0
    articles = {a["id"]: a for a in json.loads(capsys.readouterr().out)["per_article"]}
    assert any(line.startswith("meetings: missed") for line in articles["a2"]["misses"])
    assert any(line.startswith("visits: status of") for line in articles["a1"]["misses"] + articles["a2"]["misses"])
