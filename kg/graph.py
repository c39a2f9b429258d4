"""Building the RDF graph: the only stage that knows RDF.

Each article's triples go into a named graph whose name is the Article's IRI, so an
article can be replaced or removed on its own; the union of the named graphs is the
graph of ../shared/ontology-contract.md. Entity descriptions are repeated in every
article graph that mentions the entity (the union merges them).

The graph is held as pyoxigraph terms, not as an rdflib Dataset: rdflib's memory store
spends ~20 µs per added quad on its Python index dictionaries, which made assembling the
graph of a 10,000-article build slower than extracting it. Here each article keeps a list
of its own triples, each entity's description is built once and shared by every article
graph that repeats it, and quads exist only while a writer or a store consumes them.
`KnowledgeGraph.to_rdflib()` gives an rdflib Dataset for callers that want one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain

import pyoxigraph as ox
from rdflib import Dataset, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.document import Article, Entity, Event
from kg.iris import article_iri, entity_iri, evidence_iri, short_hash
from kg.vocab import EVENT, NKG, STATUS_BY_NAME, WD, bind_prefixes

Ident = tuple[str, str]  # (kind, key) of an entity


def _node(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


class _Terms:
    """The fixed IRIs the builder writes, as pyoxigraph terms (made once, reused)."""

    def __getattr__(self, name: str) -> ox.NamedNode:
        value = _node(NKG[name])
        setattr(self, name, value)
        return value


T = _Terms()
A = _node(RDF.type)
LABEL, ALT_LABEL, SAME_AS = _node(RDFS.label), _node(SKOS.altLabel), _node(OWL.sameAs)
IDENTIFIER, TITLE, PUBLISHER = _node(DCTERMS.identifier), _node(DCTERMS.title), _node(DCTERMS.publisher)
DERIVED_FROM = _node(PROV.wasDerivedFrom)
XSD_DATE, XSD_DATETIME, XSD_ANYURI, XSD_DECIMAL = _node(XSD.date), _node(XSD.dateTime), _node(XSD.anyURI), _node(XSD.decimal)
DATE_TYPE = {10: XSD_DATE, 7: _node(XSD.gYearMonth), 4: _node(XSD.gYear)}
EVENT_CLASS = {kind: _node(NKG[kind]) for kind in ("Meeting", "Signing", "Visit")}
STATUS = {name: _node(iri) for name, iri in STATUS_BY_NAME.items()}
TRUE = ox.Literal(True)


@lru_cache(maxsize=None)
def _entity(kind: str, key: str) -> ox.NamedNode:
    return _node(entity_iri(kind, key))


@lru_cache(maxsize=None)
def _class(kind: str) -> ox.NamedNode:
    return _node(NKG[kind])


def _hi(text: str) -> ox.Literal:
    return ox.Literal(text, language="hi")


def event_local_id(article: Article, event: Event) -> str:
    """Return the content-derived id of an event (and of its evidence)."""
    sentence = article.sentences[event.sentence]
    return short_hash(article.id, event.kind, sentence.start, event.trigger, sorted(event.participants), event.destination)


class ArticleGraph:
    """One article's named graph: its own triples, then the descriptions of the entities it names.

    `identifier` is the graph's name as an rdflib URIRef and iterating gives the graph's
    distinct pyoxigraph Triples, so kg.store.load_dataset can take these like rdflib graphs.
    """

    def __init__(self, name: ox.NamedNode, own: list[ox.Triple], described: list[Ident], descriptions: dict[Ident, list[ox.Triple]]):
        self.name = name
        self.identifier = URIRef(name.value)
        self.own = own
        self.described = described
        self._descriptions = descriptions

    def __iter__(self) -> Iterator[ox.Triple]:
        return iter(dict.fromkeys(chain(self.own, *(self._descriptions[i] for i in self.described))))

    def __len__(self) -> int:
        return sum(1 for _ in self)


class KnowledgeGraph:
    """The built graph: one ArticleGraph per article (in article-id order) over shared entity descriptions."""

    def __init__(self, articles: list[ArticleGraph], descriptions: dict[Ident, list[ox.Triple]]):
        self.articles = articles
        self.descriptions = descriptions
        self._union: bytes | None = None
        self._rdflib: Dataset | None = None

    def graphs(self) -> list[ArticleGraph]:
        """Return the named graphs, one per article."""
        return self.articles

    def quads(self) -> Iterator[ox.Quad]:
        """Yield every quad: each article graph's distinct triples, graph by graph."""
        for graph in self.articles:
            name = graph.name
            for triple in graph:
                yield ox.Quad(triple.subject, triple.predicate, triple.object, name)

    def ntriples(self) -> bytes:
        """Return the union of the article graphs as N-Triples: distinct lines, sorted (see `sorted_ntriples`)."""
        if self._union is None:
            statements = chain(chain.from_iterable(graph.own for graph in self.articles), chain.from_iterable(self.descriptions.values()))
            self._union = sorted_ntriples(statements)
        return self._union

    def triples(self) -> Iterator[ox.Triple]:
        """Yield the union's distinct triples in the order of `ntriples`."""
        return (ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(self.ntriples(), format=ox.RdfFormat.N_TRIPLES))

    def __len__(self) -> int:
        """Return the number of distinct triples in the union (what rdflib's len(Dataset) counted)."""
        return self.ntriples().count(b"\n")

    def to_rdflib(self) -> Dataset:
        """Return the graph as an rdflib Dataset with a named graph per article (built once, on demand)."""
        if self._rdflib is None:
            dataset = Dataset()
            bind_prefixes(dataset)
            data = ox.serialize(self.quads(), format=ox.RdfFormat.N_QUADS)
            if data:
                dataset.parse(data=data.decode("utf-8"), format="nquads")
            self._rdflib = dataset
        return self._rdflib


# In canonical N-Triples a raw U+0001 cannot occur (it is written \\u0001), so this stand-in
# for rdf:type cannot clash with real data; it sorts before every other predicate IRI.
_TYPE = b"> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <"
_TYPE_FIRST = b"> <\x01> <"


def sorted_ntriples(triples: Iterable[ox.Triple]) -> bytes:
    """Return `triples` as N-Triples, distinct lines in byte order with rdf:type first within a subject.

    Sorting serialised lines is about twice as fast as sorting Triples by a key of their
    strings, and it removes duplicates on the way. The order groups each subject's
    statements, so Turtle written from it has one block per subject.
    """
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    if not data:
        return b""
    lines = set(data.replace(_TYPE, _TYPE_FIRST).split(b"\n"))
    lines.discard(b"")
    return (b"\n".join(sorted(lines)) + b"\n").replace(_TYPE_FIRST, _TYPE)


def sort_triples(triples: Iterable[ox.Triple]) -> Iterator[ox.Triple]:
    """Yield the distinct `triples` in the order of `sorted_ntriples`."""
    data = sorted_ntriples(triples)
    return (ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES))


def build_graph(articles: list[Article], entities: dict[Ident, Entity]) -> KnowledgeGraph:
    """Return the KnowledgeGraph of `articles` (one named graph each), describing entities from `entities`."""
    descriptions: dict[Ident, list[ox.Triple]] = {}
    graphs = [article_graph(article, entities, descriptions) for article in sorted(articles, key=lambda a: a.id)]
    return KnowledgeGraph(graphs, descriptions)


def build_dataset(articles: list[Article], entities: dict[Ident, Entity]) -> Dataset:
    """Return an rdflib Dataset with one named graph per article (slower; see `build_graph`)."""
    return build_graph(articles, entities).to_rdflib()


def article_graph(article: Article, entities: dict[Ident, Entity], descriptions: dict[Ident, list[ox.Triple]]) -> ArticleGraph:
    """Return one article's graph; descriptions of the entities it names are added to `descriptions` once."""
    builder = _ArticleBuilder(article, entities, descriptions)
    return ArticleGraph(builder.node, builder.triples, list(builder.described), descriptions)


class _ArticleBuilder:
    def __init__(self, article: Article, entities: dict[Ident, Entity], descriptions: dict[Ident, list[ox.Triple]]):
        self.entities = entities
        self.descriptions = descriptions
        self.described: dict[Ident, None] = {}  # ordered set
        self.triples: list[ox.Triple] = []
        add = self.add
        node = self.node = _node(article_iri(article.id))
        add(node, A, T.Article)
        add(node, IDENTIFIER, ox.Literal(article.id))
        if article.title:
            add(node, TITLE, _hi(article.title))
        if article.published is not None:
            datatype = XSD_DATETIME if isinstance(article.published, dt.datetime) else XSD_DATE
            add(node, T.published, ox.Literal(article.published.isoformat(), datatype=datatype))
        if article.publisher:
            add(node, PUBLISHER, ox.Literal(article.publisher))
        if article.byline:
            add(node, T.byline, ox.Literal(article.byline))
        if article.url:
            add(node, T.url, ox.Literal(article.url, datatype=XSD_ANYURI))
        if article.dateline:
            add(node, T.dateline, _entity("Place", article.dateline))
        add(node, T.contentHash, ox.Literal(article.content_hash))
        for ident in sorted(article.entities):
            add(node, T.mentions, _entity(*ident))
            self.describe(ident)
        for key in sorted(article.cites):
            add(node, T.cites, _entity("Organization", key))
            self.describe(("Organization", key))
        for event in article.events:
            self.add_event(article, event)

    def add(self, s, p, o) -> None:
        self.triples.append(ox.Triple(s, p, o))

    def describe(self, ident: Ident) -> None:
        if ident in self.described:
            return
        self.described[ident] = None
        if ident not in self.descriptions:
            self.descriptions[ident] = _description(ident, self.entities.get(ident))
        entity = self.entities.get(ident)
        if entity is not None and entity.country and ident[0] in ("Person", "Place", "Organization"):
            self.describe(("Country", entity.country))

    def add_event(self, article: Article, event: Event) -> None:
        add = self.add
        local = event_local_id(article, event)
        node = _node(EVENT[local])
        evidence = _node(evidence_iri(local))
        sentence = article.sentences[event.sentence]
        add(node, A, EVENT_CLASS[event.kind])
        for ident in event.participants:
            add(node, T.participant, _entity(*ident))
            self.describe(ident)
        if event.agreement:
            add(node, T.agreement, _entity("Agreement", event.agreement))
            self.describe(("Agreement", event.agreement))
        if event.destination:
            add(node, T.destination, _entity(*event.destination))
            self.describe(event.destination)
        if event.place:
            add(node, T.place, _entity(*event.place))
            self.describe(event.place)
        if event.date:
            add(node, T.date, ox.Literal(event.date.value, datatype=DATE_TYPE[len(event.date.value)]))
        add(node, T.status, STATUS[event.status])
        add(node, T.reportedIn, self.node)
        for key in event.sources:
            add(node, T.source, _entity("Organization", key))
            self.describe(("Organization", key))
        add(node, T.evidence, evidence)
        add(node, T.confidence, ox.Literal(f"{event.confidence:.2f}", datatype=XSD_DECIMAL))
        add(node, T.extractor, ox.Literal(event.extractor))
        add(evidence, A, T.Evidence)
        add(evidence, T.text, _hi(sentence.text))
        add(evidence, T.beginIndex, ox.Literal(sentence.start))
        add(evidence, T.endIndex, ox.Literal(sentence.end))
        add(evidence, DERIVED_FROM, self.node)
        if event.trigger:
            add(evidence, T.trigger, _hi(event.trigger))
        if event.date and event.date.text:
            add(evidence, T.dateText, _hi(event.date.text))
        if event.status == "occurred":
            self.add_shortcuts(event)

    def add_shortcuts(self, event: Event) -> None:
        # the contract's shortcut triples hold only for events that happened
        participants = [_entity(*ident) for ident in event.participants]
        if event.kind == "Meeting":
            for a in participants:
                for b in participants:
                    if a != b:
                        self.add(a, T.met, b)
        elif event.kind == "Signing" and event.agreement:
            agreement = _entity("Agreement", event.agreement)
            for a in participants:
                self.add(a, T.signed, agreement)
        elif event.kind == "Visit" and event.destination:
            destination = _entity(*event.destination)
            for a in participants:
                self.add(a, T.visited, destination)


def _description(ident: Ident, entity: Entity | None) -> list[ox.Triple]:
    """Return the triples that describe one entity (its type, labels, roles, country)."""
    node = _entity(*ident)
    triples = [ox.Triple(node, A, _class(ident[0]))]
    if entity is None:
        return triples
    add = triples.append
    add(ox.Triple(node, LABEL, _hi(entity.label_hi)))
    if entity.label_en:
        add(ox.Triple(node, LABEL, ox.Literal(entity.label_en, language="en")))
    for form in sorted(entity.alt_labels):
        add(ox.Triple(node, ALT_LABEL, _hi(form)))
    if entity.wikidata:
        add(ox.Triple(node, SAME_AS, _node(WD[entity.wikidata])))
    for role in sorted(entity.roles):
        add(ox.Triple(node, T.role, _hi(role)))
    if entity.discovered:
        add(ox.Triple(node, T.discovered, TRUE))
    if entity.country and ident[0] in ("Person", "Place", "Organization"):
        add(ox.Triple(node, T.country, _entity("Country", entity.country)))
    return triples
