"""Who takes part in an event: agents, pairs, counterparts, delegations, main parties.

Participant helpers shared by meetings, signings and visits (the ने-phrase agent, "के साथ"
co-agents, "दोनों देश/नेता" read back to the pair told before, the article's main people and
countries, hosts and guests; a place's country, a summit's host bloc, the meeting a weekday
names, which two relation modules share). Kept below the relation modules so each can use them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from kg import attribution as attribution_, lexicon
from kg.document import Article, Event, Mention
from kg.events.grammar import (
    AGENT_KINDS,
    _Sentence,
    _apart,
    _as_well_as,
    _case,
    _contains_any,
    _followed_by_se,
    _has_headline,
    _item_start,
    _unique,
    _with,
    _word_index,
)
from kg.gazetteer import Gazetteer
from kg.normalising import fold, words


def _pair_named_before(context: _Sentence, exclude: set[str] = frozenset()) -> list[Mention]:
    """Return the two people of an event told in one of the two sentences before, when the
    story stays with them: "X और Y ने … दस्तखत किए। X गुरुवार को पहुंचे थे। दोनों नेताओं के
    बीच … वार्ता भी हुई।". An event in between with someone else ends the thread."""
    index = context.index
    sentence = context.article.sentences[index]
    between: set[str] = set()
    for back in (1, 2):
        told = [e for e in context.events if e.sentence == index - back]
        if len(told) > 1:
            # "X और Y आमने-सामने बैठे, जिसकी मेजबानी A और B ने की": of a meeting told as several
            # pairs, the pair the sentence joins by "और" comes first
            joined = _coordinated_pair(context.article, index - back, {k for e in told for _, k in e.participants} - set(exclude))
            told = sorted(told, key=lambda e: {k for _, k in e.participants} == joined)
        for event in reversed(told):
            people = sorted({key for kind, key in event.participants if kind == "Person"})
            if len(people) == 2 and between <= set(people):
                return [Mention(sentence.start, sentence.start, "", "Person", key, "role", index) for key in people]
        between |= {key for e in told for kind, key in e.participants if kind == "Person"}
    return []


def _officials_of_both(folded: list[str], grammar) -> bool:
    """Say whether "दोनों देशों के" is followed by the office of both's people ("दोनों देशों के
    विदेश मंत्रियों" is "दोनों विदेश मंत्रियों", `both_leaders`), not "के बीच"."""
    for k in range(len(folded) - 3):
        if folded[k] == "दोनों" and folded[k + 1] in ("देशों", "पक्षों", "मुल्कों") and folded[k + 2] == "के":
            return any(("दोनों",) + tuple(folded[k + 3 : k + 3 + n]) in grammar["both_leaders"] for n in (1, 2, 3))
    return False


def _both_as_agent(context: "_Sentence", start: int, end: int) -> bool:
    """Say whether "दोनों" is the ने-agent of the clause ("दोनों ने", "दोनों नेताओं ने"), not told
    as together ("एक साथ")."""
    folded = context.folded
    for k in range(start, end - 1):
        if folded[k] == "दोनों" and ("ने" in folded[k + 1 : k + 3] and "के" not in folded[k + 1 : k + 3]):
            return not _contains_any(folded[start:end], [("एक", "साथ")])
    return False


def _agents_of_last_sentence(context: "_Sentence", gazetteer: Gazetteer, exclude: set[str]) -> list[Mention]:
    """Return the people the sentence before joins by "और" as its ने-agent, with someone else in
    it ("मिशेल और फॉन डेर लायन ने शी से मुलाकात की। बाद में दोनों ने ली के साथ …"), else none."""
    if context.index == 0:
        return []
    before = context.index - 1
    sentence = context.article.sentences[before]
    raw = words(sentence.text, sentence.start)
    folded = [fold(w) for w, _, _ in raw]
    named = [m for m in context.article.mentions if m.sentence == before and m.kind == "Person" and m.found_by != "pronoun"]
    named = [m for m in sorted(named, key=lambda m: m.start)
             if not any(o is not m and o.start <= m.start and m.end <= o.end for o in named)]
    agents = _co_agents(named, raw, folded, functools.partial(_apart, context.article, gazetteer))
    if len(agents) != 2 or any(m.key in exclude for m in agents):
        return []
    here = context.article.sentences[context.index]
    return [Mention(here.start, here.start, "", "Person", m.key, "role", context.index) for m in agents]


def _pair_of_last_sentence(context: "_Sentence", exclude: set[str]) -> list[Mention]:
    """Return the two people the sentence before names, when it names exactly two besides
    its sources and `exclude` ("कार्नी ने मोदी को आमंत्रित किया था। वहां दोनों नेताओं के बीच
    मुलाकात हो सकती है"), else none."""
    if context.index == 0:
        return []
    before = context.index - 1
    sources = context.attribution.agents(before)
    sentence = context.article.sentences[before]
    said = [fold(w) for w, _, _ in words(sentence.text, sentence.start)]
    # a speaker who puts himself beside the other ("ट्रंप ने कहा कि जब तक वह और पुतिन नहीं
    # मिलते …") is one of the two; a spokesman reporting on others is not
    himself = any(w in context.pronouns and "और" in said[max(k - 1, 0) : k + 2] for k, w in enumerate(said))
    keys = sorted({m.key for m in context.article.mentions if m.sentence == before and m.kind == "Person"
                   and m.found_by != "pronoun" and m.key not in exclude and (himself or ("Person", m.key) not in sources)})
    if len(keys) != 2:
        return []
    sentence = context.article.sentences[context.index]
    return [Mention(sentence.start, sentence.start, "", "Person", key, "role", context.index) for key in keys]


def _sides_between_before(context: "_Sentence") -> list[Mention]:
    """Return the last pair of sides the article set "X और Y के बीच" before this sentence, when
    one of them is an organisation ("ईयू और मर्कोसुर के बीच … समझौते पर सहमति बन गई। … दोनों
    पक्षों के बीच बातचीत 1999 में शुरू हुई थी"): "both sides" are those two, not the two
    countries named most."""
    article = context.article
    sides = [m for m in article.mentions if m.sentence < context.index and m.kind in ("Country", "Organization")]
    for a, b in reversed(list(zip(sides, sides[1:]))):
        if a.sentence != b.sentence or a.key == b.key or "Organization" not in (a.kind, b.kind):
            continue
        between = fold(article.text[a.end : b.start]).split()
        after = fold(article.text[b.end : b.end + 12]).split()
        if between == ["और"] and after[:2] == ["के", "बीच"]:
            sentence = article.sentences[context.index]
            return [Mention(sentence.start, sentence.start, "", m.kind, m.key, "role", context.index) for m in (a, b)]
    return []


def _countries_joined_before(context: "_Sentence") -> list[Mention]:
    """Return the two countries the headline joins by "और" ("थाईलैंड और कंबोडिया के नेता मिले"):
    the pair the story is about, that "दोनों देशों के …" stands for when a third country hosts."""
    article = context.article
    if not _has_headline(article):
        return []
    sides = [m for m in article.mentions if m.sentence == 0 < context.index and m.kind == "Country" and m.found_by != "pronoun"]
    for a, b in reversed(list(zip(sides, sides[1:]))):
        if a.sentence == b.sentence and a.key != b.key and fold(article.text[a.end : b.start]).split() == ["और"]:
            sentence = article.sentences[context.index]
            return [Mention(sentence.start, sentence.start, "", "Country", m.key, "role", context.index) for m in (a, b)]
    return []


def _counterpart(context: "_Sentence", gazetteer: Gazetteer, start: int, end: int, one: Mention) -> Mention | None:
    """Return the unnamed counterpart of a clause ("जयशंकर ने अपने रूसी समकक्ष से मुलाकात की"):
    who holds, on the article's date, an office of `one` for the country the adjective names,
    when exactly one person does; else None."""
    folded, raw = context.folded, context.raw
    day = context.article.published
    if day is None:
        return None
    day = day.date() if isinstance(day, dt.datetime) else day
    for k in range(start + 1, end):
        if folded[k] not in ("समकक्ष", "समकक्षों"):
            continue
        if any(m.kind == "Person" and context.word(m) == k + 1 for m in context.mentions):
            return None  # "अपने रूसी समकक्ष लावरोव से": named, found already
        country = gazetteer.demonyms.get((folded[k - 1],)) or gazetteer.demonyms.get(tuple(folded[k - 2 : k]))
        if country is None:
            return None
        roles = {p.role for p in gazetteer.positions if p.person == one.key and p.held_on(day)}
        found = {person for role in roles for person in gazetteer.holders(role, country, day)} - {one.key}
        if len(found) != 1:
            return None
        return Mention(raw[k][1], raw[k][2], raw[k][0], "Person", found.pop(), "role", context.index)
    return None


_GUEST_NOUNS = frozenset({"मेहमान", "अतिथि", "मेहमानों"})


def _guest(context: "_Sentence", gazetteer: Gazetteer, start: int, end: int, one: Mention) -> Mention | None:
    """Return who "रूसी मेहमान" (the Russian guest) is: the person of that country the article
    named last before, other than `one` ("X ने रूसी मेहमान के सम्मान में भोज दिया", "Y भी रूसी
    मेहमान से मिल सकते हैं"); else None."""
    folded, raw, article = context.folded, context.raw, context.article
    for k in range(start + 1, end):
        if folded[k] not in _GUEST_NOUNS:
            continue
        country = gazetteer.demonyms.get((folded[k - 1],)) or gazetteer.demonyms.get(tuple(folded[k - 2 : k]))
        if country is None:
            return None
        before = [m for m in article.mentions if m.kind == "Person" and m.found_by != "pronoun" and m.key != one.key
                  and m.start < raw[k][1] and (m.kind, m.key) not in context.sources
                  and getattr(article.entities.get(("Person", m.key)), "country", None) == country]
        if not before:
            return None
        return Mention(raw[k][1], raw[k][2], raw[k][0], "Person", before[-1].key, "role", context.index)
    return None


def _inviter(context: "_Sentence", named: list[Mention]) -> Mention | None:
    """Return the one person of the clause when named as who invited ("X के निमंत्रण पर",
    `invitation_nouns` in triggers.yaml), else None."""
    if len(named) != 1:
        return None
    end = _word_index(context.raw, named[0].end - 1)
    if context.folded[end + 1 : end + 2] in (["के"], ["की"]) and context.folded[end + 2 : end + 3] \
            and context.folded[end + 2] in context.grammar["invitation_nouns"]:
        return named[0]
    return None


def _adjective_anaphor(context: "_Sentence", position: int, anaphoric) -> bool:
    """Say whether a demonstrative points to the meeting across its adjectives ("यह पहली
    उच्चस्तरीय मुलाकात होगी", "इस अहम बैठक में"; `anaphor_adjectives` in triggers.yaml)."""
    adjectives = context.grammar["anaphor_adjectives"]
    k = position - 1
    while k > 0 and position - k <= 2 and context.folded[k] in adjectives:
        k -= 1
    return k < position - 1 and context.folded[k] in anaphoric


def _joined_members(context: "_Sentence", clause: int) -> list[Mention]:
    """Return the people a relative clause right after the trigger's clause lists as taking part
    ("…, जिसमें X के अलावा Y भी शामिल थे"), else none."""
    if clause + 1 >= len(context.clauses):
        return []
    start, end, _ = context.clauses[clause + 1]
    if context.folded[start] not in _JOINED_RELATIVES or not _JOINED_VERBS & set(context.folded[start:end]):
        return []
    return _unique([m for m in context.people(start, end) if m.found_by != "pronoun"])


_JOINED_RELATIVES = {"जिसमें", "जिनमें"}
#: "… शामिल थे", and for delegation talks "… मौजूद हैं" / "उपस्थित थे"
_JOINED_VERBS = {"शामिल", "मौजूद", "उपस्थित"}


def _cross_side_pairs(context: "_Sentence", members: list[Mention]) -> list[list[Mention]]:
    """Return the pairs of `members` not known to be of one country ("प्रतिनिधिमंडल स्तर की
    वार्ता, जिसमें फिदान और शैबानी के अलावा तुर्की के रक्षा मंत्री गुलेर भी मौजूद हैं":
    Fidan–Shaibani and Guler–Shaibani; two ministers of one side are colleagues, no meeting)."""
    def country(m: Mention) -> str | None:
        entity = context.article.entities.get(("Person", m.key))
        return entity.country if entity is not None else None

    return [[a, b] for i, a in enumerate(members) for b in members[i + 1 :]
            if country(a) is None or country(a) != country(b)]


def _two_plus_two_sides(context: "_Sentence", people: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """Return the two sides of "टू प्लस टू" talks: the people named, split by country; when they
    are all of one side ("फिलीपींस की ओर से मनालो और तेओदोरो शामिल हुए"), the other side is
    who the last earlier sentence on the talks named ("कामिकावा और किहारा 'टू प्लस टू' वार्ता
    के लिए मनीला पहुंचे"). None when only one side is known."""
    article = context.article

    def country(m: Mention) -> str | None:
        entity = article.entities.get(("Person", m.key))
        return entity.country if entity is not None else None

    known = sorted({c for c in map(country, people) if c})
    if len(known) >= 2:
        first = [m for m in people if country(m) == known[0]]
        return first, [m for m in people if country(m) and country(m) != known[0]]
    keys = {m.key for m in people}
    for back in range(context.index - 1, -1, -1):
        sentence = article.sentences[back]
        if not _contains_any([fold(w) for w, _, _ in words(sentence.text, sentence.start)], context.grammar["two_plus_two"]):
            continue
        other = _unique([m for m in article.mentions if m.sentence == back and m.kind == "Person" and m.found_by != "pronoun"])
        other = [m for m in other if m.key not in keys]
        if other and people:
            return people, other
    return None


def _both_of_country(context: "_Sentence", gazetteer: Gazetteer, start: int, end: int, exclude: set[str]) -> list[Mention]:
    """Return the two people "दोनों <demonym> <plural role>" stands for ("दोनों जापानी मंत्रियों
    ने …"): the last two people of that country the article named before, else none."""
    folded, raw = context.folded, context.raw
    nouns = {seq[-1] for seq in context.grammar["both_leaders"] if len(seq) == 2 and seq[0] == "दोनों"}
    for i in range(start, end - 2):
        if folded[i] != "दोनों" or folded[i + 2] not in nouns:
            continue
        country = gazetteer.demonyms.get((folded[i + 1],))
        if country is None:
            continue
        keys: list[str] = []
        for m in sorted(context.article.mentions, key=lambda m: m.start, reverse=True):
            if m.kind != "Person" or m.start >= raw[i][1] or m.found_by == "pronoun" or m.key in exclude or m.key in keys:
                continue
            entity = context.article.entities.get(("Person", m.key))
            if entity is not None and entity.country == country:
                keys.append(m.key)
            if len(keys) == 2:
                sentence = context.article.sentences[context.index]
                return [Mention(sentence.start, sentence.start, "", "Person", key, "role", context.index) for key in sorted(keys)]
    return []


def _main_people(context: _Sentence, exclude: set[str] = frozenset()) -> list[Mention]:
    """Return the two people "दोनों नेता" stands for: of those the article's events so far
    involve, the two it names most (ties to the one named first); else its two most-named people.
    People in `exclude` (the one who meets "both leaders") are never among them."""
    item = _item_start(context.article, context.index)
    in_item = _main_people_of_item(context, item, exclude) if item else []
    if in_item:
        # a numbered round-up ("1. यूनान-तुर्की: …", "2. रूस-ईरान: …"): "both leaders" are two of
        # the item told when it names two, not the people the whole article names most (a
        # timeline's item that names one of its pair still means the article's pair)
        return in_item
    involved = {key for event in context.events for kind, key in event.participants if kind == "Person"} - set(exclude)
    if len(involved) < 2:
        return _main_parties(context.article, context.index, "Person", exclude)
    joined = [event for event in context.events if len(event.participants) > 2 and len(_coordinated_pair(context.article, event.sentence, involved)) == 2]
    if joined:
        # "अनवर ने … फुमथम और कंबोडिया के प्रधानमंत्री हुन मानेत की मेजबानी की": of a meeting
        # of three, "both leaders" are the two the text joins by "और", not their host
        pair = _coordinated_pair(context.article, joined[-1].sentence, involved)
        sentence = context.article.sentences[context.index]
        return [Mention(sentence.start, sentence.start, "", "Person", key, "role", context.index) for key in sorted(pair)]
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in context.article.mentions:
        if m.kind == "Person" and m.key in involved and m.found_by != "pronoun":
            counts[m.key] = counts.get(m.key, 0) + 1
            first.setdefault(m.key, m.start)
    ranked = sorted(counts, key=lambda k: (-counts[k], first[k]))
    sentence = context.article.sentences[context.index]
    return [Mention(sentence.start, sentence.start, "", "Person", key, "role", context.index) for key in sorted(ranked[:2])]


def _main_people_of_item(context: _Sentence, item: int, exclude: set[str]) -> list[Mention]:
    """Return the two people the round-up item from sentence `item` names most (events' people
    first), none when it names fewer than two."""
    article = context.article
    involved = {key for event in context.events if event.sentence >= item for kind, key in event.participants
                if kind == "Person"} - set(exclude)
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in article.mentions:
        if m.kind == "Person" and m.found_by != "pronoun" and item <= m.sentence <= context.index and m.key not in exclude \
                and (len(involved) < 2 or m.key in involved) and ("Person", m.key) not in context.sources:
            counts[m.key] = counts.get(m.key, 0) + 1
            first.setdefault(m.key, m.start)
    ranked = sorted(counts, key=lambda k: (-counts[k], first[k]))
    if len(ranked) < 2:
        return []
    sentence = article.sentences[context.index]
    return [Mention(sentence.start, sentence.start, "", "Person", key, "role", context.index) for key in sorted(ranked[:2])]


def _coordinated_pair(article: Article, index: int, keys: set[str]) -> set[str]:
    """Return the two people of sentence `index` joined by "और" with at most an office between
    ("X और कंबोडिया के प्रधानमंत्री Y"), when there is exactly one such pair among `keys`."""
    named = sorted((m for m in article.mentions if m.sentence == index and m.kind == "Person" and m.key in keys
                    and m.found_by != "pronoun"), key=lambda m: m.start)
    pairs = set()
    for a, b in zip(named, named[1:]):
        gap = fold(article.text[a.end : b.start]).split()
        if a.key != b.key and gap[:1] == ["और"] and len(gap) <= 5 and not set(gap) & {"ने", "से", "को", "की", "का"}:
            pairs.add(frozenset((a.key, b.key)))
    return set(next(iter(pairs))) if len(pairs) == 1 else set()


def _leaders_met_just_before(context: "_Sentence") -> bool:
    """Say whether the sentence before told two people of two countries meeting ("ली शुक्रवार
    को शी से मिलेंगे। … बैठक में … बात होगी और दोनों देश …"): "both countries" there are theirs,
    and the talks are the leaders' own, not a meeting of the article's two main countries."""
    for event in context.events:
        if event.kind == "Meeting" and event.sentence == context.index - 1 and len(event.participants) == 2 \
                and all(kind == "Person" for kind, _ in event.participants):
            homes = {getattr(context.article.entities.get(p), "country", None) for p in event.participants}
            if None not in homes and len(homes) == 2:
                return True
    return False


def _main_parties(article: Article, index: int, kind: str, exclude: set[str] = frozenset()) -> list[Mention]:
    """Return the article's two most-named countries (or people), as mentions in sentence `index`.

    "दोनों देशों ने …", "दोनों नेताओं की मुलाकात" and a signing that names nobody stand
    for the pair the article is about. A country counts its own mentions and those of its
    people ("पुतिन" speaks for Russia in an article that says "रूसी" more than "रूस");
    ties go to the one named first.
    """
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in article.mentions:
        if m.found_by == "pronoun":
            continue
        key = m.key if m.kind == kind else None
        if kind == "Country" and m.kind == "Person":
            entity = article.entities.get(("Person", m.key))
            key = entity.country if entity is not None else None
        if key and key not in exclude:
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, m.start)
    ranked = sorted(counts, key=lambda k: (-counts[k], first[k]))
    if len(ranked) < 2:
        return []
    sentence = article.sentences[index]
    return [Mention(sentence.start, sentence.start, "", kind, key, "role", index) for key in sorted(ranked[:2])]


def _main_country(article: Article, index: int, exclude: set[str]) -> Mention | None:
    """Return the country the article names most (its people counting for it), as a mention
    in sentence `index`, when it is named at least three times and more than any other."""
    counts: dict[str, int] = {}
    for m in article.mentions:
        key = m.key if m.kind == "Country" else None
        if m.kind == "Person" and m.found_by != "pronoun":
            entity = article.entities.get(("Person", m.key))
            key = entity.country if entity is not None else None
        if key and key not in exclude:
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    sentence = article.sentences[index]
    return Mention(sentence.start, sentence.start, "", "Country", ranked[0][0], "role", index)


#: demonstratives that name the antecedent of a "जो" clause in the main clause ("उस विमान …, जो")
_CORRELATIVES = frozenset({"उस", "उन", "वह", "वे", "ऐसे", "ऐसी", "ऐसा", "वही", "उसी", "उन्हीं"})
#: the plural nouns of "दोनों नेता/मंत्री/राष्ट्रपति …" as a subject, in the direct case
_PAIR_NOUNS = frozenset({"नेता", "रहनुमा", "मंत्री", "राष्ट्रपति", "प्रधानमंत्री"})


def _pair_as_subject(context: _Sentence, start: int, end: int) -> bool:
    """Say whether the clause's subject is "दोनों नेता" (or "दोनों राष्ट्रपति", "दोनों विदेश
    मंत्री") in the direct case: the two travel. Not "दोनों नेताओं से/के बीच" (oblique: others
    come to them), nor "दोनों देश"."""
    folded = context.folded
    for k in range(start, end - 1):
        if folded[k] != "दोनों":
            continue
        j = k + 1
        while j < end and folded[j] in ("विदेश", "रक्षा"):
            j += 1
        if j < end and folded[j] in _PAIR_NOUNS and folded[j + 1 : j + 2] not in (["के"], ["की"], ["का"], ["से"], ["को"], ["पर"], ["में"]):
            return True
    return False


@functools.lru_cache(maxsize=None)
def _interview_words():
    data = lexicon.load("roles")
    return ({fold(w) for w in data.get("first_person", [])}, {fold(w) for w in data.get("second_person", [])},
            {fold(w) for w in data.get("question_labels", [])}, {fold(w) for w in data.get("answer_labels", [])})


def _interview_voice(context: _Sentence, word: str) -> Mention | None:
    """Return who an interview's "मैं" or "आप" is: the person whose name labels the line
    ("पेनी वोंग: … मैं जकार्ता गई थी"), and in a question line ("प्रश्न: आप … आई थीं") the
    person the article's answer lines are labelled with. None outside such lines."""
    first, second, questions, answers = _interview_words()
    if word not in first and word not in second:
        return None
    article, sentence = context.article, context.article.sentences[context.index]
    line_start = article.text.rfind("\n", 0, sentence.start) + 1

    def label(at: int) -> tuple[str, Mention | None] | None:
        end = article.text.find("\n", at)
        line = article.text[at : end if end >= 0 else len(article.text)]
        colon = line.find(":")
        if colon <= 0 or colon > 40:
            return None
        person = next((m for m in article.mentions if m.kind == "Person" and at <= m.start and m.end <= at + colon
                       and not article.text[m.end : at + colon].strip()), None)
        return fold(line[:colon].strip()), person

    own = label(line_start)
    if own is None:
        return None
    name, person = own
    # "सवाल: … / जवाब: …" label no one: the one answering is the person the article named
    # before its first turn (the interviewee its headline or lead introduces)
    first_turn = min((m.start() for m in re.finditer(r"(?m)^[^\n:]{1,40}:", article.text)), default=line_start)
    interviewee = next((m for m in sorted(article.mentions, key=lambda m: m.start)
                        if m.kind == "Person" and m.start < first_turn), None)
    if word in first:
        found = person if person is not None else (interviewee if name in answers else None)
    elif name in questions:
        # the answer lines after the question (else before it) name who is asked
        found = None
        starts = [m.start() + 1 for m in re.finditer("\n", article.text)]
        after = [s for s in starts if s > line_start] + [s for s in reversed(starts) if s < line_start]
        for at in after:
            other = label(at)
            if other is not None and other[1] is not None:
                found = other[1]
                break
        found = found or interviewee
    else:
        return None
    if found is None:
        return None
    raw = context.raw[next(k for k, f in enumerate(context.folded) if f == word)]
    return Mention(raw[1], raw[2], raw[0], "Person", found.key, "pronoun", context.index)


#: relative pronouns that stand for the name before their clause ("लूला, जिन्होंने …")
_RELATIVE_PRONOUNS = {"जो", "जिन्होंने", "जिसने", "जिनकी", "जिनका", "जिनके", "जिसकी", "जिसका", "जिसके"}


def _embedded_relative(context: _Sentence, clause: int) -> bool:
    """Whether `clause` is a relative clause set off by a comma right after a person's name."""
    start, _, opener = context.clauses[clause]
    if opener != "rel" or start == 0:
        return False
    between = context.article.text[context.raw[start - 1][2] : context.raw[start][1]]
    return "," in between and any(
        m.kind == "Person" and _word_index(context.raw, m.end - 1) == start - 1 for m in context.mentions)


# "X से मिलने/मुलाकात करने के लिए": going to meet X
_MEETING_INFINITIVES = {"मिलने", "मुलाकात", "मुलाक़ात", "भेंट", "वार्ता", "बातचीत"}


def _place_country(article: Article, place: Mention) -> str | None:
    entity = article.entities.get((place.kind, place.key))
    return entity.country if entity is not None and place.kind == "Place" else None


def _summit_host(context: _Sentence, start: int, position: int) -> Mention | None:
    """Return the bloc whose summit sets a signing that names no side ("सम्मेलन में किसी नए
    समझौते पर हस्ताक्षर नहीं किए गए" in a story on "इकोवास का आपात शिखर सम्मेलन"): the
    members signed as that bloc, not the last two countries told. The bloc is the one
    organisation the article names right before a summit noun ("X का/के … सम्मेलन")."""
    folded, grammar, article = context.folded, context.grammar, context.article
    nouns = grammar["occasions"]
    at = [k for k in range(start, position) if any(tuple(folded[k : k + len(n)]) == n and folded[k + len(n) : k + len(n) + 1] == ["में"]
                                                   for n in nouns)]
    if not at:
        return None
    hosts = {}
    for m in article.mentions:
        if m.kind != "Organization" or m.sentence > context.index:
            continue
        follow = [fold(w) for w, _, _ in words(article.text[m.end : m.end + 60], 0)][:4]
        if follow[:1] in (["का"], ["के"], ["की"]) and any(
                tuple(follow[1 + j : 1 + j + len(n)]) == n for n in nouns for j in range(2)):
            hosts[m.key] = m
    if len(hosts) != 1:
        return None
    m = next(iter(hosts.values()))
    sentence = article.sentences[context.index]
    return Mention(sentence.start, sentence.start, "", m.kind, m.key, "role", context.index)


_COMPANION_PARTICIPLES = frozenset({"आए", "आईं", "आई", "आया", "गए", "गईं", "गई", "गया", "पहुंचे", "पहुंचीं", "पहुंची",
                                    "पहुँचे", "पहुँचीं", "मौजूद", "आये", "गये"})


def _companion(context: _Sentence, m: Mention) -> bool:
    """Say whether a name only says whom someone came with: "किम के साथ आईं विदेश मंत्री X ने
    Y से बैठक की", "मोदी के साथ गए जयशंकर ने …" — the participle describes the one who meets,
    and the leader they travelled with is no participant of that meeting."""
    i = _word_index(context.raw, m.end - 1) + 1
    folded = context.folded
    return (folded[i : i + 2] in (["के", "साथ"], ["के", "संग"]) and i + 2 < len(folded)
            and folded[i + 2] in _COMPANION_PARTICIPLES
            and any(n.kind == "Person" and context.word(n) > i + 2 for n in context.mentions))


_AGENT_PRONOUNS = frozenset({"उन्होंने", "उसने", "इन्होंने", "इसने"})


def _agentive(context: _Sentence, m: Mention) -> bool:
    """Say whether a name or a pronoun is a ने-agent ("ट्रंप ने", "उन्होंने")."""
    if m.found_by == "pronoun":
        return context.folded[context.word(m)] in _AGENT_PRONOUNS
    return _case(m, context.raw, context.folded) == "agent"


def _with_both(context: _Sentence, start: int, end: int) -> bool:
    """Say whether the two leaders are the ones met: "दोनों नेताओं से", "दोनों नेताओं के साथ"."""
    folded = context.folded
    return any(folded[k] == "दोनों" and k + 2 < end and (folded[k + 2] == "से" or folded[k + 2 : k + 4] == ["के", "साथ"])
               for k in range(start, end))


_PROGRESS = (("आगे", "बढ़ी"), ("आगे", "बढ़ा"), ("आगे", "बढ़े"), ("आगे", "बढ़"), ("अटकी",), ("अटक",), ("ठप",), ("पटरी", "पर"), ("बेनतीजा", "रही"))
_PRESENT = frozenset({"मौजूद", "उपस्थित"})


def _progress_of_talks(folded: list[str], after: int, end: int) -> bool:
    """Say whether a talks noun is the subject of a progress verb right after it ("बातचीत आगे
    बढ़ी है", "वार्ता अटकी हुई है", "वार्ता ठप है"): the course of negotiations, not a meeting."""
    return any(tuple(folded[after : after + len(p)]) == tuple(fold(w) for w in p) for p in _PROGRESS)


def _present_at_talks_told_before(context: _Sentence, position: int, length: int, end: int, people: list[Mention]):
    """Return (people, pairs, joint) for "X और Y भी वार्ता में मौजूद थे": those present at the
    talks told before (mediators, hosts) each meet its sides, not each other; else None."""
    folded = context.folded
    if folded[position + length : position + length + 1] != ["में"] or not _PRESENT & set(folded[position + length : end]):
        return None
    earlier = next((e for e in reversed(getattr(context, "events", [])) if e.kind == "Meeting" and len(e.participants) == 2
                    and e.sentence >= context.index - 2), None)
    if earlier is None:
        return None
    keys = {key for _, key in earlier.participants}
    present = [m for m in people if m.key not in keys]
    if not present:
        return None
    sentence = context.article.sentences[context.index]
    sides = [Mention(sentence.start, sentence.start, "", kind, key, "role", context.index) for kind, key in sorted(earlier.participants)]
    return _unique(present + sides), [[m, side] for m in present for side in sides], False


def _witness(context: _Sentence, m: Mention) -> bool:
    """Say whether a name is a mediator, host or witness of what is signed: "चीन की मध्यस्थता
    में", "रुबियो की मौजूदगी में" (`signing_witnesses` in triggers.yaml)."""
    i = _word_index(context.raw, m.end - 1) + 1
    folded = context.folded
    return i + 1 < len(folded) and folded[i] in ("के", "की", "का") and folded[i + 1] in context.grammar["signing_witnesses"]


_WEEKDAYS = frozenset(fold(w) for w in ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"))
_OCCASION_POINTERS = frozenset({("इस", "दौरान"), ("इसी", "दौरान"), ("इस", "मौके"), ("इस", "अवसर")})


def _day_named_meeting(context: _Sentence, position: int) -> Event | None:
    """Return the meeting a "<weekday> की बैठक/वार्ता" before `position` names: the last one told
    in a sentence with that weekday ("मंगलवार को … वांग यी से बातचीत की। … मंगलवार की बैठक में
    दोनों मंत्रियों ने …"), else None."""
    folded = context.folded
    day = next((folded[k] for k in range(max(position - 2, 0)) if folded[k] in _WEEKDAYS and folded[k + 1] == "की"
                and folded[k + 2] in _MEETING_INFINITIVES | {"बैठक"}), None)
    if day is None:
        return None
    for event in reversed(getattr(context, "events", [])):
        said = {fold(w) for w, _, _ in words(context.article.sentences[event.sentence].text, 0)}
        if event.kind == "Meeting" and event.sentence < context.index and day in said:
            return event
    return None


def _owns(context: _Sentence, m: Mention, position: int) -> bool:
    """Say whether `m` is the possessor of the trigger noun: "किम और पुतिन की अगली शिखर बैठक",
    "जयशंकर की अपने चीनी समकक्ष वांग यी से यहां संक्षिप्त मुलाकात" (no verb between)."""
    grammar, folded = context.grammar, context.folded
    i = _word_index(context.raw, m.end - 1) + 1
    if not (i < position and position - i <= 12 and folded[i] in ("के", "की", "का")):
        return False

    def verb(k: int) -> bool:
        w = folded[k]
        if w == "की" and k + 1 < position and folded[k + 1] not in grammar["verb_final"]:
            return False  # "यूरोपीय संघ की विदेश नीति प्रमुख": a genitive before its noun, not "did"
        if k == position - 1 and w in ("हुई", "हुआ", "हुए", "हुईं"):
            return False  # "X और Y की गुरुवार को हुई मुलाकात": a participle of the noun itself
        return w in grammar["verb_final"] or w.endswith(grammar["verb_endings"])

    return not any(verb(k) for k in range(i + 1, position))


def _leads_delegation(context: _Sentence, m: Mention) -> bool:
    """Say whether `m` leads the delegation the clause tells of: "X के नेतृत्व में आए प्रतिनिधिमंडल
    से मुलाकात की", "X की अगुवाई वाले दल से": the leader met whom the delegation met."""
    folded = context.folded
    i = _word_index(context.raw, m.end - 1) + 1
    if folded[i : i + 1] not in (["के"], ["की"]) or folded[i + 1 : i + 2] not in (["नेतृत्व"], ["अगुवाई"]):
        return False
    # "… के नेतृत्व में आए भारतीय प्रतिनिधिमंडल", not "… के नेतृत्व वाली सरकार के प्रतिनिधिमंडल"
    for k in range(i + 2, min(i + 6, len(folded))):
        if folded[k] in _DELEGATIONS:
            return True
        if folded[k] in ("के", "की", "का", "ने", "से", "को", "और"):
            return False
    return False


_DELEGATIONS = {"प्रतिनिधिमंडल", "शिष्टमंडल", "प्रतिनिधि", "दल"}
#: singular pronouns, which stand for a body, not a person ("उससे मिलने से इनकार")
_DELEGATION_PRONOUNS = {"उससे", "उसे"}


def _delegation_leader(context: _Sentence) -> Mention | None:
    """Return the leader of the delegation told in this sentence or the one before: "प्रतिनिधिमंडल,
    जिसका नेतृत्व X कर रहे थे", "X के नेतृत्व में (आया) प्रतिनिधिमंडल"; None when no delegation or
    no one leads it there."""
    article = context.article
    for index in (context.index, context.index - 1):
        if index < 0:
            continue
        sentence = article.sentences[index]
        raw = words(sentence.text, sentence.start)
        folded = [fold(w) for w, _, _ in raw]
        if not _DELEGATIONS & set(folded):
            continue
        people = [m for m in article.mentions if m.sentence == index and m.kind == "Person" and m.found_by != "pronoun"]
        for m in people:
            at = _word_index(raw, m.start)
            after = _word_index(raw, m.end - 1) + 1
            before = folded[max(0, at - 5) : at]
            # "जिसका नेतृत्व (पूर्व सैन्य शासक) X कर रहे थे"
            if "नेतृत्व" in before and any(w in ("जिसका", "जिसकी") for w in before) \
                    or folded[after : after + 2] in (["के", "नेतृत्व"], ["की", "अगुवाई"]):
                return Mention(m.start, m.end, m.text, "Person", m.key, "role", context.index)
    return None


def _qualifies_next_name(context: _Sentence, i: int, end: int) -> bool:
    """Say whether the possessive pronoun at word `i` qualifies the name right after a noun of
    relation ("उनके जापानी समकक्ष योशिमासा हयाशी", "उनकी पत्नी किम केओन-ही"): whose counterpart
    or wife. "उनकी पुतिन से मुलाकात" (no such noun) is the meeting's possessor, and "उनकी रूसी
    राष्ट्रपति पुतिन से मुलाकात" (an office, no relation) too."""
    folded = context.folded
    if folded[i] not in _POSSESSIVE_PRONOUNS and folded[i] not in ("अपने", "अपनी", "अपना"):
        return False
    named = next((context.word(m) for m in context.mentions if m.kind == "Person" and i < context.word(m) < min(end, i + 5)), None)
    if named is None:
        return False
    gap = folded[i + 1 : named]
    return bool(set(gap) & context.grammar["relation_nouns"]) and not set(gap) & _CASE_WORDS


#: postpositions and case markers: a gap with one of them is no noun phrase
_CASE_WORDS = {"ने", "से", "को", "में", "पर", "के", "की", "का", "साथ", "बीच", "और"}

_POSSESSIVE_PRONOUNS = {"उनकी", "उनके", "उनका", "इनकी", "इनके", "इनका", "उसकी", "उसके", "उसका"}


def _bilateral(participants: list[Mention], raw, folded, text: str | None = None, apart=None) -> list[list[Mention]]:
    """Split "X ने Y और Z से मुलाकात की" into X–Y and X–Z: the subject met each of the से-objects.

    Only when one person is the subject (ने-marked, or unmarked and not coordinated) and
    the others are the objects marked by से / के साथ; "X, Y और Z के बीच" stays one meeting.
    """
    if len(participants) < 3 or any(m.kind != "Person" for m in participants):
        return [participants]
    cases = [_case(m, raw, folded) for m in participants]
    last_word = folded[_word_index(raw, participants[-1].start)]
    if cases[-1] == "possessor" or last_word in _POSSESSIVE_PRONOUNS:
        # "मिलेई और पेन्या से भी उनकी मुलाकात हुई": the possessor after the से-objects met each
        i = _word_index(raw, participants[-2].end - 1) + 1
        if folded[i : i + 1] == ["से"] and _word_index(raw, participants[-1].start) <= i + 2:
            return [[participants[-1], other] for other in participants[:-1]]
    agents = _co_agents(participants, raw, folded, apart)
    if agents:
        # "X और Y ने Z से मुलाकात की", "… जिसकी मेजबानी X और Y ने की": who met or hosted
        # together are one side; each met the others, not each other
        others = [m for m in participants if all(m is not a for a in agents)]
        objects = [m for m in others if _case(m, raw, folded) == "oblique" or _followed_by_se(m, raw, folded)]
        return [[a, b] for i, a in enumerate(participants) for b in participants[i + 1 :]
                if not (any(a is x for x in agents) and any(b is x for x in agents))
                and not (len(objects) > 1 and any(a is x for x in objects) and any(b is x for x in objects))]
    subject = participants[0]
    after_subject = _word_index(raw, subject.end - 1) + 1
    coordinated = after_subject < len(folded) and folded[after_subject] == "और"
    # "A, B और C ने D के साथ बैठक की": a list of subjects met D together, one meeting
    listed = text is not None and after_subject < len(raw) and "," in text[subject.end : raw[after_subject][1]]
    # "यून की इशिबा और शी से मुलाकात": the possessor of the meeting met each of them too
    if cases[0] not in ("agent", "plain", "possessor") or coordinated or listed:
        return [participants]
    last = participants[-1]
    i = _word_index(raw, last.end - 1) + 1
    marked = folded[i : i + 2]
    if not marked or not (marked[0] == "से" or marked == ["के", "साथ"]):
        return [participants]
    if marked[0] == "से" and any(_with(m, raw, folded) and not _as_well_as(m, raw, folded) for m in participants[1:-1]):
        # "शरीफ ने मुनीर के साथ क्राउन प्रिंस से मुलाकात की": the companion met Z too, together
        return [participants]
    return [[subject, other] for other in participants[1:]]


def _sides_between(context: "_Sentence", countries: list[Mention]) -> list[Mention]:
    """Return the countries "X और Y के (नेताओं के) बीच" joins, when the clause names them so:
    "सर्बिया और कोसोवो के नेताओं के बीच उत्तर मैसेडोनिया के शहर ओह्रिड में बातचीत" is between
    Serbia and Kosovo; the host country named after is where. Else all `countries`."""
    raw, folded = context.raw, context.folded
    for a, b in zip(countries, countries[1:]):
        i, j = _word_index(raw, a.end - 1), _word_index(raw, b.end - 1)
        if folded[i + 1 : context.word(b)] != ["और"]:
            continue
        after = folded[j + 1 : j + 5]
        if after[:2] == ["के", "बीच"] or (after[:1] == ["के"] and after[2:4] == ["के", "बीच"]):
            # a list before the "और" ("भारत, रूस और चीन के बीच") joins by commas
            joined = [a, b]
            for m in reversed([m for m in countries if m.end <= a.start]):
                if context.article.text[m.end : joined[0].start].strip() != ",":
                    break
                joined.insert(0, m)
            return joined
    return countries


def _co_agents(participants: list[Mention], raw, folded, apart=None) -> list[Mention]:
    """Return the people joined by "और" as the ने-agent of a meeting with someone else met by
    "से" or hosted ("मिशेल और यूरोपीय आयोग की अध्यक्ष फॉन डेर लायन ने शी से मुलाकात की",
    "… जिसकी मेजबानी बोरेल और विशेष दूत लायचाक ने की"), else none. A list of leaders "के साथ"
    someone ("A, B और C ने D के साथ बैठक की") is one meeting of all, as before."""
    at = next((k for k, m in enumerate(participants) if _case(m, raw, folded) == "agent"), None)
    if at is None or at == 0:
        return []
    run = [participants[at]]
    k = at
    while k > 0:
        before, current = participants[k - 1], participants[k]
        gap = folded[_word_index(raw, before.end - 1) + 1 : _word_index(raw, current.start)]
        if not gap or gap[0] != "और" or len(gap) > 12 or set(gap) & {"ने", "से", "को", "साथ", "बीच", "और"} - {gap[0]} \
                or "और" in gap[1:]:
            break
        run.insert(0, before)
        k -= 1
    others = [m for m in participants if all(m is not a for a in run)]
    if len(run) < 2 or not others or any(_with(m, raw, folded) for m in others):
        return []
    if apart is not None and any(apart(a, b) for i, a in enumerate(run) for b in run[i + 1 :]):
        # "रवांडा के विदेश मंत्री X और कांगो की विदेश मंत्री Y ने ट्रंप से मुलाकात की": two sides
        # who met a third together met each other too
        return []
    return run


#: quantifiers that make a role everyone who holds it: "हर नया प्रधानमंत्री पहली विदेश यात्रा पर
#: नई दिल्ली जाता रहा है" is a habit. ("किसी भारतीय प्रधानमंत्री की यह पहली साइप्रस यात्रा" is
#: not: "यह" makes it this trip, of the one who holds the role now.)
_ANY = frozenset({"हर", "हरेक", "प्रत्येक"})


def _anyone(context: _Sentence, visitor: Mention, start: int) -> bool:
    """Say whether the traveller is a role quantified as everyone (up to four words before the
    mention, within its clause): a habit, no one's trip."""
    i = context.word(visitor)
    return bool(_ANY & set(context.folded[max(start, i - 4) : i]))


def _deal_with(context: _Sentence, position: int) -> bool:
    """Say whether "समझौता करेगा" makes a deal with a side its clause names before it: "भारत के
    साथ", "X और Y के बीच", not "to compromise" ("समझौता करने को तैयार नहीं")."""
    raw, folded = context.raw, context.folded
    start = context.clauses[context.clause_of(position)][0]
    return any(m.kind in AGENT_KINDS and start <= context.word(m) < position and _case(m, raw, folded) == "company"
               for m in context.mentions)


def _points_back(context: _Sentence, position: int, length: int, kind: str) -> bool:
    """Say whether a trigger noun only points back to an event told before: "वार्ता के बाद",
    "बैठक के दौरान" with nobody named before it as its own party (the one met "से", "के
    साथ", "के बीच", or whose talks "की"): "दोनों देशों ने बातचीत के बाद … दस्तखत किए" names
    the signers, not the talks' participants."""
    folded, raw = context.folded, context.raw
    clause_start, clause_end, _ = context.clauses[context.clause_of(position)]
    # "पीएनए के मुताबिक, वार्ता में समुद्री सुरक्षा … पर चर्चा हुई": what was discussed in the
    # talks told before, when the clause names no one who took part
    within = kind == "Meeting" and folded[position + length : position + length + 1] == ["में"] \
        and "बीच" not in folded[clause_start:position] and not any(
        m.kind == "Person" and clause_start <= context.word(m) < clause_end and (m.kind, m.key) not in context.sources
        for m in context.mentions)
    if tuple(folded[position + length : position + length + 2]) not in (("के", "बाद"), ("के", "दौरान")) and not within:
        return False
    start = clause_start
    # "शिन्हुआ के अनुसार, वार्ता के बाद दोनों देशों ने …": who is cited names no party
    for k in range(start, position):
        for cue in attribution_._cues_from(folded[k]):
            if cue and tuple(folded[k : k + len(cue)]) == cue and k + len(cue) <= position:
                start = k + len(cue)
    if kind != "Meeting":
        # "रूस यात्रा के दौरान": a trip names its destination before it
        return position - start <= 1 and not any(start <= context.word(m) < position for m in context.mentions)
    before = [m for m in context.mentions if start <= context.word(m) < position and m.kind in ("Person", "Country", "Organization")]
    if any(_case(m, raw, folded) in ("oblique", "company", "possessor") for m in before):
        return False
    if len({m.key for m in before if m.kind == "Person"}) >= 2:
        return False  # "मोदी और पुतिन ने मुलाकात के बाद संयुक्त बयान जारी किया": the two met
    if any(folded[k] == "दोनों" and folded[k + 1 : k + 2] != ["देशों"] and k + 2 < position and folded[k + 2] != "ने"
           for k in range(start, position - 1)):
        return False  # "दोनों नेताओं की बातचीत के बाद": the pair's own talks
    return True


def _continues_topic(context: _Sentence, people: list[Mention]) -> bool:
    """Say whether a sentence goes on about the person the one before was about: its first
    clause opens with a pronoun ahead of any name ("मंगलवार को वे अबू धाबी पहुंचे, जहां X ने
    उनका स्वागत किया", "उनके साथ विदेश मंत्री Y भी आए हैं"), so a pronoun in the next
    sentence still means that person, not the host or companion named after it."""
    # the main line: the clauses before the first relative, content or contrastive one
    # ("उत्तर: मंगलवार को … उनकी बैठक हुई" reads past the label)
    start = 0
    end = next((s for s, _, opener in context.clauses if opener in ("rel", "comp", "contrast")), len(context.folded))
    first_name = min((context.word(m) for m in people), default=len(context.folded))
    if any(context.folded[i] in context.pronouns for i in range(start, min(end, first_name))):
        return True
    # "जयशंकर के साथ उनकी बैठक हुई": the one named is a companion, the pronoun the subject
    named = [m for m in people if start <= context.word(m) < end]
    return any(context.folded[i] in context.pronouns for i in range(start, end)) and not any(
        _case(m, context.raw, context.folded) in ("agent", "plain") for m in named)


def _self_reporting_speaker(context: _Sentence) -> Mention | None:
    """Return the speaker of a sentence that reports what they themselves do: a person
    named with ने before the first content clause ("मोदी ने कहा कि …") whose content clause
    opens with a pronoun ahead of any name ("… कि घाना के बाद वह त्रिनिदाद जाएंगे")."""
    content = next((k for k, (_, _, opener) in enumerate(context.clauses) if opener == "comp"), None)
    if content is None:
        return None
    start, end, _ = context.clauses[content]
    agents = [m for m in context.people(0, start, speakers=True)
              if m.found_by != "pronoun" and _case(m, context.raw, context.folded) == "agent"]
    if not agents:
        return None
    first_name = min((context.word(m) for m in context.people(start, end, speakers=True)), default=end)
    if any(context.folded[i] in context.pronouns for i in range(start, min(end, first_name))):
        return agents[-1]
    return None
