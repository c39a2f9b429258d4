"""The graph's vocabulary: the `nkg:` ontology terms and the resource namespaces.

Terms are checked, not typed: `NKG.Meeting` works, `NKG.Meting` raises, because
`DefinedNamespace` refuses names it does not list. `tests/test_vocab.py` checks that
every term listed here is defined in `ontology/newskg.ttl`.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace
from rdflib.term import URIRef

NKG_IRI = "https://w3id.org/newskg/ontology#"
ID_BASE = "https://w3id.org/newskg/id/"


class NKG(DefinedNamespace):
    """The newskg ontology (ontology/newskg.ttl)."""

    _NS = Namespace(NKG_IRI)
    _fail = True

    # classes from the contract
    Agent: URIRef
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Place: URIRef
    Agreement: URIRef
    Article: URIRef
    Event: URIRef
    Meeting: URIRef
    Signing: URIRef
    Visit: URIRef
    Evidence: URIRef
    # extension: the class of the four status individuals
    Status: URIRef

    # status individuals
    Occurred: URIRef
    Planned: URIRef
    Denied: URIRef
    Speculated: URIRef

    # event properties
    participant: URIRef
    agreement: URIRef
    destination: URIRef
    place: URIRef
    date: URIRef
    status: URIRef
    reportedIn: URIRef
    source: URIRef
    evidence: URIRef
    confidence: URIRef

    # shortcuts for occurred events
    met: URIRef
    signed: URIRef
    visited: URIRef

    # entities, articles, evidence
    country: URIRef
    published: URIRef
    cites: URIRef
    mentions: URIRef
    text: URIRef
    beginIndex: URIRef
    endIndex: URIRef

    # extensions (not in the contract; additive)
    role: URIRef  # a person's office as written, e.g. "विदेश मंत्री"@hi
    position: URIRef  # gazetteer: a dated office held (blank node)
    roleLabel: URIRef  # gazetteer: the office's name on a position
    startDate: URIRef  # gazetteer: when a position began
    endDate: URIRef  # gazetteer: when a position ended
    demonym: URIRef  # gazetteer: nationality adjective of a Country ("रूसी")
    capital: URIRef  # gazetteer: a Country's capital Place
    shortLabel: URIRef  # gazetteer: an ambiguous short form (a surname) matched only in context
    dateline: URIRef  # Article: the place named in the dateline ("सियोल।")
    byline: URIRef  # Article: the author as written
    url: URIRef  # Article: where it was published
    contentHash: URIRef  # Article: sha256 of the normalised text, for incremental builds
    trigger: URIRef  # Evidence: the word(s) the event was read from
    dateText: URIRef  # Evidence: the date expression as written
    extractor: URIRef  # Event: which backend found it ("rules", "stanza")
    discovered: URIRef  # Entity: true when found from context, not from the gazetteer


PERSON = Namespace(ID_BASE + "person/")
COUNTRY = Namespace(ID_BASE + "country/")
ORG = Namespace(ID_BASE + "org/")
PLACE = Namespace(ID_BASE + "place/")
AGREEMENT = Namespace(ID_BASE + "agreement/")
ARTICLE = Namespace(ID_BASE + "article/")
EVENT = Namespace(ID_BASE + "event/")
EVIDENCE = Namespace(ID_BASE + "evidence/")
WD = Namespace("http://www.wikidata.org/entity/")

#: entity class name -> resource namespace
NAMESPACE_OF_KIND = {
    "Person": PERSON,
    "Country": COUNTRY,
    "Organization": ORG,
    "Place": PLACE,
    "Agreement": AGREEMENT,
}

#: gold-format status word -> status individual
STATUS_BY_NAME = {
    "occurred": NKG.Occurred,
    "planned": NKG.Planned,
    "denied": NKG.Denied,
    "speculated": NKG.Speculated,
}

PREFIXES = {
    "nkg": Namespace(NKG_IRI),
    "person": PERSON,
    "country": COUNTRY,
    "org": ORG,
    "place": PLACE,
    "agreement": AGREEMENT,
    "article": ARTICLE,
    "event": EVENT,
    "evidence": EVIDENCE,
    "wd": WD,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "prov": PROV,
}


def bind_prefixes(graph) -> None:
    """Bind the project's prefixes on an rdflib graph, so Turtle output reads well."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
