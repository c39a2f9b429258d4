"""Score a built graph against gold annotations (`tests/gold/*.jsonl`, see gold-format.md).

`evaluate(graph, load_gold(path))` returns an `EvalReport`; `kg eval` prints it.

How the graph is read. Only through the terms of the graph contract
(shared/ontology-contract.md): an Article is found by `dcterms:identifier` = the gold `id`;
its events are the nodes typed `nkg:Meeting` / `nkg:Signing` / `nkg:Visit` that are
`nkg:reportedIn` it, with their `nkg:participant`, `nkg:destination`, `nkg:date` and
`nkg:status`; its sources are its `nkg:cites`, its entities its `nkg:mentions`, its date
`nkg:published`. Entities are named by `rdfs:label`, `skos:altLabel` and `owl:sameAs`; a
Person's or Place's country is its `nkg:country`. Nothing else (no shortcut triples, no
extensions) is looked at. A Dataset is read as the union of all its graphs.

How a gold entity finds its graph nodes. A graph node stands for gold entity E when any
of these holds: it is `owl:sameAs` E's Wikidata item; one of its labels equals E's English
name; one of its labels (any language, `rdfs:label` or `skos:altLabel`) equals one of E's
forms. Labels and forms are compared after `fold` (NFC, nukta removed, chandrabindu as
anusvara, hyphens as spaces, leading honorifics such as श्री / श्रीमती / डॉ. dropped,
zero-width joiners removed, whitespace collapsed, case folded). A gold entity may stand
for several nodes (a graph that did not merge two spellings) and that is not punished.

How items are counted, per article, then summed over articles (micro average):
- Meetings: every unordered pair of participants of a meeting is an item (a meeting of
  three is three pairs); pairs are deduplicated per article. Status-aware scores use
  (pair, status) items instead.
- Signings: the set of signers at country level is an item: a signer that is a
  `nkg:Person` counts as its `nkg:country` (gold: its `country`), a country or an
  organisation as itself. Two signings match when their sets match one to one.
- Visits: (visitor, destination) is an item; a Visit's visitors are its participants. The
  destinations match when they are the same entity, or one is a place whose country is
  the other (a visit to Pyongyang matches a visit to North Korea, either way round). A
  graph Visit without `nkg:destination` matches nothing.
- Sources: the Organizations an Article `nkg:cites` against the gold `sources`;
  entities: the nodes an Article `nkg:mentions` against the gold `entities`.
- True positives are a maximum one-to-one matching between graph items and required gold
  items; false negatives are the required gold items left unmatched; false positives are
  graph items that match no gold item at all. A graph item that matches an already
  matched gold item (the same visit given once as to a city and once as to its country,
  two nodes for one entity) is neither rewarded nor punished.
- Optional gold events (`"optional": true`) are neither rewarded nor punished: their
  items are not required, and graph items that match them are dropped. An item that a
  required gold event also yields stays required.
- precision = tp / (tp + fp), recall = tp / (tp + fn) (None when the denominator is 0),
  F1 = 2tp / (2tp + fp + fn), which is 1.0 when there is nothing to find and nothing found.
- Dates: for every required gold event with a date whose item was matched, the date is
  right when some graph event of the same relation in that article, whose item matches
  that gold item, has a date equal to the gold date or refining it (graph 2023-09-16
  refines gold 2023-09; graph 2023-09 is coarser than gold 2023-09-16, so wrong).
- Published: per gold article, right when the Article's `nkg:published` (its date part)
  equals the gold `published`, both absent included; an article missing from the graph
  counts as wrong.
- Graph articles that have no gold record are ignored; a gold article missing from the
  graph counts all its gold items as false negatives.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS
from rdflib.util import guess_format

from kg.errors import InputError
from kg.vocab import NKG, STATUS_BY_NAME, WD

RELATIONS = ("meetings", "signings", "visits")
#: every row a score can be asked for (`--min-f1 NAME=VALUE`)
SCORE_NAMES = (
    "meetings",
    "meetings+status",
    "signings",
    "signings+status",
    "visits",
    "visits+status",
    "sources",
    "entities",
)
ENTITY_TYPES = ("Person", "Country", "Organization", "Place", "Agreement")
STATUS_NAMES = tuple(STATUS_BY_NAME)
_STATUS_OF_NODE = {node: name for name, node in STATUS_BY_NAME.items()}
_EVENT_CLASS = {"meetings": NKG.Meeting, "signings": NKG.Signing, "visits": NKG.Visit}
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DATE_PREFIX_RE = re.compile(r"^(-?\d{4})(-\d{2})?(-\d{2})?")
_WIKIDATA_RE = re.compile(r"^Q[1-9]\d*$")

# Folding of names. Nukta letters (क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़) decompose under NFC, so removing U+093C
# folds "कोज़लोव" and "कोजलोव" together; candrabindu (U+0901) and anusvara (U+0902) are
# spelling variants of nasalisation in news Hindi ("पहुँचे" / "पहुंचे").
_NUKTA = "\u093c"
_CHANDRABINDU = "\u0901"
_ANUSVARA = "\u0902"
_HYPHENS = re.compile(r"[-\u2010\u2011\u2012\u2013\u2014\u2212]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\ufeff]")
_QUOTES = "\"'“”‘’«»"
_HONORIFICS = ("श्रीमती", "सुश्री", "श्री", "डॉक्टर", "डॉ.", "डॉ", "डा.")


def fold(name: str) -> str:
    """Return `name` folded for comparison: NFC, no nukta, anusvara for candrabindu, hyphens as
    spaces, leading honorifics dropped, whitespace collapsed, case folded."""
    text = unicodedata.normalize("NFC", name)
    text = text.replace(_NUKTA, "").replace(_CHANDRABINDU, _ANUSVARA)
    text = _ZERO_WIDTH.sub("", text)
    text = _HYPHENS.sub(" ", text)
    words = text.strip().strip(_QUOTES).split()
    while len(words) > 1:
        first = words[0]
        if first in _HONORIFICS:
            words.pop(0)
        elif first.startswith("डॉ.") and len(first) > 3:  # "डॉ.सिंह" written without a space
            words[0] = first[3:]
        else:
            break
    return " ".join(words).casefold()


# ---------------------------------------------------------------- scores


@dataclass(frozen=True)
class Score:
    """Counts of one comparison, with precision, recall and F1 derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 1.0

    def to_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
        }


@dataclass(frozen=True)
class Accuracy:
    """How many of `total` checks were right."""

    right: int = 0
    total: int = 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.right + other.right, self.total + other.total)

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def to_dict(self) -> dict:
        return {"right": self.right, "total": self.total, "accuracy": _round(self.value)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass
class ArticleReport:
    """The scores of one gold article."""

    id: str
    found: bool  # an Article with this dcterms:identifier is in the graph
    scores: dict[str, Score]  # SCORE_NAMES -> Score
    dates: dict[str, Accuracy]  # RELATIONS -> Accuracy
    published_gold: str | None
    published_graph: str | None
    misses: list[str] = field(default_factory=list)  # one line per error, for error analysis

    @property
    def published_right(self) -> bool:
        return self.found and self.published_gold == self.published_graph

    def to_dict(self, misses: bool = False) -> dict:
        data = {
            "id": self.id,
            "found": self.found,
            "scores": {name: self.scores[name].to_dict() for name in SCORE_NAMES},
            "dates": {name: self.dates[name].to_dict() for name in RELATIONS},
            "published": {
                "gold": self.published_gold,
                "graph": self.published_graph,
                "right": self.published_right,
            },
        }
        if misses:
            data["misses"] = list(self.misses)
        return data


@dataclass
class EvalReport:
    """Scores of a graph against gold records: per article, and summed over articles."""

    articles: list[ArticleReport] = field(default_factory=list)

    def score(self, name: str) -> Score:
        """Return the summed score of one row of SCORE_NAMES ("meetings", "visits+status" ...)."""
        if name not in SCORE_NAMES:
            raise InputError(f"unknown score {name!r}; use one of {', '.join(SCORE_NAMES)}")
        total = Score()
        for article in self.articles:
            total += article.scores[name]
        return total

    def dates(self, relation: str | None = None) -> Accuracy:
        """Return date accuracy for one relation, or over all three when `relation` is None."""
        total = Accuracy()
        for article in self.articles:
            for name in RELATIONS if relation is None else (relation,):
                total += article.dates[name]
        return total

    @property
    def published(self) -> Accuracy:
        return Accuracy(sum(a.published_right for a in self.articles), len(self.articles))

    @property
    def found(self) -> int:
        return sum(a.found for a in self.articles)

    def to_dict(self, per_article: bool = False, misses: bool = False) -> dict:
        data = {
            "articles": len(self.articles),
            "found": self.found,
            "scores": {name: self.score(name).to_dict() for name in SCORE_NAMES},
            "dates": {name: self.dates(name).to_dict() for name in RELATIONS}
            | {"all": self.dates().to_dict()},
            "published": self.published.to_dict(),
        }
        if per_article or misses:
            data["per_article"] = [a.to_dict(misses=misses) for a in self.articles]
        return data


# ---------------------------------------------------------------- gold


def load_gold(path: str | Path) -> list[dict]:
    """Return the gold records of a JSON Lines file, checked; raise InputError naming the line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(f"gold file {path} does not exist; give a JSON Lines file (see gold-format.md)") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read gold file {path}: {error}") from None
    records: list[dict] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}, line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{where}: not valid JSON ({error.msg} at column {error.colno}); "
                             "each line must be one JSON object") from None
        _check_record(record, where)
        if record["id"] in seen:
            raise InputError(f"{where}: id {record['id']!r} was already used on line {seen[record['id']]}")
        seen[record["id"]] = number
        records.append(record)
    return records


def _check_record(record, where: str) -> None:
    """Raise InputError unless `record` follows gold-format.md; fill in absent event lists."""

    def fail(message: str):
        raise InputError(f"{where}: {message}")

    if not isinstance(record, dict):
        fail("expected a JSON object {\"id\": ..., \"entities\": [...], ...}")
    if not isinstance(record.get("id"), str) or not record["id"]:
        fail('"id" must be the article file name without extension')
    if "published" not in record:
        fail('"published" is missing; give the article\'s date or null')
    _check_date(record["published"], '"published"', fail)
    entities = record.get("entities")
    if not isinstance(entities, list):
        fail('"entities" must be a list')
    keys: dict[str, dict] = {}
    for n, entity in enumerate(entities, start=1):
        what = f"entity {n}"
        if not isinstance(entity, dict) or not isinstance(entity.get("key"), str) or not entity["key"]:
            fail(f'{what}: must be an object with a non-empty "key"')
        what = f"entity {entity['key']!r}"
        if entity["key"] in keys:
            fail(f"{what}: key used twice")
        if entity.get("type") not in ENTITY_TYPES:
            fail(f'{what}: "type" must be one of {", ".join(ENTITY_TYPES)}')
        forms = entity.get("forms")
        # an empty list is allowed: a country named only through a demonym ("रूसी राष्ट्रपति")
        # is declared so that people can point at it, and is matched by Wikidata or English name
        if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
            fail(f'{what}: "forms" must be a list of the names as written')
        for name in ("en", "country"):
            if entity.get(name) is not None and not isinstance(entity[name], str):
                fail(f'{what}: "{name}" must be a string or null')
        wikidata = entity.get("wikidata")
        if wikidata is not None and not (isinstance(wikidata, str) and _WIKIDATA_RE.match(wikidata)):
            fail(f'{what}: "wikidata" must look like "Q423"')
        keys[entity["key"]] = entity

    def ref(value, what: str, nullable: bool = False):
        if value is None and nullable:
            return
        if not isinstance(value, str) or value not in keys:
            fail(f"{what}: {value!r} is not one of this line's entity keys; add it to \"entities\"")

    for kind, agents in (("meetings", "participants"), ("signings", "signers"), ("visits", None)):
        events = record.setdefault(kind, [])
        if not isinstance(events, list):
            fail(f'"{kind}" must be a list')
        for n, event in enumerate(events, start=1):
            what = f"{kind[:-1]} {n}"
            if not isinstance(event, dict):
                fail(f"{what}: must be an object")
            if agents:
                members = event.get(agents)
                least = 2 if kind == "meetings" else 1
                if not isinstance(members, list) or len(set(map(str, members))) < least:
                    fail(f'{what}: "{agents}" must list at least {least} different entity keys')
                for member in members:
                    ref(member, f"{what} {agents[:-1]}")
            else:
                ref(event.get("visitor"), f"{what} visitor")
                ref(event.get("destination"), f"{what} destination")
            if kind == "signings":
                ref(event.get("agreement"), f"{what} agreement", nullable=True)
            ref(event.get("place"), f"{what} place", nullable=True)
            _check_date(event.get("date"), f'{what} "date"', fail)
            if event.get("status") not in STATUS_NAMES:
                fail(f'{what}: "status" must be one of {", ".join(STATUS_NAMES)}')
            if not isinstance(event.get("optional", False), bool):
                fail(f'{what}: "optional" must be true or false')
    sources = record.setdefault("sources", [])
    if not isinstance(sources, list):
        fail('"sources" must be a list of entity keys')
    for source in sources:
        ref(source, "source")


def _check_date(value, what: str, fail) -> None:
    if value is None:
        return
    match = _DATE_RE.match(value) if isinstance(value, str) else None
    if not match or (match[2] and not 1 <= int(match[2]) <= 12) or (match[3] and not 1 <= int(match[3]) <= 31):
        fail(f"{what} must be YYYY-MM-DD, YYYY-MM, YYYY or null, not {value!r}")


# ---------------------------------------------------------------- graph


def load_graph(path: str | Path) -> Graph:
    """Return the RDF file at `path` parsed (a Dataset for N-Quads / TriG); raise InputError."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"graph file {path} does not exist; build one with `kg build`")
    from kg.safeload import check_rdf_file

    check_rdf_file(path)
    rdf_format = guess_format(str(path)) or "turtle"
    graph = Dataset() if rdf_format in ("nquads", "trig") else Graph()
    try:
        graph.parse(str(path), format=rdf_format)
    except Exception as error:  # rdflib raises many kinds; all mean the same to the user
        raise InputError(f"cannot parse {path} as {rdf_format}: {error}") from None
    return graph


def _date_text(value) -> str | None:
    """Return the YYYY[-MM[-DD]] part of an xsd:date/gYearMonth/gYear/dateTime literal."""
    if not isinstance(value, Literal):
        return None
    match = _DATE_PREFIX_RE.match(str(value))
    return "".join(part for part in match.groups() if part) if match else None


def _refines(graph_date: str | None, gold_date: str) -> bool:
    return graph_date is not None and (graph_date == gold_date or graph_date.startswith(gold_date + "-"))


class _GraphView:
    """The graph as the evaluation reads it: articles, events, entity names."""

    def __init__(self, graph: Graph):
        if isinstance(graph, Dataset):
            union = Graph()
            for s, p, o, _ in graph.quads((None, None, None, None)):
                union.add((s, p, o))
            graph = union
        self.graph = graph
        self.by_wikidata: dict[str, set] = {}
        self.by_label: dict[str, set] = {}
        self.by_english: dict[str, set] = {}
        for predicate in (RDFS.label, SKOS.altLabel):
            for node, label in graph.subject_objects(predicate):
                if isinstance(label, Literal):
                    self.by_label.setdefault(fold(str(label)), set()).add(node)
                    if label.language and label.language.lower().startswith("en"):
                        self.by_english.setdefault(fold(str(label)), set()).add(node)
        for node, item in graph.subject_objects(OWL.sameAs):
            if isinstance(item, URIRef) and str(item).startswith(str(WD)):
                self.by_wikidata.setdefault(str(item)[len(str(WD)):], set()).add(node)
        self.persons = set(graph.subjects(RDF.type, NKG.Person))

    def articles(self, identifier: str) -> list:
        """Return the Article nodes whose dcterms:identifier is `identifier`."""
        return sorted({s for s, o in self.graph.subject_objects(DCTERMS.identifier) if str(o) == identifier}, key=str)

    def nodes_for(self, entity: dict) -> frozenset:
        """Return the graph nodes that stand for a gold entity."""
        nodes: set = set()
        if entity.get("wikidata"):
            nodes |= self.by_wikidata.get(entity["wikidata"], set())
        if entity.get("en"):
            nodes |= self.by_english.get(fold(entity["en"]), set())
        for form in entity.get("forms", ()):
            nodes |= self.by_label.get(fold(form), set())
        return frozenset(nodes)

    def countries(self, node) -> frozenset:
        return frozenset(self.graph.objects(node, NKG.country))

    def signer(self, node):
        """A signing person counts as their country; anything else as itself."""
        if node in self.persons:
            country = min(self.countries(node), key=str, default=None)
            if country is not None:
                return country
        return node

    def events(self, articles: list, relation: str) -> list[dict]:
        """Return the events of one relation reported in any of `articles`."""
        found = []
        reported = set(articles)
        for event in sorted(set(self.graph.subjects(RDF.type, _EVENT_CLASS[relation])), key=str):
            if not reported.intersection(self.graph.objects(event, NKG.reportedIn)):
                continue
            dates = sorted({d for d in map(_date_text, self.graph.objects(event, NKG.date)) if d})
            statuses = sorted({_STATUS_OF_NODE.get(s, str(s)) for s in self.graph.objects(event, NKG.status)})
            found.append({
                "participants": sorted(set(self.graph.objects(event, NKG.participant)), key=str),
                "destinations": sorted(set(self.graph.objects(event, NKG.destination)), key=str),
                "dates": dates,
                "statuses": statuses or [None],
            })
        return found


# ---------------------------------------------------------------- matching


def _max_matching(graph_items: list, gold_items: list, matches) -> dict[int, int]:
    """Return a maximum one-to-one matching {gold index: graph index} (Kuhn's algorithm)."""
    options = [[j for j, gold in enumerate(gold_items) if matches(item, gold)] for item in graph_items]
    owner: dict[int, int] = {}

    def place(i: int, seen: set) -> bool:
        for j in options[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or place(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(graph_items)):
        place(i, set())
    return owner


@dataclass(frozen=True)
class _Comparison:
    score: Score
    matched: set  # required gold items found
    missed: list  # required gold items not found
    spurious: list  # graph items that match no gold item, required or optional


def _compare(graph_items: set, required: set, optional: set, matches) -> _Comparison:
    """Compare graph items with gold items by a maximum one-to-one matching."""
    graph_list = sorted(graph_items, key=_sort_key)
    required_list = sorted(required, key=_sort_key)
    owner = _max_matching(graph_list, required_list, matches)
    used = set(owner.values())
    every_gold = required_list + sorted(optional - required, key=_sort_key)
    spurious = [
        item for i, item in enumerate(graph_list)
        if i not in used and not any(matches(item, gold) for gold in every_gold)
    ]
    missed = [gold for j, gold in enumerate(required_list) if j not in owner]
    return _Comparison(
        score=Score(tp=len(owner), fp=len(spurious), fn=len(missed)),
        matched={required_list[j] for j in owner},
        missed=missed,
        spurious=spurious,
    )


def _sort_key(item) -> str:
    return repr(item)


def _pairs(members) -> set:
    members = sorted(set(members), key=str)
    return {(a, b) for n, a in enumerate(members) for b in members[n + 1:]}


class _Article:
    """One gold record set against the graph."""

    def __init__(self, view: _GraphView, record: dict):
        self.view = view
        self.record = record
        self.entities = {e["key"]: e for e in record["entities"]}
        self.nodes = {key: view.nodes_for(entity) for key, entity in self.entities.items()}
        self.found = view.articles(record["id"])
        self.misses: list[str] = []

    def stands_for(self, node, key) -> bool:
        return node in self.nodes.get(key, ())

    def gold_country(self, key: str) -> str:
        entity = self.entities.get(key, {})
        if entity.get("type") == "Person" and entity.get("country"):
            return entity["country"]
        return key

    # -- items: (status-free key, status); gold items carry keys, graph items carry nodes

    def gold_items(self, relation: str) -> list[tuple]:
        """Return (item, status, date, optional) for every item of every gold event."""
        out = []
        for event in self.record[relation]:
            status, date, optional = event["status"], event.get("date"), event.get("optional", False)
            if relation == "meetings":
                items = _pairs(event["participants"])
            elif relation == "signings":
                items = {tuple(sorted({self.gold_country(s) for s in event["signers"]}))}
            else:
                items = {(event["visitor"], event["destination"])}
            out.extend((item, status, date, optional) for item in items)
        return out

    def graph_items(self, relation: str) -> list[tuple]:
        """Return (item, status, dates) for every item of every graph event."""
        out = []
        for event in self.view.events(self.found, relation):
            if relation == "meetings":
                items = _pairs(event["participants"])
            elif relation == "signings":
                signers = {self.view.signer(node) for node in event["participants"]}
                items = {tuple(sorted(signers, key=str))} if signers else set()
            else:
                # a visit without a destination cannot match, so it stays as a false positive
                items = {(v, d) for v in event["participants"] for d in event["destinations"] or [None]}
            for status in event["statuses"]:
                out.extend((item, status, event["dates"]) for item in items)
        return out

    def match(self, relation: str, graph_item: tuple, gold_item: tuple) -> bool:
        if relation == "meetings":
            (x, y), (a, b) = graph_item, gold_item
            return (self.stands_for(x, a) and self.stands_for(y, b)) or (
                self.stands_for(x, b) and self.stands_for(y, a))
        if relation == "signings":
            if len(graph_item) != len(gold_item):
                return False
            owner = _max_matching(list(graph_item), list(gold_item), self.stands_for)
            return len(owner) == len(gold_item)
        (visitor, destination), (gold_visitor, gold_destination) = graph_item, gold_item
        if destination is None or not self.stands_for(visitor, gold_visitor):
            return False
        if self.stands_for(destination, gold_destination):
            return True
        if any(self.stands_for(c, gold_destination) for c in self.view.countries(destination)):
            return True  # graph: a city; gold: its country
        gold_place_country = self.entities[gold_destination].get("country")
        return bool(gold_place_country) and self.stands_for(destination, gold_place_country)

    def score_relation(self, relation: str) -> tuple[Score, Score, Accuracy]:
        gold = self.gold_items(relation)
        graph = self.graph_items(relation)
        required = {item for item, _, _, optional in gold if not optional}
        optional = {item for item, _, _, is_optional in gold if is_optional}
        plain = _compare({item for item, _, _ in graph}, required, optional,
                         lambda g, o: self.match(relation, g, o))
        required_s = {(item, status) for item, status, _, opt in gold if not opt}
        optional_s = {(item, status) for item, status, _, opt in gold if opt}
        with_status = _compare({(item, status) for item, status, _ in graph}, required_s, optional_s,
                               lambda g, o: g[1] == o[1] and self.match(relation, g[0], o[0]))
        checks = {(item, date) for item, _, date, opt in gold if not opt and date and item in plain.matched}
        wrong_dates = []
        for item, date in sorted(checks, key=_sort_key):
            found = sorted({d for g_item, _, dates in graph if self.match(relation, g_item, item) for d in dates})
            if not any(_refines(d, date) for d in found):
                wrong_dates.append((item, date, found))
        self._note_misses(relation, plain, with_status, graph, wrong_dates)
        return plain.score, with_status.score, Accuracy(len(checks) - len(wrong_dates), len(checks))

    def score_nodes(self, name: str, predicate, gold_keys: list[str], every_key: list[str]) -> Score:
        graph_nodes = {o for article in self.found for o in self.view.graph.objects(article, predicate)}
        compared = _compare(graph_nodes, set(gold_keys), set(every_key), self.stands_for)
        self.misses += [f"{name}: missed {self._gold_name(key)}" for key in compared.missed]
        self.misses += [f"{name}: spurious {self._graph_name(node)}" for node in compared.spurious]
        return compared.score

    # -- error analysis: one readable line per error, for `kg eval --misses`

    def _gold_name(self, key: str) -> str:
        forms = self.entities.get(key, {}).get("forms") or [key]
        return forms[0]

    def _graph_name(self, node) -> str:
        labels = sorted(self.view.graph.objects(node, RDFS.label),
                        key=lambda label: (getattr(label, "language", None) != "hi", str(label)))
        return str(labels[0]) if labels else str(node).rsplit("/", 1)[-1]

    def _item_text(self, relation: str, item, gold: bool) -> str:
        name = self._gold_name if gold else self._graph_name
        if relation == "visits":
            visitor, destination = item
            return f"{name(visitor)} → {'?' if destination is None else name(destination)}"
        return " – ".join(name(part) for part in item)

    def _note_misses(self, relation: str, plain: _Comparison, with_status: _Comparison,
                     graph: list[tuple], wrong_dates: list[tuple]) -> None:
        lines = self.misses
        for item in plain.missed:
            lines.append(f"{relation}: missed {self._item_text(relation, item, gold=True)}")
        for item in plain.spurious:
            statuses = sorted({status or "-" for g_item, status, _ in graph if g_item == item})
            lines.append(f"{relation}: spurious {self._item_text(relation, item, gold=False)} ({', '.join(statuses)})")
        for item, status in with_status.missed:
            if item in plain.matched:
                found = sorted({s or "-" for g_item, s, _ in graph if self.match(relation, g_item, item)})
                lines.append(f"{relation}: status of {self._item_text(relation, item, gold=True)} "
                             f"is {status} in gold, {', '.join(found)} in the graph")
        for item, date, found in wrong_dates:
            lines.append(f"{relation}: date of {self._item_text(relation, item, gold=True)} "
                         f"is {date} in gold, {', '.join(found) or 'none'} in the graph")

    def published(self) -> str | None:
        dates = sorted({d for a in self.found for d in map(_date_text, self.view.graph.objects(a, NKG.published)) if d})
        return dates[0] if dates else None

    def report(self) -> ArticleReport:
        scores: dict[str, Score] = {}
        dates: dict[str, Accuracy] = {}
        for relation in RELATIONS:
            scores[relation], scores[relation + "+status"], dates[relation] = self.score_relation(relation)
        scores["sources"] = self.score_nodes("sources", NKG.cites, self.record["sources"], self.record["sources"])
        keys = list(self.entities)
        scores["entities"] = self.score_nodes("entities", NKG.mentions, keys, keys)
        return ArticleReport(
            id=self.record["id"],
            found=bool(self.found),
            scores=scores,
            dates=dates,
            published_gold=self.record.get("published"),
            published_graph=self.published(),
            misses=self.misses,
        )


def evaluate(graph: Graph | Dataset, gold_records: list[dict]) -> EvalReport:
    """Return the scores of `graph` against `gold_records` (as `load_gold` returns them)."""
    view = _GraphView(graph)
    return EvalReport([_Article(view, record).report() for record in gold_records])


# ---------------------------------------------------------------- output


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _rows(report: EvalReport) -> tuple[list[list[str]], list[list[str]]]:
    scores = [["score", "tp", "fp", "fn", "precision", "recall", "F1"]]
    for name in SCORE_NAMES:
        s = report.score(name)
        scores.append([name, str(s.tp), str(s.fp), str(s.fn), _number(s.precision), _number(s.recall), _number(s.f1)])
    accuracy = [["accuracy", "right", "total", "value"]]
    for name in RELATIONS:
        a = report.dates(name)
        accuracy.append([f"dates: {name}", str(a.right), str(a.total), _number(a.value)])
    a = report.dates()
    accuracy.append(["dates: all", str(a.right), str(a.total), _number(a.value)])
    a = report.published
    accuracy.append(["published", str(a.right), str(a.total), _number(a.value)])
    return scores, accuracy


def _article_rows(report: EvalReport) -> list[list[str]]:
    columns = ["meetings", "signings", "visits", "sources", "entities"]
    rows = [["article", *columns, "dates", "published"]]
    for article in report.articles:
        cells = [article.id + ("" if article.found else " (missing)")]
        for name in columns:
            s = article.scores[name]
            cells.append(f"{s.f1:.2f} ({s.tp}/{s.fp}/{s.fn})")
        dates = Accuracy()
        for name in RELATIONS:
            dates += article.dates[name]
        cells.append(f"{dates.right}/{dates.total}")
        cells.append(("right" if article.published_right else "wrong")
                     + f" ({article.published_graph or '-'} vs {article.published_gold or '-'})")
        rows.append(cells)
    return rows


def _plain_table(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _markdown_table(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join(["---"] + ["---:"] * (len(rows[0]) - 1)) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(lines)


def render(report: EvalReport, fmt: str = "table", per_article: bool = False, misses: bool = False) -> str:
    """Return the report as text: "table" (plain columns), "md" (Markdown) or "json"; with
    `misses`, list every missed, spurious, wrongly-statused and wrongly-dated item per article."""
    if fmt == "json":
        return json.dumps(report.to_dict(per_article=per_article, misses=misses),
                          ensure_ascii=False, indent=2, sort_keys=True)
    if fmt not in ("table", "md"):
        raise InputError(f"unknown format {fmt!r}; use table, md or json")
    table = _plain_table if fmt == "table" else _markdown_table
    scores, accuracy = _rows(report)
    parts = [f"{len(report.articles)} gold articles, {report.found} found in the graph", table(scores), table(accuracy)]
    if per_article:
        parts.append("per article: F1 (tp/fp/fn)")
        parts.append(table(_article_rows(report)))
    if misses:
        parts.append(_misses_text(report, fmt))
    return "\n\n".join(parts) + "\n"


def _misses_text(report: EvalReport, fmt: str) -> str:
    bullet = "- " if fmt == "md" else "  "
    blocks = []
    for article in report.articles:
        if article.misses:
            blocks.append("\n".join([article.id + ("" if article.found else " (missing from the graph)")]
                                    + [bullet + line for line in article.misses]))
    return "misses\n\n" + ("\n\n".join(blocks) if blocks else "none")
