"""Signing-specific readings: the sides of a signing and the agreement signed.

`_signing_parties` (the people, countries and blocs named before the verb, sides "की ओर से",
the sides told before), the agreement's name, signings dated in a sentence of their own.
Used by event building and dating.
"""

from __future__ import annotations

import functools
import re

from kg.document import Article, Entity, Event, Mention
from kg.events.grammar import (
    AGENT_KINDS,
    AGREEMENT_HEADS,
    NAME_HEADS,
    _INDEFINITE,
    _PUNCT_BREAK,
    _Sentence,
    _case,
    _contains,
    _contains_any,
    _country_of,
    _grammar,
    _lexicon,
    _on_behalf,
    _roles,
    _side_of,
    _unique,
    _with,
    _word_index,
)
from kg.events.participants import (
    _OCCASION_POINTERS,
    _day_named_meeting,
    _main_country,
    _main_parties,
    _summit_host,
    _witness,
)
from kg.iris import slugify
from kg.normalising import fold


def _dated_signings(raw, folded: list[str], triggers, expressions) -> list[tuple[int, int, str]]:
    """Return signing triggers split by a date or a particle: "समझौता गुरुवार को हुआ", "समझौता 2016 में हुआ था",
    "करार 3 मई को संपन्न हुआ", "कोई समझौता नहीं हुआ", "समझौता आने वाले महीनों में हो सकता
    है" — an agreement noun and its verb with only a date, a time adverb (`signing_bridges`),
    a negation or a particle between (the negation then denies it)."""
    dated = set()
    for e in expressions:
        dated.update(range(_word_index(raw, e.start), _word_index(raw, e.end - 1) + 1))
    found = []
    bridges = _grammar()["signing_bridges"]
    bridge_starts = {b[0] for b in bridges if b}
    # only an agreement noun can open a split signing: skip every other word at set speed
    openers = _signing_openers()
    for k, word in enumerate(folded):
        if word not in openers:
            continue
        j = k + 1
        while j < len(folded):
            if j in dated or folded[j] in _SPLITTERS or (j > k + 1 and (folded[j] == "को" or (folded[j] == "में" and j - 1 in dated))):
                j += 1
                continue
            if folded[j].isdigit() and (j + 1 < len(folded) and (folded[j + 1].isdigit() or folded[j + 1] == "में")):
                dated.add(j)  # "वित्त वर्ष 2016-17 में": a fiscal year the date finder leaves out
                j += 1
                continue
            # "समझौता आने वाले महीनों में हो सकता है", "करार जल्द ही होगा": a time adverb between
            bridge = next((b for b in bridges if tuple(folded[j : j + len(b)]) == b), None) \
                if folded[j] in bridge_starts else None
            if bridge is None:
                break
            j += len(bridge)
        if j == k + 1 or j >= len(folded):
            continue
        for length in (2, 1):
            key = (word,) + tuple(folded[j : j + length])
            if key in _grammar()["deal_verbs"] and not {"साथ", "बीच"} & set(folded[:k]):
                continue  # "हितों से समझौता नहीं करेगा": no deal with anyone (see _deal_with)
            if len(key) == length + 1 and triggers.get(key) == "Signing":
                found.append((k, 1, "Signing"))
                break
    return found


@functools.lru_cache(maxsize=None)
def _signing_openers() -> frozenset[str]:
    """The first words of the signing triggers of two or more words."""
    return frozenset(k[0] for k, kind in _lexicon()[0].items() if kind == "Signing" and len(k) >= 2)


# words that may split an agreement noun from its verb ("समझौता नहीं हुआ", "करार भी हुआ")
_SPLITTERS = {"नहीं", "न", "भी", "ही", "तो"}


def _signing_parties(context: _Sentence, start: int, end: int, position: int, people: list[Mention]):
    """Return (signers, trust factor) of the signing whose trigger is at `position`, or None.

    A signing's sides are named before its verb in its clause (Hindi is verb-final; a name
    after the verb belongs to another clause: "… पर दस्तखत, ट्रंप बोले"): people, countries,
    and blocs or bodies that act as a party ("मर्कोसुर और ईएफटीए के बीच", "अफ्रीकी संघ और
    यूरोपीय संघ ने", "बिम्सटेक के सदस्य देशों ने" — the bloc signs), each side once. One signs
    for the side named "की ओर से" ("X ने मर्कोसुर की ओर से और Y ने ईएफटीए की ओर से"); a
    mediator, host or witness ("चीन की मध्यस्थता में", "… की मौजूदगी में") does not sign; a
    pronoun whose sentence a body speaks for is that body ("ईएफटीए ने कहा कि वह … के साथ …
    करेगा"). "दोनों देश/पक्ष/गुट/संगठन" and a signing that names no side stand for the two sides
    of what the story told just before (`_sides_told_before`). A question asserts nothing.
    """
    raw, folded, article, index, grammar = context.raw, context.folded, context.article, context.index, context.grammar
    if article.sentences[index].text.rstrip().endswith("?"):
        return None  # "प्रश्न: क्या कोई समझौता भी हुआ?"
    trigger_end = raw[position][2]

    def before(m: Mention) -> bool:
        # a name after the verb, past a comma or colon, belongs to another clause
        return context.word(m) < position or not _PUNCT_BREAK.search(article.text[trigger_end : m.start])

    sides = [m for m in context.countries(start, end) + _bodies(context, start, end)
             if before(m) and not _witness(context, m)]
    for m in context.mentions:
        if m.kind == "Place" and start <= context.word(m) < position and _case(m, raw, folded) == "agent":
            # "ताशकंद ने … दस्तख़त नहीं किए हैं": a capital speaking and acting for its country
            side = _side_of(article, m.kind, m.key)
            if side is not None:
                sides.append(Mention(m.start, m.end, m.text, side[0], side[1], m.found_by, index))
    body = _speaking_body(context, start) if any(folded[i] in context.pronouns for i in range(start, position)) else None
    if body is not None:
        sides.append(body)
    people = [m for m in people if before(m) and not _witness(context, m) and not (body and m.found_by == "pronoun")]
    sides = _unique(sorted(sides, key=lambda m: m.start))
    members = [m for m in sides if _member_case(context, m) == "agent"]
    if members and not people:
        # "बिम्सटेक के सदस्य देशों ने … हस्ताक्षर किए": the bloc, and a side joined to it
        # ("भारत और आसियान देशों ने"), not a country that only qualifies a noun before it
        joined = [m for m in sides if m in members or any(_coordinated_sides(context, m, b) for b in members)
                  or (_case(m, raw, folded) == "company" and _with(m, raw, folded))]
        return joined, 1.0
    behalf = [m for m in sides if _on_behalf(m, raw, folded)]
    if len(behalf) >= 2:
        # "भारत की ओर से … गोयल और ब्रिटेन की ओर से … रेनॉल्ड्स ने": the sides they sign for
        return behalf, 1.0
    if context.has(grammar["both_parties"], start, end) and len(sides) < 2:
        pair = _sides_told_before(context, position)
        return (pair, 0.85) if pair else None
    participants, inferred = people or sides, 1.0
    if len(sides) >= 2 and (context.has(grammar["both_parties"], start, end) or (
            any(_case(m, raw, folded) == "agent" for m in sides) and not any(_case(m, raw, folded) == "agent" for m in people))):
        # "मोदी और स्टार्मर की वार्ता के बाद भारत और ब्रिटेन ने … हस्ताक्षर किए": the ने-phrase signs
        participants = sides
        agents = [m for m in sides if _case(m, raw, folded) == "agent"]
        if agents and not context.has(grammar["both_parties"], start, end):
            # "चीन के साथ बढ़ते तनाव के बीच जापान और फिलीपींस ने …": a side named before the
            # ने-phrase and not joined to it is the circumstance, not a signer
            joined = list(agents)
            for m in sorted(sides, key=lambda m: m.start, reverse=True):
                if all(m is not a for a in joined) and any(_listed_with(context, m, a) for a in joined):
                    joined.append(m)  # "अमेरिका, भारत और जापान ने": the whole list
            first = min(context.word(m) for m in joined)
            kept = [m for m in sides if context.word(m) >= first]
            if len(kept) >= 2:
                participants = kept
    if participants is sides and sides:
        inferred = 0.85
    elif len(people) == 1:
        # "वोंग और फिलीपींस के उनके समकक्ष … समझौते को अंतिम रूप देंगे": one signer named as a
        # person, the other as the country of an unnamed counterpart, or "मोदी ने जापान के साथ …"
        # the side signed with
        own = _country_of(article, people[0])
        after = _word_index(raw, people[0].end - 1) + 1
        others = [m for m in sides if m.key != own and (
            (after + 1 < len(folded) and folded[after] in grammar["coordinating"]
             and _word_index(raw, m.start) == after + 1 and _case(m, raw, folded) in ("possessor", "company"))
            or (_case(m, raw, folded) == "company" and _with(m, raw, folded)))]
        if own != people[0].key and len(others) == 1:
            participants = people + others
    if not people and len(sides) == 1 and (_with(sides[0], raw, folded) or _member_case(context, sides[0]) == "with"):
        # "कांगो सरकार ने उन ख़बरों को ख़ारिज किया कि एम23 विद्रोहियों के साथ कोई समझौता हो चुका
        # है": the one who speaks is the side the other signed "with"
        speaker = _clause_agent(context, start)
        if speaker is not None and (speaker.kind, speaker.key) in context.sources and _national_outlet(article, speaker):
            speaker = None  # "पीटीआई ने बताया कि जीसीसी के साथ …": the agency reports, it signs nothing
        if speaker is not None and speaker.kind == "Organization":
            side = _side_of(article, speaker.kind, speaker.key)
            speaker = Mention(speaker.start, speaker.end, speaker.text, side[0], side[1], speaker.found_by, speaker.sentence)
        if speaker is None:
            # "… जीसीसी के साथ एफटीए पर दस्तखत हो सकते हैं": the side signing with it is the
            # story's main country
            speaker = _main_country(article, index, exclude={sides[0].key})
        if speaker is not None and _country_of(article, speaker) != sides[0].key:
            participants = [speaker] + sides
    elif not people and len(sides) == 1 and sides[0].kind == "Organization":
        # "ईएफटीए ने कहा कि वह मलेशिया के साथ …": a body and the country it signs with
        others = [m for m in context.countries(start, end) if _with(m, raw, folded) and context.word(m) < position]
        if len(others) == 1:
            participants = sides + others
    if not participants:
        host = _summit_host(context, start, position)
        if host is not None:
            return [host], 0.85
        pair = _sides_told_before(context, position)
        return (pair, 0.85) if pair else None
    if len({_country_of(article, m) for m in participants}) == 1 and _signs_alone(context, start, position):
        # "इथियोपिया ने उस पर दस्तखत करने से इनकार कर दिया": a refusal, or joining an initiative
        # of many, is one side's act; its one named side signs alone
        return participants, inferred
    if len({_country_of(article, m) for m in participants}) == 1:
        # "पुतिन और किम ने … हस्ताक्षर किए" with the other signer not recognised: a
        # signing needs two sides, and the one named is one of the article's main pair
        main = _main_parties(article, index, "Country")
        if _country_of(article, participants[0]) in {m.key for m in main}:
            participants, inferred = main, 0.85
    return participants, inferred


def _signs_alone(context: _Sentence, start: int, position: int) -> bool:
    """Say whether the signing at `position` is an act of one side: refused right after its verb
    ("दस्तखत करने से इनकार कर दिया"), or joining something of many before it in its clause
    ("बीआरआई से जुड़ने के ज्ञापन पर")."""
    folded, grammar = context.folded, context.grammar
    after = folded[position + 1 : position + 4]
    if any(tuple(after[: len(cue)]) == cue for cue in grammar["sole_refusal"]):
        return True
    return _contains_any(folded[start:position], grammar["sole_accession"])


def _bodies(context: _Sentence, start: int, position: int) -> list[Mention]:
    """Return the organisations that act as a side of a signing in words start..position:
    the ने-agent, one "के साथ"/"के बीच", one signed for ("की ओर से"), the members of a bloc
    ("आसियान देशों ने"), or one coordinated with another side ("ईयू और मर्कोसुर")."""
    raw, folded = context.raw, context.folded
    orgs = [m for m in context.mentions if m.kind == "Organization" and start <= context.word(m) < position
            and (m.start, m.end) not in context.modifiers and (m.kind, m.key) not in context.sources
            and not context._inside_longer(m)]
    agents = orgs + [m for m in context.mentions if m.kind == "Country" and start <= context.word(m) < position]
    out = []
    for m in orgs:
        after = _word_index(raw, m.end - 1) + 1
        if after < len(folded) and folded[after] == "भी":
            after += 1
        # "ईयू यूक्रेन के साथ … करेगा": an unmarked body right before the side it signs with
        subject = _case(m, raw, folded) == "plain" and any(
            o is not m and o.key != m.key and context.word(o) == after and _case(o, raw, folded) == "company" for o in agents)
        if _case(m, raw, folded) in ("agent", "company") or _on_behalf(m, raw, folded) or _member_case(context, m) \
                or subject or any(o is not m and o.key != m.key and _coordinated_sides(context, m, o) for o in agents):
            out.append(m)
    return out


def _coordinated_sides(context: _Sentence, a: Mention, b: Mention) -> bool:
    """Say whether two names are joined as sides: "और"/"तथा"/"एवं", a comma or a hyphen
    ("अफ्रीकी संघ-यूरोपीय संघ शिखर सम्मेलन"), with nothing else between."""
    first, second = sorted((a, b), key=lambda m: m.start)
    gap = context.article.text[first.end : second.start].strip()
    return gap in (",", "और", "तथा", "एवं", "व", "-", "–", "—")


def _listed_with(context: _Sentence, a: Mention, b: Mention) -> bool:
    """Say whether two sides stand side by side in a list, a bracketed short form between
    allowed: "संयुक्त अरब अमीरात (यूएई), कतर …"."""
    first, second = sorted((a, b), key=lambda m: m.start)
    gap = re.sub(r"\([^()]*\)", "", context.article.text[first.end : second.start]).strip()
    return gap in (",", "और", "तथा", "एवं", "व", "-", "–", "—")


def _member_case(context: _Sentence, m: Mention) -> str | None:
    """Return how an organisation's members are marked when they act: "agent" for "बिम्सटेक
    के सदस्य देशों ने", "आसियान देशों ने"; "with" for "एम23 विद्रोहियों के साथ"; "between" for
    "… के बीच"; else None."""
    if m.kind != "Organization":
        return None
    i = _word_index(context.raw, m.end - 1) + 1
    folded = context.folded
    if i < len(folded) and folded[i] in ("के", "का", "की"):
        i += 1
    for phrase in context.grammar["bloc_members"]:
        if tuple(folded[i : i + len(phrase)]) == phrase:
            after = tuple(folded[i + len(phrase) : i + len(phrase) + 2])
            if after[:1] == ("ने",):
                return "agent"
            return {("के", "साथ"): "with", ("के", "संग"): "with", ("के", "बीच"): "between"}.get(after)
    return None


def _speaking_body(context: _Sentence, clause_start: int) -> Mention | None:
    """Return the country or body that speaks in the clause governing a pronoun's clause, when
    the last ने-agent before it is one ("ईएफटीए ने एक बयान में कहा कि वह …")."""
    agent = _clause_agent(context, clause_start)
    return agent if agent is not None and agent.kind != "Person" else None


def _clause_agent(context: _Sentence, clause_start: int) -> Mention | None:
    """Return the last ने-agent before a clause: a person, country or body ("X सरकार ने" is X)."""
    raw, folded = context.raw, context.folded

    titles = _roles()[0]

    def agent(m: Mention) -> bool:
        i = _word_index(raw, m.end - 1) + 1
        if _case(m, raw, folded) == "agent" or (m.kind == "Country" and folded[i : i + 2] == ["सरकार", "ने"]):
            return True
        # "नाटो के महासचिव ने कहा कि …": a body's unnamed officer speaks for it
        if m.kind == "Organization" and folded[i : i + 1] in (["के"], ["की"], ["का"]):
            return any(tuple(folded[i + 1 : i + 1 + n]) in titles and folded[i + 1 + n : i + 2 + n] == ["ने"] for n in (1, 2, 3))
        return False

    agents = [m for m in context.mentions if m.kind in AGENT_KINDS and context.word(m) < clause_start
              and agent(m) and not context._inside_longer(m)]
    return agents[-1] if agents else None


def _national_outlet(article: Article, m: Mention) -> bool:
    """Say whether a cited organisation is a known outlet of one country (an agency such as
    पीटीआई or केसीएनए): a gazetteer body with a country. A state organ the text named by its
    country ("कांगो सरकार") is discovered, and a bloc has no one country."""
    entity = article.entities.get((m.kind, m.key))
    return m.kind == "Organization" and entity is not None and not entity.discovered and bool(entity.country)


def _sides_told_before(context: _Sentence, position: int) -> list[Mention]:
    """Return the two sides "दोनों देश/पक्ष/गुट" (or a signing naming nobody) stands for.

    The sides of the event told last before it — earlier in its sentence ("… शी के साथ वार्ता
    की, जिसके बाद दोनों देशों के बीच … हस्ताक्षर किए गए"), else in the two sentences before it
    in its paragraph ("… बैठक हुई। बैठक के बाद किसी समझौते पर हस्ताक्षर नहीं हुए") — when that
    event has exactly two; else two sides named together before it in its sentence or the
    sentence before ("मर्कोसुर और ईएफटीए के बीच … । … दोनों गुटों ने …"); else the article's
    two main countries.
    """
    article, index = context.article, context.index
    sentence = article.sentences[index]

    def as_mentions(sides):
        return [Mention(sentence.start, sentence.start, "", kind, key, "role", index) for kind, key in sorted(sides)]

    def sides_of(event: Event):
        told = [*event.participants] + ([event.destination] if event.destination else [])
        sides = {_side_of(article, kind, key) for kind, key in told}
        return sides if None not in sides and len(sides) == 2 else None

    for event, at, _ in reversed(getattr(context, "found", [])):
        if at < position and sides_of(event):
            return as_mentions(sides_of(event))
    raw, folded = context.raw, context.folded
    day_meeting = _day_named_meeting(context, position)
    if day_meeting is not None and sides_of(day_meeting):
        # "मंगलवार की बैठक में दोनों देशों ने …": the sides of the meeting told on that day
        return as_mentions(sides_of(day_meeting))
    named = {_side_of(article, m.kind, m.key) for m in context.mentions
             if m.kind in AGENT_KINDS and m.found_by != "pronoun" and context.word(m) < position
             and (m.kind, m.key) not in context.sources and not _witness(context, m)
             and (m.kind == "Person" or _case(m, raw, folded) != "possessor" or _on_behalf(m, raw, folded))
             and not context._followed_by(m, "में")
             and (m.kind != "Organization" or m in _bodies(context, 0, position))}
    for i in range(position):
        if folded[i] in context.pronouns:
            # "मंगलवार को उन्होंने शी के साथ वार्ता की, जिसके बाद दोनों देशों के बीच …"
            referent = context.resolve_pronoun(i)
            if referent is not None:
                named.add(_side_of(article, referent.kind, referent.key))
    named.discard(None)
    if len(named) == 2:
        # "जीसीसी ने … ब्रिटेन के साथ … पूरा किया था, जिस पर … दोनों पक्षों के मंत्रियों ने …"
        return as_mentions(named)
    j = index
    # "इस दौरान दोनों देश … दस्तखत करेंगे": an occasion pointer reaches into the paragraph before
    pointer = any(tuple(folded[k : k + 2]) in _OCCASION_POINTERS for k in range(position))
    while j > 0 and index - j < 2 and (pointer and j == index
                                       or "\n" not in article.text[article.sentences[j - 1].end : article.sentences[j].start]):
        j -= 1
        for event in reversed([e for e in context.events if e.sentence == j]):
            if sides_of(event):
                return as_mentions(sides_of(event))
    for k, limit in ((index, context.raw[position][1]), (index - 1, len(article.text))):
        if k < 0:
            continue
        named = sorted((m for m in article.mentions if m.sentence == k and m.kind in AGENT_KINDS and m.found_by != "pronoun"
                        and m.start < limit), key=lambda m: m.start)
        for b in reversed(range(1, len(named))):
            a_, b_ = named[b - 1], named[b]
            gap = article.text[a_.end : b_.start].strip()
            if gap in (",", "और", "तथा", "एवं", "व", "-", "–", "—"):
                sides = {_side_of(article, a_.kind, a_.key), _side_of(article, b_.kind, b_.key)}
                if None not in sides and len(sides) == 2:
                    return as_mentions(sides)
    signed = [event for event in context.events if event.kind == "Signing" and event.sentence < index and sides_of(event)]
    if signed:
        # "गौरतलब है कि दोनों देशों ने 2023 में … हस्ताक्षर किए थे" in a later paragraph: the
        # sides of the last signing told, not the two countries the article names most (a host)
        return as_mentions(sides_of(signed[-1]))
    return _main_parties(article, index, "Country")


def _agreement(article: Article, index: int, raw, folded, position: int, mentions: list[Mention]) -> str | None:
    """Return the agreement a signing names: one the gazetteer knows, else one named in quotes
    before "पर" ("\"रक्षा सहयोग संधि\" पर", "'समुद्री परिवहन सहयोग समझौते' पर"), else the noun
    phrase before "पर" that ends in an agreement noun and says which one ("समुद्री परिवहन सहयोग
    समझौते पर", "लुआंडा घोषणापत्र पर", "सीमा संधि पर") — not a bare kind of document ("एक
    समझौता ज्ञापन पर", "संयुक्त घोषणा पर": `agreement_forms`; `agreement_topics`,
    `agreement_name_stop` in triggers.yaml say where the name begins)."""
    named = [m for m in mentions if m.kind == "Agreement"]
    if named:
        return min(named, key=lambda m: abs(_word_index(raw, m.start) - position)).key
    if position < 2 or folded[position - 1] != "पर":
        return None
    grammar = _grammar()
    sentence = article.sentences[index]
    before = article.text[sentence.start : raw[position - 1][1]]
    quoted = re.search(r"[\"“'‘]([^\"“”'‘’]{2,80})[\"”'’]\s*$", before)
    if quoted and fold(quoted.group(1).split()[-1]) in NAME_HEADS:
        start = sentence.start + quoted.start(1)
        end = start + len(quoted.group(1).strip())
    else:
        head = position - 2
        if folded[head] not in NAME_HEADS:
            return None
        stop = (_roles()[2] - grammar["agreement_topics"]) | grammar["agreement_name_stop"]
        first = head
        while first > 0 and head - first < 4 and folded[first - 1] not in stop and not folded[first - 1].isdigit() \
                and not _PUNCT_BREAK.search(article.text[raw[first - 1][2] : raw[first][1]]):
            first -= 1
        if all(w in grammar["agreement_forms"] for w in folded[first : head + 1]):
            return None  # "समझौते पर", "एक समझौता ज्ञापन पर": a kind of document, not one named
        if first > 0 and folded[first - 1] in _INDEFINITE:
            return None  # "किसी रक्षा समझौते पर": any such agreement, not one named
        start, end = raw[first][1], raw[head][2]
    label = article.text[start:end]
    label = re.sub(r"समझौते$", "समझौता", label)
    key = slugify(label)
    if not key:
        return None
    ident = ("Agreement", key)
    if ident not in article.entities:
        article.entities[ident] = Entity(key=key, kind="Agreement", label_hi=label, discovered=True)
        article.mentions.append(Mention(start, end, article.text[start:end], "Agreement", key, "discovered", index))
        article.mentions.sort(key=lambda m: (m.start, m.end))
    return key


def _seals_agreement(context: _Sentence, position: int) -> bool:
    """Say whether a sealing word ("मुहर", "अंतिम रूप") seals an agreement its clause names,
    and no approving body (मंत्रिमंडल, संसद) is the one sealing it."""
    grammar, folded = context.grammar, context.folded
    start = context.clauses[context.clause_of(position)][0]
    before = folded[start:position]
    if _contains_any(before, grammar["approving_bodies"]):
        return False
    for noun in grammar["seal_objects"]:
        at = _contains(before, noun)
        while at >= 0:
            follow = before[at + len(noun) : at + len(noun) + 1]
            if follow and follow[0] in ("पर", "को"):
                return True
            nxt = _contains(before[at + 1 :], noun)
            at = at + 1 + nxt if nxt >= 0 else -1
    return False


def _agreement_anaphor(context: _Sentence, position: int) -> bool:
    """Say whether a signing word follows "यह/इस समझौता …" in its clause: the agreement
    told before ("यह समझौता 3 अप्रैल को हस्ताक्षरित हुआ", "इस संधि पर शुक्रवार को हस्ताक्षर हुए")."""
    folded = context.folded
    start = context.clauses[context.clause_of(position)][0]
    anaphoric = _lexicon()[2]
    for k in range(start, position - 1):
        # "इस पर औपचारिक रूप से हस्ताक्षर किए जाएंगे": "on it", the document told before
        if folded[k] in anaphoric and (folded[k + 1] in AGREEMENT_HEADS or folded[k + 1] == "पर"):
            if folded[k + 1] == "पर" and _agreement_named_earlier(folded, start):
                # "… एक नई संधि पर काम चल रहा है, पर इस बार उस पर हस्ताक्षर नहीं हुए": "it" is
                # the agreement an earlier clause of the sentence names, not the last one signed
                return False
            bodies = _bodies(context, start, position)
            return not any(start <= context.word(m) < position and (m.kind in ("Person", "Country") or m in bodies)
                           for m in context.mentions)
    return False


def _agreement_named_earlier(folded: list[str], clause_start: int) -> bool:
    """Say whether an earlier clause of the sentence names an agreement of its own ("एक नई
    संधि", "व्यापार समझौते"), not one pointed back to ("इस समझौते"), for a pronoun to stand for."""
    anaphoric = _lexicon()[2]
    return any(folded[k] in AGREEMENT_HEADS and not (k > 0 and folded[k - 1] in anaphoric)
               for k in range(clause_start))
