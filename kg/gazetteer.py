"""The gazetteer: known people, countries, places, organisations and agreements.

It is RDF data (data/gazetteer/*.ttl, see that folder's files); this module indexes
it for matching. Surface forms are indexed by their folded word sequence, so a
lookup is one dict access per candidate span.
"""

from __future__ import annotations

import datetime as dt
import functools
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg import lexicon, paths
from kg.document import Entity
from kg.errors import InputError
from kg.normalising import fold
from kg.vocab import ID_BASE, NKG

KINDS = ("Person", "Country", "Organization", "Place", "Agreement")


@dataclass(frozen=True)
class Position:
    """An office held by a gazetteer person, for resolving "रूसी राष्ट्रपति" at a date."""

    person: str
    role: tuple[str, ...]  # folded words of the Hindi role label
    country: str | None
    start: str | None  # ISO date or year
    end: str | None

    def held_on(self, day: dt.date) -> bool:
        iso = day.isoformat()
        return (self.start is None or self.start[: len(iso)] <= iso) and (self.end is None or iso <= _end_bound(self.end))


def _end_bound(end: str) -> str:
    return end if len(end) == 10 else end + "-12-31"[len(end) - 4 :]


@dataclass
class Gazetteer:
    """Index of known entities by their folded surface forms."""

    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)
    names: dict[tuple[str, ...], list[tuple[str, str]]] = field(default_factory=dict)  # labels and alt labels
    short_names: dict[tuple[str, ...], list[tuple[str, str]]] = field(default_factory=dict)
    demonyms: dict[tuple[str, ...], str] = field(default_factory=dict)  # folded adjective -> country key
    positions: list[Position] = field(default_factory=list)
    capitals: dict[str, str] = field(default_factory=dict)

    @property
    def longest(self) -> int:
        """Return the most words any name has (asked once per sentence, so kept, not rescanned)."""
        # names only ever gain keys, so the count tells whether the kept value is current
        kept = self.__dict__.get("_longest")
        if kept is None or kept[0] != len(self.names):
            kept = (len(self.names), max((len(k) for k in self.names), default=1))
            self.__dict__["_longest"] = kept
        return kept[1]

    def institution(self, country: str, office: tuple[str, ...]) -> tuple[str, str] | None:
        """Return the Organization of `country` whose name ends in the folded words `office`, if one."""
        # names only ever gain keys, so the index is rebuilt only when they have grown
        kept = self.__dict__.get("_institutions")
        if kept is None or kept[0] != len(self.names):
            index: dict[tuple[str, tuple[str, ...]], set[tuple[str, str]]] = {}
            for name, owners in self.names.items():
                for ident in owners:
                    entity = self.entities.get(ident)
                    if ident[0] != "Organization" or entity is None or entity.country is None:
                        continue
                    for cut in range(1, len(name)):
                        index.setdefault((entity.country, name[cut:]), set()).add(ident)
            kept = (len(self.names), index)
            self.__dict__["_institutions"] = kept
        found = kept[1].get((country, office), set())
        return next(iter(found)) if len(found) == 1 else None

    def holders(self, role: tuple[str, ...], country: str | None, day: dt.date) -> list[str]:
        """Return the people who held `role` (for `country`) on `day`."""
        found = []
        for position in self.positions:
            if country is not None and position.country != country:
                continue
            if position.role == role or position.role[-len(role) :] == role:
                if position.held_on(day) and position.person not in found:
                    found.append(position.person)
        return found


def _split(iri: URIRef) -> tuple[str, str] | None:
    text = str(iri)
    if not text.startswith(ID_BASE):
        return None
    kind_path, _, key = text[len(ID_BASE) :].partition("/")
    kind = {"person": "Person", "country": "Country", "org": "Organization", "place": "Place", "agreement": "Agreement"}.get(kind_path)
    return (kind, key) if kind and key else None


def from_graph(graph: Graph) -> Gazetteer:
    """Index the gazetteer entries of an RDF graph."""
    gazetteer = Gazetteer()
    not_names = {fold(w) for w in lexicon.load("roles").get("english_not_names", [])}
    surnames: dict[str, set[tuple[str, str]]] = {}
    family_first = set(lexicon.load("roles").get("family_name_first", []))
    for kind in KINDS:
        for subject in sorted(graph.subjects(RDF.type, NKG[kind])):
            ident = _split(subject)
            if ident is None:
                continue
            labels = {lit.language: str(lit) for lit in graph.objects(subject, RDFS.label) if isinstance(lit, Literal)}
            if "hi" not in labels:
                continue
            entity = Entity(key=ident[1], kind=kind, label_hi=labels["hi"], label_en=labels.get("en"))
            for same in graph.objects(subject, OWL.sameAs):
                if str(same).startswith("http://www.wikidata.org/entity/Q"):
                    entity.wikidata = str(same).rsplit("/", 1)[1]
            country = graph.value(subject, NKG.country)
            if country is not None and _split(country):
                entity.country = _split(country)[1]
            gazetteer.entities[ident] = entity
            forms = [labels["hi"]] + [str(a) for a in graph.objects(subject, SKOS.altLabel) if getattr(a, "language", None) in (None, "hi")]
            forms += [labels["en"]] if "en" in labels and len(labels["en"]) > 3 else []
            # code-mixed web Hindi writes names in Roman script ("UK PM Starmer", "MEA ने
            # बताया"): English alt labels are names too, unless they are also English words
            forms += [str(a) for a in graph.objects(subject, SKOS.altLabel)
                      if getattr(a, "language", None) == "en" and fold(str(a)) not in not_names]
            if kind == "Person" and "en" in labels and entity.country not in family_first:
                surnames.setdefault(fold(labels["en"]).split()[-1], set()).add(ident)
            for form in forms:
                _add(gazetteer.names, form, ident)
            for form in graph.objects(subject, NKG.shortLabel):
                _add(gazetteer.short_names, str(form), ident)
            for demonym in graph.objects(subject, NKG.demonym):
                if kind == "Country" and getattr(demonym, "language", None) in (None, "hi", "en"):
                    gazetteer.demonyms[tuple(fold(str(demonym)).split())] = ident[1]
            capital = graph.value(subject, NKG.capital)
            if capital is not None and _split(capital):
                gazetteer.capitals[ident[1]] = _split(capital)[1]
            for position in graph.objects(subject, NKG.position):
                for role in graph.objects(position, NKG.roleLabel):
                    if getattr(role, "language", None) != "hi":
                        continue
                    office_country = graph.value(position, NKG.country)
                    start = graph.value(position, NKG.startDate)
                    end = graph.value(position, NKG.endDate)
                    gazetteer.positions.append(
                        Position(
                            person=ident[1],
                            role=tuple(fold(str(role)).split()),
                            country=_split(office_country)[1] if office_country is not None and _split(office_country) else entity.country,
                            start=str(start) if start is not None else None,
                            end=str(end) if end is not None else None,
                        )
                    )
    # "PM मोदी और Starmer", "Modi और Starmer की मुलाक़ात": a Roman-script surname names the
    # one gazetteer person whose English name ends in it, when no other name is spelt so
    for surname, owners in sorted(surnames.items()):
        if len(owners) == 1 and len(surname) > 3 and surname.isascii() and surname not in not_names \
                and (surname,) not in gazetteer.names:
            _add(gazetteer.names, surname, next(iter(owners)))
    # "ईरान के सदर", "पाकिस्तान के वज़ीर-ए-आज़म", "UK PM": other desks' words for the same
    # offices name the same holders (`role_synonyms` in roles.yaml)
    synonyms = {tuple(fold(office).split()): [tuple(fold(s).split()) for s in others]
                for office, others in lexicon.load("roles").get("role_synonyms", {}).items()}
    gazetteer.positions += [
        Position(person=p.person, role=other, country=p.country, start=p.start, end=p.end)
        for p in list(gazetteer.positions) for other in synonyms.get(p.role, ())
    ]
    gazetteer.positions.sort(key=lambda p: (p.person, p.role, p.start or "", p.end or ""))
    return gazetteer


def _add(index: dict, form: str, ident: tuple[str, str]) -> None:
    key = tuple(fold(form).split())
    if not key:
        return
    owners = index.setdefault(key, [])
    if ident not in owners:
        owners.append(ident)


def load(directory: Path | None = None) -> Gazetteer:
    """Return the gazetteer in `directory` (default data/gazetteer), cached per process and on disk."""
    return _load_cached(str(directory or paths.GAZETTEER))


@functools.lru_cache(maxsize=4)
def _load_cached(directory: str) -> Gazetteer:
    folder = Path(directory)
    files = sorted(folder.glob("*.ttl"))
    if not files:
        raise InputError(f"no gazetteer files (*.ttl) in {folder}")
    # Parsing a few thousand Turtle triples takes a second; the index is pickled beside a
    # fingerprint of the files so worker processes and repeated builds start at once.
    fingerprint = short_fingerprint(files)
    cache = Path(paths.HOME, ".cache", f"gazetteer-{fingerprint}.pickle")
    try:
        with cache.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.PickleError, EOFError, AttributeError):
        pass
    graph = Graph()
    for path in files:
        try:
            graph.parse(path, format="turtle")
        except Exception as error:  # rdflib raises many kinds of parser errors
            raise InputError(f"gazetteer file {path} is not valid Turtle: {error}") from None
    gazetteer = from_graph(graph)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        temporary = cache.with_suffix(".tmp")
        with temporary.open("wb") as handle:
            pickle.dump(gazetteer, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(cache)
    except OSError:
        pass  # a read-only checkout still works, only slower
    return gazetteer


def short_fingerprint(files: list[Path]) -> str:
    import hashlib

    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for name in ("roles",):
        digest.update(lexicon.load(name).__repr__().encode())
    return digest.hexdigest()[:16]
