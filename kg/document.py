"""The article object that flows through the pipeline.

Reading fills in the raw text and metadata; normalising sets `text` and
`sentences`; the NLP backend may add tokens; entity finding adds `mentions` and
`entities`; event finding adds `events`; date resolution fills each event's `date`.
The graph builder is the only stage that turns this into RDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Token:
    """One word of a sentence, with offsets into the article's normalised text."""

    text: str
    start: int
    end: int
    lemma: str | None = None
    upos: str | None = None
    head: int | None = None  # 1-based index of the head token in its sentence; 0 = root
    deprel: str | None = None


@dataclass
class Sentence:
    """A sentence of the normalised text: `text == article.text[start:end]`."""

    text: str
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    ner_spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, our class) from a statistical NER


@dataclass
class Entity:
    """A real-world entity, one per build: a gazetteer entry or a name discovered in text."""

    key: str  # slug unique within its kind, e.g. "kim-jong-un"
    kind: str  # Person | Country | Organization | Place | Agreement
    label_hi: str
    label_en: str | None = None
    alt_labels: set[str] = field(default_factory=set)  # other Hindi surface forms seen
    wikidata: str | None = None  # "Q56226"
    country: str | None = None  # key of a Country entity
    roles: set[str] = field(default_factory=set)  # offices as written ("विदेश मंत्री")
    discovered: bool = False  # True when not from the gazetteer


@dataclass
class Mention:
    """A span of the normalised text that names an entity."""

    start: int
    end: int
    text: str
    kind: str
    key: str
    found_by: str  # gazetteer | short | role | discovered | pronoun | ner | dateline
    sentence: int  # index into Article.sentences


@dataclass
class DateValue:
    """A date as precise as the text allows: `value` is YYYY-MM-DD, YYYY-MM or YYYY."""

    value: str
    text: str = ""  # the expression as written

    @property
    def precision(self) -> str:
        return {10: "day", 7: "month", 4: "year"}[len(self.value)]


@dataclass
class Event:
    """A meeting, signing or visit read from one sentence."""

    kind: str  # Meeting | Signing | Visit
    sentence: int
    status: str  # occurred | planned | denied | speculated
    participants: list[tuple[str, str]] = field(default_factory=list)  # (kind, key)
    agreement: str | None = None  # Agreement key
    destination: tuple[str, str] | None = None  # (Place|Country, key)
    place: tuple[str, str] | None = None
    date: DateValue | None = None
    date_expression: str | None = None  # raw expression; resolved into `date` by the dates stage
    sources: list[str] = field(default_factory=list)  # Organization keys
    trigger: str = ""
    confidence: float = 0.5
    extractor: str = "rules"


@dataclass
class Article:
    """One news article and everything the pipeline has read from it."""

    id: str  # file name without extension
    raw_text: str
    origin: str = ""  # path (and line, for JSON Lines) it was read from
    title: str | None = None
    text: str = ""  # normalised body, boilerplate removed; evidence offsets point here
    published: dt.date | dt.datetime | None = None
    publisher: str | None = None
    byline: str | None = None
    url: str | None = None
    dateline: str | None = None  # Place key
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)  # (kind, key) -> Entity
    cites: set[str] = field(default_factory=set)  # Organization keys
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    backend: str = "rules"
    content_hash: str = ""
