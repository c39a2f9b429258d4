"""The gazetteer (data/gazetteer/*.ttl) is what entity matching reads: these tests keep it
well-formed and, above all, unambiguous — no Hindi surface form may name two entities."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.paths import GAZETTEER
from kg.vocab import ID_BASE, NAMESPACE_OF_KIND, NKG, WD

FILES = sorted(GAZETTEER.glob("*.ttl"))
ENTITY_CLASSES = {NKG[kind]: kind for kind in NAMESPACE_OF_KIND}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QID = re.compile(r"^Q[1-9][0-9]*$")


def fold(text: str) -> str:
    """Return the matching key of a Hindi form: NFC, no nukta, chandrabindu as anusvara,
    no ZWJ/ZWNJ, hyphens as spaces, single spaces.

    Hindi papers print ज़/ज, फ़/फ, अँ/अं and किम जोंग-उन/किम जोंग उन interchangeably,
    so two forms that differ only so are one form to the matcher.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u093c", "").replace("\u0901", "\u0902")
    text = text.replace("\u200d", "").replace("\u200c", "")
    text = re.sub(r"[-\u2010\u2011\u2012\u2013]", " ", text)
    return " ".join(text.split())


@pytest.fixture(scope="module")
def gazetteer() -> Graph:
    graph = Graph()
    for path in FILES:
        graph.parse(path, format="turtle")
    return graph


def entities(graph: Graph) -> dict[URIRef, URIRef]:
    """Map each typed subject to its class."""
    return {s: o for s, o in graph.subject_objects(RDF.type) if not isinstance(s, BNode)}


def hindi(graph: Graph, subject, predicate) -> list[str]:
    return [str(o) for o in graph.objects(subject, predicate) if isinstance(o, Literal) and o.language == "hi"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_file_parses_on_its_own(path):
    graph = Graph().parse(path, format="turtle")
    assert len(graph) > 0


def test_the_four_place_files_are_there():
    names = {p.name for p in FILES}
    assert {"countries.ttl", "places.ttl", "organizations.ttl", "agreements.ttl"} <= names


def test_every_entity_is_of_one_entity_class_and_named_by_its_slug(gazetteer):
    for subject in {s for s in gazetteer.subjects(RDF.type) if not isinstance(s, BNode)}:
        classes = set(gazetteer.objects(subject, RDF.type))
        assert len(classes) == 1 and classes <= set(ENTITY_CLASSES), (subject, classes)
        kind = ENTITY_CLASSES[classes.pop()]
        namespace = str(NAMESPACE_OF_KIND[kind])
        assert str(subject).startswith(namespace), f"{subject} is a {kind} outside {namespace}"
        assert SLUG.match(str(subject)[len(namespace):]), f"{subject}: slug is not ascii-lowercase-hyphenated"


def test_every_entity_has_one_hindi_and_one_english_label(gazetteer):
    for subject in entities(gazetteer):
        labels = list(gazetteer.objects(subject, RDFS.label))
        langs = sorted(label.language for label in labels)
        assert langs == ["en", "hi"], f"{subject}: labels {labels}"


def test_country_and_capital_point_at_declared_countries_and_places(gazetteer):
    kinds = entities(gazetteer)
    for subject, country in gazetteer.subject_objects(NKG.country):
        # an office in an international body (a position node) belongs to that Organization
        allowed = (NKG.Country, NKG.Organization) if isinstance(subject, BNode) else (NKG.Country,)
        assert kinds.get(country) in allowed, f"{subject} nkg:country {country}: not a declared Country"
    for subject, capital in gazetteer.subject_objects(NKG.capital):
        assert kinds.get(subject) == NKG.Country, subject
        assert kinds.get(capital) == NKG.Place, f"{subject} nkg:capital {capital}: not a declared Place"
        assert (capital, NKG.country, subject) in gazetteer, f"{capital} is {subject}'s capital but not in it"


def test_wikidata_items_are_qids_used_once(gazetteer):
    owners = defaultdict(list)
    for subject, item in gazetteer.subject_objects(OWL.sameAs):
        assert str(item).startswith(str(WD)), f"{subject} owl:sameAs {item}: not a Wikidata item"
        assert QID.match(str(item)[len(str(WD)):]), f"{subject} owl:sameAs {item}: not wd:Q<digits>"
        owners[item].append(subject)
    shared = {item: subjects for item, subjects in owners.items() if len(subjects) > 1}
    assert not shared, shared


def test_no_hindi_form_names_two_entities(gazetteer):
    """A label or altLabel, after folding, belongs to one entity only; shortLabels may be shared."""
    owners = defaultdict(set)
    for subject in entities(gazetteer):
        for predicate in (RDFS.label, SKOS.altLabel):
            for form in hindi(gazetteer, subject, predicate):
                owners[fold(form)].add(subject)
    shared = {form: sorted(subjects) for form, subjects in owners.items() if len(subjects) > 1}
    assert not shared, shared


def test_no_demonym_is_another_entitys_name_or_another_countrys_demonym(gazetteer):
    names = defaultdict(set)
    for subject in entities(gazetteer):
        for predicate in (RDFS.label, SKOS.altLabel):
            for form in hindi(gazetteer, subject, predicate):
                names[fold(form)].add(subject)
    demonym_owner = {}
    for country, demonym in gazetteer.subject_objects(NKG.demonym):
        if demonym.language != "hi":
            continue
        key = fold(str(demonym))
        assert names.get(key, {country}) <= {country}, f"demonym {demonym} of {country} names {names[key]}"
        assert demonym_owner.setdefault(key, country) == country, (
            f"demonym {demonym} is both {demonym_owner[key]}'s and {country}'s")


def test_every_country_has_a_hindi_demonym(gazetteer):
    for country in gazetteer.subjects(RDF.type, NKG.Country):
        assert hindi(gazetteer, country, NKG.demonym), f"{country} has no Hindi demonym"


def test_forms_are_clean_strings(gazetteer):
    for subject, predicate, form in gazetteer:
        if isinstance(form, Literal) and predicate in (RDFS.label, SKOS.altLabel, NKG.shortLabel, NKG.demonym):
            assert form.language in ("hi", "en"), (subject, form)
            assert str(form) == " ".join(str(form).split()), f"{subject}: stray spaces in {form!r}"
            if form.language == "hi":
                assert unicodedata.is_normalized("NFC", str(form)), f"{subject}: {form!r} is not NFC"
                assert re.search("[\u0900-\u097f]", str(form)), f"{subject}: {form!r} is not Devanagari"


def test_the_gazetteer_covers_the_world(gazetteer):
    countries = set(gazetteer.subjects(RDF.type, NKG.Country))
    places = set(gazetteer.subjects(RDF.type, NKG.Place))
    assert len(countries) >= 195
    assert len(places) >= 300
    # every capital the contract's example relies on is there, in its country
    country, place = NAMESPACE_OF_KIND["Country"], NAMESPACE_OF_KIND["Place"]
    assert (country["north-korea"], NKG.capital, place["pyongyang"]) in gazetteer
    assert (place["vladivostok"], NKG.country, country["russia"]) in gazetteer


@pytest.mark.parametrize(
    ("form", "iri"),
    [
        ("अमरीका", "country/united-states"),
        ("यूके", "country/united-kingdom"),
        ("डीपीआरके", "country/north-korea"),
        ("नार्थ कोरिया", "country/north-korea"),
        ("इजरायल", "country/israel"),
        ("मास्को", "place/moscow"),
        ("वोंसान", "place/wonsan"),
        ("टैस", "org/tass"),
        ("कोरियन सेंट्रल न्यूज एजेंसी", "org/kcna"),
        ("बहुपक्षीय प्रतिबंध निगरानी दल", "org/msmt"),
        ("आपसी रक्षा संधि", "agreement/comprehensive-strategic-partnership-treaty"),
        ("सिंधु जल संधि", "agreement/indus-waters-treaty"),
        ("मरकोसुर", "org/mercosur"),
        ("ईएफटीए", "org/efta"),
        ("जीसीसी", "org/gcc"),
        ("एससीओ", "org/sco"),
        ("इकोवास", "org/ecowas"),
        ("यूरोपीय परिषद", "org/european-council"),
    ],
)
def test_forms_seen_in_articles_resolve(gazetteer, form, iri):
    """Forms taken from the seed articles and common headline spellings find their entity."""
    key = fold(form)
    found = {
        s
        for s, p, o in gazetteer
        if p in (RDFS.label, SKOS.altLabel) and isinstance(o, Literal) and o.language == "hi" and fold(str(o)) == key
    }
    assert found == {URIRef(ID_BASE + iri)}


@pytest.mark.parametrize("generic", ["विदेश मंत्रालय", "रक्षा मंत्रालय", "रक्षा संधि", "सुरक्षा परिषद", "कांगो"])
def test_generic_words_are_not_names(gazetteer, generic):
    """Words that name different things in different articles are never a label or altLabel."""
    key = fold(generic)
    for s, p, o in gazetteer:
        if p in (RDFS.label, SKOS.altLabel) and isinstance(o, Literal):
            assert fold(str(o)) != key, f"{s} has the generic form {o}"


BLOCS = ["european-union", "african-union", "asean", "sco", "brics", "mercosur", "gcc", "quad", "g7", "g20", "nato",
         "united-nations", "un-security-council", "un-general-assembly", "iaea", "wto", "imf", "world-bank", "opec",
         "saarc", "bimstec", "efta", "csto", "eaeu", "oic", "arab-league", "apec", "ecowas", "celac"]


@pytest.mark.parametrize("slug", BLOCS)
def test_blocs_and_international_bodies_are_organizations_of_no_one_country(gazetteer, slug):
    """A bloc signs as one side ("मर्कोसुर और ईएफटीए के बीच समझौता"): it is an Organization with
    Hindi and English names and no nkg:country that would make it one member's."""
    node = NAMESPACE_OF_KIND["Organization"][slug]
    assert (node, RDF.type, NKG.Organization) in gazetteer
    assert any(o.language == "hi" for o in gazetteer.objects(node, RDFS.label))
    assert any(o.language == "en" for o in gazetteer.objects(node, RDFS.label))
    assert (node, NKG.country, None) not in gazetteer
