"""Building the RDF graph: the only stage that knows RDF.

Each article's triples go into a named graph whose name is the Article's IRI, so an
article can be replaced or removed on its own; the union of the named graphs is the
graph of ../shared/ontology-contract.md. Entity descriptions are repeated in every
article graph that mentions the entity (the union merges them).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.document import Article, Entity, Event
from kg.iris import article_iri, entity_iri, evidence_iri, short_hash
from kg.vocab import NKG, STATUS_BY_NAME, WD, bind_prefixes

EVENT_CLASS = {"Meeting": NKG.Meeting, "Signing": NKG.Signing, "Visit": NKG.Visit}
SHORTCUT = {"Meeting": NKG.met, "Signing": NKG.signed, "Visit": NKG.visited}
DATE_TYPE = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}


def event_local_id(article: Article, event: Event) -> str:
    """Return the content-derived id of an event (and of its evidence)."""
    sentence = article.sentences[event.sentence]
    return short_hash(article.id, event.kind, sentence.start, event.trigger, sorted(event.participants), event.destination)


def build_dataset(articles: list[Article], entities: dict[tuple[str, str], Entity]) -> Dataset:
    """Return a Dataset with one named graph per article."""
    dataset = Dataset()
    bind_prefixes(dataset)
    for article in sorted(articles, key=lambda a: a.id):
        graph = dataset.graph(article_iri(article.id))
        add_article(graph, article, entities)
    return dataset


def add_article(graph: Graph, article: Article, entities: dict[tuple[str, str], Entity]) -> None:
    """Add one article, its entities, events and evidence to `graph`."""
    node = article_iri(article.id)
    graph.add((node, RDF.type, NKG.Article))
    graph.add((node, DCTERMS.identifier, Literal(article.id)))
    if article.title:
        graph.add((node, DCTERMS.title, Literal(article.title, lang="hi")))
    if article.published is not None:
        datatype = XSD.dateTime if isinstance(article.published, dt.datetime) else XSD.date
        graph.add((node, NKG.published, Literal(article.published.isoformat(), datatype=datatype)))
    if article.publisher:
        graph.add((node, DCTERMS.publisher, Literal(article.publisher)))
    if article.byline:
        graph.add((node, NKG.byline, Literal(article.byline)))
    if article.url:
        graph.add((node, NKG.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.dateline:
        graph.add((node, NKG.dateline, entity_iri("Place", article.dateline)))
    graph.add((node, NKG.contentHash, Literal(article.content_hash)))
    described: set[tuple[str, str]] = set()
    for ident in sorted(article.entities):
        graph.add((node, NKG.mentions, entity_iri(*ident)))
        _describe(graph, ident, entities, described)
    for key in sorted(article.cites):
        graph.add((node, NKG.cites, entity_iri("Organization", key)))
        _describe(graph, ("Organization", key), entities, described)
    for event in article.events:
        _add_event(graph, article, node, event, entities, described)


def _describe(graph: Graph, ident: tuple[str, str], entities, described: set) -> None:
    if ident in described:
        return
    described.add(ident)
    entity = entities.get(ident)
    node = entity_iri(*ident)
    graph.add((node, RDF.type, NKG[ident[0]]))
    if entity is None:
        return
    graph.add((node, RDFS.label, Literal(entity.label_hi, lang="hi")))
    if entity.label_en:
        graph.add((node, RDFS.label, Literal(entity.label_en, lang="en")))
    for form in sorted(entity.alt_labels):
        graph.add((node, SKOS.altLabel, Literal(form, lang="hi")))
    if entity.wikidata:
        graph.add((node, OWL.sameAs, WD[entity.wikidata]))
    for role in sorted(entity.roles):
        graph.add((node, NKG.role, Literal(role, lang="hi")))
    if entity.discovered:
        graph.add((node, NKG.discovered, Literal(True)))
    if entity.country and ident[0] in ("Person", "Place", "Organization"):
        graph.add((node, NKG.country, entity_iri("Country", entity.country)))
        _describe(graph, ("Country", entity.country), entities, described)


def _add_event(graph: Graph, article: Article, article_node: URIRef, event: Event, entities, described) -> None:
    local = event_local_id(article, event)
    node = URIRef(f"https://w3id.org/newskg/id/event/{local}")
    evidence = evidence_iri(local)
    sentence = article.sentences[event.sentence]
    graph.add((node, RDF.type, EVENT_CLASS[event.kind]))
    for ident in event.participants:
        graph.add((node, NKG.participant, entity_iri(*ident)))
        _describe(graph, ident, entities, described)
    if event.agreement:
        graph.add((node, NKG.agreement, entity_iri("Agreement", event.agreement)))
        _describe(graph, ("Agreement", event.agreement), entities, described)
    if event.destination:
        graph.add((node, NKG.destination, entity_iri(*event.destination)))
        _describe(graph, event.destination, entities, described)
    if event.place:
        graph.add((node, NKG.place, entity_iri(*event.place)))
        _describe(graph, event.place, entities, described)
    if event.date:
        graph.add((node, NKG.date, Literal(event.date.value, datatype=DATE_TYPE[len(event.date.value)])))
    graph.add((node, NKG.status, STATUS_BY_NAME[event.status]))
    graph.add((node, NKG.reportedIn, article_node))
    for key in event.sources:
        graph.add((node, NKG.source, entity_iri("Organization", key)))
        _describe(graph, ("Organization", key), entities, described)
    graph.add((node, NKG.evidence, evidence))
    graph.add((node, NKG.confidence, Literal(Decimal(f"{event.confidence:.2f}"), datatype=XSD.decimal)))
    graph.add((node, NKG.extractor, Literal(event.extractor)))
    graph.add((evidence, RDF.type, NKG.Evidence))
    graph.add((evidence, NKG.text, Literal(sentence.text, lang="hi")))
    graph.add((evidence, NKG.beginIndex, Literal(sentence.start)))
    graph.add((evidence, NKG.endIndex, Literal(sentence.end)))
    graph.add((evidence, PROV.wasDerivedFrom, article_node))
    if event.trigger:
        graph.add((evidence, NKG.trigger, Literal(event.trigger, lang="hi")))
    if event.date and event.date.text:
        graph.add((evidence, NKG.dateText, Literal(event.date.text, lang="hi")))
    if event.status == "occurred":
        _add_shortcuts(graph, event)


def _add_shortcuts(graph: Graph, event: Event) -> None:
    participants = [entity_iri(*ident) for ident in event.participants]
    if event.kind == "Meeting":
        for a in participants:
            for b in participants:
                if a != b:
                    graph.add((a, NKG.met, b))
    elif event.kind == "Signing" and event.agreement:
        for a in participants:
            graph.add((a, NKG.signed, entity_iri("Agreement", event.agreement)))
    elif event.kind == "Visit" and event.destination:
        for a in participants:
            graph.add((a, NKG.visited, entity_iri(*event.destination)))
