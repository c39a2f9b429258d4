"""Finding meetings, signings and visits, with their participants, status, date and sources.

A trigger word (data/lexicon/triggers.yaml) opens an event in its sentence. Hindi is
verb-final, so the words right after a trigger — the light verb and its auxiliaries —
carry tense, negation and modality: "मुलाकात की" (occurred), "मुलाकात करेंगे" (planned),
"मुलाकात नहीं की" (denied), "मिल सकते हैं" (speculated). Sentence-wide cues
(इनकार, अटकलें, निमंत्रण स्वीकार …, data/lexicon/modality.yaml) override them, with
denied > speculated > planned > occurred, so a denial is never read as an occurrence.

Confidence (nkg:confidence) is the product of how the trigger was found (0.9 for a
strong trigger such as मुलाकात or हस्ताक्षर, 0.7 for a weak one such as आए or बात) and
the mean trust of the participants (gazetteer name 1.0, surname or office in context
0.9, a name discovered from a title 0.75, statistical NER 0.75, a pronoun 0.7), times
0.85 when a role had to be inferred (countries standing in for people, a destination
found after the verb), rounded to two decimals.
"""

from __future__ import annotations

import functools
import re

from kg import attribution as attribution_, dates, lexicon
from kg.document import Article, DateValue, Entity, Event, Mention
from kg.gazetteer import Gazetteer
from kg.iris import slugify
from kg.nlp import dependencies as deps
from kg.normalising import fold, words

TRUST = {"gazetteer": 1.0, "short": 0.9, "role": 0.9, "dateline": 0.9, "discovered": 0.75, "ner": 0.75, "pronoun": 0.7}
AGENT_KINDS = ("Person", "Country", "Organization")
# nouns that head an agreement's name: "आपसी रक्षा संधि", "परमाणु समझौते"
AGREEMENT_HEADS = {"संधि", "समझौता", "समझौते", "करार", "सहमति पत्र", "समझौतों", "संधियों", "ज्ञापन"}
# "दोनों देश" stands for the two countries the article is about
_BOTH_COUNTRIES = [("दोनों", "देशों"), ("दोनों", "देश"), ("दोनों", "पक्षों"), ("दोनों", "पक्ष")]
_CLAUSE_BREAK = re.compile(r"[,;:।॥?!\"“”]|\s(?:और|लेकिन|जबकि|कि)\s")


@functools.lru_cache(maxsize=None)
def _lexicon():
    data = lexicon.load("triggers")
    triggers: dict[tuple[str, ...], str] = {}
    for kind in ("Meeting", "Signing", "Visit"):
        for entry in data[kind]:
            for form in entry["forms"]:
                triggers[tuple(fold(form).split())] = kind
    weak = {tuple(fold(w).split()) for w in data["weak"]}
    anaphoric = {fold(w) for w in data["anaphoric"]}
    modality = lexicon.load("modality")
    cues = {
        status: {scope: [tuple(fold(c).split()) for c in modality[status].get(scope, [])] for scope in ("near", "sentence")}
        for status in ("denied", "speculated", "planned")
    }
    _, _, _, pronouns = _roles()
    return triggers, weak, anaphoric, cues, pronouns


def _roles():
    from kg.entities import _roles as roles

    return roles()


def _contains(haystack: list[str], needle: tuple[str, ...]) -> int:
    """Return the index of `needle` in `haystack`, or -1."""
    n = len(needle)
    for i in range(len(haystack) - n + 1):
        if tuple(haystack[i : i + n]) == needle:
            return i
    return -1


def find_events(article: Article, gazetteer: Gazetteer) -> Article:
    """Add the events each sentence states, with sources and dates resolved."""
    triggers, weak, anaphoric, cues, pronouns = _lexicon()
    attribution = attribution_.attribute(article, gazetteer)
    by_sentence: dict[int, list[Mention]] = {}
    for m in article.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    last_subject: Mention | None = None
    events: list[Event] = []
    for index, sentence in enumerate(article.sentences):
        raw = words(sentence.text, sentence.start)
        folded = [fold(w) for w, _, _ in raw]
        # when a backend parsed the sentence, its heads and lemmas refine the word rules
        parse = sentence if deps.has_heads(sentence) else None
        lemmas = _lemmas(sentence, raw) if deps.has_lemmas(sentence) else None
        mentions = by_sentence.get(index, [])
        word_of = {w[1]: i for i, w in enumerate(raw)}
        sources = attribution.agents(index)
        modifiers = _modifiers(article, mentions, raw, folded, word_of)
        people = _unique([m for m in mentions if m.kind == "Person" and (m.kind, m.key) not in sources and _case(m, raw, folded) != "possessor"])
        # a pronoun subject refers back to the last person named as a subject
        pronoun_words = [i for i, w in enumerate(folded) if w in pronouns]
        if pronoun_words and last_subject is not None and all((p.kind, p.key) != (last_subject.kind, last_subject.key) for p in people):
            i = pronoun_words[0]
            people.append(Mention(raw[i][1], raw[i][2], raw[i][0], "Person", last_subject.key, "pronoun", index))
            people.sort(key=lambda m: m.start)
        countries = _unique(
            [m for m in mentions if m.kind == "Country" and (m.start, m.end) not in modifiers and (m.kind, m.key) not in sources]
        )
        places = [m for m in mentions if m.kind in ("Place", "Country") and (m.start, m.end) not in modifiers]
        if len(countries) < 2 and any(_contains(folded, pair) >= 0 for pair in _BOTH_COUNTRIES):
            countries = _main_countries(article, index)
        seen_kinds: set[str] = set()
        for t in _trigger_positions(folded, triggers, lemmas):
            position, length, kind = t
            if kind in seen_kinds or (position > 0 and folded[position - 1] in anaphoric):
                continue
            trigger_key = tuple(folded[position : position + length])
            strength = 0.7 if trigger_key in weak else 0.9
            visit_people = _unique(people + [m for m in mentions if m.kind == "Person" and _case(m, raw, folded) == "possessor"])
            event = _build_event(
                kind, article, index, raw, folded, position, length,
                visit_people if kind == "Visit" else people, countries, places, mentions, gazetteer, strength, parse,
            )
            if event is None:
                continue
            seen_kinds.add(kind)
            event.status = _status(sentence.text, sentence.start, raw, folded, position, cues)
            if parse is not None:
                event.status = _parsed_status(parse, raw, position, event.status)
            event.sources = attribution.sources(index, raw[position][1])
            event.date = _date(sentence.text, sentence.start, raw, position, article, event.status)
            events.append(event)
        subject = _subject(people, raw, folded, word_of, mentions)
        if subject is not None:
            last_subject = subject
    article.events = events
    article.cites = attribution.cites | {key for e in events for key in e.sources}
    return article


def _main_countries(article: Article, index: int) -> list[Mention]:
    """Return the two countries the article names most often, as mentions in sentence `index`."""
    from collections import Counter

    counts = Counter(m.key for m in article.mentions if m.kind == "Country")
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
    if len(top) < 2:
        return []
    sentence = article.sentences[index]
    return [Mention(sentence.start, sentence.start, "", "Country", key, "role", index) for key, _ in sorted(top)]


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in mentions:
        if (m.kind, m.key) not in seen:
            seen.add((m.kind, m.key))
            out.append(m)
    return out


def _lemmas(sentence, raw) -> list[str | None]:
    """Return the folded lemma of each word, from the backend's tokens."""
    by_start = {t.start: fold(t.lemma) for t in sentence.tokens if t.lemma}
    return [by_start.get(start) for _, start, _ in raw]


def _trigger_positions(folded: list[str], triggers, lemmas: list[str | None] | None = None) -> list[tuple[int, int, str]]:
    found = []
    i = 0
    while i < len(folded):
        for length in (3, 2, 1):
            key = tuple(folded[i : i + length])
            if len(key) == length and key in triggers:
                found.append((i, length, triggers[key]))
                i += length - 1
                break
        else:
            # an inflected form the lexicon does not list, by its lemma ("मिलीं" → मिल)
            if lemmas is not None and lemmas[i] and (lemmas[i],) in triggers:
                found.append((i, 1, triggers[(lemmas[i],)]))
        i += 1
    # strong triggers first, so "मुलाकात" beats a nearby "मिलने" for the same event
    return found


def _word_index(raw, offset: int) -> int:
    for i, (_, start, end) in enumerate(raw):
        if start <= offset < end:
            return i
    return 0


def _parsed_status(parse, raw, position: int, status: str) -> str:
    """Refine a status with the parse: a negated predicate is denied, a modal one speculated."""
    trigger = deps.token_at(parse, raw[position][1])
    if trigger is None:
        return status
    if deps.is_negated(parse, trigger):
        return "denied"
    if status == "occurred" and deps.modal_auxiliary(parse, trigger):
        return "speculated"
    return status


def _dependency_agent(parse, raw, position: int, people: list[Mention]) -> Mention | None:
    """Return the person the parse names as the predicate's subject, if one of `people`."""
    trigger = deps.token_at(parse, raw[position][1])
    agent = deps.agent_of(parse, trigger) if trigger is not None else None
    if agent is None:
        return None
    start, end = deps.span_of(parse, agent)
    return next((m for m in people if m.start < end and start < m.end), None)


def _build_event(kind, article, index, raw, folded, position, length, people, countries, places, mentions, gazetteer, strength, parse=None):
    trigger_text = " ".join(w for w, _, _ in raw[position : position + length])
    inferred = 1.0
    if kind == "Meeting":
        # countries meet only "between" each other: "रूस और उत्तर कोरिया के बीच वार्ता"
        between = "बीच" in folded or any(_contains(folded, pair) >= 0 for pair in _BOTH_COUNTRIES)
        participants = people if len(people) >= 2 else (countries if len(people) < 2 and len(countries) >= 2 and between else [])
        if not people and len(countries) >= 2:
            inferred = 0.85
        if len(participants) < 2:
            return None
        event = Event("Meeting", index, "occurred", participants=[(m.kind, m.key) for m in participants])
        _set_place(event, places, raw, folded, exclude=set())
    elif kind == "Visit":
        visitor = (_dependency_agent(parse, raw, position, people) if parse is not None else None) or _visitor(people, raw, folded, position)
        if visitor is None:
            return None
        own_country = article.entities.get(("Person", visitor.key))
        own = own_country.country if own_country else None
        destination, after = _destination(places, raw, position, own, visitor)
        if destination is None:
            return None
        if strength < 0.9 and (after or position - _word_index(raw, destination.end - 1) > 2):
            return None  # "गए", "आए" name a visit only right after the destination
        if after:
            inferred = 0.85
        participants = [visitor]
        event = Event("Visit", index, "occurred", participants=[("Person", visitor.key)], destination=(destination.kind, destination.key))
    else:
        participants = people or countries
        if not people:
            inferred = 0.85
        if not participants:
            return None
        event = Event("Signing", index, "occurred", participants=[(m.kind, m.key) for m in participants])
        event.agreement = _agreement(article, index, raw, folded, position, mentions)
        _set_place(event, places, raw, folded, exclude=set())
    trust = sum(TRUST.get(m.found_by, 0.7) for m in participants) / len(participants)
    event.trigger = trigger_text
    event.confidence = round(strength * trust * inferred, 2)
    return event


def _set_place(event: Event, places: list[Mention], raw, folded, exclude) -> None:
    # "व्लादिवोस्तोक में", "प्योंगयांग में": a place followed by में is where it happened
    for m in places:
        i = _word_index(raw, m.end - 1)
        if i + 1 < len(folded) and folded[i + 1] == "में" and (m.kind, m.key) not in exclude:
            event.place = (m.kind, m.key)
            return


def _case(m: Mention, raw, folded) -> str:
    """Return how a name is marked: agent (ने), possessor (के/की/का + noun), oblique, or plain."""
    i = _word_index(raw, m.end - 1) + 1
    following = folded[i] if i < len(folded) else None
    if following == "ने":
        return "agent"
    if following in ("के", "की", "का"):
        # "पुतिन के साथ" and "X और Y के बीच" are company, not possession
        return "company" if i + 1 < len(folded) and folded[i + 1] in ("साथ", "बीच", "संग") else "possessor"
    if following in ("से", "को", "पर", "में", "द्वारा"):
        return "oblique"
    return "plain"


def _visitor(people: list[Mention], raw, folded, position: int) -> Mention | None:
    """Return who travels: the ने-marked agent, else an unmarked subject, else the owner of the यात्रा."""
    if not people:
        return None
    cases = [(m, _case(m, raw, folded)) for m in people]
    for wanted in ("agent", "plain", "possessor"):
        for m, case in cases:
            if case == wanted and (wanted != "possessor" or 0 < position - _word_index(raw, m.end - 1) <= 5):
                return m
    return None


def _destination(places: list[Mention], raw, position: int, own_country: str | None, visitor: Mention):
    candidates_before = [m for m in places if _word_index(raw, m.end - 1) < position and position - _word_index(raw, m.end - 1) <= 8]
    candidates_after = [m for m in places if _word_index(raw, m.start) > position and _word_index(raw, m.start) - position <= 5]
    for group, after in ((reversed(candidates_before), False), (candidates_after, True)):
        for m in group:
            if m.kind == "Country" and m.key == own_country:
                continue
            return m, after
    return None, False


def _agreement(article: Article, index: int, raw, folded, position: int, mentions: list[Mention]) -> str | None:
    named = [m for m in mentions if m.kind == "Agreement"]
    if named:
        return min(named, key=lambda m: abs(_word_index(raw, m.start) - position)).key
    # "आपसी रक्षा संधि पर हस्ताक्षर": the noun phrase before पर names the agreement
    if position >= 2 and folded[position - 1] == "पर" and folded[position - 2] in AGREEMENT_HEADS:
        head = position - 2
        first = head
        _, _, stop, _ = _roles()
        while first > 0 and head - first < 4 and folded[first - 1] not in stop and folded[first - 1] not in ("के", "की", "का", "एक", "इस", "उस", "नए", "नया"):
            first -= 1
        if first == head:
            return None  # "समझौते पर" alone names no agreement
        start, end = raw[first][1], raw[head][2]
        label = article.text[start:end]
        label = re.sub(r"समझौते$", "समझौता", label)
        key = slugify(label)
        ident = ("Agreement", key)
        if ident not in article.entities:
            article.entities[ident] = Entity(key=key, kind="Agreement", label_hi=label, discovered=True)
            article.mentions.append(Mention(start, end, article.text[start:end], "Agreement", key, "discovered", index))
            article.mentions.sort(key=lambda m: (m.start, m.end))
        return key
    return None


def _status(text: str, offset: int, raw, folded, position: int, cues) -> str:
    # the clause after the trigger: up to the next comma, danda or conjunction
    clause_end = len(folded)
    match = _CLAUSE_BREAK.search(text, raw[position][2] - offset)
    if match:
        clause_end = next((i for i, (_, s, _) in enumerate(raw) if s >= offset + match.start()), len(folded))
    near = folded[position : max(clause_end, position + 1)][:8]
    for status in ("denied", "speculated", "planned"):
        if any(_contains(folded, cue) >= 0 for cue in cues[status]["sentence"]):
            return status
        if any(_contains(near, cue) >= 0 for cue in cues[status]["near"]):
            return status
    return "occurred"


def _date(text: str, offset: int, raw, position: int, article: Article, status: str) -> DateValue | None:
    expressions = dates.find(text, offset)
    if not expressions:
        return None
    trigger_start = raw[position][1]
    # the nearest expression before the trigger, else the nearest after it
    before = [e for e in expressions if e.end <= trigger_start]
    chosen = before[-1] if before else expressions[0]
    return dates.resolve_expression(chosen, article.published, future=status == "planned")


def _modifiers(article, mentions, raw, folded, word_of) -> set[tuple[int, int]]:
    """Return the spans of countries that only qualify a person: "रूस के विदेश मंत्री लावरोव"."""
    from kg.entities import _roles as roles

    titles = roles()[0]
    found = set()
    for m in mentions:
        if m.kind not in ("Country", "Organization"):
            continue
        i = _word_index(raw, m.end - 1) + 1
        while i < len(folded) and folded[i] in ("के", "की", "का"):
            i += 1
        for length in (3, 2, 1):
            if tuple(folded[i : i + length]) in titles:
                found.add((m.start, m.end))
                break
        if any(p.kind == "Person" and _word_index(raw, p.start) == i for p in mentions):
            found.add((m.start, m.end))
    return found


def _subject(people: list[Mention], raw, folded, word_of, mentions=()) -> Mention | None:
    # a sentence that opens with a person's possession ("शोइगु की यात्रा …") is about that person,
    # so a later "उनकी यात्रा" means them, not someone the sentence names further on
    opening = min((m for m in mentions if m.kind == "Person"), key=lambda m: m.start, default=None)
    if opening is not None and _word_index(raw, opening.start) == 0 and _case(opening, raw, folded) == "possessor":
        return opening
    for m in people:
        if m.found_by == "pronoun":
            continue
        i = _word_index(raw, m.end - 1)
        if i + 1 < len(folded) and folded[i + 1] == "ने":
            return m
    named = [m for m in people if m.found_by != "pronoun"]
    return named[0] if named else None
