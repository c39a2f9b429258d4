"""The people gazetteer (data/gazetteer/people.ttl) is well-formed and unambiguous.

Each person has one Hindi and one English label, a country and dated offices; no two people
share a Hindi label or variant once spelling noise (nukta, chandrabindu, hyphens, joiners) is
folded away, so a name found in an article links to at most one person; and every country
the pipeline cares most about has a sitting head of state or government.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from datetime import date

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kg.paths import GAZETTEER
from kg.vocab import COUNTRY, NKG, ORG, PERSON, WD

PEOPLE = GAZETTEER / "people.ttl"
COUNTRIES = GAZETTEER / "countries.ttl"
ORGANIZATIONS = GAZETTEER / "organizations.ttl"

# Offices whose holder heads a state or a government (English role labels as written in the file).
HEAD_ROLES = {"President", "Prime Minister", "Premier", "Chancellor", "King", "Queen", "Emperor",
              "Supreme Leader", "Interim Prime Minister", "Acting President", "Chief Adviser"}
MUST_HAVE_HEAD = [
    "argentina", "australia", "brazil", "canada", "china", "france", "germany", "india",
    "indonesia", "italy", "japan", "mexico", "russia", "saudi-arabia", "south-africa",
    "south-korea", "turkey", "united-kingdom", "united-states", "north-korea", "ukraine",
]


def fold(text: str) -> str:
    """Return the form two spellings of one name share: NFC, no nukta, anusvara for
    chandrabindu, no zero-width joiners, hyphens as spaces, single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = unicodedata.normalize("NFD", text).replace("\u093c", "")
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u0901", "\u0902").replace("\u200d", "").replace("\u200c", "")
    text = text.replace("-", " ").replace("\u2010", " ").replace("\u2011", " ")
    return " ".join(text.split())


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    g.parse(PEOPLE, format="turtle")
    return g


@pytest.fixture(scope="module")
def people(graph) -> list[URIRef]:
    return sorted(graph.subjects(RDF.type, NKG.Person))


def labels(graph, subject, prop, lang):
    return [o for o in graph.objects(subject, prop) if isinstance(o, Literal) and o.language == lang]


def positions(graph, person):
    return list(graph.objects(person, NKG.position))


def test_fold_removes_spelling_noise_only():
    assert fold("ज़ेलेंस्की") == fold("जेलेंस्की")
    assert fold("किम जोंग-उन") == fold("किम  जोंग उन")
    assert fold("चाँद") == fold("चांद")
    assert fold("क्\u200dष") == fold("क्ष")
    assert fold("पुतिन") != fold("पुतन")


def test_people_file_parses_and_is_large(people):
    assert len(people) >= 250


def test_every_person_iri_is_a_person_slug(people):
    for p in people:
        assert str(p).startswith(str(PERSON)), p
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(p).rsplit("/", 1)[1]), p


def test_every_person_has_one_hindi_and_one_english_label(graph, people):
    for p in people:
        assert len(labels(graph, p, RDFS.label, "hi")) == 1, p
        assert len(labels(graph, p, RDFS.label, "en")) == 1, p


def test_every_person_has_a_country_and_an_office(graph, people):
    for p in people:
        assert len(list(graph.objects(p, NKG.country))) == 1, p
        assert positions(graph, p), f"{p} holds no position"


def test_every_position_is_labelled_placed_and_dated(graph, people):
    for p in people:
        for pos in positions(graph, p):
            assert len(labels(graph, pos, NKG.roleLabel, "hi")) == 1, p
            assert len(labels(graph, pos, NKG.roleLabel, "en")) == 1, p
            assert len(list(graph.objects(pos, NKG.country))) == 1, p
            starts = list(graph.objects(pos, NKG.startDate))
            assert len(starts) == 1, p
            assert len(list(graph.objects(pos, NKG.endDate))) <= 1, p
            for d in starts + list(graph.objects(pos, NKG.endDate)):
                assert d.datatype in (XSD.date, XSD.gYearMonth, XSD.gYear), (p, d)


def test_offices_end_after_they_start(graph, people):
    for p in people:
        for pos in positions(graph, p):
            start = graph.value(pos, NKG.startDate)
            end = graph.value(pos, NKG.endDate)
            if end is None:
                continue
            # Compare at the coarser precision when one side is a year or a month.
            s, e = str(start), str(end)
            n = min(len(s), len(e))
            assert e[:n] >= s[:n], f"{p}: ends {e} before it starts {s}"
            if start.datatype == end.datatype == XSD.date:
                assert date.fromisoformat(e) >= date.fromisoformat(s), p


def test_labels_are_hindi_script_and_trimmed(graph, people):
    for p in people:
        for prop in (RDFS.label, SKOS.altLabel, NKG.shortLabel):
            for o in labels(graph, p, prop, "hi"):
                o = str(o)
                assert o == o.strip() and "  " not in o, (p, o)
                assert re.search("[\u0900-\u097f]", o), (p, o)
                assert unicodedata.normalize("NFC", str(o)) == str(o), (p, o)


def test_no_two_people_share_a_hindi_name(graph, people):
    owners = defaultdict(set)
    for p in people:
        for prop in (RDFS.label, SKOS.altLabel):
            for o in labels(graph, p, prop, "hi"):
                owners[fold(o)].add(p)
    shared = {name: sorted(ps) for name, ps in owners.items() if len(ps) > 1}
    assert not shared, f"names that link to more than one person: {shared}"


def test_short_labels_are_not_also_full_names(graph, people):
    # A short form is either unambiguous (an altLabel of one person) or shared (a shortLabel);
    # being both would let the linker resolve it without context.
    full = {fold(o) for p in people for prop in (RDFS.label, SKOS.altLabel)
            for o in labels(graph, p, prop, "hi")}
    for p in people:
        for o in labels(graph, p, NKG.shortLabel, "hi"):
            assert fold(o) not in full, (p, o)


def test_wikidata_links_are_items_and_unique(graph, people):
    seen = {}
    for p in people:
        for o in graph.objects(p, OWL.sameAs):
            assert re.fullmatch(re.escape(str(WD)) + r"Q\d+", str(o)), (p, o)
            assert o not in seen, f"{o} used by {seen.get(o)} and {p}"
            seen[o] = p
    assert seen[WD.Q7747] == PERSON["vladimir-putin"]
    assert seen[WD.Q56226] == PERSON["kim-jong-un"]


def test_offices_point_at_countries_or_organisations(graph, people):
    for p in people:
        places = list(graph.objects(p, NKG.country))
        for pos in positions(graph, p):
            places += list(graph.objects(pos, NKG.country))
        for c in places:
            assert str(c).startswith((str(COUNTRY), str(ORG))), (p, c)


@pytest.mark.parametrize("slug", MUST_HAVE_HEAD)
def test_country_has_a_sitting_head_of_state_or_government(graph, people, slug):
    sitting = [
        p for p in people for pos in positions(graph, p)
        if graph.value(pos, NKG.country) == COUNTRY[slug]
        and graph.value(pos, NKG.endDate) is None
        and str(next(iter(labels(graph, pos, NKG.roleLabel, "en")))) in HEAD_ROLES
    ]
    assert sitting, f"no current head of state or government for country:{slug}"


def test_well_known_people_are_found_by_their_common_names(graph):
    def who(name):
        return {p for p in graph.subjects(None, None)
                for prop in (RDFS.label, SKOS.altLabel)
                for o in labels(graph, p, prop, "hi") if fold(o) == fold(name)}

    person = PERSON
    assert who("जेलेंस्की") == {person["volodymyr-zelensky"]}
    assert who("किम जोंग-उन") == {person["kim-jong-un"]}
    assert who("शोइगू") == {person["sergei-shoigu"]}
    assert who("ट्रम्प") == {person["donald-trump"]}
    assert who("मोदी") == {person["narendra-modi"]}
    assert who("जिनपिंग") == {person["xi-jinping"]}
    assert who("किम") == set()  # a shared surname is a shortLabel, never a name on its own


def test_shoigu_moved_from_defence_to_the_security_council(graph):
    shoigu = PERSON["sergei-shoigu"]
    roles = {str(next(iter(labels(graph, pos, NKG.roleLabel, "en")))): pos
             for pos in positions(graph, shoigu)}
    assert str(graph.value(roles["Defence Minister"], NKG.endDate)) == "2024-05-12"
    assert graph.value(roles["Security Council Secretary"], NKG.endDate) is None


def test_country_iris_exist_in_the_countries_gazetteer(graph, people):
    if not COUNTRIES.exists():
        pytest.skip("data/gazetteer/countries.ttl is not in this checkout yet; "
                    "country IRIs are checked once it is")
    countries = Graph().parse(COUNTRIES, format="turtle")
    known = set(countries.subjects(RDF.type, NKG.Country))
    used = set()
    for p in people:
        used.update(graph.objects(p, NKG.country))
        for pos in positions(graph, p):
            used.update(graph.objects(pos, NKG.country))
    missing = sorted(c for c in used if str(c).startswith(str(COUNTRY)) and c not in known)
    assert not missing, f"countries used in people.ttl but absent from countries.ttl: {missing}"


def test_only_defined_vocabulary_terms_are_used(graph):
    # NKG is a DefinedNamespace: looking up a misspelt term raises, so this catches typos
    # such as nkg:rolelabel that would otherwise load silently and never match.
    for s, p, o in graph:
        for term in (p, o):
            if isinstance(term, URIRef) and str(term).startswith(str(NKG._NS)):
                getattr(NKG, str(term)[len(str(NKG._NS)):])


def test_organisations_holding_offices_exist_in_the_organisations_gazetteer(graph, people):
    if not ORGANIZATIONS.exists():
        pytest.skip("data/gazetteer/organizations.ttl is not in this checkout yet; "
                    "the org IRIs of international offices are checked once it is")
    orgs = Graph().parse(ORGANIZATIONS, format="turtle")
    known = set(orgs.subjects(RDF.type, NKG.Organization))
    used = {c for p in people for pos in positions(graph, p)
            for c in graph.objects(pos, NKG.country) if str(c).startswith(str(ORG))}
    assert used, "expected offices in international bodies (UN, NATO, EU)"
    assert not sorted(used - known), f"organisations absent from organizations.ttl: {sorted(used - known)}"
