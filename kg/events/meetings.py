"""Meeting-specific readings: where talks were held and the occasion they belong to.

The venue of a story, of talks told before or of a meeting's own clause, the host who received
a guest, an occasion named before the verb, whether "इस बैठक" names a meeting of its own. Used by
event building and `find_events`.
"""

from __future__ import annotations

from kg.document import Article, Event, Mention
from kg.events.grammar import _Sentence, _contains, _grammar, _joins_occasion, _word_index
from kg.events.participants import _MEETING_INFINITIVES, _place_country
from kg.normalising import fold, words


def _names_its_own_meeting(context: "_Sentence", position: int, kind: str, events: list[Event]) -> bool:
    """Say whether "इस बैठक" names its own participants before it ("गोइता, त्राओरे और तियानी के
    बीच इस बैठक में …"), people the last meeting told did not have (it was told by countries or
    their offices: "माली, बुर्किना फासो और नाइजर के सैन्य शासक … शिखर बैठक करेंगे"): then it is
    read as a meeting of its own, not as a second claim about that one."""
    if kind != "Meeting" or context.folded[position - 2 : position - 1] != ["बीच"]:
        return False
    start = context.clauses[context.clause_of(position)][0]
    keys = {m.key for m in context.people(start, position) if m.found_by != "pronoun"}
    earlier = next((e for e in reversed(events) if e.kind == kind), None)
    told = {key for _, key in earlier.participants} if earlier is not None else set()
    return len(keys) >= 2 and not keys <= told


def _story_venue(article: Article) -> Mention | None:
    """Return the first place the article says something happens in ("तेगुसिगाल्पा में"), if
    an occasion (a summit, a conference) is told in that sentence: where the story is set."""
    occasions = _grammar()["occasions"]
    for m in sorted(article.mentions, key=lambda m: m.start):
        if m.kind != "Place":
            continue
        sentence = article.sentences[m.sentence]
        raw = words(sentence.text, sentence.start)
        folded = [fold(w) for w, _, _ in raw]
        i = _word_index(raw, m.end - 1) + 1
        if folded[i : i + 1] == ["में"] and any(_contains(folded, n) >= 0 for n in occasions):
            return m
    return None


def _hosted_at(context: _Sentence, places: list[Mention], start: int, position: int, own: str | None) -> Mention | None:
    """Return the place an occasion before the trigger is held in: "<place> में हुए/हुई/आयोजित
    … <occasion> में" (not the traveller's own country)."""
    raw, folded, grammar = context.raw, context.folded, context.grammar
    for m in reversed(places):
        i = _word_index(raw, m.end - 1)
        if not (start <= _word_index(raw, m.start) and i + 2 < position):
            continue
        # "वियनतियाने में आसियान सम्मेलन में भाग लिया": the occasion itself right after (a name between)
        occasion_next = any(tuple(folded[k : k + len(n)]) == n and folded[k + len(n) : k + len(n) + 1] == ["में"]
                            for k in (i + 2, i + 3) for n in grammar["occasions"])
        if folded[i + 1] == "में" and (folded[i + 2] in grammar["held"] and "में" in folded[i + 3 : position] or occasion_next):
            home = m.key if m.kind == "Country" else _place_country(context.article, m)
            return None if own is not None and home == own else m
    return None


def _occasion_before(context: _Sentence, start: int, position: int, weak: bool) -> bool:
    """Say whether an occasion is what the trigger at `position` takes part in or goes to:
    "सम्मेलन में हिस्सा लेंगी", "उसमें … हिस्सा लेंगे" (it, the occasion just told), or for a
    weak going verb the occasion right before it ("सम्मेलन में नहीं गए")."""
    folded, grammar = context.folded, context.grammar
    if weak:
        k = position - 1
        while k > start and folded[k] in grammar["visit_particles"]:
            k -= 1
        return k > start and folded[k] == "में" and any(
            tuple(folded[k - len(n) : k]) == n for n in grammar["occasions"])
    return _joins_occasion(folded[start:position], grammar)


def _earlier_venue(context: _Sentence, position: int, own: str | None) -> Mention | None:
    """Return where the occasion a sentence takes part in was said to be held, told earlier in
    its paragraph: "असुनसियोन में होने वाले शिखर सम्मेलन" or "सम्मेलन … भारत में होगा" (the
    nearest such place before), else the paragraph's own dateline ("अस्ताना। …"). Not the
    traveller's own country."""
    article, raw = context.article, context.raw
    sentence = article.sentences[context.index]
    text = article.text
    paragraph_start = text.rfind("\n", 0, sentence.start) + 1
    grammar = context.grammar
    held = grammar["held"] | _HELD_FUTURE
    best = None
    for m in sorted(article.mentions, key=lambda m: m.start):
        if m.kind not in ("Place", "Country") or not (paragraph_start <= m.start < raw[position][1]):
            continue
        home = m.key if m.kind == "Country" else _place_country(article, m)
        if own is not None and home == own:
            continue
        other = article.sentences[m.sentence]
        owords = [fold(w) for w, _, _ in words(other.text, other.start)]
        at = _word_index(words(other.text, other.start), m.end - 1)
        if owords[at + 1 : at + 2] != ["में"]:
            continue
        if at + 2 < len(owords) and owords[at + 2] in held and any(_contains(owords, n) >= 0 for n in grammar["occasions"]):
            best = m
        elif best is None and m.start == paragraph_start and m.kind == "Place" and text[m.end : m.end + 1] == "।":
            best = m
    if best is None:
        # "अस्ताना। … शिखर सम्मेलन से इतर …": the paragraph's dateline
        best = next((m for m in article.mentions if m.kind == "Place" and m.start == paragraph_start
                     and text[m.end : m.end + 1] == "।"), None)
        if best is not None and own is not None and _place_country(article, best) == own:
            best = None
    if best is None:
        return None
    return Mention(raw[position][1], raw[position][2], raw[position][0], best.kind, best.key, "venue", context.index)


_HELD_FUTURE = frozenset({"होगा", "होगी", "होंगे", "होंगी", "होना", "होनी"})


def _host_met(context: _Sentence, people: list[Mention], start: int, end: int, own: str | None, visitor: Mention) -> Mention | None:
    """Return the country of the one a trip with no named destination goes to meet: "2023 में
    किम ने … पुतिन से मिलने के लिए … विदेश यात्रा की" is a visit to Russia."""
    raw, folded, article = context.raw, context.folded, context.article
    for m in people:
        if m.key == visitor.key or not start <= context.word(m) < end:
            continue
        i = _word_index(raw, m.end - 1) + 1
        if folded[i : i + 1] == ["से"] and i + 1 < len(folded) and folded[i + 1] in _MEETING_INFINITIVES:
            entity = article.entities.get(("Person", m.key))
            country = entity.country if entity is not None else None
            if country and country != own:
                return Mention(m.start, m.end, m.text, "Country", country, m.found_by, m.sentence)
    return None


def _talks_place(context: _Sentence, event: Event, position: int) -> Mention | None:
    """Return the place the clause of a meeting or signing holds it in, if any.

    "दोहा में … बातचीत की", "काबुल में हुई बैठक में", "पुत्राजया स्थित आवास में … मिले":
    a place marked में (or स्थित, of the venue that follows) in the trigger's own clause. A
    place in another clause or headline part ("रियो में सम्मेलन, मोदी की … से बातचीत"), and
    the place of an occasion still to come ("जोहानिसबर्ग में होने वाले सम्मेलन की तैयारियों
    पर चर्चा की") are not where the talks were.
    """
    start, end, _ = context.clauses[context.clause_of(position)]
    folded = context.folded
    for m in context.mentions:
        i = _word_index(context.raw, m.end - 1)
        if m.kind == "Country" and start <= context.word(m) < end and folded[i + 1 : i + 4] == ["की", "राजधानी", "में"] and folded[i + 4 : i + 5] != ["होने"]:
            return m  # "ताजिकिस्तान की राजधानी में … बात की": a capital told by description is in its country
        if m.kind != "Place" or not start <= context.word(m) < end or i + 1 >= len(folded):
            continue
        if context.word(m) > 0 and folded[context.word(m) - 1] in ("या", "अथवा"):
            return None  # "न्यूयॉर्क या ताशकंद में": one of two places, neither said
        low, high = sorted((context.raw[position][1], m.start))
        if any(mark in context.article.text[low:high] for mark in ":;|"):
            continue  # "… LIVE: रियो में सम्मेलन": a headline's parts, not one clause
        if folded[i + 1] == "स्थित" or (folded[i + 1] == "में" and folded[i + 2 : i + 4] not in (["होने", "वाले"], ["होने", "वाली"], ["होने", "वाला"])):
            if _places_apart(context, m, start, end):
                return None  # "अबू धाबी में X से और रियाद में Y से वार्ता": each place has its own talks
            return m
    return None


def _places_apart(context: _Sentence, place: Mention, start: int, end: int) -> bool:
    """Say whether the clause also holds talks in a place of another country ("अबू धाबी में
    X से और रियाद में Y से उनकी वार्ता हुई"): then no one place is where all of them met."""
    entities = context.article.entities

    def country(m: Mention) -> str | None:
        entity = entities.get((m.kind, m.key))
        return entity.country if entity is not None else None

    mine = country(place)
    for m in context.mentions:
        if m.kind != "Place" or m.key == place.key or not start <= context.word(m) < end:
            continue
        i = _word_index(context.raw, m.end - 1)
        if context.folded[i + 1 : i + 2] == ["में"] and country(m) not in (None, mine):
            return True
    return False
