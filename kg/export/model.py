"""Turn a newskg graph into networkx views for graph visualisers.

The graph is read through the contract's terms only (shared/ontology-contract.md):
events with their participants, date, status, place, sources, articles and evidence;
entities with their labels, kind and Wikidata item. Four views come out of it:

- ``people``: persons linked by meetings (undirected; weight = number of meetings);
- ``actors``: persons, countries, organisations, with typed ``met`` / ``signed`` /
  ``visited`` edges to each other, to agreements and to places (MultiDiGraph keyed by
  the relation);
- ``events``: the bipartite graph of actors and the events they take part in;
- ``full``: every triple whose object is a resource becomes an edge; literal values
  become node attributes.

Filters: ``since`` / ``until`` compare on the date's string prefix, so a ``gYear`` such
as "2024" is kept by ``since="2024-06-01"`` (its year overlaps the bound); an event
without a date is kept unless a bound is given. ``statuses`` keeps only events whose
status is one of the names (occurred, planned, denied, speculated).

Every node carries ``label`` (Hindi), ``label_en``, ``type``, ``wikidata``, ``degree``,
and, when dated events touch it, ``start`` / ``end``: the first day of its first event and
the last day of its last one (a gYear "2024" spans 2024-01-01 .. 2024-12-31), which GEXF
uses as the node's lifetime. Edges carry the same interval. Values are lists where an
edge or node gathers several; `flatten` joins them for formats that need scalars.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.errors import InputError
from kg.vocab import NKG, PREFIXES, STATUS_BY_NAME, WD

VIEWS = ("people", "actors", "events", "full")

#: separator used when a list becomes one string (GraphML, GEXF)
JOIN = " | "

_STATUS_NAME = {iri: name for name, iri in STATUS_BY_NAME.items()}
_EVENT_CLASSES = (NKG.Meeting, NKG.Signing, NKG.Visit)
#: most specific first; a node's type is the first of these it has
_TYPE_ORDER = (
    NKG.Meeting, NKG.Signing, NKG.Visit, NKG.Event,
    NKG.Person, NKG.Country, NKG.Organization, NKG.Place, NKG.Agreement,
    NKG.Article, NKG.Evidence, NKG.Status, NKG.Agent,
)
_TYPE_BY_PREFIX = {
    "person": "Person", "country": "Country", "org": "Organization", "place": "Place",
    "agreement": "Agreement", "article": "Article", "event": "Event", "evidence": "Evidence",
}
#: node colour by type, shared by the DOT and HTML views (colour-blind-safe Okabe-Ito hues)
TYPE_COLOURS = {
    "Person": "#0072B2", "Country": "#D55E00", "Organization": "#009E73", "Place": "#E69F00",
    "Agreement": "#CC79A7", "Meeting": "#56B4E9", "Signing": "#F0E442", "Visit": "#999933",
    "Event": "#56B4E9", "Article": "#888888", "Evidence": "#BBBBBB", "Status": "#444444",
}
DEFAULT_COLOUR = "#777777"
_BOUND = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# longest namespace first, so "nkg:" never swallows a longer match
_NAMESPACES = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


@dataclass(frozen=True)
class Event:
    """One event as the contract describes it, with ids in compact form (``event:m1``)."""

    id: str
    type: str
    date: str | None
    status: str | None
    participants: tuple[str, ...]
    places: tuple[str, ...] = ()
    destinations: tuple[str, ...] = ()
    agreements: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    confidence: float | None = None

    @property
    def interval(self) -> tuple[str, str] | None:
        """Return the first and last day the event's date covers, or None when undated."""
        return date_interval(self.date)


@dataclass(frozen=True)
class Entity:
    """A resource's display facts: Hindi and English labels, kind, Wikidata item."""

    id: str
    type: str
    label: str
    label_en: str = ""
    alt: tuple[str, ...] = ()
    wikidata: str = ""


@dataclass
class View:
    """A networkx graph of one view, with the events and entities it was built from."""

    name: str
    graph: nx.Graph
    events: dict[str, Event]
    entities: dict[str, Entity]
    filters: dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------- reading the graph


def compact(term) -> str:
    """Return a stable short id for an RDF term: ``person:kim-jong-un``, or the IRI."""
    if isinstance(term, BNode):
        raise TypeError("blank nodes need the graph; use _NodeIds")
    text = str(term)
    for namespace, prefix in _NAMESPACES:
        if text.startswith(namespace) and len(text) > len(namespace):
            return f"{prefix}:{text[len(namespace):]}"
    return text


class _NodeIds:
    """Compact ids for IRIs and content-hash ids for blank nodes (parse order never leaks)."""

    def __init__(self, graph: Graph):
        self.graph = graph
        self._bnodes: dict[BNode, str] = {}

    def __call__(self, term) -> str:
        if isinstance(term, BNode):
            if term not in self._bnodes:
                self._bnodes[term] = "_:b" + self._digest(term, set())[:16]
            return self._bnodes[term]
        return compact(term)

    def _digest(self, node: BNode, seen: set) -> str:
        # a blank node is named by what it says: its sorted outgoing triples
        seen = seen | {node}
        parts = []
        for p, o in self.graph.predicate_objects(node):
            if isinstance(o, BNode):
                value = "cycle" if o in seen else self._digest(o, seen)
            else:
                value = o.n3()
            parts.append(f"{p.n3()} {value}")
        return hashlib.sha1("\n".join(sorted(parts)).encode("utf-8")).hexdigest()


def _lexical(literal) -> str:
    return str(literal)


def _labels(graph: Graph, node) -> tuple[str, str]:
    hindi = english = plain = ""
    for label in sorted(graph.objects(node, RDFS.label), key=lambda x: (str(x), str(getattr(x, "language", "")))):
        if not isinstance(label, Literal):
            continue
        lang = (label.language or "").lower()
        if lang == "hi" and not hindi:
            hindi = str(label)
        elif lang.startswith("en") and not english:
            english = str(label)
        elif not lang and not plain:
            plain = str(label)
    return hindi or plain or english, english


def _type_of(graph: Graph, node, node_id: str) -> str:
    classes = set(graph.objects(node, RDF.type))
    for cls in _TYPE_ORDER:
        if cls in classes:
            return str(cls).rsplit("#", 1)[-1]
    prefix = node_id.split(":", 1)[0]
    if prefix in _TYPE_BY_PREFIX:
        return _TYPE_BY_PREFIX[prefix]
    if classes:
        return compact(sorted(classes)[0])
    return "Resource"


def read_entity(graph: Graph, node, ids: _NodeIds | None = None) -> Entity:
    """Return the display facts of one resource of `graph`."""
    ids = ids or _NodeIds(graph)
    node_id = ids(node)
    label, label_en = _labels(graph, node)
    if not label:
        label = node_id.split(":", 1)[-1] if not node_id.startswith("http") else node_id
    alt = tuple(sorted({str(x) for x in graph.objects(node, SKOS.altLabel) if isinstance(x, Literal)}))
    wikidata = ""
    for same in sorted(graph.objects(node, OWL.sameAs)):
        if str(same).startswith(str(WD)):
            wikidata = str(same)[len(str(WD)):]
            break
    return Entity(node_id, _type_of(graph, node, node_id), label, label_en, alt, wikidata)


def read_events(graph: Graph) -> list[Event]:
    """Return every Meeting, Signing and Visit of `graph`, sorted by id."""
    ids = _NodeIds(graph)
    nodes = set()
    for cls in _EVENT_CLASSES + (NKG.Event,):
        nodes.update(graph.subjects(RDF.type, cls))
    events = []
    for node in nodes:
        def objects(prop):
            return tuple(sorted(ids(o) for o in graph.objects(node, prop) if not isinstance(o, Literal)))

        dates = sorted(_lexical(d) for d in graph.objects(node, NKG.date))
        statuses = sorted(_STATUS_NAME.get(s, compact(s)) for s in graph.objects(node, NKG.status))
        articles = []
        for article in graph.objects(node, NKG.reportedIn):
            identifier = graph.value(article, DCTERMS.identifier)
            articles.append(str(identifier) if identifier is not None else ids(article))
        evidence = []
        for ev in graph.objects(node, NKG.evidence):
            evidence.extend(str(t) for t in graph.objects(ev, NKG.text))
        confidences = sorted(float(c) for c in graph.objects(node, NKG.confidence) if isinstance(c, Literal))
        events.append(Event(
            id=ids(node),
            type=_type_of(graph, node, ids(node)),
            date=dates[0] if dates else None,
            status=statuses[0] if statuses else None,
            participants=objects(NKG.participant),
            places=objects(NKG.place),
            destinations=objects(NKG.destination),
            agreements=objects(NKG.agreement),
            sources=objects(NKG.source),
            articles=tuple(sorted(set(articles))),
            evidence=tuple(sorted(set(evidence))),
            confidence=confidences[-1] if confidences else None,
        ))
    return sorted(events, key=lambda e: e.id)


# ---------------------------------------------------------------- dates and filters


def date_interval(value: str | None) -> tuple[str, str] | None:
    """Return the first and last ISO day that a date, gYearMonth or gYear covers."""
    if not value:
        return None
    m = re.match(r"^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        last = calendar.monthrange(int(year), int(month))[1] if 1 <= int(month) <= 12 else 28
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def check_bound(value: str | None, name: str) -> str | None:
    """Return a --since/--until bound if it is YYYY, YYYY-MM or YYYY-MM-DD; raise otherwise."""
    if value is None or value == "":
        return None
    if not _BOUND.match(value):
        raise InputError(f"--{name} {value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def check_statuses(values) -> frozenset[str] | None:
    """Return the status names asked for (comma-separated or a list), checked; None for all."""
    if values is None:
        return None
    if isinstance(values, str):
        values = values.split(",")
    names = {v.strip().lower() for v in values if v.strip()}
    unknown = sorted(names - set(STATUS_BY_NAME))
    if unknown:
        raise InputError(
            f"unknown status {', '.join(unknown)}; choose from {', '.join(STATUS_BY_NAME)}"
        )
    return frozenset(names)


def keep_event(event: Event, since: str | None = None, until: str | None = None,
               statuses: frozenset[str] | None = None) -> bool:
    """Say whether `event` passes the filters (string-prefix date comparison)."""
    if statuses is not None and event.status not in statuses:
        return False
    if since or until:
        if not event.date:
            return False
        date = event.date[:10]
        if since:
            n = min(len(date), len(since))
            if date[:n] < since[:n]:
                return False
        if until:
            n = min(len(date), len(until))
            if date[:n] > until[:n]:
                return False
    return True


# ---------------------------------------------------------------- building views


def _widen(span: dict, interval: tuple[str, str] | None) -> None:
    if interval is None:
        return
    start, end = interval
    if "start" not in span or start < span["start"]:
        span["start"] = start
    if "end" not in span or end > span["end"]:
        span["end"] = end


class _Builder:
    """Gathers nodes and aggregated edges, then emits a deterministic networkx graph."""

    def __init__(self, graph: Graph, events: dict[str, Event], entities: dict[str, Entity]):
        self.rdf = graph
        self.ids = _NodeIds(graph)
        self.events = events
        self.entities = entities
        self.node_events: dict[str, set[str]] = defaultdict(set)
        self.edges: dict[tuple, list[Event]] = defaultdict(list)

    def entity(self, node_id: str) -> Entity:
        return self.entities[node_id]

    def link(self, u: str, v: str, relation: str, event: Event) -> None:
        self.edges[(u, v, relation)].append(event)
        self.node_events[u].add(event.id)
        self.node_events[v].add(event.id)

    def label(self, node_id: str) -> str:
        return self.entities[node_id].label if node_id in self.entities else node_id

    def edge_attributes(self, u: str, v: str, relation: str, events: list[Event]) -> dict:
        events = sorted(events, key=lambda e: (e.date or "9999", e.id))
        span: dict = {}
        for e in events:
            _widen(span, e.interval)
        attrs = {
            "id": f"{relation}:{u}--{v}",
            "relation": relation,
            "weight": len(events),
            "events": [e.id for e in events],
            "dates": [e.date or "" for e in events],
            "statuses": [e.status or "" for e in events],
            "places": sorted({self.label(p) for e in events for p in e.places + e.destinations}),
            "sources": sorted({self.label(s) for e in events for s in e.sources}),
            "articles": sorted({a for e in events for a in e.articles}),
            "evidence": sorted({t for e in events for t in e.evidence}),
        }
        attrs.update(span)
        return attrs

    def node_attributes(self, node_id: str) -> dict:
        entity = self.entity(node_id)
        attrs = {
            "label": entity.label,
            "label_en": entity.label_en,
            "type": entity.type,
            "wikidata": entity.wikidata,
            "alt": list(entity.alt),
        }
        span: dict = {}
        for event_id in sorted(self.node_events.get(node_id, ())):
            _widen(span, self.events[event_id].interval)
        attrs.update(span)
        return attrs

    def emit(self, graph: nx.Graph) -> nx.Graph:
        nodes = sorted({n for u, v, _ in self.edges for n in (u, v)} | set(self.extra_nodes()))
        for node_id in nodes:
            graph.add_node(node_id, **self.node_attributes(node_id))
        for (u, v, relation) in sorted(self.edges):
            attrs = self.edge_attributes(u, v, relation, self.edges[(u, v, relation)])
            if graph.is_multigraph():
                graph.add_edge(u, v, key=relation, **attrs)
            else:
                graph.add_edge(u, v, **attrs)
        for node_id in nodes:
            graph.nodes[node_id]["degree"] = graph.degree(node_id)
        return graph

    def extra_nodes(self):
        return ()


def _people(builder: _Builder, kept: list[Event]) -> nx.Graph:
    for event in kept:
        if event.type != "Meeting":
            continue
        persons = sorted(p for p in event.participants if builder.entity(p).type == "Person")
        for u, v in combinations(persons, 2):
            builder.link(u, v, "met", event)
    return builder.emit(nx.Graph())


def _actors(builder: _Builder, kept: list[Event]) -> nx.MultiDiGraph:
    for event in kept:
        if event.type == "Meeting":
            for u, v in combinations(sorted(event.participants), 2):
                builder.link(u, v, "met", event)
        elif event.type == "Signing":
            for agent in event.participants:
                for agreement in event.agreements:
                    builder.link(agent, agreement, "signed", event)
        elif event.type == "Visit":
            for agent in event.participants:
                for destination in event.destinations:
                    builder.link(agent, destination, "visited", event)
    return builder.emit(nx.MultiDiGraph())


class _EventsBuilder(_Builder):
    def __init__(self, *args, kept: list[Event]):
        super().__init__(*args)
        self.kept = kept

    def extra_nodes(self):
        return [e.id for e in self.kept]

    def node_attributes(self, node_id: str) -> dict:
        if node_id not in self.events:
            attrs = super().node_attributes(node_id)
            attrs["bipartite"] = 0
            return attrs
        event = self.events[node_id]
        attrs = {
            "label": f"{event.type} {event.date or ''}".strip(),
            "label_en": f"{event.type} {event.date or ''}".strip(),
            "type": event.type,
            "wikidata": "",
            "bipartite": 1,
            "date": event.date or "",
            "status": event.status or "",
            "place": sorted(self.label(p) for p in event.places),
            "destination": sorted(self.label(p) for p in event.destinations),
            "agreement": sorted(self.label(a) for a in event.agreements),
            "sources": sorted(self.label(s) for s in event.sources),
            "articles": list(event.articles),
            "evidence": list(event.evidence),
        }
        if event.confidence is not None:
            attrs["confidence"] = event.confidence
        if event.interval:
            attrs["start"], attrs["end"] = event.interval
        return attrs

    def edge_attributes(self, u, v, relation, events):
        attrs = super().edge_attributes(u, v, relation, events)
        attrs["id"] = f"{u}--{v}"
        return attrs


def _events(builder: _EventsBuilder, kept: list[Event]) -> nx.Graph:
    for event in kept:
        for agent in event.participants:
            builder.link(agent, event.id, "participant", event)
    return builder.emit(nx.Graph())


def _literal_value(literal: Literal):
    value = literal.toPython()
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value
    if type(value).__name__ == "Decimal":
        return float(value)
    return str(literal)


def _full(rdf: Graph, events: dict[str, Event], kept: list[Event]) -> tuple[nx.MultiDiGraph, dict]:
    ids = _NodeIds(rdf)
    kept_ids = {e.id for e in kept}
    dropped = {ids(s) for s in rdf.subjects(RDF.type, None)
               if ids(s) in events and ids(s) not in kept_ids}
    # evidence nodes of dropped events go with them, unless a kept event shares them
    kept_evidence = {ids(o) for s, o in rdf.subject_objects(NKG.evidence) if ids(s) not in dropped}
    for s, o in rdf.subject_objects(NKG.evidence):
        if ids(s) in dropped and ids(o) not in kept_evidence:
            dropped.add(ids(o))

    terms: dict[str, object] = {}
    literals: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    edges: dict[tuple[str, str, str], None] = {}
    for s, p, o in rdf:
        sid = ids(s)
        if sid in dropped:
            continue
        terms[sid] = s
        if p == RDF.type:
            continue
        if isinstance(o, Literal):
            literals[sid][compact(p)].append(_literal_value(o))
            continue
        oid = ids(o)
        if oid in dropped:
            continue
        terms[oid] = o
        edges[(sid, oid, compact(p))] = None

    entities = {node_id: read_entity(rdf, term, ids) for node_id, term in terms.items()}
    graph = nx.MultiDiGraph()
    spans: dict[str, dict] = defaultdict(dict)
    for sid, oid, _ in edges:
        for a, b in ((sid, oid), (oid, sid)):
            if a in kept_ids:
                _widen(spans[b], events[a].interval)
                _widen(spans[a], events[a].interval)
    for node_id in sorted(terms):
        entity = entities[node_id]
        attrs = {"label": entity.label, "label_en": entity.label_en, "type": entity.type,
                 "wikidata": entity.wikidata}
        for key, values in sorted(literals[node_id].items()):
            if key in ("label", "label_en", "type", "wikidata", "degree", "start", "end", "id"):
                key = "rdf_" + key
            values = sorted(values, key=lambda x: (type(x).__name__, x))
            attrs[key] = values[0] if len(values) == 1 else values
        attrs.update(spans.get(node_id, {}))
        graph.add_node(node_id, **attrs)
    for sid, oid, relation in sorted(edges):
        attrs = {"id": f"{relation}:{sid}--{oid}", "relation": relation}
        if sid in kept_ids:
            attrs.update(_span_of(events[sid]))
        elif oid in kept_ids:
            attrs.update(_span_of(events[oid]))
        graph.add_edge(sid, oid, key=relation, **attrs)
    for node_id in graph.nodes:
        graph.nodes[node_id]["degree"] = graph.degree(node_id)
    return graph, entities


def _span_of(event: Event) -> dict:
    return dict(zip(("start", "end"), event.interval)) if event.interval else {}


def build_view(graph: Graph, view: str = "people", *, since: str | None = None,
               until: str | None = None, statuses=None) -> View:
    """Return `view` of `graph` ("people", "actors", "events" or "full") after the filters."""
    if view not in VIEWS:
        raise InputError(f"unknown view {view!r}; choose from {', '.join(VIEWS)}")
    since = check_bound(since, "since")
    until = check_bound(until, "until")
    statuses = check_statuses(statuses)
    events = {e.id: e for e in read_events(graph)}
    kept = [e for e in events.values() if keep_event(e, since, until, statuses)]
    filters = {k: v for k, v in (("since", since), ("until", until),
                                 ("status", ",".join(sorted(statuses)) if statuses is not None else None))
               if v is not None}
    if view == "full":
        nx_graph, entities = _full(graph, events, kept)
    else:
        ids = _NodeIds(graph)
        touched = set()
        for e in kept:
            touched.update(e.participants + e.places + e.destinations + e.agreements + e.sources)
        terms = {ids(t): t for t in set(graph.subjects()) | set(graph.objects()) if not isinstance(t, Literal)}
        entities = {}
        for node_id in sorted(touched):
            term = terms.get(node_id, URIRef(node_id))
            entities[node_id] = read_entity(graph, term, ids)
        if view == "events":
            builder = _EventsBuilder(graph, events, entities, kept=kept)
            nx_graph = _events(builder, kept)
        else:
            builder = _Builder(graph, events, entities)
            nx_graph = (_people if view == "people" else _actors)(builder, kept)
    nx_graph.graph.update({"name": f"newskg {view}", "view": view, **filters})
    return View(view, nx_graph, {e.id: e for e in kept}, entities, filters)


# ---------------------------------------------------------------- scalars for XML formats


def flatten(graph: nx.Graph, sep: str = JOIN) -> nx.Graph:
    """Return a copy of `graph` whose attribute values are all scalars, with no None.

    Lists are joined with `sep`; a key that holds different types on different nodes
    (or edges) becomes a string everywhere, since GraphML and GEXF declare one type a key.
    """
    def scalar(value):
        if isinstance(value, (list, tuple, set)):
            return sep.join(str(v) for v in value)
        return value

    def clean(items):
        out = []
        for data in items:
            out.append({k: scalar(v) for k, v in data.items() if v is not None})
        kinds: dict[str, set] = defaultdict(set)
        for data in out:
            for k, v in data.items():
                kinds[k].add(float if isinstance(v, float) else type(v))
        for data in out:
            for k, v in data.items():
                if len(kinds[k]) > 1:
                    data[k] = str(v)
        return out

    copy = graph.__class__()
    copy.graph.update({k: scalar(v) for k, v in graph.graph.items() if v is not None})
    nodes = list(graph.nodes(data=True))
    for (node, _), data in zip(nodes, clean(d for _, d in nodes)):
        copy.add_node(node, **data)
    if graph.is_multigraph():
        edges = list(graph.edges(keys=True, data=True))
        for (u, v, k, _), data in zip(edges, clean(d for *_, d in edges)):
            copy.add_edge(u, v, key=k, **data)
    else:
        edges = list(graph.edges(data=True))
        for (u, v, _), data in zip(edges, clean(d for *_, d in edges)):
            copy.add_edge(u, v, **data)
    return copy


# XML 1.0 cannot hold C0 controls (other than tab and newlines), lone surrogates, U+FFFE or
# U+FFFF, not even as character references; names read from bad files can carry them.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(graph: nx.Graph) -> nx.Graph:
    """Return `graph` with every string (node ids, keys, attribute values) valid in XML 1.0.

    Characters XML cannot carry become U+FFFD, so the file still parses and shows where
    something was dropped.
    """
    def safe(value):
        return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value

    copy = graph.__class__()
    copy.graph.update({safe(k): safe(v) for k, v in graph.graph.items()})
    for node, data in graph.nodes(data=True):
        copy.add_node(safe(node), **{safe(k): safe(v) for k, v in data.items()})
    if graph.is_multigraph():
        for u, v, key, data in graph.edges(keys=True, data=True):
            copy.add_edge(safe(u), safe(v), key=safe(key), **{safe(k): safe(v2) for k, v2 in data.items()})
    else:
        for u, v, data in graph.edges(data=True):
            copy.add_edge(safe(u), safe(v), **{safe(k): safe(v2) for k, v2 in data.items()})
    return copy
