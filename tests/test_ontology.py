"""The ontology's axioms: hierarchy, disjointness, the status individuals, the alignments."""

import itertools

import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, XSD

from kg import paths
from kg.vocab import NKG

SCHEMA = "https://schema.org/"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
ONTOLOGY_IRI = URIRef("https://w3id.org/newskg/ontology")


@pytest.fixture(scope="module")
def onto():
    return Graph().parse(paths.ONTOLOGY, format="turtle")


def members(graph, node, prop):
    return list(Collection(graph, graph.value(node, prop)))


def disjoint(graph, a, b):
    if (a, OWL.disjointWith, b) in graph or (b, OWL.disjointWith, a) in graph:
        return True
    return any(
        {a, b} <= set(members(graph, group, OWL.members)) for group in graph.subjects(RDF.type, OWL.AllDisjointClasses)
    )


def test_header_names_the_ontology_its_version_and_licence(onto):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert {t.language for t in onto.objects(ONTOLOGY_IRI, DCTERMS.title)} == {"en", "hi"}
    assert {t.language for t in onto.objects(ONTOLOGY_IRI, DCTERMS.description)} == {"en", "hi"}
    assert onto.value(ONTOLOGY_IRI, DCTERMS.license) is not None
    assert not list(onto.objects(None, OWL.imports)), "external ontologies must not be imported"


def test_agents_are_person_country_organization_pairwise_disjoint(onto):
    agents = [NKG.Person, NKG.Country, NKG.Organization]
    for agent in agents:
        assert (agent, RDFS.subClassOf, NKG.Agent) in onto
    for a, b in itertools.combinations(agents, 2):
        assert disjoint(onto, a, b), f"{a} and {b} must be disjoint"
    assert not disjoint(onto, NKG.Place, NKG.Country), "Place or Country is a range; they may not be disjoint"


def test_events_are_meetings_signings_visits(onto):
    for kind in (NKG.Meeting, NKG.Signing, NKG.Visit):
        assert (kind, RDFS.subClassOf, NKG.Event) in onto
    for a, b in itertools.combinations((NKG.Meeting, NKG.Signing, NKG.Visit), 2):
        assert disjoint(onto, a, b)


def test_met_is_symmetric_between_agents(onto):
    assert (NKG.met, RDF.type, OWL.SymmetricProperty) in onto
    assert (NKG.met, RDFS.domain, NKG.Agent) in onto
    assert (NKG.met, RDFS.range, NKG.Agent) in onto


def test_status_is_functional_and_its_class_is_exactly_the_four_individuals(onto):
    assert (NKG.status, RDF.type, OWL.FunctionalProperty) in onto
    assert (NKG.status, RDFS.range, NKG.Status) in onto
    four = {NKG.Occurred, NKG.Planned, NKG.Denied, NKG.Speculated}
    enumerations = [set(members(onto, e, OWL.oneOf)) for e in onto.objects(NKG.Status, OWL.equivalentClass)]
    assert four in enumerations
    for status in four:
        assert (status, RDF.type, NKG.Status) in onto
    different = [set(members(onto, g, OWL.distinctMembers)) for g in onto.subjects(RDF.type, OWL.AllDifferent)]
    assert four in different


def union_of(graph, node):
    assert isinstance(node, BNode), f"{node} should be a union"
    return set(members(graph, node, OWL.unionOf))


def test_where_things_happen_is_place_or_country(onto):
    for prop in (NKG.place, NKG.destination, NKG.visited):
        assert union_of(onto, onto.value(prop, RDFS.range)) == {NKG.Place, NKG.Country}


def test_dates_are_day_month_or_year_and_published_day_or_datetime(onto):
    assert union_of(onto, onto.value(NKG.date, RDFS.range)) == {XSD.date, XSD.gYearMonth, XSD.gYear}
    assert union_of(onto, onto.value(NKG.published, RDFS.range)) == {XSD.date, XSD.dateTime}
    assert (NKG.confidence, RDFS.range, XSD.decimal) in onto


def test_event_properties_have_domains_and_ranges(onto):
    for prop in (NKG.participant, NKG.status, NKG.reportedIn, NKG.evidence, NKG.source, NKG.confidence):
        assert (prop, RDFS.domain, NKG.Event) in onto
        assert onto.value(prop, RDFS.range) is not None


@pytest.mark.parametrize(
    "namespace",
    [SCHEMA, str(PROV), str(FOAF), SEM, str(DCTERMS)],
    ids=["schema.org", "PROV-O", "FOAF", "SEM", "Dublin Core"],
)
def test_aligned_to_each_external_vocabulary(onto, namespace):
    axioms = (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty)
    aligned = {
        (s, o)
        for axiom in axioms
        for s, o in onto.subject_objects(axiom)
        if str(s).startswith(str(NKG._NS)) and str(o).startswith(namespace)
    }
    assert len(aligned) >= 2, f"no alignment axioms to {namespace}"


@pytest.mark.parametrize(
    "ours, theirs",
    [
        (NKG.Person, URIRef(SCHEMA + "Person")),
        (NKG.Person, FOAF.Person),
        (NKG.Country, URIRef(SCHEMA + "Country")),
        (NKG.Organization, FOAF.Organization),
        (NKG.Place, URIRef(SEM + "Place")),
        (NKG.Article, URIRef(SCHEMA + "NewsArticle")),
        (NKG.Event, URIRef(SEM + "Event")),
        (NKG.Event, PROV.Activity),
        (NKG.Evidence, PROV.Entity),
        (NKG.Agent, FOAF.Agent),
    ],
)
def test_key_class_alignments(onto, ours, theirs):
    assert (ours, RDFS.subClassOf, theirs) in onto


@pytest.mark.parametrize(
    "ours, theirs",
    [
        (NKG.participant, URIRef(SEM + "hasActor")),
        (NKG.participant, URIRef(SCHEMA + "attendee")),
        (NKG.place, URIRef(SCHEMA + "location")),
        (NKG.place, URIRef(SEM + "hasPlace")),
        (NKG.date, URIRef(SEM + "hasTimeStamp")),
        (NKG.date, DCTERMS.date),
        (NKG.met, FOAF.knows),
        (NKG.source, DCTERMS.source),
        (NKG.startDate, URIRef(SCHEMA + "startDate")),
    ],
)
def test_key_property_alignments(onto, ours, theirs):
    assert (ours, RDFS.subPropertyOf, theirs) in onto


def test_external_terms_are_only_declared_never_described(onto):
    # Domains, ranges or disjointness on schema/PROV/FOAF/SEM terms could make valid graphs
    # inconsistent; the ontology may only declare them.
    for s, p, _o in onto:
        if isinstance(s, URIRef) and not str(s).startswith(str(NKG._NS)) and s != ONTOLOGY_IRI:
            assert p == RDF.type, f"the ontology describes an external term: {s} {p}"


def test_hermit_finds_no_unsatisfiable_class():
    # Classify the ontology itself (less the date ranges HermiT cannot read): a disjointness
    # or alignment mistake would show up as a class equivalent to owl:Nothing.
    import io

    import owlready2

    from kg.checking import _ontology, _reasoner_ontology

    world = owlready2.World()
    try:
        data = _reasoner_ontology(_ontology()).serialize(format="nt", encoding="utf-8")
        world.get_ontology("https://w3id.org/newskg/ontology").load(fileobj=io.BytesIO(data), format="ntriples")
        owlready2.sync_reasoner_hermit(world, debug=0)
        assert list(world.inconsistent_classes()) == []
        assert world["https://w3id.org/newskg/ontology#Meeting"] in list(
            world["https://w3id.org/newskg/ontology#Event"].descendants()
        )
    finally:
        world.close()
