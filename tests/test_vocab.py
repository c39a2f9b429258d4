"""Every nkg: term the code may use is defined in ontology/newskg.ttl, in English and Hindi."""

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg import paths
from kg.vocab import NKG, NKG_IRI

DECLARATION_TYPES = {
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    OWL.NamedIndividual,
}

TERMS = sorted(name for name in NKG.__annotations__ if not name.startswith("_"))


@pytest.fixture(scope="module")
def ontology():
    return Graph().parse(paths.ONTOLOGY, format="turtle")


def labels(graph, term, prop=RDFS.label):
    return {literal.language for literal in graph.objects(term, prop) if isinstance(literal, Literal)}


def test_vocab_lists_the_contract_and_the_extensions():
    assert {"Meeting", "Signing", "Visit", "Status", "participant", "met", "discovered"} <= set(TERMS)


@pytest.mark.parametrize("name", TERMS)
def test_every_vocab_term_is_declared_with_a_type(ontology, name):
    term = URIRef(NKG_IRI + name)
    assert term == NKG[name]
    declared = set(ontology.objects(term, RDF.type)) & DECLARATION_TYPES
    assert declared, f"nkg:{name} is used in kg/vocab.py but not declared in ontology/newskg.ttl"


def ontology_terms(graph):
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual)
    return sorted(
        {s for kind in kinds for s in graph.subjects(RDF.type, kind) if isinstance(s, URIRef) and s.startswith(NKG_IRI)}
    )


def test_every_ontology_term_is_in_vocab(ontology):
    extra = [str(term) for term in ontology_terms(ontology) if term[len(NKG_IRI) :] not in TERMS]
    assert not extra, f"declared in the ontology but missing from kg/vocab.py: {extra}"


def test_every_class_property_and_individual_has_english_and_hindi_labels_and_comments(ontology):
    terms = ontology_terms(ontology)
    assert len(terms) == len(TERMS)
    for term in terms:
        assert labels(ontology, term) == {"en", "hi"}, f"{term} needs one rdfs:label @en and one @hi"
        assert labels(ontology, term, RDFS.comment) == {"en", "hi"}, f"{term} needs rdfs:comment @en and @hi"
        assert len(list(ontology.objects(term, RDFS.label))) == 2


def test_a_misspelt_term_fails():
    with pytest.raises(AttributeError):
        NKG.Meting  # noqa: B018
