"""Steps run over all of an article's events once they are found.

Implied visits (talks abroad imply a visit), background talks, dropping partial signings
restated in full, and merging the same event told twice.
"""

from __future__ import annotations

from kg.document import Article, DateValue, Event, Mention
from kg.events.grammar import _Sentence
from kg.events.status import _BACKGROUND_AUXILIARIES
from kg.gazetteer import Gazetteer
from kg.normalising import fold


def _drop_partial_signings(article: Article, events: list[Event]) -> list[Event]:
    """Drop a one-party signing that a signing of two or more parties in the article covers.

    A headline says "जल संधि पर हस्ताक्षर" with one name; the body names both signers.
    """

    def country(kind: str, key: str) -> str:
        if kind == "Person":
            entity = article.entities.get(("Person", key))
            return entity.country if entity is not None and entity.country else key
        return key

    full = [e for e in events if e.kind == "Signing" and len(e.participants) >= 2]

    def covers(e: Event, one: Event) -> bool:
        # a one-side act told apart from the full signing ("2017 में नेपाल … से जुड़ने के
        # ज्ञापन पर हस्ताक्षर कर चुका था", "इथियोपिया ने दस्तखत करने से इनकार कर दिया") is
        # an event of its own: another status, or another date
        if country(*one.participants[0]) not in {country(k, v) for k, v in e.participants}:
            return False
        if e.status != one.status:
            return False
        return not (e.date and one.date and not (e.date.value.startswith(one.date.value) or one.date.value.startswith(e.date.value)))

    out = []
    for event in events:
        if event.kind == "Signing" and len(event.participants) == 1 and any(covers(e, event) for e in full):
            continue
        out.append(event)
    return out
_SETTING_POSTPOSITIONS = frozenset({"में", "के", "की", "का", "से", "पर", "को"})


def _background_talks(context: _Sentence, position: int, length: int) -> bool:
    """Say whether talks are told as background, not as this story's event: in a "जब …" aside
    ("… का है, जब दोनों नेता व्लादिवोस्तोक में मिले थे"), or with a pluperfect or completive
    predicate ("खार्तूम में … हस्ताक्षर किए थे", "सोची में … बातचीत हुई थी", "न्यूयॉर्क में …
    मुलाकात हो चुकी है"). Talks named as the setting of what follows ("काबुल में हुई बैठक
    में … बैठे थे") are dated by their own participle, not by the clause's verb."""
    folded = context.folded
    start, end, _ = context.clauses[context.clause_of(position)]
    if folded[start] == "जब":
        return True
    after = position + length
    if after < end and folded[after] in _SETTING_POSTPOSITIONS:
        group = folded[max(start, position - 2) : position]
    else:
        verbs = context.grammar["verb_final"] | _BACKGROUND_AUXILIARIES | {"हो", "नहीं", "भी", "ही", "कर"}
        group = []
        k = after
        while k < end and folded[k] in verbs:
            group.append(folded[k])
            k += 1
        k = end - 1
        while k >= after and folded[k] in verbs:
            group.append(folded[k])
            k -= 1
    return bool(_BACKGROUND_AUXILIARIES & set(group))


_POSITION_COUNTRIES: dict[int, tuple[list, int, dict[str, frozenset]]] = {}


def _position_countries(gazetteer: Gazetteer) -> dict[str, frozenset]:
    """Return {person key: the countries (or bodies) of their positions}, built once per gazetteer:
    not a scan of every position for every participant of every talks abroad."""
    positions = gazetteer.positions
    cached = _POSITION_COUNTRIES.get(id(positions))
    if cached is None or cached[0] is not positions or cached[1] != len(positions):
        index: dict[str, set] = {}
        for position in positions:
            index.setdefault(position.person, set()).add(position.country)
        cached = (positions, len(positions), {k: frozenset(v) for k, v in index.items()})
        _POSITION_COUNTRIES[id(positions)] = cached
    return cached[2]


def _visits_of_talks_abroad(article: Article, events: list[Event], held_at: dict[int, Mention | None], gazetteer: Gazetteer, grammar) -> list[Event]:
    """Return the visits that meetings and signings held in a named foreign place imply.

    "पुतिन ने मॉस्को में चो सोन हुई से मुलाकात की", "मोदी ने कोलंबो में … दस्तखत किए": a
    person who meets or signs in a named place of a country not their own was there (the
    convention of the blind sets, docs/corpus-and-gold.md), with the talks' status and date.
    The host (the place's own country) stays home; a venue (Kremlin, Hyderabad House) or a
    region without a country implies nothing; nor does the seat of the organisation a person
    serves (an EU commissioner in Brussels, `organisation_seats`); talks denied say nothing of
    where anyone was;
    a trip of that person to that country already told in the same month (the stop's
    arrival, with this status or dated with another one but a denial) is not told twice.
    """
    out: list[Event] = []

    def country(destination) -> str | None:
        if destination is None:
            return None
        if destination[0] == "Country":
            return destination[1]
        entity = article.entities.get(destination)
        return entity.country if entity is not None else None

    def compatible(a: DateValue | None, b: DateValue | None) -> bool:
        # one trip: undated, or in the same month (the arrival the day before the talks)
        return a is None or b is None or a.value[:7].startswith(b.value[:7]) or b.value[:7].startswith(a.value[:7])

    for event in events:
        held = held_at.get(id(event))
        if held is None or event.status in ("denied", "speculated"):
            continue  # talks denied or rumoured say nothing of where anyone was
        if event.status == "planned" and not fold(event.trigger or "").startswith("मिल"):
            # "अगली बैठक मार्च में वारसॉ में प्रस्तावित है", "… की … से न्यूयॉर्क में मुलाकात तय है":
            # a meeting arranged is no one's trip; "वह अगले सप्ताह ताशकंद में … से मिलेंगे" is
            continue
        place = article.entities.get((held.kind, held.key))
        if place is None or _venue(place, grammar):
            continue
        where = held.key if held.kind == "Country" else place.country
        if not where:
            continue
        for kind, key in event.participants:
            person = article.entities.get((kind, key))
            if kind != "Person" or person is None or not person.country or person.country == where:
                continue
            if any(grammar["organisation_seats"].get(c) == where for c in _position_countries(gazetteer).get(key, ())):
                continue  # "दोनों के बीच अगली बैठक ब्रसेल्स में होगी": the commissioner is at work
            told = [e for e in events + out if e.kind == "Visit" and ("Person", key) in e.participants
                    and country(e.destination) == where and (e.status == event.status or (e.status != "denied" and e.date is not None))]
            if any(compatible(e.date, event.date) for e in told):
                continue
            out.append(Event("Visit", event.sentence, event.status, participants=[("Person", key)],
                             destination=(held.kind, held.key), date=event.date, date_expression=event.date_expression,
                             sources=list(event.sources), trigger=event.trigger,
                             confidence=round(event.confidence * 0.8, 2), extractor=event.extractor))
    return out


def _venue(place, grammar) -> bool:
    """A building, square or compound ("Kremlin", "Hyderabad House"), not a town."""
    label = (place.label_en or "").casefold().replace("-", " ").split()
    return any(word in grammar["venue_words"] for word in label)


def _merge_duplicates(events: list[Event]) -> list[Event]:
    """Return `events` with restatements of one event folded into one.

    Two events are one when kind, participants, destination and status agree and so do
    their dates (equal, or one undated while exactly one dated event could be meant);
    the kept event is the first with the most information, at the higher confidence.
    Different dates or statuses stay apart: they are conflicting claims, kept with their
    own evidence (issue 3, point 8).
    """

    def key(e: Event):
        return (e.kind, frozenset(e.participants), e.destination, e.status)

    def compatible(a: Event, b: Event) -> bool:
        return key(a) == key(b) and (a.agreement is None or b.agreement is None or a.agreement == b.agreement)

    kept: list[Event] = []
    for event in events:
        same = [k for k in kept if compatible(k, event) and (k.date and k.date.value) == (event.date and event.date.value)]
        if not same and event.date is not None:
            # an undated restatement kept earlier takes this date
            same = [k for k in kept if compatible(k, event) and k.date is None]
            if same and len({k.date.value for k in kept if compatible(k, event) and k.date is not None}) > 0:
                same = []
        if not same and event.date is None:
            dated = [k for k in kept if compatible(k, event) and k.date is not None]
            same = dated if len({k.date.value for k in dated}) == 1 else []
        if not same:
            kept.append(event)
            continue
        target = same[0]
        if target.date is None and event.date is not None:
            target.date, target.sentence, target.trigger = event.date, event.sentence, event.trigger
        target.confidence = max(target.confidence, event.confidence)
        target.agreement = target.agreement or event.agreement
        target.place = target.place or event.place
        target.sources = sorted(set(target.sources) | set(event.sources))
    return kept
