"""Shared sentence and clause machinery for event finding, and the lexicon it reads.

The lowest layer of kg.events: trigger and grammar lexicon loading (data/lexicon/), the
`_Sentence` view of one sentence, clause splitting (`_clauses`), trigger positions, case
markers and the small word-level tests every relation module uses (among them `_joins_occasion`
and `_trip_day`, which meetings and dating both read). It imports nothing from kg.events, so
meetings, signings, visits, status and dating can all build on it.
"""

from __future__ import annotations

import bisect
import functools
import re

from kg import lexicon
from kg.document import Article, Event, Mention
from kg.gazetteer import Gazetteer
from kg.nlp import dependencies as deps
from kg.normalising import fold, words


TRUST = {"gazetteer": 1.0, "short": 0.9, "role": 0.9, "dateline": 0.9, "discovered": 0.75, "ner": 0.75, "pronoun": 0.7}
AGENT_KINDS = ("Person", "Country", "Organization")
# nouns that head an agreement's name: "आपसी रक्षा संधि", "परमाणु समझौते"
AGREEMENT_HEADS = {"संधि", "समझौता", "समझौते", "करार", "सहमति पत्र", "समझौतों", "संधियों", "ज्ञापन"}
# nouns that head an agreement's own name ("लुआंडा घोषणापत्र", "समुद्री परिवहन सहयोग समझौते")
NAME_HEADS = AGREEMENT_HEADS | {"घोषणापत्र", "घोषणा-पत्र", "घोषणा", "करारों", "ज्ञापनों"}
# punctuation that may end a clause (a comma only after a finished verb, see _clauses)
# emphatic demonstratives that point to the one event told before ("उसी बैठक में"); a plain
# "इस यात्रा में" may be about what is still to come in it
_SAME_EVENT = {"उसी", "इसी"}
# what a noun phrase naming an occasion ends in when the clause's verb happens during it
# ("मिलने के लिए … यात्रा की": the trip made for a meeting is dated with it)
_OCCASION_AFTER = (("के", "दौरान"), ("में",), ("के", "बाद"), ("के", "मौके", "पर"), ("के", "अवसर", "पर"), ("के", "लिए"))
_INVITATIONS = {"निमंत्रण", "न्योता", "आमंत्रण", "न्यौता"}
_INDEFINITE = {"किसी", "कोई", "किन्हीं", "ऐसे", "ऐसा", "ऐसी"}
_PUNCT_BREAK = re.compile(r"[,;:।॥?!()]")
# a gloss of a word or a date ("(एमओयू)", "(9 फरवरी)"), or a clock time converted to another
# zone ("(भारतीय समयानुसार सुबह 11:30 बजे)"): part of its clause
_GLOSS = re.compile(r"\((?:[^()\s]+\s?){1,3}\)|\([^()]{0,50}?(?:\d{1,2}[:.]\d{2}|बजे)[^()]{0,20}\)")


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


@functools.lru_cache(maxsize=None)
def _grammar():
    """Return the clause, governing-word and main-party data of the lexicon."""
    data = lexicon.load("triggers")
    modality = lexicon.load("modality")

    def seqs(items):
        return [tuple(fold(c).split()) for c in items]

    clauses = modality["clauses"]
    calendar = lexicon.load("calendar")
    return {
        "date_links": seqs(calendar.get("date_links", [])),
        "first_day": seqs(calendar.get("first_day", [])),
        "next_day": seqs(calendar.get("next_day", [])),
        "trip_nouns": {fold(w) for w in calendar.get("trip_nouns", [])},
        "time_references": seqs(calendar.get("time_references", [])),
        "trip_days": {fold(k): int(v) for k, v in calendar.get("trip_days", {}).items()},
        "earlier_links": seqs(calendar.get("earlier_links", [])),
        "same_period": {tuple(fold(k).split()): {"year": 4, "month": 7}[v] for k, v in calendar.get("same_period", {}).items()},
        "occasions": set(seqs(data.get("occasions", {}).get("nouns", []))),
        "occasion_after": seqs(data.get("occasions", {}).get("after", [])),
        "occasion_links": seqs(calendar.get("occasion_links", [])),
        "answer_labels": {fold(w) for w in calendar.get("answer_labels", [])},
        "governed": {status: seqs(items) for status, items in modality["governed"].items()},
        "light": seqs(modality["light_infinitives"]),
        "pluperfect": {fold(w) for w in modality["pluperfect"]},
        "complement": {fold(w) for w in clauses["complement"]},
        "relative": {fold(w) for w in clauses["relative"]},
        "coordinating": {fold(w) for w in clauses["coordinating"]},
        "contrastive": {fold(w) for w in clauses["contrastive"]},
        "verb_final": {fold(w) for w in clauses["verb_final"]},
        "verb_endings": tuple(fold(w) for w in clauses["verb_final_endings"]),
        "both_countries": seqs(data["both_countries"]),
        "both_leaders": seqs(data["both_leaders"]),
        "separately": seqs(data.get("separately", [])),
        "two_plus_two": seqs(data.get("two_plus_two", [])),
        "three_leaders": seqs(data.get("three_leaders", [])),
        "both_parties": seqs(data.get("both_parties", [])),
        "bloc_members": sorted(seqs(data.get("bloc_members", [])), key=len, reverse=True),
        "signing_witnesses": {fold(w) for w in data.get("signing_witnesses", [])},
        "sole_refusal": seqs(data.get("sole_refusal", [])),
        "sole_accession": seqs(data.get("sole_accession", [])),
        "deal_verbs": set(seqs(data.get("deal_verbs", []))),
        "agreement_forms": {fold(w) for w in data.get("agreement_forms", [])},
        "agreement_topics": {fold(w) for w in data.get("agreement_topics", [])},
        "agreement_name_stop": {fold(w) for w in data.get("agreement_name_stop", [])},
        "signing_bridges": sorted(seqs(data.get("signing_bridges", [])), key=len, reverse=True),
        "visit_particles": {fold(w) for w in data["visit_particles"]},
        "landing": set(seqs(data.get("landing", {}).get("verbs", []))),
        "participation": set(seqs(data.get("hosted", {}).get("participation", []))),
        "held": {fold(w) for w in data.get("hosted", {}).get("held", [])},
        "airports": seqs(data.get("landing", {}).get("airports", [])),
        "planes": seqs(data.get("landing", {}).get("planes", [])),
        "carrying": seqs(data.get("landing", {}).get("carrying", [])),
        "acceptance": seqs(modality["acceptance"]),
        "denial_anaphors": {fold(w) for w in modality.get("denial_anaphors", [])},
        "denial_anaphor_phrases": seqs(modality.get("denial_anaphor_phrases", [])),
        "unconfirmed": seqs(modality.get("unconfirmed", [])),
        "passive_reports": seqs(modality.get("passive_reports", [])),
        "not_ruled_out": seqs(modality.get("not_ruled_out", [])),
        "not_called_off": seqs(modality.get("not_called_off", [])),
        "claim_pointers": seqs(modality.get("claim_pointers", [])),
        "open_dates": seqs(modality.get("open_dates", [])),
        "claim_labels": {fold(w) for w in modality.get("claim_labels", [])},
        "signed_plans": seqs(modality.get("signed_plans", [])),
        "containing": seqs(clauses["containing"]),
        "sealing": set(seqs(data.get("sealing", {}).get("triggers", []))),
        "seal_objects": seqs(data.get("sealing", {}).get("agreements", [])),
        "approving_bodies": seqs(data.get("sealing", {}).get("approving_bodies", [])),
        "due_past": seqs(modality.get("due_past", [])),
        "participle_nouns": {fold(w) for w in data.get("participle_nouns", [])},
        "future_endings": tuple(fold(w) for w in modality.get("future_endings", [])),
        "anaphor_adjectives": {fold(w) for w in data.get("anaphor_adjectives", [])},
        "invitation_nouns": {fold(w) for w in data.get("invitation_nouns", [])},
        "after_object": set(seqs(data.get("after_object", []))),
        "multilateral": {fold(w) for w in data.get("multilateral", [])},
        "relation_nouns": {fold(w) for w in data.get("relation_nouns", [])},
        "next_round": seqs(data.get("next_round", [])),
        "venue_words": {w.casefold() for w in data.get("venue_words", [])},
        "stopover": {fold(w) for w in data.get("stopover", [])},
        "capital_apposition": set(seqs(data.get("capital_apposition", []))),
        "correlatives": {fold(w) for w in modality.get("correlatives", [])},
        "organisation_seats": dict(data.get("organisation_seats", {})),
    }


def _roles():
    from kg.entities import _roles as roles

    return roles()


def _contains(haystack: list[str], needle: tuple[str, ...]) -> int:
    """Return the index of `needle` in `haystack`, or -1."""
    n = len(needle)
    last = len(haystack) - n
    if n == 0 or last < 0:
        return 0 if needle == () and last >= 0 else -1
    # list.index finds each candidate first word at C speed; most phrases are absent from
    # most sentences, so this is the whole cost of a miss
    i = -1
    while True:
        try:
            i = haystack.index(needle[0], i + 1, last + 1)
        except ValueError:
            return -1
        if tuple(haystack[i : i + n]) == needle:
            return i


def _without(haystack: list[str], needles) -> list[str]:
    """Return `haystack` with every occurrence of each of `needles` cut out."""
    words = list(haystack)
    for needle in needles:
        while needle and (at := _contains(words, needle)) >= 0:
            words = words[:at] + words[at + len(needle):]
    return words


def _contains_any(haystack: list[str], needles) -> bool:
    """Say whether any of `needles` occurs in `haystack`."""
    # a phrase whose first word the words lack cannot occur: one set test, not a scan
    present = set(haystack)
    return any((not needle or needle[0] in present) and _contains(haystack, needle) >= 0 for needle in needles)


class _Sentence:
    """One sentence as event finding reads it: words, mentions and clauses."""

    def __init__(self, article, index, raw, folded, mentions, sources, modifiers, clauses, pronouns, last_subject, grammar):
        self.article, self.index, self.raw, self.folded = article, index, raw, folded
        self.mentions, self.sources, self.modifiers = mentions, sources, modifiers
        self.clauses, self.pronouns, self.last_subject, self.grammar = clauses, pronouns, last_subject, grammar

    def word(self, m: Mention) -> int:
        return _word_index(self.raw, m.start)

    def clause_of(self, position: int) -> int:
        return next(i for i, (start, end, _) in enumerate(self.clauses) if start <= position < end)

    def people(self, start: int, end: int, speakers: bool = False) -> list[Mention]:
        """Return the people named in words start..end, not as sources unless `speakers`."""
        return [
            m for m in self.mentions
            if m.kind == "Person" and start <= self.word(m) < end
            and (speakers or (m.kind, m.key) not in self.sources)
            and not self._inside_longer(m)
        ]

    def _inside_longer(self, m: Mention) -> bool:
        # "क्रिस्टोफर" inside "क्रिस्टोफर लक्सन": the longer name carries the case marker
        return any(o is not m and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start) for o in self.mentions)

    def countries(self, start: int, end: int) -> list[Mention]:
        # "पाकिस्तान में": a country followed by में is where, not who
        return _unique([
            m for m in self.mentions
            if m.kind == "Country" and start <= self.word(m) < end
            and (m.start, m.end) not in self.modifiers and (m.kind, m.key) not in self.sources
            and not self._followed_by(m, "में")
        ])

    def _followed_by(self, m: Mention, word: str) -> bool:
        i = _word_index(self.raw, m.end - 1) + 1
        return i < len(self.folded) and self.folded[i] == word

    def has(self, phrases, start: int, end: int) -> bool:
        return _contains_any(self.folded[start:end], phrases)

    def resolve_pronoun(self, at: int) -> Mention | None:
        """Return who the pronoun at word `at` refers to.

        A pronoun refers to a person named in an earlier clause of its sentence — the
        nearest ने-agent, else the nearest unmarked subject, else the nearest person
        ("मोदी … पहुंचे थे और उसी दिन उन्होंने …", "किम … जा सकते हैं, जहां उनकी …") —
        never to the subject of its own clause (Hindi says अपना for that); failing that,
        to the last subject of the sentences before.
        """
        clause_start = self.clauses[self.clause_of(at)][0]
        # a speaker may be what the pronoun of the reported clause means:
        # "ट्रंप ने घोषणा की कि वे … मिलेंगे"
        earlier = [m for m in self.people(0, clause_start, speakers=True) if m.found_by != "pronoun"]
        for wanted in ("agent", "plain", None):
            chosen = [m for m in earlier if wanted is None or _case(m, self.raw, self.folded) == wanted]
            if chosen:
                return chosen[-1]
        # "वांग यी के नई दिल्ली पहुंचने पर जयशंकर ने उनकी अगवानी की": the subject of an
        # "on X's V-ing" adverbial ("X के … V-ने पर") is a clause of its own for a pronoun
        for m in reversed([m for m in self.people(clause_start, at) if m.found_by != "pronoun"]):
            if _case(m, self.raw, self.folded) != "possessor":
                continue
            i = _word_index(self.raw, m.end - 1) + 2
            for k in range(i, min(i + 4, at)):
                # … "X के कीव लौटने से उनकी लंदन यात्रा अधूरी रही", "X के पहुंचने के बाद उनका …"
                if self.folded[k].endswith("ने") and k + 1 < at and self.folded[k + 1] in ("पर", "से", "के"):
                    return m
        return self.last_subject


def _second_claim(context: "_Sentence", found, position: int, kind: str) -> bool:
    """Say whether a trigger of a kind already found in the sentence tells another source's
    claim: it stands after a contrastive clause ("…, जबकि योनहाप ने कहा कि दोनों नेताओं की
    मुलाकात रविवार को हुई थी") whose source is its own."""
    clause = context.clause_of(position)
    earlier = [context.clause_of(at) for e, at, _ in found if e.kind == kind]
    if not earlier:
        return False
    contrast = [k for k in range(max(earlier) + 1, clause + 1) if context.clauses[k][2] == "contrast"]
    return bool(contrast) and bool(_clause_sources(context, position))


def _clause_sources(context: "_Sentence", position: int) -> set[str]:
    """Return the organisations cited from the last contrastive clause before `position` on:
    the source of a second claim in its sentence."""
    clause = context.clause_of(position)
    start = next((context.clauses[k][0] for k in range(clause, 0, -1) if context.clauses[k][2] == "contrast"), None)
    if start is None:
        return set()
    return {m.key for m in context.mentions if m.kind == "Organization" and (m.kind, m.key) in context.sources
            and start <= context.word(m) < position}


def _restatement(earlier: Event, index: int, trigger: str) -> Event:
    """Return a copy of `earlier` as restated by sentence `index` ("यह बैठक बुधवार को हुई")."""
    return Event(
        earlier.kind, index, earlier.status, participants=list(earlier.participants), agreement=earlier.agreement,
        destination=earlier.destination, place=earlier.place, sources=list(earlier.sources), trigger=trigger,
        confidence=round(earlier.confidence * 0.85, 2),
    )


def _clauses(text: str, offset: int, raw, folded, grammar, mentions=(), headline: bool = False) -> list[tuple[int, int, str]]:
    """Return the clauses of a sentence as (first word, end word, opener) spans.

    The opener says how a clause joins the one before: "comp" (कि, a content clause the
    one before governs), "rel" (जो, जहां, जिसमें … and जब/तो), "contrast" (लेकिन, जबकि),
    "coord" (और or a comma after a finished verb), "punct" (; : । or a parenthesis), or
    "start" for the first. A word inside a name ("जो बाइडन") opens nothing. In a headline
    every comma ends a part: "बीजिंग पहुंचे लूला, आज शी से होगी वार्ता" puts the subject
    after its verb, so the comma follows a name, not a verb.
    """
    named = [(m.start, m.end) for m in mentions]
    # a short parenthesis that glosses a word or dates it ("समझौता ज्ञापनों (एमओयू) पर",
    # "रविवार (9 फरवरी) को") is part of its clause, not a break
    glosses = {offset + m.start() for m in _GLOSS.finditer(text)} | {offset + m.end() - 1 for m in _GLOSS.finditer(text)}

    def verb_final(word: str) -> bool:
        return word in grammar["verb_final"] or word.endswith(grammar["verb_endings"])

    bounds: list[tuple[int, str]] = [(0, "start")]
    for i in range(1, len(raw)):
        between = text[raw[i - 1][2] - offset : raw[i][1] - offset]
        if glosses:
            between = "".join(ch for k, ch in enumerate(between, start=raw[i - 1][2]) if k not in glosses)
        punct = _PUNCT_BREAK.findall(between)
        word, previous = folded[i], folded[i - 1]
        if between.strip() in (":", ".") and previous[-1:].isdecimal() and word[:1].isdecimal():
            punct = []  # a clock time ("सुबह 11:30 बजे") breaks no clause
        opener = None
        if any(start <= raw[i][1] < end for start, end in named):
            # a word inside a name opens nothing, but a comma after a finished clause or a
            # headline's trigger noun still ends it ("पुतिन-एर्दोगन में बातचीत, शी ने …")
            if punct and (verb_final(previous) or _ends_trigger(folded, i)):
                # "… की बैठक; कार्नी की मुलाकात रद्द": a semicolon ends a part, whose subject is
                # not shared with the next as a comma's is (nor a colon's: "X Visit: … से मिले EAM")
                bounds.append((i, "punct" if ";" in punct else "coord"))
            continue
        if word in grammar["complement"]:
            opener = "comp"
        elif word in grammar["relative"] and not (word == "तो" and not {"जब", "अगर", "यदि"} & set(folded[:i])) \
                and not (word == "हालांकि" and not punct and not verb_final(previous)):
            # "तो" opens the main clause after "जब/अगर …"; elsewhere it is the particle of
            # "एक ही मंच पर तो दिखे, लेकिन …"; "हालांकि" inside a clause ("प्रवक्ता ने हालांकि
            # इन खबरों का खंडन किया") is the adverb "however", not "although"
            opener = "rel"
        elif word in grammar["contrastive"]:
            opener = "contrast"
        elif word in grammar["coordinating"] and verb_final(previous):
            opener = "coord"
        elif punct and any(p != "," for p in punct):
            opener = "punct"
        elif punct and (headline or verb_final(previous) or _ends_trigger(folded, i)):
            # a comma after a trigger noun ends a headline's verbless clause: "समझौते पर
            # दस्तखत, अगले महीने टोक्यो जाएंगे जयशंकर"
            opener = "coord"
        if opener:
            bounds.append((i, opener))
    return [(start, bounds[k + 1][0] if k + 1 < len(bounds) else len(raw), opener) for k, (start, opener) in enumerate(bounds)]


def _ends_trigger(folded: list[str], i: int) -> bool:
    """Say whether the words before `i` end a trigger, one word or several ("शिखर सम्मेलन, मोदी
    की लूला … से मुलाकात": the summit's noun ends its headline part)."""
    triggers = _lexicon()[0]
    return any(tuple(folded[i - n : i]) in triggers for n in (1, 2, 3) if i - n >= 0)


def _governing_start(context: _Sentence, clause: int) -> int:
    """Return the first clause whose cues govern `clause`: back through कि, and through a
    relative clause that itself reports ("खंडन किया, जिनमें दावा किया गया था कि …")."""
    current, through_complement = clause, False
    while current > 0:
        opener = context.clauses[current][2]
        if opener == "comp":
            current, through_complement = current - 1, True
        elif opener == "rel" and through_complement:
            current, through_complement = current - 1, False
        elif opener == "coord" and through_complement and context.clauses[current][1] - context.clauses[current][0] <= 3:
            # "X ने खबरों का खंडन किया और कहा कि …": a verb of saying joined to the clause
            # before shares its subject, and that clause's denial governs what is said
            current, through_complement = current - 1, False
        else:
            break
    return current


def _item_start(article: Article, index: int) -> int:
    """Return the sentence that opens the numbered item sentence `index` is told in, in a
    round-up of two or more items each headed by a line of its own ("1. यूनान-तुर्की: …"); else 0."""
    text = article.text
    heads = []
    for k, sentence in enumerate(article.sentences):
        line_start = text.rfind("\n", 0, sentence.start) + 1
        if line_start != sentence.start and _LIST_MARK.match(text[line_start : sentence.start].strip()) \
                and text[line_start : sentence.start].strip()[:1].isdigit():
            heads.append(k)
        elif _ITEM_NUMBER.match(sentence.text):
            heads.append(k)
    if len(heads) < 2:
        return 0
    return max((k for k in heads if k <= index), default=0)


#: a sentence that opens with its list number: "2. रूस-ईरान: पुतिन से मिले रईसी"
_ITEM_NUMBER = re.compile(r"^[0-9०-९]{1,2}[.)]\s")


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


@functools.lru_cache(maxsize=None)
def _trigger_reach() -> dict[str, int]:
    """Return, for each word that begins a trigger of the lexicon, the most words such a trigger has."""
    reach: dict[str, int] = {}
    for key in _lexicon()[0]:
        if key and len(key) > reach.get(key[0], 0):
            reach[key[0]] = len(key)
    return reach


def _trigger_positions(folded: list[str], triggers, lemmas: list[str | None] | None = None) -> list[tuple[int, int, str]]:
    found = []
    # the lexicon's own triggers are looked up only at the lengths each word can begin
    reach = _trigger_reach() if triggers is _lexicon()[0] else None
    i = 0
    while i < len(folded):
        for length in range(5 if reach is None else min(5, reach.get(folded[i], 0)), 0, -1):
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

# words after a trigger noun that make it the predicate ("मुलाकात की", "भेंट करेंगे")
_LIGHT_VERBS = {"किया", "किए", "कीं", "करेंगे", "करेगा", "करेगी", "करेंगी", "कर", "करने", "करना", "हुई", "हुआ", "हुए",
                "होगी", "होगा", "होंगे", "होंगी", "हो", "होने", "दी", "दिया", "सकते", "सकती", "सकता"}
_POSTPOSITIONS = {"से", "के", "का", "में", "पर", "को", "की"}


def _ordered_triggers(folded: list[str], triggers, lemmas, grammar) -> list[tuple[int, int, str]]:
    """Return the triggers, those used as the predicate first.

    A sentence usually states one event of a kind with several trigger words; the one
    that carries the verb ("अलग से भेंट की") is that event, not a noun used as a time
    reference ("वार्ता से पहले", "शिखर सम्मेलन से इतर").
    """

    def nominal(position: int, length: int) -> bool:
        i = position + length
        following = folded[i] if i < len(folded) else None
        if following == "की":
            # "मुलाकात की।" / "मुलाकात की थी" is a verb; "मुलाकात की योजना" a genitive
            after = folded[i + 1] if i + 1 < len(folded) else None
            return (
                after is not None and after not in grammar["pluperfect"] and after not in ("है", "हैं", "गई", "गयी")
                and after not in grammar["coordinating"] and after not in grammar["contrastive"]
            )
        return following in _POSTPOSITIONS

    found = _trigger_positions(folded, triggers, lemmas)
    return sorted(found, key=lambda t: (nominal(t[0], t[1]), t[0]))


def _word_index(raw, offset: int) -> int:
    # words are in text order and never overlap: a binary search keeps long sentences linear
    i = bisect.bisect_right(raw, offset, key=lambda word: word[1]) - 1
    return i if i >= 0 and raw[i][1] <= offset < raw[i][2] else 0


def _dependency_agent(parse, raw, position: int, people: list[Mention]) -> Mention | None:
    """Return the person the parse names as the predicate's subject, if one of `people`."""
    trigger = deps.token_at(parse, raw[position][1])
    agent = deps.agent_of(parse, trigger) if trigger is not None else None
    if agent is None:
        return None
    start, end = deps.span_of(parse, agent)
    return next((m for m in people if m.start < end and start < m.end), None)


_OCCASION_ANAPHORS = frozenset({"उसमें", "इसमें"})


def _joins_occasion(folded: list[str], grammar) -> bool:
    """Say whether words before a trigger name the occasion it joins: "सम्मेलन में", "उसमें"."""
    return any(w in _OCCASION_ANAPHORS for w in folded) or any(
        tuple(folded[k - len(n) : k]) == n and folded[k] == "में" for k in range(1, len(folded)) for n in grammar["occasions"])


def _side_of(article: Article, kind: str, key: str) -> tuple[str, str] | None:
    """Return the side a participant stands for in a signing: a person's or place's country,
    and a state office the text named by its country ("डीआर कांगो सरकार", "रूसी रक्षा
    मंत्रालय") is that country; a body of its own (a bloc, an armed group) is itself."""
    entity = article.entities.get((kind, key))
    if kind in ("Person", "Place"):
        return ("Country", entity.country) if entity is not None and entity.country else None
    if kind == "Organization" and entity is not None and entity.discovered and entity.country:
        return ("Country", entity.country)
    return (kind, key)


def _apart(article: Article, gazetteer: Gazetteer, a: Mention, b: Mention) -> bool:
    """Say whether two people are known to be of different sides: of different countries, and not
    both office holders of one organisation (Michel and von der Leyen are both the EU's)."""
    ea, eb = article.entities.get(("Person", a.key)), article.entities.get(("Person", b.key))
    if ea is None or eb is None or ea.country is None or eb.country is None or ea.country == eb.country:
        return False

    def bodies(key: str) -> set[str]:
        return {p.country for p in gazetteer.positions
                if p.person == key and p.country is not None and ("Organization", p.country) in gazetteer.entities}

    return not bodies(a.key) & bodies(b.key)


def _followed_by_se(m: Mention, raw, folded) -> bool:
    i = _word_index(raw, m.end - 1) + 1
    return folded[i : i + 1] == ["से"]


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


def _as_well_as(m: Mention, raw, folded) -> bool:
    """Say whether a name is followed by "के साथ-साथ" (as well as): coordination, no companion."""
    i = _word_index(raw, m.end - 1) + 1
    return tuple(folded[i : i + 3]) == ("के", "साथ", "साथ")


def _with(m: Mention, raw, folded) -> bool:
    """Say whether a name is followed by "के साथ" / "के संग" (not "के बीच", which names both sides)."""
    i = _word_index(raw, m.end - 1) + 1
    return tuple(folded[i : i + 2]) in (("के", "साथ"), ("के", "संग"))


def _country_of(article: Article, m: Mention) -> str:
    """Return the country a signer stands for: a person's country, else the entity itself."""
    if m.kind == "Person":
        entity = article.entities.get(("Person", m.key))
        if entity is not None and entity.country:
            return entity.country
    return m.key


def _on_behalf(m: Mention, raw, folded) -> bool:
    """Say whether a name is followed by "की ओर से" / "की तरफ से": on whose behalf one acts."""
    i = _word_index(raw, m.end - 1) + 1
    return tuple(folded[i : i + 3]) in (("की", "ओर", "से"), ("की", "तरफ", "से"), ("की", "तरफ़", "से"))


def _sentence_words(article: Article, index: int) -> frozenset[str]:
    """Return the folded words of sentence `index`."""
    return frozenset(fold(w) for w, _, _ in words(article.sentences[index].text)) if 0 <= index < len(article.sentences) else frozenset()


def _has_headline(article: Article) -> bool:
    """Say whether the article's first sentence is its headline."""
    sentences = article.sentences
    return bool(article.title and sentences and fold(sentences[0].text.strip()) == fold(article.title.strip()))


#: a list number or bullet before a heading on its line: "1.", "२)", "•"
_LIST_MARK = re.compile(r"^(?:[0-9०-९]{1,2}[.)]|[•▪●*–-])$")


def _trip_day(words_: list[str], grammar) -> int | None:
    """Return N for "यात्रा/दौरे के N-वें दिन" in `words_`, else None."""
    for k in range(len(words_) - 3):
        if words_[k] in grammar["trip_nouns"] and words_[k + 1] == "के" and words_[k + 3] == "दिन":
            return grammar["trip_days"].get(words_[k + 2])
    return None








def _modifiers(article, mentions, raw, folded, word_of) -> set[tuple[int, int]]:
    """Return the spans of countries that only qualify a person ("रूस के विदेश मंत्री लावरोव")
    or a place ("ओमान की राजधानी मस्कट")."""
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
        # "ओमान की राजधानी मस्कट में", "रूस के कज़ान शहर में": a country that places a city
        # says where, not who
        if m.kind == "Country" and i > _word_index(raw, m.end - 1) + 1 and (
                folded[i : i + 1] == ["राजधानी"]
                or any(p.kind == "Place" and _word_index(raw, p.start) == i for p in mentions)):
            found.add((m.start, m.end))
    return found


def _negated_verb(folded: list[str], position: int, cues) -> bool:
    """Say whether a denial word ("नहीं", "न") stands right before the trigger, optionally after
    "भी"/"ही": "ज़ेलेंस्की से नहीं मिलेंगे", "उनसे भी नहीं मिले"."""
    before = folded[max(0, position - 2) : position]
    return bool(before) and any(before[-len(n):] == list(n) for n in cues["denied"]["near"] if len(n) <= len(before))


def _yes_no_question(text: str, folded: list[str]) -> bool:
    """Say whether a sentence is a yes/no question: "क्या" near its start ("प्रश्न: क्या …",
    "पर क्या …") and a question mark at its end."""
    return text.rstrip().endswith("?") and "क्या" in folded[:4]


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
    plain = [m for m in named if _case(m, raw, folded) == "plain"]
    if plain:
        return plain[0]
    if named and any(w in _lexicon()[4] for w in folded):
        # "जयशंकर के साथ उनकी बैठक हुई": the one met is no subject; the pronoun's person stays it
        return None
    return named[0] if named else None
