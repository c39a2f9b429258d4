"""Finding meetings, signings and visits, with their participants, status, date and sources.

A trigger word (data/lexicon/triggers.yaml) opens an event in its sentence. Hindi is
verb-final, so the words right after a trigger — the light verb and its auxiliaries —
carry tense, negation and modality: "मुलाकात की" (occurred), "मुलाकात करेंगे" (planned),
"मुलाकात नहीं की" (denied), "मिल सकते हैं" (speculated). Cues such as इनकार, अटकलें,
निमंत्रण स्वीकार (data/lexicon/modality.yaml) override them, with denied > speculated >
planned > occurred, so a denial is never read as an occurrence.

Everything is scoped by clause (`_clauses`): participants are read in the trigger's own
clause, status cues in that clause and the clauses governing it through "कि", so a
speculation or a denial reaches the content it is about and not a relative or
coordinated clause beside it. A trigger used as a noun takes its status from the word
governing it ("हस्ताक्षर करने की वर्षगांठ": occurred; "मिलने पर सहमत": planned; a
purpose "मिलने के लिए" the tense of the verb it serves). Each date expression dates the
event whose trigger follows it; an event left undated takes the date of what it points back
to ("इस दौरान", "वार्ता के बाद", "पहले दिन", the paragraph it continues, the headline that
announces it: `_inherit_dates`); what happens during or right after a dated occasion named
before the verb ("जून 2024 में … यात्रा के दौरान", "मंगलवार को हुई वार्ता में", "सोमवार को
मास्को पहुंचे मोदी ने") takes its date, and a next sentence that only dates a signing told
without a date ("यह समझौता 3 अप्रैल को हस्ताक्षरित हुआ") fills that date in. A signing's
sides (`_signing_parties`) are the people, countries and blocs named before its verb, the
sides ministers sign "की ओर से", a bloc whose members act, never a mediator or witness; "दोनों
देश/पक्ष/गुट" or no side named means the sides of what was told just before, and the
article's other main country completes a signing with one side recognised. The same event told twice in an
article is kept once; restatements with another date or status stay as separate,
conflicting claims.

Confidence (nkg:confidence) is the product of how the trigger was found (0.9 for a
strong trigger such as मुलाकात or हस्ताक्षर, 0.7 for a weak one such as आए, बात or
मेजबानी) and the mean trust of the participants (gazetteer name 1.0, surname or office
in context 0.9, a name discovered from a title 0.75, statistical NER 0.75, a pronoun
0.7, a party inferred from "दोनों देश/नेता" or from the article's main pair 0.9), times
0.85 when a role had to be inferred (countries standing in for people, the article's main
pair standing in for unnamed parties, a destination found after the verb), rounded to two
decimals. A restatement ("यह बैठक बुधवार को हुई") has 0.85 times the confidence of the
event it restates; an event told twice keeps the higher of its two confidences.
"""

from __future__ import annotations

import bisect
import datetime as dt
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


def find_events(article: Article, gazetteer: Gazetteer) -> Article:
    """Add the events each sentence states, with sources and dates resolved."""
    triggers, weak, anaphoric, cues, pronouns = _lexicon()
    grammar = _grammar()
    attribution = attribution_.attribute(article, gazetteer)
    by_sentence: dict[int, list[Mention]] = {}
    for m in article.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    last_subject: Mention | None = None
    events: list[Event] = []
    held_at: dict[int, Mention | None] = {}  # meeting or signing -> the place its own clause holds it in
    headline = _has_headline(article)
    for index, sentence in enumerate(article.sentences):
        raw = words(sentence.text, sentence.start)
        if not raw:
            continue
        folded = [fold(w) for w, _, _ in raw]
        # when a backend parsed the sentence, its heads and lemmas refine the word rules
        parse = sentence if deps.has_heads(sentence) else None
        lemmas = _lemmas(sentence, raw) if deps.has_lemmas(sentence) else None
        mentions = by_sentence.get(index, [])
        word_of = {w[1]: i for i, w in enumerate(raw)}
        sources = attribution.agents(index)
        modifiers = _modifiers(article, mentions, raw, folded, word_of)
        clauses = _clauses(sentence.text, sentence.start, raw, folded, grammar, mentions, headline=headline and index == 0)
        expressions = dates.find(sentence.text, sentence.start)
        context = _Sentence(article, index, raw, folded, mentions, sources, modifiers, clauses, pronouns, last_subject, grammar)
        context.events = events
        context.attribution = attribution
        found: list[tuple[Event, int, Event | None]] = []  # (event, trigger word, event it restates)
        context.found = found
        seen_kinds: set[str] = set()
        ordered = _ordered_triggers(folded, triggers, lemmas, grammar) + _dated_signings(raw, folded, triggers, expressions)
        seen_clauses: dict[str, set[int]] = {}
        for position, length, kind in ordered:
            second_claim = kind in seen_kinds and _second_claim(context, found, position, kind)
            if kind in seen_kinds and not second_claim and not (kind == "Meeting" and context.clause_of(position) not in seen_clauses.get(kind, ())) \
                    and not (kind == "Visit" and _another_stop(context, found, position)):
                continue  # one event of a kind per clause; a second meeting needs a clause of its own, a tour's next stop is its own visit
            trigger_key = tuple(folded[position : position + length])
            if trigger_key in grammar["sealing"] and not _seals_agreement(context, position):
                continue  # "मंत्रिमंडल ने प्रस्ताव पर मुहर लगाई": an approval, not a signing
            if trigger_key in grammar["deal_verbs"] and not _deal_with(context, position):
                continue  # "समझौता करने को तैयार नहीं": to compromise, not a deal with anyone
            if _points_back(context, position, length, kind):
                continue  # "वार्ता के बाद …": the talks already told; only a date link
            if trigger_key in grammar["after_object"] and folded[position - 1 : position] != ["से"]:
                continue  # "मिलकर काम करेंगे" is together; "पुतिन से मिलकर" is having met him
            if trigger_key in weak and folded[position + length : position + length + 1] \
                    and folded[position + length] in grammar["participle_nouns"]:
                continue  # "पहले आई खबरों के विपरीत": the reports that came, no one came
            pointed = position > 0 and (folded[position - 1] in anaphoric or (kind == "Meeting" and _adjective_anaphor(context, position, anaphoric)))
            own_anaphor = pointed and kind == "Meeting"
            if (pointed and not _names_its_own_meeting(context, position, kind, events)
                    and not (kind == "Meeting" and not any(e.kind == kind for e in events))) or (
                kind == "Signing" and _agreement_anaphor(context, position)
                and any(e.kind == "Signing" for e in events)
            ):
                # "यह बैठक बुधवार को हुई": a second claim about the last such event,
                # kept only if it dates it differently (see _attach_dates)
                earlier = next((e for e in reversed(events) if e.kind == kind), None)
                if earlier is not None:
                    copy = _restatement(earlier, index, " ".join(w for w, _, _ in raw[position : position + length]))
                    copy.status = _status(context, position, length, cues, expressions)
                    own = {key for kind_, key in sources if kind_ == "Organization"}
                    if own:
                        # "हालांकि योनहाप ने कहा कि यह मुलाकात रविवार को हुई": the second claim is
                        # the claim of the source this sentence cites, not of the one before
                        copy.sources = sorted(own | attribution.signoff)
                    found.append((copy, position, earlier))
                continue
            if trigger_key in grammar["occasions"] and any(
                tuple(folded[position + length : position + length + len(a)]) == a for a in grammar["occasion_after"]
            ):
                continue  # "शिखर सम्मेलन में …": the setting, not a meeting
            strength = 0.7 if trigger_key in weak else 0.9
            built = _build_events(kind, context, position, length, gazetteer, strength, parse)
            if kind == "Visit" and kind in seen_kinds:
                built = _new_stops(context, found, position, built)
            elif kind in seen_kinds and not second_claim:
                # "X ने Y से मुलाकात की, जबकि Z और W के बीच वार्ता हुई": only other people's meeting
                told = [set(e.participants) for e, _, _ in found if e.kind == kind]
                built = [e for e in built if not any(set(e.participants) <= s or s <= set(e.participants) for s in told)]
            if not built:
                continue
            seen_kinds.add(kind)
            seen_clauses.setdefault(kind, set()).add(context.clause_of(position))
            status = _status(context, position, length, cues, expressions)
            if parse is not None:
                status = _parsed_status(parse, raw, position, status)
            if headline and index == 0 and status == "occurred" and position > 0 and (folded[position - 1],) in cues["planned"]["near"]:
                status = "planned"  # a headline puts the verb first: "इशिबा के साथ होगी शिखर वार्ता"
            if kind in ("Meeting", "Visit") and status in ("occurred", "planned") and _yes_no_question(sentence.text, folded):
                status = "speculated"  # "क्या मुदावादी मोदी से भी मिलेंगे?", "क्या पुतिन भारत आएंगे?" ask, they do not report
            if kind == "Meeting" and status in ("occurred", "planned") and _negated_verb(folded, position, cues):
                status = "denied"  # "वे उनसे नहीं मिलेंगे": Hindi puts the negation before the verb
            if kind == "Meeting" and status == "planned":
                status = _where_status(context, position, cues) or status
            if kind == "Visit" and status == "occurred":
                status = _predicate_past_relative(context, position, length, cues) or status
            if kind == "Visit" and status == "planned" and _invited_only(context, position, length):
                status = "speculated"  # "अल-शरा ने एर्दोगन को दमिश्क आने का न्योता दिया है": not yet accepted
            if kind == "Visit" and status == "planned" and _before_past(context, position, length):
                status = "occurred"  # "कीव जाने से पहले टुस्क ने वारसॉ में कहा था": the trip then made
            if kind == "Meeting" and status == "denied" and _contains(folded[context.clauses[context.clause_of(position)][0] : position], ("जब", "तक")) >= 0:
                status = "speculated"  # "जब तक वह और पुतिन नहीं मिलते, …": a condition, not a denial
            if own_anaphor and folded[position + length : position + length + 1] == ["में"]:
                # "गोइता, त्राओरे और तियानी के बीच इस बैठक में … हस्ताक्षर होने की संभावना है":
                # "this meeting" was told before and is the setting; a cue in the clause is
                # about what may happen in it, so the meeting keeps the status it was told with
                earlier = next((e for e in reversed(events) if e.kind == kind and e.sentence >= index - 2), None)
                if earlier is not None:
                    status = earlier.status
                elif status == "speculated":
                    status = "planned"
            own = _clause_sources(context, position) if second_claim else set()
            for event in built:
                event.status = status
                event.sources = sorted(own | attribution.signoff) if own else attribution.sources(index, raw[position][1])
                found.append((event, position, None))
        if not found:
            found = _denial_of_previous(context, events, cues)
        for event, position, earlier in found:
            if earlier is None and event.kind in ("Meeting", "Signing") and not _background_talks(context, position, len((event.trigger or "").split()) or 1):
                held_at[id(event)] = _talks_place(context, event, position)
        _attach_dates(context, found, expressions)
        _dated_before_another(context, found, expressions)
        denial = _contrastive_denial(context, cues)
        if denial is None:
            denial = _unrealised(context, found)
        if denial is not None:
            for event, position, earlier in found:
                if earlier is None and context.clause_of(position) < denial:
                    event.status = "denied"
        unheld = _unheld_meeting(context, triggers)
        if unheld is not None:
            for event, position, earlier in found:
                # only a meeting still to come: "… मिलने वाले थे, लेकिन मुलाकात नहीं हुई"
                if earlier is None and event.kind == "Meeting" and event.status in ("planned", "speculated") \
                        and context.clause_of(position) < unheld:
                    event.status = "denied"
        doubt = _concessive_doubt(context) if denial is None else None
        if doubt is not None:
            for event, position, earlier in found:
                if earlier is None and context.clause_of(position) < doubt and event.status in ("occurred", "planned"):
                    event.status = "speculated"
        for event, position, earlier in found:
            if earlier is not None and earlier.date is None and event.date is not None and event.status == earlier.status \
                    and (_dates_predicate(context, position, expressions, event) or _dated_just_before(context, position, expressions, event)):
                # "… ने रक्षा समझौते पर हस्ताक्षर किए। यह समझौता 3 अप्रैल को हस्ताक्षरित हुआ":
                # the next sentence dates the signing told without a date
                earlier.date = event.date
                continue
            if earlier is not None and event.kind == "Signing" and event.status != earlier.status and event.status in ("planned", "denied"):
                # "… समझौते पर सहमति बन गई। … इसके बाद ही इस पर हस्ताक्षर किए जाएंगे": the formal
                # signing of a deal agreed is a claim of its own
                events.append(event)
                continue
            if earlier is not None and (
                event.date is None
                or (earlier.date is not None and event.date.value == earlier.date.value)
                or not _dates_predicate(context, position, expressions, event)
            ):
                continue  # a restatement that adds no new claim
            events.append(event)
        people = [m for m in context.people(0, len(raw)) if m.found_by != "pronoun"]
        subject = _subject(people, raw, folded, word_of, mentions)
        speaker = _self_reporting_speaker(context)
        if speaker is not None:
            # "मोदी ने कहा कि … वह त्रिनिदाद जाएंगे। इसके बाद वह अर्जेंटीना जाएंगे": who
            # speaks of themselves stays the one the next sentence's pronoun means
            last_subject = speaker
        elif subject is not None and not _continues_topic(context, people):
            last_subject = subject
    if headline:
        _headline_trip_status(article, events)
    for event in events:
        if event.kind == "Visit" and event.date is not None and len(event.date.value) > 7 and fold(event.trigger or "") in _RETURNS:
            # "बुधवार को मॉस्को से लौटे": the trip is not dated by the day it ended, only its month
            event.date = DateValue(event.date.value[:7], event.date.text)
    _inherit_dates(article, events, grammar)
    _date_signings(article, events, grammar)
    _date_denials_of_claims(article, events)
    events = events + _visits_of_talks_abroad(article, events, held_at, gazetteer, grammar)
    article.events = _merge_duplicates(_drop_partial_signings(article, events))
    article.cites = attribution.cites | {key for e in events for key in e.sources}
    return article


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


def _build_events(kind, context: _Sentence, position, length, gazetteer, strength, parse=None) -> list[Event]:
    """Return the events of `kind` that the trigger at `position` opens (none without participants).

    Participants are read in the trigger's own clause, so that the speaker of "क्वात्रा ने
    खंडन किया कि … हस्ताक्षर होंगे" is not made a signer; a pronoun there is resolved
    (`_Sentence.resolve_pronoun`), and a clause joined by "और" shares the subject of the
    one before ("शोइगु … पहुंचे और किम से मुलाकात करने वाले हैं").
    """
    raw, folded, article, index, grammar = context.raw, context.folded, context.article, context.index, context.grammar
    clause = context.clause_of(position)
    start, end, opener = context.clauses[clause]
    # the trigger word itself is never a name ("रक्षा मंत्री संवाद" read as a person "संवाद")
    span = (raw[position][1], raw[position + length - 1][2])
    # "ज़ेलेंस्की से मिलने के बाद ट्रंप ने कहा कि …": the one who speaks after (or before)
    # doing it is the subject of the adverbial, so a speaker counts as a participant there
    # and so is one a participle describes ("टोक्यो पहुंचे मोदी ने कहा कि …")
    adverbial = tuple(folded[position + length : position + length + 2]) in (("के", "बाद"), ("से", "पहले")) or any(
        m.kind == "Person" and context.word(m) == position + length for m in context.mentions)
    # "पुतिन से बातचीत में / के दौरान मोदी ने कहा कि …": who speaks in the talks took part in them
    adverbial = adverbial or kind == "Meeting" and (
        folded[position + length : position + length + 1] == ["में"]
        or tuple(folded[position + length : position + length + 2]) == ("के", "दौरान"))
    named = [m for m in context.people(start, end, speakers=adverbial) if not (m.start < span[1] and span[0] < m.end)
             and not (kind == "Meeting" and _companion(context, m))]
    people = _unique([m for m in named if _case(m, raw, folded) != "possessor"
                      or (kind == "Meeting" and (_owns(context, m, position) or _leads_delegation(context, m)))])
    if folded[position + length : position + length + 2] == ["से", "लेकर"]:
        # "X-Y की पहली बैठक से लेकर Z-W के समझौते तक": a range's far end is another item
        named = [m for m in named if context.word(m) < position]
        people = [m for m in people if context.word(m) < position]
    owners = _unique(named)
    if _embedded_relative(context, clause) and folded[start] in _RELATIVE_PRONOUNS:
        # "लूला, जिन्होंने पिछले महीने चीन की यात्रा की थी, …": the name the clause describes
        named_before = [m for m in context.mentions if m.kind == "Person" and _word_index(raw, m.end - 1) == start - 1]
        if named_before and all(m.key != named_before[-1].key for m in owners):
            described_one = Mention(raw[start][1], raw[start][2], raw[start][0], "Person", named_before[-1].key, "pronoun", index)
            people = sorted(people + [described_one], key=lambda m: m.start)
            owners = sorted(owners + [described_one], key=lambda m: m.start)
    for i in range(start, end):
        voice = _interview_voice(context, folded[i])
        if voice is None and _qualifies_next_name(context, i, end) and any(context.word(m) < i for m in named):
            # "पार्क जिन और उनके जापानी समकक्ष हयाशी के बीच": the pronoun says whose counterpart,
            # the one just named ("वहां उनके समकक्ष लावरोव से बैठक होगी" still means the guest)
            continue
        if folded[i] in context.pronouns or voice is not None:
            referent = voice or context.resolve_pronoun(i)
            if referent is not None and all(m.key != referent.key for m in owners):
                pronoun = Mention(raw[i][1], raw[i][2], raw[i][0], "Person", referent.key, "pronoun", index)
                people = sorted(people + [pronoun], key=lambda m: m.start)
                owners = sorted(owners + [pronoun], key=lambda m: m.start)
            if kind == "Meeting" and referent is not None and len(people) == 1:
                # "ट्रंप ने ज़ेलेंस्की की आलोचना की और संकेत दिया कि वे उनसे नहीं मिलेंगे": a
                # second pronoun in the clause is the other person the sentence named before
                second = next((k for k in range(i + 1, end) if folded[k] in context.pronouns), None)
                others = [m for m in context.people(0, start, speakers=True) if m.found_by != "pronoun" and m.key != referent.key]
                if second is not None and others:
                    other = Mention(raw[second][1], raw[second][2], raw[second][0], "Person", others[-1].key, "pronoun", index)
                    people = sorted(people + [other], key=lambda m: m.start)
                    owners = sorted(owners + [other], key=lambda m: m.start)
            break
    if opener in ("coord", "contrast") and clause > 0 and not any(_case(m, raw, folded) in ("agent", "plain") for m in people):
        before = clause - 1
        while before > 0 and _embedded_relative(context, before):
            # "पेट्रो, जो … संभालने वाले हैं, मंगलवार रात तेगुसिगाल्पा पहुंचे": the relative
            # clause sits inside the main one; its subject is the name before the "जो"
            before -= 1
        before_start, before_end, _ = context.clauses[before]
        shared = _subject(context.people(before_start, before_end), raw, folded, None) or next(
            (v for v in (_interview_voice(context, folded[k]) for k in range(before_start, before_end)) if v is not None), None)
        if shared is None and (kind == "Meeting" or not context.people(before_start, before_end)):
            # "जहां उन्होंने परेड में हिस्सा लिया और शी जिनपिंग से मुलाकात की", "इसके बाद वह
            # अर्जेंटीना जाएंगे और फिर रियो में … हिस्सा लेंगे": the pronoun subject of the
            # clause before is the subject of this one too
            # "वह बीजिंग गए और वहां शी से मिले": a nominative pronoun is the subject of both too
            pronouns = ("उन्होंने", "उसने", "इन्होंने", "वह", "वे") if kind == "Meeting" else context.pronouns
            k = next((k for k in range(before_start, before_end) if folded[k] in pronouns), None)
            referent = context.resolve_pronoun(k) if k is not None else None
            if referent is not None:
                shared = Mention(raw[k][1], raw[k][2], raw[k][0], "Person", referent.key, "pronoun", index)
        if shared is not None and _case(shared, raw, folded) == "plain" and context._followed_by(shared, "और"):
            shared = None  # "ट्रंप और ज़ेलेंस्की के बीच हुई मुलाकात … बदल गई और …": not the subject
        if shared is not None and all(m.key != shared.key for m in people):
            people = sorted(people + [shared], key=lambda m: m.start)
            owners = sorted(owners + [shared], key=lambda m: m.start)
    if kind == "Meeting" and len(people) == 1 and any(
            folded[k] in _DELEGATION_PRONOUNS and folded[k + 1 : k + 2] not in (["पहले"], ["बाद"], ["पूर्व"], ["ज्यादा"], ["अधिक"], ["कम"])
            for k in range(start, end)):
        # "इकोवास का एक प्रतिनिधिमंडल, जिसका नेतृत्व X कर रहे थे, नियामे गया था। लेकिन Y ने उससे
        # मिलने से इनकार कर दिया": "it" is the delegation, met through its leader
        leader = _delegation_leader(context)
        if leader is not None and leader.key != people[0].key:
            people = sorted(people + [leader], key=lambda m: m.start)
            owners = sorted(owners + [leader], key=lambda m: m.start)
    if kind == "Meeting" and len(people) == 1:
        counterpart = _counterpart(context, gazetteer, start, end, people[0]) or _guest(context, gazetteer, start, end, people[0])
        if counterpart is not None:
            people = sorted(people + [counterpart], key=lambda m: m.start)
            owners = sorted(owners + [counterpart], key=lambda m: m.start)
    countries = context.countries(start, end)
    inferred = 1.0
    joint = False
    separate: list[list[Mention]] = []
    both_countries = context.has(grammar["both_countries"], start, end)
    if both_countries and _officials_of_both(folded[start:end], grammar):
        # "दोनों देशों के विदेश मंत्रियों, X और Y, के बीच बैठक": the ministers met, not the countries
        both_countries = False
    if len(countries) < 2 and both_countries:
        countries = (_sides_between_before(context) or _countries_joined_before(context) if kind == "Meeting" else []) \
            or ([] if kind == "Meeting" and _leaders_met_just_before(context) else _main_parties(article, index, "Country"))
    if len(named) < 2 and context.has(grammar["both_leaders"], start, end):
        # "पुतिन ने मोदी की मेजबानी की और दोनों नेताओं के बीच बातचीत हुई": the two named
        # just before in the sentence, else the article's main pair
        # "ट्रंप ने दोनों नेताओं से अलग-अलग मुलाकात की": the two are others than who meets them
        speaker = next((v for v in (_interview_voice(context, folded[k]) for k in range(start, end)) if v is not None), None)
        # ("हम दोनों विदेश मंत्रियों का संवाद": the speaker is one of the two)
        exclude = {m.key for m in named} if speaker is None else set()
        # "ट्रंप ने दावा किया कि उन्होंने दोनों नेताओं से बात की": a pronoun subject is no one of the two
        pronoun_subjects = [m for m in people if m.found_by == "pronoun" and _agentive(context, m)] if speaker is None else []
        exclude |= {m.key for m in pronoun_subjects}
        earlier = _unique([m for m in context.people(0, start) if m.found_by != "pronoun" and m.key not in exclude])
        day_meeting = _day_named_meeting(context, position)
        day_pair = sorted(key for kind_, key in day_meeting.participants if kind_ == "Person") if day_meeting else []
        if len(earlier) < 2 and len(day_pair) == 2 and not set(day_pair) & exclude:
            # "मंगलवार की बैठक में दोनों मंत्रियों ने …": the two who met on that day
            sentence = article.sentences[index]
            earlier = [Mention(sentence.start, sentence.start, "", "Person", key, "role", index) for key in day_pair]
        agents_before = _agents_of_last_sentence(context, gazetteer, exclude) if _both_as_agent(context, start, end) else []
        pair = earlier[-2:] if len(earlier) >= 2 else (
            agents_before
            or [m for m in _pair_named_before(context, exclude) if m.key not in exclude] or _pair_of_last_sentence(context, exclude)
            or _main_people(context, exclude))
        host = _inviter(context, named)
        if host is not None and not earlier:
            # "राष्ट्रपति X के निमंत्रण पर हो रही इस यात्रा में दोनों नेताओं के बीच वार्ता होगी":
            # the one who invited is one of the two; the other is the guest the story follows
            guest = context.last_subject if context.last_subject is not None and context.last_subject.key != host.key else None
            pair = [host, guest] if guest is not None else []
        if len(pair) < 2:
            pair = []
        if speaker is not None and earlier and earlier[-1].key != speaker.key:
            # "वांग यी के साथ हमारा संवाद …; हम दोनों की फोन पर बात हुई": the speaker and the
            # one named before
            pair = [earlier[-1], speaker]
        # "दोनों नेता ज़ेलेंस्की से एक साथ मिल सकते हैं": the pair and the one they meet, together
        people = _unique(pair + [m for m in named + pronoun_subjects if all(m.key != p.key for p in pair)])
        joint = len(people) > 2
        inferred = 0.85
        meets_both = [m for m in named + pronoun_subjects if _agentive(context, m)]
        if joint and len(pair) == 2 and len(meets_both) == 1 and _with_both(context, start, end):
            # "X ने दोनों नेताओं से (फोन पर) बात की": one talk with each of the two, not one of three
            joint = False
            separate = [[meets_both[0], p] for p in pair]
        elif joint and len(pair) == 2 and agents_before and pair == agents_before:
            # "बाद में दोनों ने प्रधानमंत्री ली के साथ शिखर बैठक की": the two, as one side, met
            # each one named; not each other
            others = [m for m in people if all(m.key != p.key for p in pair)]
            joint = False
            separate = [[p, m] for p in pair for m in others]
    elif len(named) < 3 and context.has(grammar["three_leaders"], start, end):
        # "यह पहला मौका था जब तीनों नेता एक साथ मिले": the last three people named
        before = [m for m in context.article.mentions if m.kind == "Person" and m.found_by != "pronoun"
                  and m.start < raw[position][1] and (m.kind, m.key) not in context.sources]
        keys: list[str] = []
        for m in sorted(before, key=lambda m: m.start, reverse=True):
            if m.key not in keys:
                keys.append(m.key)
            if len(keys) == 3:
                break
        if len(keys) == 3:
            sentence = article.sentences[index]
            people = [Mention(sentence.start, sentence.start, "", "Person", key, "role", index) for key in sorted(keys)]
            joint, inferred = True, 0.85
    elif len(named) < 2:
        # "दोनों जापानी मंत्रियों ने मार्कोस से भेंट की": the last two of that nationality
        pair = _both_of_country(context, gazetteer, start, end, {m.key for m in named})
        if pair:
            # colleagues of one side are no meeting pair: each met the one named
            people = _unique(pair + named)
            separate = [[m, p] for m in named for p in pair if p.key != m.key]
            inferred = 0.85
    if joint and len(people) == 3 and len(named) == 1 and context.has(grammar["separately"], start, end):
        # "… दोनों नेताओं से अलग-अलग मुलाकात की": one meeting with each of the two
        joint = False
        separate = [[named[0], m] for m in people if m.key != named[0].key]
    places = [m for m in context.mentions if m.kind in ("Place", "Country") and (m.start, m.end) not in context.modifiers]
    trigger_text = " ".join(w for w, _, _ in raw[position : position + length])
    events: list[tuple[Event, list[Mention], float]] = []
    if kind == "Meeting" and _progress_of_talks(folded, position + length, end):
        # "X और Y के बीच सीमा समझौते पर बातचीत आगे बढ़ी है": the course of negotiations, no meeting
        return []
    if kind == "Meeting" and len(people) >= 2 and not separate:
        present = _present_at_talks_told_before(context, position, length, end, people)
        if present:
            people, separate, joint = present
    if kind == "Meeting":
        members = _joined_members(context, clause)
        if members and len(people) == 1 and all(m.key != people[0].key for m in members):
            # "रुबियो ने यूक्रेनी प्रतिनिधिमंडल से मुलाकात की, जिसमें उमेरोव के अलावा यरमक भी
            # शामिल थे": the one named met each member of the delegation
            separate = [[people[0], m] for m in members]
            people = _unique(people + members)
        elif members and not people and len(members) >= 2:
            # "शिखर सम्मेलन हुआ, जिसमें बाइडन और मोदी के अलावा अल्बनीज और किशिदा शामिल हुए":
            # the leaders listed met; colleagues of one side do not meet each other
            cross = _cross_side_pairs(context, members)
            if not cross:
                return []
            if len(cross) == len(members) * (len(members) - 1) // 2:
                people, joint = members, len(members) > 2
            else:
                people, separate = members, cross
        if _contains_any(folded[start:end], grammar["two_plus_two"]):
            # "टू प्लस टू" talks: two ministers a side, and only the cross-side pairs meet
            sides = _two_plus_two_sides(context, people)
            if not sides:
                return []
            separate = [[a, b] for a in sides[0] for b in sides[1]]
            people = _unique(sides[0] + sides[1])
            joint = False
        if not joint and not separate and len(people) > 2 and position > 0 and folded[position - 1] in grammar["multilateral"]:
            # "X ने A और B के साथ त्रिपक्षीय बैठक की": all three at one table, not X–A and X–B
            joint = True
        # countries meet only "between" each other: "रूस और उत्तर कोरिया के बीच वार्ता"
        between = "बीच" in folded[start:end] or both_countries
        if len(people) >= 2:
            participants = people
        elif strength >= 0.9 and len(countries) >= 2 and between:
            participants, inferred = _sides_between(context, countries), 0.85
        elif not people and len(countries) < 2 and _contains_any(folded[start:position], grammar["next_round"]):
            # "अगले दौर की बातचीत को लेकर कोई सहमति नहीं बनी": the next round of the talks just
            # told is between the same sides
            told = next((e for e in reversed(context.events) if e.kind == "Meeting" and e.sentence >= index - 2), None)
            if told is None:
                return []
            sentence = article.sentences[index]
            participants = [Mention(sentence.start, sentence.start, "", k, key, "role", index) for k, key in told.participants]
            joint, separate, inferred = True, [], 0.85
        else:
            return []
        apart = functools.partial(_apart, article, gazetteer)
        for group in [participants] if joint else separate or _bilateral(participants, raw, folded, article.text, apart):
            event = Event("Meeting", index, "occurred", participants=[(m.kind, m.key) for m in group])
            _set_place(event, places, raw, folded, exclude=set())
            events.append((event, group, inferred))
    elif kind == "Visit":
        landing = tuple(folded[position : position + length]) in grammar["landing"]
        if landing and not context.has(grammar["airports"], start, end):
            return []  # "चुनाव मैदान में उतरे": no plane lands
        # "कोलंबो पहुंचे मोदी का स्वागत हुआ", "बीजिंग पहुंचे लूला, …": a participle right
        # before a name is what that person did
        described = None if folded[position + length - 1].endswith("कर") else next(
            (m for m in named if context.word(m) == position + length and _case(m, raw, folded) != "oblique"), None)
        visitor = described or (_flown_in(context, owners, start, end) if landing else None) \
            or (_dependency_agent(parse, raw, position, owners) if parse is not None else None) \
            or _visitor(owners, raw, folded, position)
        governed, _ = _governed(folded, position + length, end, grammar)
        if governed == "planned" and _invitation(folded, position + length) and not context.has(grammar["acceptance"], start, end):
            # "X ने मॉस्को आने का न्योता दोहराया": the one invited travels, not the host;
            # only an accepted invitation ("निमंत्रण स्वीकार") makes its subject the visitor
            visitor = next((m for m in owners if _case(m, raw, folded) == "oblique" and context._followed_by(m, "को")), None)
        pair_travellers: list[Mention] = []
        if visitor is None and not owners and folded[start] == "जो" and clause > 0 and start > 0 and folded[start - 1] not in _PAIR_NOUNS:
            # "… ने विटकॉफ की मेजबानी की, जो … रविवार रात रियाद पहुंचे थे": a relative clause
            # set after its main clause describes the last person that clause named
            before_start = context.clauses[clause - 1][0]
            before = [m for m in context.people(before_start, start) if m.found_by != "pronoun"]
            verb = folded[position]
            # the honorific plural of a finite verb ("पहुंचे", "आईं", "जाएंगे") agrees with a
            # person; "उस विमान …, जो … पहुंचा" names its antecedent by the correlative, and "जो
            # भारत आने वाले पहले दूत हैं" describes, it tells no trip
            if before and "," in article.text[raw[start - 1][2] : raw[start][1]] and verb.endswith(("े", "ें", "ीं")) \
                    and not verb.endswith("ने") and not any(w in _CORRELATIVES for w in folded[context.word(before[-1]) : start]):
                visitor = before[-1]
        if visitor is None and not owners and len(people) == 2 and _pair_as_subject(context, start, end):
            # "जब दोनों नेता … परेड देखने बीजिंग पहुंचे थे": the pair told before travelled, each
            visitor, pair_travellers = people[0], [people[1]]
        if visitor is None or _anyone(context, visitor, start):
            return []
        own_country = article.entities.get(("Person", visitor.key))
        own = own_country.country if own_country else None
        participation = tuple(folded[position : position + length]) in grammar["participation"]
        hosted = _hosted_at(context, places, start, position, own)
        gone_to_occasion = strength < 0.9 and _occasion_before(context, start, position, weak=True)
        if hosted is None and (participation or gone_to_occasion) and _occasion_before(context, start, position, weak=False):
            # "सम्मेलन में नहीं गए", "उसमें … हिस्सा लेंगी": the occasion's place was told before
            hosted = _earlier_venue(context, position, own)
        returning = folded[position] in _RETURNS
        if returning:
            # "ज़ेलेंस्की वॉशिंगटन से लौट आए": the trip a return ends is a visit to where one
            # returns from; a return to somewhere ("कीव लौटे", "स्वदेश लौटे") is none
            k = position - 1
            while k > start and folded[k] in grammar["visit_particles"] | {"वापस"}:
                k -= 1
            destination = next((m for m in places if folded[k : k + 1] == ["से"] and _word_index(raw, m.end - 1) == k - 1), None)
            if destination is None:
                return []
            after = False
        elif participation or (strength < 0.9 and hosted is not None and folded[position - 1] in grammar["visit_particles"] | {"में"}):
            # "रियो में हुए सम्मेलन में हिस्सा लिया", "जोहान्सबर्ग में हुई बैठक में नहीं गए"
            if hosted is None:
                return []
            destination, after, strength = hosted, False, 0.9
        else:
            destination, after = _apposed_country(context, position, own) or _destination(places, raw, position, own, visitor)
        if destination is None and article.dateline and any(w in _HERE for w in folded[max(start, position - 3) : position]):
            # "मॉस्को। … बुधवार को यहां पहुंचे": here is the dateline's city
            entity = article.entities.get(("Place", article.dateline))
            if entity is None or entity.country != own:
                destination = Mention(raw[position][1], raw[position][2], raw[position][0], "Place", article.dateline, "dateline", index)
        if destination is None:
            destination = _host_met(context, owners, start, end, own, visitor)
        if destination is None and folded[position].startswith(("पहुंच", "आ")) and position > 0 and folded[position - 1] in ("नहीं", "न"):
            # "शेनबाम भी नहीं पहुंचीं": a leader who stayed away from the occasion the story
            # is about did not come to its venue
            venue = _story_venue(article)
            if venue is not None and own not in (venue.key, _place_country(article, venue)):
                destination = Mention(raw[position][1], raw[position][2], raw[position][0], venue.kind, venue.key, "venue", index)
        if destination is None and (landing or any(start <= context.word(m) < position and _container(places, raw, m) is None for m in places)) and article.dateline:
            # "विशेष विमान पालम वायुसेना हवाई अड्डे पर उतरा", "विशेष विमान से हानेदा हवाई अड्डे
            # पहुंचे": an airport of no named city is the dateline's city's
            entity = article.entities.get(("Place", article.dateline))
            if entity is None or entity.country != own:
                destination = Mention(raw[position][1], raw[position][2], raw[position][0], "Place", article.dateline, "dateline", index)
        if destination is None:
            return []
        if own is not None and own in (destination.key, _place_country(article, destination)):
            # nobody visits their own country ("शी बीजिंग पहुंचे" is a return): "दोहा पहुंचने
            # के कुछ घंटों बाद अमीर तमीम ने जयशंकर से मुलाकात की" — the guest arrived
            def home(m: Mention) -> str | None:
                entity = article.entities.get(("Person", m.key))
                return entity.country if entity else None

            guests = [m for m in _unique(owners + pair_travellers) if m.key != visitor.key and home(m) not in (None, own)]
            if len(guests) != 1:
                return []
            visitor, own = guests[0], home(guests[0])
            pair_travellers = []
        if strength < 0.9 and destination.found_by != "venue" and not returning:
            # "गए", "आने" name a visit only right after the destination ("मॉस्को गए",
            # "पाकिस्तान भी जाएंगे")
            gap = folded[_word_index(raw, destination.end - 1) + 1 : position]
            # a stop is made in a place: "उलानबातर में रुकेंगे" (`stopover`)
            allowed = grammar["visit_particles"] | ({"में"} if folded[position] in grammar["stopover"] else set())
            if after or any(w not in allowed for w in gap) or (folded[position] in grammar["stopover"] and "में" not in gap) \
                    or folded[position + length : position + length + 1] == ["बिना"] \
                    or (folded[position] in grammar["stopover"] and "तक" in folded[max(start, position - 8) : position]):
                # "पेरिस में रुके बिना": without; "रविवार तक उत्तर कोरिया में रुकेंगे": a stay
                # until then, of a visit told elsewhere
                return []
        destinations = [destination] + _coordinated_places(places, raw, folded, destination, article.text) \
            + _elided_stops(context, places, position + length)
        travellers = [visitor] + (pair_travellers or _fellow_travellers(context, owners, visitor))
        for traveller in travellers:
            entity = article.entities.get(("Person", traveller.key))
            home = entity.country if entity else None
            for place in destinations:
                if (traveller is not visitor or place is not destination) and home is not None and home in (place.key, _place_country(article, place)):
                    continue  # the host named beside the guest travels nowhere, nor anyone to their own country in a list
                if _region(article, place):
                    continue  # "एशिया के दौरे पर", "Arctic": a region is no destination; its countries are
                event = Event("Visit", index, "occurred", participants=[("Person", traveller.key)], destination=(place.kind, place.key))
                events.append((event, [traveller], 0.85 if after else 1.0))
    else:
        chosen = _signing_parties(context, start, end, position, people)
        if chosen is None:
            return []
        participants, inferred = chosen
        event = Event("Signing", index, "occurred", participants=[(m.kind, m.key) for m in participants])
        event.agreement = _agreement(article, index, raw, folded, position, context.mentions)
        _set_place(event, places, raw, folded, exclude=set())
        events.append((event, participants, inferred))
    out = []
    for event, participants, factor in events:
        trust = sum(TRUST.get(m.found_by, 0.7) for m in participants) / len(participants)
        event.trigger = trigger_text
        event.confidence = round(strength * trust * factor, 2)
        out.append(event)
    return out


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


_OCCASION_ANAPHORS = frozenset({"उसमें", "इसमें"})


def _joins_occasion(folded: list[str], grammar) -> bool:
    """Say whether words before a trigger name the occasion it joins: "सम्मेलन में", "उसमें"."""
    return any(w in _OCCASION_ANAPHORS for w in folded) or any(
        tuple(folded[k - len(n) : k]) == n and folded[k] == "में" for k in range(1, len(folded)) for n in grammar["occasions"])


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


# "X से मिलने/मुलाकात करने के लिए": going to meet X
_MEETING_INFINITIVES = {"मिलने", "मुलाकात", "मुलाक़ात", "भेंट", "वार्ता", "बातचीत"}


def _fellow_travellers(context: _Sentence, owners: list[Mention], visitor: Mention) -> list[Mention]:
    """Return the people coordinated with the visitor as fellow subjects: "रवांडा के राष्ट्रपति
    पॉल कगामे और कांगो के राष्ट्रपति फ़ेलिक्स त्शिसेकेदी … वॉशिंगटन आएंगे" — joined by और/तथा/एवं
    or a comma, with at most a role ("कांगो के राष्ट्रपति") between, and in the same case."""
    raw, folded, grammar = context.raw, context.folded, context.grammar
    case = _case(visitor, raw, folded)
    if case not in ("plain", "agent"):
        return []
    ordered = sorted(_unique(owners), key=lambda m: m.start)
    chain = [visitor]
    k = ordered.index(visitor) if visitor in ordered else -1
    if k < 0:
        return []

    def joined(a: Mention, b: Mention) -> bool:
        gap = context.article.text[a.end : b.start]
        gap_words = [fold(w) for w, _, _ in words(gap)]
        opens = gap.strip()[:1] == "," or (gap_words[:1] and gap_words[0] in grammar["coordinating"])
        return bool(opens) and len(gap_words) <= 6 and not any(
            w in grammar["verb_final"] or w in ("ने", "से", "को", "में", "पर") for w in gap_words)

    for step in (1, -1):
        j = k
        while 0 <= j + step < len(ordered):
            a, b = (ordered[j], ordered[j + step]) if step == 1 else (ordered[j + step], ordered[j])
            if not joined(a, b):
                break
            j += step
            other = ordered[j]
            # the last of the chain carries the case: "X और Y ने", earlier ones are plain
            if (step == 1 and _case(other, raw, folded) != case) or (step == -1 and _case(other, raw, folded) != "plain"):
                if not (step == 1 and case == "plain" and _case(other, raw, folded) == "agent"):
                    break
            chain.append(other)
    return [m for m in chain[1:] if m.key != visitor.key]


def _place_country(article: Article, place: Mention) -> str | None:
    entity = article.entities.get((place.kind, place.key))
    return entity.country if entity is not None and place.kind == "Place" else None


def _apposed_country(context: _Sentence, position: int, own: str | None) -> tuple[Mention, bool] | None:
    """Return the country of "<country> की राजधानी <name> जाएंगे" where the name is unknown.

    A spelling no list knows ("लाओस की राजधानी वियनतियाने") leaves the country, a modifier
    of the city, as the one place the trip names; the trip goes there.
    """
    folded = context.folded
    k = position - 1
    while k > 0 and folded[k] in context.grammar["visit_particles"]:
        k -= 1
    if k < 3 or tuple(folded[k - 2 : k]) not in context.grammar["capital_apposition"] \
            or any(context.word(m) == k for m in context.mentions):
        return None
    country = next((m for m in context.mentions if m.kind == "Country" and _word_index(context.raw, m.end - 1) == k - 3), None)
    if country is None or country.key == own:
        return None
    return _shifted(country, context.raw[k]), False


def _shifted(m: Mention, word) -> Mention:
    # the destination ends where the apposed name ends, so the weak verb follows it directly
    return Mention(m.start, word[2], m.text, m.kind, m.key, m.found_by, m.sentence)


def _elided_stops(context: _Sentence, places: list[Mention], after: int) -> list[Mention]:
    """Return the next stop told with its verb left out after the trip's verb.

    "कोलंबो जाऊंगी और उसके बाद माले", "तेहरान पहुंचेंगे और फिर मस्कट।": "और" with "उसके/इसके
    बाद" or "फिर", then a place that ends the sentence or clause, is a stop of the same trip.
    """
    folded = context.folded
    k = after
    while k < len(folded) and folded[k] in context.grammar["visit_particles"] | {"थे", "थी", "थीं", "था", "हैं", "है"}:
        k += 1
    if folded[k : k + 1] != ["और"]:
        return []
    k += 1
    for link in (("उसके", "बाद"), ("इसके", "बाद"), ("फिर",), ("वहां", "से"), ("वहाँ", "से")):
        if tuple(folded[k : k + len(link)]) == link:
            k += len(link)
            break
    else:
        return []
    place = next((m for m in places if context.word(m) == k), None)
    if place is None:
        return []
    end = _word_index(context.raw, place.end - 1) + 1
    rest = context.article.text[place.end : context.raw[end][1] if end < len(context.raw) else place.end + 3]
    return [place] if end >= len(folded) or any(mark in rest for mark in "।.,;") else []


def _region(article: Article, place: Mention) -> bool:
    """A known place of no country: a continent, sea or region ("एशिया", "आर्कटिक")."""
    entity = article.entities.get((place.kind, place.key))
    return place.kind == "Place" and entity is not None and not entity.discovered and entity.country is None


def _flown_in(context: _Sentence, owners: list[Mention], start: int, end: int) -> Mention | None:
    """Return who a landing brings: the one a plane carries ("तोबगे को लेकर आया विशेष विमान")
    or the plane's owner ("उनका विमान … उतरा")."""
    raw, folded, grammar = context.raw, context.folded, context.grammar
    for m in owners:
        i = _word_index(raw, m.end - 1) + 1
        if any(tuple(folded[i : i + len(c)]) == c for c in grammar["carrying"]):
            return m
        if any(tuple(folded[i + 1 : i + 1 + len(p)]) == p for p in grammar["planes"]) and folded[i] in ("का", "के", "की") \
                or (m.found_by == "pronoun" and any(tuple(folded[i : i + len(p)]) == p for p in grammar["planes"])):
            return m
    return None


def _another_stop(context: _Sentence, found, position: int) -> bool:
    """Say whether a visit trigger may tell a second visit of its sentence.

    A tour is told stop by stop in one sentence ("रियो गए थे और उसके बाद उन्होंने
    ब्रासीलिया की यात्रा की", "यह ली की पहली जापान यात्रा है; वे शनिवार को टोक्यो पहुंचे
    थे", "चीन यात्रा पूरी करने के बाद वे हनोई के लिए प्रस्थान करेंगे"): a later visit
    trigger may add a visit (see `_new_stops`).
    """
    return any(event.kind == "Visit" for event, _, _ in found)


def _new_stops(context: _Sentence, found, position: int, built: list[Event]) -> list[Event]:
    """Keep the visits of a later visit trigger that go somewhere named in its own clause,
    after the visit triggers before it, and not already told in the sentence."""
    start, end, _ = context.clauses[context.clause_of(position)]
    # its destination lies between the visit triggers around it ("फ्रांस की यात्रा के बाद
    # अमेरिका रवाना हो गए": France for यात्रा, America for रवाना)
    others = [at for e, at, _ in found if e.kind == "Visit"]
    low = max([at + 1 for at in others if at < position] + [start])
    high = min([at for at in others if at > position] + [end])
    told = {(tuple(e.participants), e.destination) for e, _, _ in found if e.kind == "Visit"}
    if context.clauses[context.clause_of(position)][2] == "punct":
        # "भारत आने का X का कार्यक्रम टल गया था; उन्होंने अगले वर्ष भारत आने का निमंत्रण
        # स्वीकार कर लिया है": after a semicolon the trip is told afresh, with its own status
        # (a plain restatement merges back, see `_merge_duplicates`)
        told = set()
    here = {(m.kind, m.key) for m in context.mentions if low <= context.word(m) < high}
    if context.article.dateline and any(w in _HERE for w in context.folded[max(low, position - 3) : position]):
        # "अराघची मंगलवार दोहा पहुंचे थे, जबकि फैसल बुधवार रियाद से यहां आए": "यहां" names
        # the dateline's city in this clause
        here.add(("Place", context.article.dateline))
    return [e for e in built if (tuple(e.participants), e.destination) not in told and e.destination in here]


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


def _invitation(folded: list[str], i: int) -> bool:
    return i + 1 < len(folded) and folded[i] == "का" and folded[i + 1] in _INVITATIONS


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


def _coordinated_places(places: list[Mention], raw, folded, destination: Mention, text: str | None = None) -> list[Mention]:
    """Return the places coordinated before `destination`: "सिंगापुर और ब्रुनेई गए", and a
    list before that "और" ("घाना, अर्जेंटीना और ब्राजील जाएंगे")."""
    found = []
    current = destination
    while True:
        i = _word_index(raw, current.start)
        if i >= 1 and found and text is not None and text[raw[i - 1][2] : current.start].strip() == ",":
            # "घाना, अर्जेंटीना और …": a comma joins the list before its "और"
            previous = next((m for m in places if _word_index(raw, m.end - 1) == i - 1 and m.kind in ("Place", "Country")), None)
        elif i < 2 or folded[i - 1] not in ("और", "तथा", "एवं"):
            return found
        else:
            previous = next((m for m in places if _word_index(raw, m.end - 1) == i - 2 and m.kind in ("Place", "Country")), None)
        if previous is None or (previous.kind, previous.key) == (destination.kind, destination.key):
            return found
        found.insert(0, previous)
        current = previous


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


#: quantifiers that make a role everyone who holds it: "हर नया प्रधानमंत्री पहली विदेश यात्रा पर
#: नई दिल्ली जाता रहा है" is a habit. ("किसी भारतीय प्रधानमंत्री की यह पहली साइप्रस यात्रा" is
#: not: "यह" makes it this trip, of the one who holds the role now.)
_ANY = frozenset({"हर", "हरेक", "प्रत्येक"})


def _predicate_past_relative(context: _Sentence, position: int, length: int, cues) -> str | None:
    """Return the status of the predicate a trip noun takes after a relative clause set off
    between commas: "नेतन्याहू की यूएई यात्रा, जिसकी कई बार चर्चा हुई, आज तक नहीं हुई है" is
    denied by "नहीं हुई", not told by the relative clause's "चर्चा हुई". None when the trip's
    own clause has a verb, or no such relative clause follows."""
    folded, clauses = context.folded, context.clauses
    clause = context.clause_of(position)
    _, end, _ = clauses[clause]
    if clause + 2 >= len(clauses) or any(w in context.grammar["verb_final"] for w in folded[position + length : end]):
        return None
    if not folded[clauses[clause + 1][0]].startswith(("जिस", "जो", "जिन")):
        return None
    start, stop, _ = clauses[clause + 2]
    status = _cue_status(folded, start, stop, start, cues)
    return status if status != "occurred" else None


def _invited_only(context: _Sentence, position: int, length: int) -> bool:
    """Say whether a trip is only an invitation extended: "X ने Y को दमिश्क आने का न्योता दिया
    है" says what X wants, not what Y will do; one accepted ("निमंत्रण स्वीकार कर लिया है")
    is a plan."""
    start, end, _ = context.clauses[context.clause_of(position)]
    return _invitation(context.folded, position + length) and not context.has(context.grammar["acceptance"], start, end)


def _before_past(context: _Sentence, position: int, length: int) -> bool:
    """Say whether an infinitive trip times a past clause: "ओली के चीन जाने से पहले … मिल चुके
    हैं", "कीव जाने से पहले … कहा था" tell what was done before the trip, which was then made."""
    folded = context.folded
    after = position + length
    if not folded[position].endswith("ने") or folded[after : after + 2] != ["से", "पहले"]:
        return False
    end = context.clauses[context.clause_of(position)][1]
    for k in range(after + 2, len(folded)):
        if context.clause_of(k) != context.clause_of(position) and k >= end:
            break
    tail = folded[after + 2 : end]
    return any(w in _PAST_MARKERS or w in _BACKGROUND_AUXILIARIES for w in tail) and not any(
        w.endswith(context.grammar["future_endings"]) for w in tail)


def _anyone(context: _Sentence, visitor: Mention, start: int) -> bool:
    """Say whether the traveller is a role quantified as everyone (up to four words before the
    mention, within its clause): a habit, no one's trip."""
    i = context.word(visitor)
    return bool(_ANY & set(context.folded[max(start, i - 4) : i]))


def _visitor(people: list[Mention], raw, folded, position: int) -> Mention | None:
    """Return who travels: the ने-marked agent, else an unmarked subject, else the owner of the यात्रा."""
    # "उनकी जगह विदेश मंत्री X पहुंचे": the one replaced stays home
    people = [m for m in people if folded[_word_index(raw, m.end - 1) + 1 : _word_index(raw, m.end - 1) + 2] not in (["जगह"], ["बजाय"])]
    if not people:
        return None
    cases = [(m, _case(m, raw, folded)) for m in people]
    if folded[position] in _DUE_VERBS and folded[position + 1 : position + 2] and folded[position + 1] in _DUE_AUXILIARIES:
        # "बाइडन को सोमवार को पोर्ट मोरेस्बी आना था": the one due to travel is marked with को
        due = [m for m, case in cases if case == "oblique" and folded[_word_index(raw, m.end - 1) + 1] == "को"]
        if due:
            return due[0]
    if position + 1 < len(folded) and (folded[position + 1] == "पर" and folded[position].endswith("ने")
                                       or folded[position + 1] == "ही" and folded[position].endswith(("ते", "तीं"))):
        # ("मोदी के अमेरिका पहुंचते ही ट्रंप ने …": on arriving, the same)
        # "मोदी के नई दिल्ली पहुंचने पर जयशंकर ने उनकी अगवानी की", "मॉस्को पहुंचने पर पुतिन ने
        # मोदी का स्वागत किया": on someone's arrival, the one arriving is the possessor of the
        # arrival or of the welcome, not the host who is the agent
        owners = [m for m, case in cases if case == "possessor"]
        if owners:
            return owners[0]
    if folded[position].endswith("ने") and folded[position] != "ने":
        # "मिस्री ओली के चीन जाने से पहले … मिल चुके हैं": the possessor of an infinitive trip
        # right before its destination travels, not the subject of the clause it times
        owners = [m for m, case in cases if case == "possessor" and 0 < position - _word_index(raw, m.end - 1) <= 4
                  and _owns_trip(people, raw, folded, m, position)]
        if owners:
            return owners[-1]
    for wanted in ("agent", "plain", "possessor"):
        for m, case in cases:
            if case == "plain" and _coordinated_into_other_case(people, raw, folded, m):
                continue  # "ट्रंप और पुतिन के बीच … वार्ता के बाद ज़ेलेंस्की … पहुंचे"
            if case == wanted and (wanted != "possessor" or _owns_trip(people, raw, folded, m, position)):
                return m
    return None


#: the past and participle forms of returning ("लौटे", "लौटने के बाद"); a future return
#: ("लौटेंगे") is of a trip still going on
_RETURNS = frozenset({"लौटे", "लौटीं", "लौटा", "लौटी", "लौटकर", "लौटने", "लौट"})
_DUE_VERBS = frozenset({"आना", "जाना", "पहुंचना"})
_DUE_AUXILIARIES = frozenset({"था", "थी", "थे", "है", "हैं"})


def _coordinated_into_other_case(people: list[Mention], raw, folded, m: Mention) -> bool:
    """Say whether a name is the first of "X और Y के बीच/के साथ/की …": its case is Y's."""
    i = _word_index(raw, m.end - 1) + 1
    if i >= len(folded) or folded[i] not in ("और", "तथा", "एवं"):
        return False
    following = next((o for o in people if _word_index(raw, o.start) > i), None)
    return following is not None and _word_index(raw, following.start) <= i + 4 and _case(following, raw, folded) != "plain"


def _owns_trip(people: list[Mention], raw, folded, m: Mention, position: int) -> bool:
    """Say whether the possessor `m` owns the trip at `position`: "स्टार्मर की इसी महीने
    प्रस्तावित भारत यात्रा", "वांगचुक के भी इस साल के अंत तक भारत आने की संभावना" — up to ten
    words between, with no verb, agent or other person among them."""
    end = _word_index(raw, m.end - 1)
    grammar = _grammar()
    if 0 < end - position <= 5 and folded[position + 1 : position + 2] in (["का"], ["की"], ["के"]):
        # "भारत आने का राष्ट्रपति X का कार्यक्रम टल गया": the trip's owner named after it
        return not any(w in grammar["verb_final"] or w == "ने" for w in folded[position + 2 : end]) and not any(
            o is not m and position < _word_index(raw, o.start) < _word_index(raw, m.start) for o in people)
    if not 0 < position - end <= 10:
        return False
    gap = folded[end + 1 : position]
    return not any(w in grammar["verb_final"] or w == "ने" for w in gap[1:]) and not any(
        o is not m and end < _word_index(raw, o.start) < position for o in people)


def _destination(places: list[Mention], raw, position: int, own_country: str | None, visitor: Mention):
    # a place marked से is where the trip starts ("रियाद से विशेष विमान से यहां आए", "मॉस्को
    # से रवाना हुए"), not where it goes (a return's origin is read in `_build_events`)
    # nor is a place in the clause that governs the trip's "कि" clause ("दक्षिण कोरिया का
    # मानना है कि किम की अगली यात्रा में …"): it holds the view or says it, it is not visited
    candidates_before = [m for m in places if _word_index(raw, m.end - 1) < position and position - _word_index(raw, m.end - 1) <= 8
                         and fold(raw[_word_index(raw, m.end - 1) + 1][0]) != "से"
                         and not any(fold(raw[k][0]) == "कि" for k in range(_word_index(raw, m.end - 1) + 1, position))]
    candidates_after = [m for m in places if _word_index(raw, m.start) > position and _word_index(raw, m.start) - position <= 5]
    for group, after in ((reversed(candidates_before), False), (candidates_after, True)):
        for m in group:
            if m.kind == "Country" and m.key == own_country:
                continue
            city = _container(places, raw, m)
            if city is None:
                continue  # an airport of no named city: the dateline's, read by the caller
            return city, after
    return None, False


def _container(places: list[Mention], raw, m: Mention) -> Mention | None:
    """Return the city an airport is named in ("टोक्यो के हानेदा हवाई अड्डे", "रियाद के किंग
    खालिद अंतरराष्ट्रीय हवाई अड्डे"): one travels to the city, not to the airport; None for an
    airport of no named city ("हानेदा हवाई अड्डे पहुंचे"); else `m` itself."""
    if not any(fold(w) in _AIRPORT_WORDS for w in m.text.split()):
        return m
    i = _word_index(raw, m.start)
    for k in range(i - 1, max(0, i - 3), -1):
        # the genitive may stand before a name word of the airport ("किंग")
        if fold(raw[k][0]) in ("के", "का", "की"):
            return next((p for p in places if _word_index(raw, p.end - 1) == k - 1 and p is not m), None)
    return None


# "यहां पहुंचे": the place the story is filed from
_HERE = {"यहां", "यहाँ", "यहीं"}
# words that make a place an airport
_AIRPORT_WORDS = {"हवाई", "हवाईअड्डे", "हवाईअड्डा", "एयरपोर्ट", "विमानतल", "एयरबेस", "अड्डे", "अड्डा"}


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


_PRECEDENCE = ("denied", "speculated", "planned", "occurred")
_PAST_MARKERS = {"की", "किया", "किए", "कीं", "हुई", "हुआ", "हुए", "था", "थे", "थी", "थीं", "गए", "गई", "गया", "मिले", "मिलीं", "पहुंचे", "पहुंची"}
#: past forms of the light verbs of compound verbs ("हस्ताक्षर कर दिए", "मान लिया"), which date
#: a speculation told in the past back from the article's date (`_past_tense`)
_COMPOUND_PAST = frozenset({"दिए", "दिया", "दीं", "लिया"})


def _status(context: _Sentence, position: int, length: int, cues, expressions) -> str:
    """Return the status of the event whose trigger is at `position`.

    Cues count only in the trigger's scope (`_governing_start`): "अटकलें हैं कि [किम
    … आ सकते हैं]" is speculated, a meeting in a relative clause beside it is not. A
    trigger governed by a noun takes that noun's status ("हस्ताक्षर करने की वर्षगांठ":
    occurred, "मिलने पर सहमत": planned); a purpose ("से मिलने के लिए … पहुंचे") takes
    the tense of the verb it serves.
    """
    folded, grammar = context.folded, context.grammar
    clause = context.clause_of(position)
    clause_end = context.clauses[clause][1]
    scope_start = context.clauses[_governing_start(context, clause)][0]
    governed, after = _governed(folded, position + length, clause_end, grammar)
    if governed == "occurred":
        # a presupposition: an anniversary, an "after" is of what happened — unless the
        # clause it times is still to come ("जनवरी में अल्बनीज़ की जकार्ता यात्रा के दौरान
        # हस्ताक्षर किए जाएंगे"): then it is planned or speculated like that clause
        return _timed_by(context, position, after, scope_start, clause_end, cues)
    if governed == "purpose":
        main = _cue_status(folded, scope_start, clause_end, after, cues)
        if main != "occurred":
            return main
        tail = set(folded[after:clause_end])
        published = context.article.published
        year = published.year if published is not None else None
        dated_earlier = any(e.year is not None and (year is None or e.year < year) for e in expressions)
        return "occurred" if tail & grammar["pluperfect"] or dated_earlier else "planned"
    # Hindi puts the negation right before the verb: "दक्षिण अफ्रीका नहीं जाएंगे"
    near_start = position - 1 if position > scope_start and folded[position - 1] in ("नहीं", "न") else position
    status = _cue_status(folded, scope_start, clause_end, near_start, cues)
    if status == "occurred" and (_future_verb(context, position + length, clause_end) or _planned_before(context, position)):
        status = "planned"
    if status == "planned" and _next_one_held(context, scope_start, clause_end):
        # "वार्ता का अगला दौर मस्कट में हुआ है": "the next round" is planned only until it is held
        status = "occurred"
    if governed is not None and _PRECEDENCE.index(governed) < _PRECEDENCE.index(status):
        return governed
    if status in ("occurred", "planned") and (_claim_line(context) or _claimed_content(context, clause)):
        return "speculated"
    return status


_CLAIM_NOUNS = frozenset({"दावा", "दावे", "दावों", "अफवाह", "अफवाहें", "अफवाहों"})


def _claimed_content(context: _Sentence, clause: int) -> bool:
    """Say whether the clause is the content of a claim noun: "सोशल मीडिया पर यह दावा भी फैला
    कि [X और Y की गुप्त मुलाकात हुई थी]" — what a claim says is speculated."""
    start, _, opener = context.clauses[clause]
    if opener != "comp" or clause == 0:
        return False
    before_start = context.clauses[clause - 1][0]
    return bool(_CLAIM_NOUNS & set(context.folded[before_start:start]))


_LABEL = re.compile(r"\s*([^:：\n]{1,20}?)\s*[:：]\s")


def _claim_line(context: _Sentence) -> bool:
    """Say whether the sentence is a line set off by a claim label ("दावा: …", "वायरल पोस्ट: …"),
    a fact-check's claim box or a quoted post: it tells a claim, not a fact."""
    sentence = context.article.sentences[context.index]
    text = context.article.text
    line_start = text.rfind("\n", 0, sentence.start) + 1
    label = _LABEL.match(text, line_start, sentence.end)
    return label is not None and fold(label.group(1)).strip() in context.grammar["claim_labels"]


def _timed_by(context: _Sentence, position: int, after: int, scope_start: int, clause_end: int, cues) -> str:
    """Return the status of an event a later clause is timed by ("यात्रा के दौरान", "वार्ता के
    बाद"): occurred, or planned/speculated when what happens during or after it is still to
    come and the event is not told as past ("हुई वार्ता के बाद")."""
    folded = context.folded
    if position > 0 and folded[position - 1] in ("हुई", "हुए", "हुआ", "गई", "गए", "गया", "किए", "की"):
        return "occurred"
    if any(w in ("वर्षगांठ", "सालगिरह") for w in folded[position:after]):
        return "occurred"
    # only the clause's own verb counts, not a cue about another event of the sentence
    # ("मुलाकात के दौरान पुतिन ने यात्रा का निमंत्रण स्वीकार किया": the meeting happened)
    main = _cue_status(folded, clause_end, clause_end, after, cues)
    if main == "occurred" and any(w.endswith(context.grammar["future_endings"]) for w in folded[after:clause_end]):
        main = "planned"
    return main if main in ("planned", "speculated") else "occurred"


def _future_verb(context: _Sentence, i: int, clause_end: int) -> bool:
    """Say whether the verb right after a trigger is a future ("समझौते को अंतिम रूप देंगे",
    "मुहर लगाएगी"), within two words and with no comma between ("हस्ताक्षर, बनेगा कोष"
    is a second clause)."""
    raw, endings = context.raw, context.grammar["future_endings"]
    for k in range(i, min(i + 2, clause_end)):
        if _PUNCT_BREAK.search(context.article.text[raw[k - 1][2] : raw[k][1]]):
            return False
        if context.folded[k].endswith(endings):
            return True
    return False


def _governed(folded: list[str], i: int, clause_end: int, grammar) -> tuple[str | None, int]:
    """Return the status the word governing a trigger noun gives it, and where that word ends."""
    for light in grammar["light"]:
        if tuple(folded[i : i + len(light)]) == light:
            i += len(light)
            break
    for status, phrases in grammar["governed"].items():
        for phrase in phrases:
            if tuple(folded[i : i + len(phrase)]) == phrase:
                return status, i + len(phrase)
            # one adjective between the postposition and its noun: "की पहली वर्षगांठ"
            if len(phrase) == 2 and i + 2 < clause_end and folded[i] == phrase[0] and folded[i + 2] == phrase[1]:
                return status, i + 3
    return None, i


def _cue_status(folded: list[str], scope_start: int, clause_end: int, near_start: int, cues) -> str:
    near = folded[near_start : max(clause_end, near_start + 1)][:8]
    scope = folded[scope_start:clause_end]
    for phrase in _grammar()["unconfirmed"] + _grammar()["passive_reports"]:
        # "पुष्टि नहीं हुई": this नहीं does not deny the event
        at = _contains(near, phrase)
        if at >= 0:
            near = near[:at] + near[at + len(phrase):]
    if _contains_any(scope, _grammar()["not_ruled_out"]):
        return "speculated"  # "इससे इनकार नहीं किया जा सकता कि …"
    if _contains_any(near, _grammar()["not_called_off"]):
        return "planned"  # "शिखर बैठक रद्द नहीं हुई है": still due
    # "सहयोग योजना पर हस्ताक्षर किए": the plan is what was signed, no plan of the event
    scope = _without(scope, _grammar()["signed_plans"])
    open_dates = _without(scope, _grammar()["open_dates"])
    if len(open_dates) < len(scope) and not _contains_any(open_dates, cues["speculated"]["sentence"]):
        # "दौरे की तारीखें अभी तय नहीं हुई हैं": only the dates are open, the event is arranged;
        # the phrase's own "तय नहीं" is no speculation cue ("… की संभावना है, हालांकि तारीखें
        # अभी तय नहीं" stays speculated through संभावना)
        return "planned"
    for status in ("denied", "speculated", "planned"):
        if _contains_any(scope, cues[status]["sentence"]):
            return status
        if _contains_any(near, cues[status]["near"]):
            return status
    return "occurred"


def _attach_dates(context: _Sentence, found: list[tuple[Event, int, Event | None]], expressions) -> None:
    """Give each event of a sentence the date expression that belongs to it.

    An expression dates the first event whose trigger follows it (Hindi puts the time
    adverbial before the verb), or the last event before it; only within the event's
    clause and the clauses it is joined to, not across "कि" (a date in the governing
    clause is when it was said: "गुरुवार को घोषणा की कि वे शुक्रवार को मिलेंगे") nor
    into a relative clause, unless that clause describes the trigger noun itself ("दौरा,
    जो मंगलवार को शुरू हुआ"). "उसी दिन" is the day named before it. A planned event's
    weekday is read from the day it was announced, when the sentence names it.
    """
    if not expressions or not found:
        return
    raw = context.raw
    # "2030 तक के आर्थिक कार्यक्रम पर दस्तखत किए": a date that ends a noun's span ("तक" and a
    # genitive) describes the noun (a target, a term), not when the event happened
    expressions = [x for x in expressions if not _describes_noun(context, x)]
    if not expressions:
        return
    at = [_word_index(raw, e.start) for e in expressions]
    claims: dict[int, list[int]] = {}
    for k, word in enumerate(at):
        allowed = [j for j, (_, position, _) in enumerate(found) if _date_reaches(context, word, position)]
        after = [j for j in allowed if found[j][1] >= word and not _dates_other_action(context, word, found[j][1], found)]
        # "जापान यात्रा के बाद सोमवार को स्वदेश लौटे": a date after "<trigger> के बाद / से
        # पहले" is when the next thing happened, not the trigger's event
        before = [j for j in allowed if found[j][1] < word and not _time_reference(context, found[j])]
        targets = []
        if after:
            first = min(found[j][1] for j in after)
            targets = [j for j in after if found[j][1] == first]
        elif before:
            last = max(found[j][1] for j in before)
            targets = [j for j in before if found[j][1] == last]
        for j in targets:
            claims.setdefault(j, []).append(k)
    published = context.article.published
    for j, (event, position, _) in enumerate(found):
        mine = claims.get(j)
        if not mine:
            continue
        ahead = [k for k in mine if at[k] < position]
        k = ahead[-1] if ahead else mine[0]
        chosen = expressions[k]
        if chosen.same_day:
            earlier = [e for e in expressions[:k] if not e.same_day]
            if not earlier:
                continue
            chosen = earlier[-1]
        # a denied or speculated event told in the future ("… शनिवार को फिर मिलेंगे, इसका
        # खंडन किया") is read forward like a plan
        future = _reads_forward(context, event, position)
        anchor = published
        if future and chosen.year is None and published is not None:
            anchor = _announcement_day(context, position, expressions, at, published) or published
        if chosen.year is None and published is not None and anchor == published and not chosen.same_year and (
                chosen.shift_days is not None or chosen.weekday is not None) and not chosen.after and chosen.anchor is None:
            # "25 अप्रैल 2019: व्लादिवोस्तोक / किम एक दिन पहले पहुंचे थे": under a timeline's day
            # heading a day counted from "today" is counted from the heading's day
            heading = _heading_at(context.article, context.index, lambda k: dates.find(
                context.article.sentences[k].text, context.article.sentences[k].start), future, context.events)
            if heading is not None and heading[1].precision == "day":
                anchor = dt.date.fromisoformat(heading[1].value)
        if chosen.unanchored and chosen.after:
            # "सम्मेलन शुरू होने के दो दिन बाद": days after the day the named event was told with
            counted = _before_named_event(context, chosen)
            if counted is not None:
                event.date = counted
                continue
        if chosen.after and not future:
            # "दो दिन बाद वे श्रीलंका गए": days after the last day told before
            days = [e.date for e in context.events if e.date is not None and e.date.precision == "day"]
            if days:
                anchor = dt.date.fromisoformat(days[-1].value)
            elif published is not None:
                continue  # counted from a day the article does not give
        if chosen.unanchored and not chosen.after:
            # "सम्मेलन से दो दिन पहले": days before the last such event told with its day
            event.date = _before_named_event(context, chosen)
            if event.date is None and anchor != published and anchor is not None:
                # "(ट्रेन से) एक दिन पहले" under a timeline's day heading: before the heading's day
                event.date = DateValue((anchor + dt.timedelta(days=chosen.shift_days)).isoformat(), chosen.text)
            continue
        if chosen.same_year:
            # "उसी साल दिसंबर में": that month of the year of the last event told with a date
            told = [e.date for e in context.events if e.date is not None]
            if told:
                event.date = DateValue(f"{told[-1].value[:4]}-{chosen.month:02d}", chosen.text)
                continue
        if not future and event.status == "occurred" and chosen.year is None and (
                (chosen.shift_months or 0) > 0 or (chosen.shift_years or 0) > 0):
            # "अगले महीने हर्ज़ोग भी यूएई पहुंचे": a past told as "the next month" is the month
            # after the event told before it, not after the article's date
            event.date = _next_period(context, chosen)
            continue
        event.date = dates.resolve_expression(chosen, anchor, future=future)
    for event, position, _ in found:
        # "जून 2024 में पुतिन की प्योंगयांग यात्रा के दौरान … संधि पर हस्ताक्षर किए", "मंगलवार को
        # हुई शिखर वार्ता में … हस्ताक्षर किए": the date of the occasion a noun phrase before the
        # verb names is the date of what happens during or right after it
        if event.date is not None:
            continue
        clause = context.clause_of(position)
        for other, at_other, _ in found:
            if other is event or other.date is None or at_other >= position or context.clause_of(at_other) != clause:
                continue
            end = at_other + len(other.trigger.split())
            after = context.folded[end:]
            # "मंगलवार को मास्को पहुंचे मोदी ने पुतिन से मुलाकात की": a participle right
            # before its subject's name tells what the subject did just before the verb
            participle = end < len(context.raw) and any(
                m.kind == "Person" and context.word(m) == end for m in context.mentions)
            if participle or any(tuple(after[: len(p)]) == p for p in _OCCASION_AFTER):
                event.date = other.date
                break
    for event, position, _ in found:
        # "शिखर सम्मेलन होगा, जिसमें दोनों नेता … वार्ता करेंगे", "दोहा की यात्रा की थी, जहां
        # … बैठक हुई थी": an event inside the place or occasion a clause names takes its date
        # "… बदल गई और हस्ताक्षर नहीं हो सके": a coordinated clause without its own date
        # shares the date of the clauses it is joined to
        clause = context.clause_of(position)
        if event.date is not None or clause == 0:
            continue
        first_word = context.clauses[clause][0]
        opener = context.clauses[clause][2]
        if any(tuple(context.folded[first_word : first_word + len(c)]) == c for c in context.grammar["containing"]):
            before_start, before_end = context.clauses[clause - 1][:2]
        elif opener == "coord":
            before_end = first_word
            before_start = context.clauses[clause - 1][0]
            k = clause - 1
            while k > 0 and context.clauses[k][2] in ("coord", "contrast", "punct"):
                k -= 1
                before_start = context.clauses[k][0]
            start_k = context.clauses[k][0]
            if k > 0 and event.kind == "Meeting" and any(
                    tuple(context.folded[start_k : start_k + len(c)]) == c for c in context.grammar["containing"]):
                # "बीजिंग गए थे, जहां उन्होंने परेड में हिस्सा लिया और शी से मुलाकात की": the
                # meeting joined to a "जहां" clause happened on the trip that clause hangs on
                before_start = context.clauses[k - 1][0]
        else:
            continue
        inside = [k for k, word in enumerate(at) if before_start <= word < before_end and not expressions[k].same_day
                  and not _quoted_away(context, word, position)]
        dated_there = [other for other, at_other, _ in found
                       if other is not event and other.date is not None and before_start <= at_other < before_end]
        if inside and dated_there and expressions[inside[-1]].unanchored:
            # "सम्मेलन शुरू होने के दो दिन बाद क्रोएशिया पहुंचेंगे, जहां …": the day the clause's
            # event was given, a count from another event the expression alone cannot resolve
            event.date = dated_there[-1].date
        elif inside:
            future = _reads_forward(context, event, position)
            event.date = dates.resolve_expression(expressions[inside[-1]], published, future=future)


def _next_period(context: _Sentence, expression) -> DateValue | None:
    """Return the month or year `expression` ("अगले महीने", "अगले साल") counts on from the
    last date told before its sentence, or None when none was told."""
    told = [e.date for e in context.events if e.date is not None]
    if not told:
        return None
    parts = [int(p) for p in told[-1].value.split("-")]
    if expression.shift_years:
        return DateValue(str(parts[0] + expression.shift_years), expression.text)
    if len(parts) < 2:
        return None
    index = parts[0] * 12 + parts[1] - 1 + expression.shift_months
    return DateValue(f"{index // 12:04d}-{index % 12 + 1:02d}", expression.text)


def _dates_other_action(context: _Sentence, word: int, position: int, found) -> bool:
    """Say whether a date at `word` dates an action named between it and the trigger at
    `position` as an oblique infinitive before "के बाद" / "से पहले", which is no event of its
    own: "पिछले महीने पद संभालने के बाद यह उनकी पहली यात्रा है" — the office was taken last
    month, the trip is not dated by it. ("सोमवार को पहुंचने के बाद … मुलाकात की" names an
    event, whose date the meeting may share.)"""
    folded = context.folded
    triggers = {at for _, at, _ in found}
    for k in range(word + 1, position):
        if folded[k].endswith("ने") and tuple(folded[k + 1 : k + 3]) in (("के", "बाद"), ("से", "पहले")) \
                and k not in triggers and k - 1 not in triggers:
            return True
    return False


def _describes_noun(context: _Sentence, expression) -> bool:
    """Whether a date expression is followed by "तक के/की/का": the end of a noun's span; or is
    "आज तक", to this day."""
    k = _word_index(context.raw, expression.end - 1) + 1
    if context.folded[k : k + 1] == ["तक"] and expression.shift_days == 0 and expression.year is None:
        return True  # "जिस पर आज तक अमल अधूरा है": "to this day", a span up to now, no event's day
    if context.folded[k : k + 1] == ["तक"] and context.folded[k + 1 : k + 2] in (["के"], ["की"], ["का"]):
        return True
    # "2026 की सैन्य सहयोग योजना पर दस्तखत किए": a bare year in the genitive before a plan noun
    # (up to two words between) is the plan's span, not the signing's day
    if expression.year is not None and expression.month is None and context.folded[k : k + 1] in (["के"], ["की"], ["का"]):
        nouns = _plan_nouns()
        return any(w in nouns for w in context.folded[k + 1 : k + 4])
    return False


@functools.lru_cache(maxsize=None)
def _plan_nouns() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.load("calendar").get("plan_nouns", []))


def _dated_before_another(context: _Sentence, found, expressions) -> None:
    """Date an event told as N days before another: "उनकी यात्रा … मॉस्को में बैठक करने के ठीक
    एक सप्ताह बाद हुई" — the meeting is a week before the visit (the last visit told
    before), not a week after the article's date; undated when that visit has no day."""
    raw, folded = context.raw, context.folded
    triggers = _lexicon()[0]
    starts = {_word_index(raw, e.start): e for e in expressions}
    for event, position, earlier in found:
        if earlier is not None:
            continue
        i = position + len(event.trigger.split())
        if i < len(folded) and folded[i] in ("करने", "होने"):
            i += 1
        if i >= len(folded) or folded[i] != "के":
            continue
        i += 1
        while i < len(folded) and folded[i] in ("ठीक", "करीब", "लगभग", "कोई"):
            i += 1
        expression = starts.get(i)
        if expression is None or not expression.after or expression.anchor is not None:
            continue
        event.date = None
        # only when the sentence says that the other event happened then: "उनकी यात्रा … के
        # एक सप्ताह बाद हुई" — the other event's noun first, "हुई/हुआ/हुए" last
        expression_end = _word_index(raw, expression.end - 1) + 1
        tail = [w for w in folded[expression_end:] if w not in ("थी", "था", "थे", "है")]
        if not tail or tail[-1] not in ("हुई", "हुआ", "हुए", "होगी", "होगा", "होंगे", "होंगी"):
            continue
        kinds = {triggers[(w,)] for k, w in enumerate(folded[:position]) if (w,) in triggers}
        dated = [e for e in context.events if e.kind in kinds and e.date is not None and e.date.precision == "day"]
        if dated:
            day = dt.date.fromisoformat(dated[-1].date.value) - dt.timedelta(days=expression.shift_days)
            event.date = DateValue(day.isoformat(), expression.text)


def _headline_trip_status(article: Article, events: list[Event]) -> None:
    """Give a headline's trip noun ("पुतिन का भारत दौरा: क्या है एजेंडा", "मुदावादी की भारत
    यात्रा से क्या हासिल होगा?") the status of the body's first account of that trip: the
    headline names the trip, the body says whether it happened or is to come."""

    def country(destination):
        entity = article.entities.get(destination)
        return destination[1] if destination[0] == "Country" else (entity.country if entity else None)

    for head in [e for e in events if e.sentence == 0 and e.kind == "Visit"]:
        if fold(head.trigger) not in _TRIP_NOUNS:
            continue
        body = next((e for e in events if e.sentence > 0 and e.kind == "Visit" and e.participants == head.participants
                     and (e.destination == head.destination or country(e.destination) == country(head.destination))), None)
        if body is not None:
            head.status = body.status


# trip nouns: a headline naming one says nothing of its status by itself
_TRIP_NOUNS = {"यात्रा", "दौरा", "दौरे", "यात्राएं", "आगमन"}


def _sentence_words(article: Article, index: int) -> frozenset[str]:
    """Return the folded words of sentence `index`."""
    return frozenset(fold(w) for w, _, _ in words(article.sentences[index].text)) if 0 <= index < len(article.sentences) else frozenset()


_EVENT_PHASE_WORDS = frozenset({"शुरू", "आरंभ", "आरम्भ", "होने", "होने", "हुए", "होकर"})


def _before_named_event(context: _Sentence, expression) -> DateValue | None:
    """Return the day N days before the event a noun names ("सम्मेलन से दो दिन पहले"): the
    last event of that noun's kind told before with a day, else None."""
    raw, folded = context.raw, context.folded
    k = _word_index(raw, expression.start) - 2  # the noun before से/के
    # "सम्मेलन शुरू होने के दो दिन बाद": the event's start is the day it was told with
    while k > 0 and folded[k] in _EVENT_PHASE_WORDS:
        k -= 1
    triggers = _lexicon()[0]
    kind = next((triggers[tuple(folded[j : k + 1])] for j in (k - 1, k) if j >= 0 and tuple(folded[j : k + 1]) in triggers), None)
    if k < 0 or (kind is None and not expression.after):
        return None
    # the last event of that kind told with a day, or any told with a day in a sentence that
    # names the same occasion ("16-17 जून को … जी-7 शिखर सम्मेलन में हिस्सा लेंगे")
    noun = folded[k]
    dated = [e for e in context.events if e.date is not None and e.date.precision == "day" and (
        (kind is not None and e.kind == kind) or noun in _sentence_words(context.article, e.sentence))]
    if not dated:
        return None
    day = dt.date.fromisoformat(dated[-1].date.value) + dt.timedelta(days=expression.shift_days)
    return DateValue(day.isoformat(), expression.text)


def _time_reference(context: _Sentence, item) -> bool:
    """Say whether a trigger noun is a time reference: "यात्रा के बाद", "वार्ता से पहले"."""
    event, position, _ = item
    end = position + len(event.trigger.split())
    return any(tuple(context.folded[end : end + len(p)]) == p for p in context.grammar["time_references"])


def _has_headline(article: Article) -> bool:
    """Say whether the article's first sentence is its headline."""
    sentences = article.sentences
    return bool(article.title and sentences and fold(sentences[0].text.strip()) == fold(article.title.strip()))


def _contrastive_denial(context: _Sentence, cues) -> int | None:
    """Return the first contrastive clause that denies, by pointing back, what came before it."""
    grammar, folded = context.grammar, context.folded
    for k, (start, end, opener) in enumerate(context.clauses):
        # "X के दिल्ली आने की जो खबरें उड़ी थीं, उन्हें ढाका ने निराधार बताया": the main clause
        # of a relative "जो" opens with its correlative and points back to the same claim
        correlative = k > 0 and context.clauses[k - 1][2] == "rel" and folded[context.clauses[k - 1][0]] == "जो" \
            and folded[start] in grammar["correlatives"]
        if opener != "contrast" and not correlative:
            continue
        if correlative and _contains_any(folded[start:end], cues["denied"]["sentence"]):
            return k
        # "लेकिन मंत्रालय ने बताया कि यह पड़ाव रद्द कर दिया गया है": with what it reports
        for following in context.clauses[k + 1 :]:
            if following[2] != "comp":
                break
            end = following[1]
        scope = folded[start:end]
        if set(scope) & grammar["denial_anaphors"] and _contains_any(scope, cues["denied"]["sentence"]):
            return k
    return None


def _unheld_meeting(context: _Sentence, triggers) -> int | None:
    """Return the first contrastive clause that says the meeting did not take place ("… गुरुवार
    को मिलने वाले थे, लेकिन मुलाकात नहीं हो सकी"): its meeting noun, negated, points back."""
    folded = context.folded
    for k, (start, end, opener) in enumerate(context.clauses):
        if opener != "contrast":
            continue
        for i in range(start, end - 2):
            if triggers.get((folded[i],)) == "Meeting" and folded[i + 1] in ("नहीं", "न") \
                    and folded[i + 2].startswith(("हो", "हुई", "हुआ", "हुए")):
                return k
    return None


_TELLING_WORDS = frozenset({"बताने", "कहने", "टिप्पणी", "खुलासा", "ब्योरा", "ब्यौरा", "जानकारी", "विवरण", "बोलने"})


def _declines_to_tell(folded: list[str]) -> bool:
    """Say whether an "इनकार" is a refusal to tell, not a denial: "उन्होंने तारीख बताने से इनकार
    किया", "… पर टिप्पणी करने से इनकार कर दिया" leave the event told before as it was."""
    return any(w == "इनकार" and folded[k - 1 : k] == ["से"] and set(folded[max(0, k - 4) : k - 1]) & _TELLING_WORDS
               for k, w in enumerate(folded))


def _denial_of_previous(context: _Sentence, events: list[Event], cues) -> list[tuple[Event, int, None]]:
    """Return the events of the sentence before, denied by this sentence that names no event.

    "कुछ विश्लेषक दावा करते हैं कि 2017 में … गुप्त मुलाक़ात हुई थी। विदेश मंत्रालय ने इसका
    हमेशा खंडन किया है।": a denial that points back (इसका, इससे, ऐसी …) to what the sentence
    before claimed is a second claim about that event, with its own status (denied).
    """
    folded, index = context.folded, context.index
    # "… आना था। लेकिन … उन्होंने अपनी यात्रा रद्द कर दी": their own trip, the visit told before
    own_trip = any(folded[k] in _TRIP_OWNERS and folded[k + 1] in _TRIP_NOUNS for k in range(len(folded) - 1))
    anaphor = set(folded) & context.grammar["denial_anaphors"] or _contains_any(folded, context.grammar["denial_anaphor_phrases"])
    if not (anaphor or own_trip) or not _contains_any(folded, cues["denied"]["sentence"]):
        return []
    if any(_contains(folded, c) >= 0 for c in context.grammar["not_ruled_out"]):
        return []
    if _declines_to_tell(folded):
        return []
    gap = context.article.text[context.article.sentences[index - 1].end : context.article.sentences[index].start] if index else "\n"
    if "\n\n" in gap:
        return []  # another paragraph: nothing to point back to
    told = [e for e in events if e.sentence == index - 1 and e.status != "denied"]
    if own_trip and not anaphor:
        told = [e for e in told if e.kind == "Visit"]
    out = []
    for earlier in told:
        copy = _restatement(earlier, index, earlier.trigger)
        copy.status, copy.date = "denied", earlier.date
        # the denial is the denier's claim, not the claim of whoever the sentence before cited
        copy.sources = sorted({key for kind, key in context.sources if kind == "Organization"})
        out.append((copy, 0, None))
    return out


_TRIP_OWNERS = frozenset({"अपनी", "अपना", "अपने", "उनकी", "उनका", "उनके"})
_TRIP_NOUNS = frozenset({"यात्रा", "दौरा", "दौरे"})


def _concessive_doubt(context: _Sentence) -> int | None:
    """Return the first "हालांकि/लेकिन" clause that says, by pointing back, that what came
    before is unconfirmed: "शी अगले साल भारत आएंगे, हालांकि चीन ने इसकी पुष्टि नहीं की है"
    leaves the visit speculated."""
    grammar, folded = context.grammar, context.folded
    for k, (start, end, opener) in enumerate(context.clauses):
        if k == 0 or not (opener == "contrast" or folded[start : start + 1] == ["हालांकि"]):
            continue
        # "लेकिन इसकी कोई तारीख अभी तय नहीं": only the date is open, the event stands
        scope = _without(folded[start:end], grammar["open_dates"])
        if set(scope) & grammar["denial_anaphors"] and any(_contains(scope, c) >= 0 for c in grammar["unconfirmed"]):
            return k
    return None


def _unrealised(context: _Sentence, found) -> int | None:
    """Return the contrastive clause that says an event due before did not happen.

    "करार होना था, लेकिन कुछ मुद्दों पर सहमति नहीं बन सकी": what was due (होना था, तय था)
    and is followed by "लेकिन … नहीं" did not take place.
    """
    grammar, folded = context.grammar, context.folded
    for k, (start, end, opener) in enumerate(context.clauses):
        if opener != "contrast" or not ({"नहीं", "न"} & set(folded[start:end])):
            continue
        for _, position, _ in found:
            clause = context.clause_of(position)
            if clause < k and _contains_any(folded[position : context.clauses[clause][1]], grammar["due_past"]):
                return k
    return None


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


def _inherit_dates(article: Article, events: list[Event], grammar) -> None:
    """Date the undated events that point back to an event told before them.

    News tells a day's events in sequence and dates only the first: "इस दौरान / इस मौके
    पर / इसके बाद / उसी दिन / वहां …" take the date of the last dated event before them,
    "वार्ता के बाद" that of the last meeting, "पहले दिन" the day the visit began and "अगले
    दिन" the day after the event before. A sentence with no date expression and no such
    link that goes on with the same paragraph ("मेलोनी बुधवार को जर्मनी में रहीं। बर्लिन में
    मर्ज के साथ उनकी बातचीत हुई।") takes the date its previous sentence states, unless it is
    a pluperfect flashback or has another status. The headline's date dates its own events,
    and the body's undated events of the same kind and party that it summarises.
    """
    published = article.published
    if isinstance(published, dt.datetime):
        published = published.date()
    sentences = article.sentences
    folded_of: dict[int, list[str]] = {}
    expressions_of: dict[int, list] = {}

    def folded(i: int) -> list[str]:
        if i not in folded_of:
            folded_of[i] = [fold(w) for w, _, _ in words(sentences[i].text, sentences[i].start)]
        return folded_of[i]

    def expressions(i: int) -> list:
        if i not in expressions_of:
            expressions_of[i] = dates.find(sentences[i].text, sentences[i].start)
        return expressions_of[i]

    def future(event: Event) -> bool:
        return event.status in ("planned", "speculated")

    def find(seq_list, words_, limit) -> tuple[str, ...] | None:
        for seq in seq_list:
            at = _contains(words_[:limit], seq)
            if at >= 0:
                return seq
        return None

    def same_paragraph(i: int) -> bool:
        if i == 0 or i >= len(sentences):
            return False
        gap = article.text[sentences[i - 1].end : sentences[i].start]
        return "\n" not in gap

    def stated(i: int) -> DateValue | None:
        """The date sentence `i` states: its events' date, else its one date expression."""
        dated = [e.date for e in events if e.sentence == i and e.date is not None]
        if dated:
            return dated[-1]
        found = [x for x in expressions(i) if not x.same_day]
        said = [w[1] for w in words(sentences[i].text, sentences[i].start) if fold(w[0]) in grammar["complement"]]
        if said:
            # "प्रवक्ता ने मंगलवार को बताया कि … मुलाकात 23 अगस्त को होगी": the date of what
            # was said, not of the saying
            found = [x for x in found if x.start > said[0]]
        if len(found) == 1 and published is not None:
            return dates.resolve_expression(found[0], published, future=_future_sentence(folded(i), grammar))
        if not found and published is not None and any(e.sentence == i and e.status == "occurred" for e in events):
            # "18:15 IST — … वार्ता हुई। इसके बाद … दस्तखत किए": what a live blog's entry stamped
            # with a clock time tells as done, it tells of the blog's own day
            stamp = _STAMP.match(sentences[paragraph_start(i)].text)
            if stamp:
                return DateValue(published.isoformat(), stamp.group().strip())
        return None

    def paragraph_start(j: int) -> int:
        """The first sentence of sentence `j`'s paragraph."""
        while j > 0 and same_paragraph(j):
            j -= 1
        return j

    def paragraph_day(j: int) -> DateValue | None:
        """The day sentence `j` states, else the one its paragraph stated before it (three sentences at most)."""
        for k in range(j, max(j - 3, 0), -1):
            value = stated(k)
            if value is not None:
                return value if value.precision == "day" else None
            if not same_paragraph(k):
                break
        return None

    triggers = _lexicon()[0]
    headline = _has_headline(article)

    def _dated_next(i: int, event: Event) -> DateValue | None:
        """The date the sentence after `i` gives, in its paragraph, when it tells no event of its
        own and opens (after a source, "… के मुताबिक,") with "यह / वह <noun>" naming `event`'s kind."""
        j = i + 1
        if j >= len(sentences) or not same_paragraph(j) or any(e.sentence == j for e in events):
            return None
        if any(e.sentence == i and e is not event and e.kind == event.kind for e in events):
            return None
        words_ = folded(j)
        for k in range(min(len(words_) - 1, 12)):
            if words_[k] in ("यह", "वह", "ये", "वे") and any(
                    triggers.get(tuple(words_[k + 1 : k + 1 + length])) == event.kind for length in (1, 2)):
                found = [x for x in expressions(j) if not x.same_day]
                if len(found) != 1 or published is None:
                    return None
                return dates.resolve_expression(found[0], published, future=future(event))
        return None
    if headline:
        found = [x for x in expressions(0) if not x.same_day]
        if len(found) == 1:
            # a headline's parts are set off by commas and colons; its date dates its own part
            # and those after it ("23 अगस्त को टोक्यो जाएंगे ली, इशिबा के साथ होगी शिखर
            # वार्ता"), not those before ("समझौते पर दस्तखत, अगले महीने टोक्यो जाएंगे जयशंकर")
            parts = re.split(r"[,:;|]", sentences[0].text)
            part_of_date = next((k for k, p in enumerate(parts) if found[0].text in p), None)
            for event in events:
                if event.sentence == 0 and event.date is None:
                    part = next((k for k, p in enumerate(parts) if event.trigger and event.trigger in p), part_of_date)
                    if part_of_date is None or part is None or part >= part_of_date:
                        event.date = dates.resolve_expression(found[0], published, future=future(event))
    for n, event in enumerate(events):
        if event.date is not None or event.sentence == 0:
            continue
        i = event.sentence
        words_ = folded(i)
        trigger = tuple(fold(event.trigger).split())
        limit = _contains(words_, trigger) if trigger else -1
        limit = limit if limit >= 0 else len(words_)
        claimed = _claim_period(sentences[i], words_, limit, expressions(i), grammar)
        if claimed is not None and event.status != "planned" and not _future_sentence(words_, grammar):
            # "नवंबर 2020 में मीडिया ने दावा किया था कि … मुलाकात की थी": a past event reported
            # with no time of its own happened in the month or year it was reported in
            event.date = claimed
            continue
        told_next = _dated_next(i, event)
        if told_next is not None:
            # "उन्होंने शीनबाम को ब्राजील आने का न्योता दिया। … यह यात्रा अक्टूबर में हो सकती है।":
            # the next sentence, naming the event by its noun, tells when
            event.date = told_next
            continue
        before = [e for e in events[:n] if e.date is not None and e.sentence <= i]
        under = _heading_at(article, i, expressions, future(event), events)
        if under is not None:
            # a timeline entry's links ("इस दौरान", "स्वागत के बाद") point inside its entry
            before = [e for e in before if e.sentence > under[0]]
        nth = _trip_day(words_[:limit], grammar)
        if nth is not None:
            # "यात्रा के दूसरे दिन": counted from the day the traveller's visit began
            visits = [e for e in before if e.kind == "Visit" and e.date.precision == "day"]
            own = [e for e in visits if set(e.participants) & set(event.participants)] or visits
            if own:
                began = min(own, key=lambda e: e.date.value).date
                day = dt.date.fromisoformat(began.value) + dt.timedelta(days=nth - 1)
                event.date = DateValue(day.isoformat(), began.text)
            continue
        if find(grammar["first_day"], words_, limit):
            visits = [e for e in before if e.kind == "Visit" and e.date.precision == "day"]
            if visits:
                event.date = visits[0].date
            continue
        if find(grammar["next_day"], words_, limit):
            days = [e for e in before if e.date.precision == "day"]
            if days:
                day = dt.date.fromisoformat(days[-1].date.value) + dt.timedelta(days=1)
                event.date = DateValue(day.isoformat(), days[-1].date.text)
            elif before and i - before[-1].sentence <= 1:
                # "2014 में … दिल्ली आए थे। अगले दिन … बातचीत की थी": the day after an event
                # told only by its year (month) is in that year (month)
                event.date = before[-1].date
            continue
        # "ब्रासीलिया के बाद मोदी नामीबिया के लिए रवाना हो गए": after the stay in a place
        # visited before, in the month of that visit
        after_place = _after_place(article, i, words_, limit, before)
        if after_place is not None:
            event.date = after_place
            continue
        # "ट्रंप ने कहा कि वे सम्मेलन के लिए दक्षिण अफ्रीका नहीं जाएंगे": a trip for the summit
        # the story is about is in the month of that summit
        if event.kind == "Visit" and any(
                tuple(words_[k : k + len(n)]) == n and words_[k + len(n) : k + len(n) + 2] == ["के", "लिए"]
                for n in grammar["occasions"] for k in range(limit)):
            summits = [e for e in events if e.kind == "Meeting" and e.date is not None and e.sentence <= i
                       and any(_contains(folded(e.sentence), n) >= 0 for n in grammar["occasions"])]
            if summits:
                value = summits[0].date
                event.date = DateValue(value.value[:7], value.text) if len(value.value) > 7 else value
                continue
            # no summit told with a date: the trip may still be dated as any other event
        # "अपने दो दिन के प्रवास के दौरान उन्होंने … मुलाकात की": during the trip told before
        if event.kind != "Visit" and _during_own_trip(words_[:limit], grammar):
            visits = [e for e in before if e.kind == "Visit" and set(e.participants) & set(event.participants)]
            if not visits and event.kind == "Signing":
                # "इस यात्रा में उस पर हस्ताक्षर नहीं हुए": countries sign; the trip is the one a
                # side's leader made to the other side, told as made (a plan for a told trip)
                sides = {_side_of(article, kind, key) for kind, key in event.participants}
                visits = [e for e in before if e.kind == "Visit" and e.destination is not None
                          and (e.status == "occurred") != future(event)
                          and {_side_of(article, *e.participants[0]), _side_of(article, *e.destination)} == sides]
            if not visits and i > 1 and same_paragraph(i) and any(
                    words_[k] in ("उसी", "इसी") and words_[k + 1] in grammar["trip_nouns"] for k in range(limit - 1)):
                # "जुलाई 2025 में … शिखर सम्मेलन में … बैठक नहीं हुई. उसी दौरे में … मुलाकात की": the
                # trip told before as the summit it was for, by the time that sentence states
                value = stated(i - 1)
                if value is not None:
                    event.date = value
                    continue
            if visits:
                event.date = visits[-1].date
                if future(event) and len(event.date.value) > 7:
                    # what is planned or rumoured for the trip is in the trip's month (a denial
                    # keeps the trip's day: what did not happen on it)
                    event.date = DateValue(event.date.value[:7], event.date.text)
            continue
        # "वार्ता के बाद": after the last event of the kind the noun names
        after_kind = None
        for k in range(len(words_[:limit]) - 2):
            for length in (2, 1):
                key = tuple(words_[k : k + length])
                if key in triggers and tuple(words_[k + length : k + length + 2]) == ("के", "बाद"):
                    after_kind = triggers[key]
                # "उसी बैठक में", "इसी यात्रा के दौरान": within the event of that kind told before
                if key in triggers and k > 0 and words_[k - 1] in _SAME_EVENT and (
                        words_[k + length : k + length + 1] == ["में"] or tuple(words_[k + length : k + length + 2]) == ("के", "दौरान")):
                    after_kind = triggers[key]
        if after_kind is not None:
            # "गुरुवार को हुई वार्ता के बाद … हस्ताक्षर किए": the talks may be told in the same sentence
            earlier = [e for e in before if e.kind == after_kind] or [
                e for e in events if e.sentence == i and e is not event and e.kind == after_kind and e.date is not None]
            if earlier:
                event.date = earlier[-1].date
            continue
        period = find(list(grammar["same_period"]), words_, limit)
        if period:
            value = stated(i - 1) if i > 1 else None
            if value is None and before:
                value = before[-1].date
            if value is not None:
                width = grammar["same_period"][period]
                event.date = DateValue(value.value[:width], value.text) if len(value.value) > width else value
            continue
        if find(grammar["earlier_links"], words_, limit):
            # "इससे पहले … X में हिस्सा ले चुके थे, जहाँ से वे सोमवार को Y पहुंचे": with nothing
            # dated before, the month of what the sentence itself dates
            before = before or [e for e in events if e.sentence == i and e is not event and e.date is not None]
            if before:
                value = before[-1].date
                event.date = DateValue(value.value[:7], value.text) if len(value.value) >= 7 else value
            continue
        link = find(grammar["date_links"], words_, limit)
        if link and len(link) == 1 and words_[_contains(words_, link) + 1 : _contains(words_, link) + 2] in (["से"], ["तक"]):
            link = None  # "तब से" (since then), "तब तक" (until then): a span, not that time
        if link:
            # the sentence just before, when it states a date, is what the link points to
            value = stated(i - 1) if i > 1 else None
            if value is None and before:
                value = before[-1].date
            if set(link) & _DAY_WORDS and value is not None and value.precision != "day":
                # "उसी दिन / उस रोज" points to a day: not to "2023 के अंत में" told in between
                days = [e.date for e in before if e.date.precision == "day"]
                value = days[-1] if days else None
            if value is not None and future(event) and published is not None and _ends_before(value, published):
                # "… 1999 में शुरू हुई थी। … इसके बाद ही हस्ताक्षर किए जाएंगे": a plan told after
                # a past event is not dated in that past
                value = None
            if value is not None:
                event.date = value
            continue
        # a date before the trigger that did not date it says the sentence has its own time;
        # one after it that went to another event ("बातचीत के बाद … घोषणा की गई कि … जनवरी में
        # … हस्ताक्षर किए जाएंगे") does not stop the paragraph's day from reaching it
        said = max((k for k in range(limit) if words_[k] in grammar["complement"]), default=-1)
        if event.kind == "Visit" and event.destination is not None and _joins_occasion(words_[said + 1 : limit], grammar) and not any(
                said < _word_index(words(sentences[i].text, sentences[i].start), x.start) < limit for x in expressions(i)):
            # "असुनसियोन में सोमवार को होने वाले सम्मेलन में नहीं जाएंगे। … X सम्मेलन में हिस्सा
            # लेंगी": the occasion's date, told where its place was, whatever that strand's status
            j = i - 1
            while j >= 1 and same_paragraph(j + 1) and i - j <= 3:
                if any(m.sentence == j and (m.kind, m.key) == event.destination for m in article.mentions):
                    value = stated(j)
                    if value is not None:
                        event.date = value
                    break
                j -= 1
            if event.date is not None:
                continue
        if any(_word_index(words(sentences[i].text, sentences[i].start), x.start) < limit for x in expressions(i)):
            continue
        # "सम्मेलन से इतर … मुलाकात की": on the margins of an occasion told before, on the day
        # the paragraph that told it states
        occasion = _occasion_margin(words_[:limit], grammar)
        if occasion is not None:
            told = next((j for j in range(i - 1, 0, -1) if _contains(folded(j), occasion) >= 0), None)
            value = paragraph_day(told) if told is not None else None
            if value is not None:
                event.date = value
                continue
        heading = _heading_date(article, i, expressions, future(event), events)
        if heading is not None:
            event.date = heading
            continue
        if headline:
            keys = set(event.participants)
            summary = [e for e in events if e.sentence == 0 and e.kind == event.kind and e.date is not None
                       and e.status == event.status and keys & set(e.participants)]
            if summary:
                event.date = summary[0].date
                continue
        if set(words_[limit:]) & grammar["pluperfect"]:
            continue
        # back through the paragraph to the nearest sentence that states a date, unless a
        # sentence on the way tells events of another status (another strand of the story)
        j = i - 1
        while j >= 1 and same_paragraph(j + 1) and i - j <= 3:
            previous = [e for e in events if e.sentence == j]
            if previous and not any(e.status == event.status for e in previous):
                break
            value = stated(j)
            if value is not None:
                # only a day's account goes on: a year or a month told before is background;
                # a plan told on goes on at any precision ("X अगले सप्ताह Y से मिलेंगे। दोनों
                # नेता … समझौते को अंतिम रूप देंगे।")
                if value.precision == "day" or (future(event) and any(
                        e.status == event.status and e.date == value for e in previous)):
                    event.date = value
                break
            j -= 1
        else:
            asked = _question_answered(article, paragraph_start(i), grammar)
            if asked is not None:
                # "सवाल: गुरुवार को क्या हुआ?\n\nजवाब: … मुलाकात की।": an explainer's answer
                # tells what happened on the day its question names
                value = stated(asked)
                if value is not None and not future(event):
                    event.date = value
                continue
            # the paragraph right after a wire story's lead goes on with the lead's day
            # ("सियोल, 30 जून (आईएएनएस)। … ट्रंप ने रविवार को … कदम रखा।\n\n … किम से हाथ
            # मिलाया और … मिले।"), unless a sentence on the way tells another strand
            start = paragraph_start(i)
            lead = paragraph_start(start - 1) if start > 1 else None
            body = 1 if headline else 0
            # the lead: the first paragraph of the body to tell an event or a day, near its top
            if lead is not None and body <= lead <= body + 3 and not any(body <= e.sentence < lead for e in events):
                strands = [e for e in events if start <= e.sentence < i]
                # about someone the lead named: a story after it of other people has its own time
                named = {(m.kind, m.key) for m in article.mentions if lead <= m.sentence < start}
                if named & set(event.participants) and (not strands or any(e.status == event.status for e in strands)):
                    for k in range(start - 1, lead - 1, -1):
                        value = stated(k)
                        if value is not None:
                            if value.precision == "day":
                                event.date = value
                            break

    for event in events:
        # a link that found nothing inside its timeline entry ("इस दौरान" after an entry's
        # undated talks) leaves the entry's own day, which its heading gives
        if event.date is not None or event.sentence == 0:
            continue
        i = event.sentence
        raw = words(sentences[i].text, sentences[i].start)
        trigger = tuple(fold(event.trigger).split())
        limit = _contains(folded(i), trigger) if trigger else -1
        limit = limit if limit >= 0 else len(raw)
        if any(_word_index(raw, x.start) < limit for x in expressions(i)):
            continue
        under = _heading_at(article, i, expressions, future(event), events)
        if under is not None:
            if event.status != "denied":  # a denial with no time of its own stays undated
                event.date = under[1]
            continue
        # "20:55 — मोदी ने रामफोसा से मुलाकात की।": a live blog's entry stamped with a clock
        # time, and the sentences of its paragraph, tell what happened on the blog's own day
        start = i
        while start > 0 and "\n" not in article.text[sentences[start - 1].end : sentences[start].start]:
            start -= 1
        stamp = _STAMP.match(sentences[start].text)
        if stamp and published is not None and not future(event):
            event.date = DateValue(published.isoformat(), stamp.group().strip())
    if headline and published is not None:
        for event in events:
            # only a headline event the body does not tell again: one it does is merged with
            # the body's, which keeps its own date and evidence
            told_again = any(e.sentence > 0 and e.kind == event.kind and e.status == event.status
                             and set(e.participants) & set(event.participants)
                             for e in events)
            if event.sentence == 0 and event.date is None and event.status == "occurred" and not told_again:
                event.date = _lead_day(article, event, published, events)
    stamps = [s_.text for s_ in sentences[1:] if _STAMP.match(s_.text)]
    if len(stamps) >= 2 and published is not None:
        # "LIVE: … एर्दोगन से मुलाकात" over entries stamped "सुबह 10:15 —", "दोपहर 12:30 —": a
        # live blog's headline tells what happens on the blog's own day
        for event in events:
            if event.sentence == 0 and event.date is None and event.status == "occurred":
                event.date = DateValue(published.isoformat(), _STAMP.match(stamps[0]).group().strip())


def _claim_period(sentence, words_: list[str], limit: int, found, grammar) -> DateValue | None:
    """Return the month or year a report or claim is dated by, when it is the sentence's only
    date and stands before the "कि" of the content clause that holds the trigger at `limit`."""
    said = [k for k in range(limit) if words_[k] in grammar["complement"]]
    found = [x for x in found if not x.same_day]
    if not said or len(found) != 1 or found[0].year is None or found[0].day is not None:
        return None
    raw = words(sentence.text, sentence.start)
    if _word_index(raw, found[0].start) >= said[0]:
        return None
    value = found[0]
    return DateValue(f"{value.year:04d}-{value.month:02d}" if value.month else f"{value.year:04d}", value.text)


def _lead_day(article: Article, event: Event, published: dt.date, article_events: list[Event]) -> DateValue | None:
    """Return the day the lead tells a headline's undated event on: wire copy puts the news
    in its first sentence ("मोंटेवीडियो, छह दिसंबर (एपी) ईयू और मर्कोसुर के बीच … समझौते पर
    शुक्रवार को … सहमति बन गई"), naming the headline's parties and one day after the dateline."""
    from kg.anatomy import _DATELINE

    for k in range(1, min(4, len(article.sentences))):
        named = {(m.kind, m.key) for m in article.mentions if m.sentence == k}
        if not set(event.participants) <= named:
            continue
        if any(e.sentence == k and e.kind != event.kind for e in article_events):
            return None  # the lead's news is another event ("… शी से मुलाकात की"), not this one
        sentence = article.sentences[k]
        head = _DATELINE.match(sentence.text)
        found = [x for x in dates.find(sentence.text, sentence.start) if not x.same_day]
        if head is not None:
            # the dateline's own day ("छह दिसंबर (एपी)") is the filing day, not the event's
            close = sentence.text.find(")")
            found = [x for x in found if x.start - sentence.start > max(close, head.end())]
        if len(found) == 1 and found[0].year is None and (found[0].weekday is not None or found[0].shift_days is not None):
            return dates.resolve_expression(found[0], published)
        return None
    return None


def _question_answered(article: Article, start: int, grammar) -> int | None:
    """Return the question sentence that the paragraph opening at sentence `start` answers
    ("सवाल: … ?" then "जवाब: …"), if it opens with an answer label."""
    if start < 1:
        return None
    opening = [fold(w) for w, _, _ in words(article.sentences[start].text, 0)][:1]
    question = article.sentences[start - 1].text.rstrip()
    if opening and opening[0] in grammar["answer_labels"] and question.endswith("?"):
        return start - 1
    return None


def _occasion_margin(words_: list[str], grammar) -> tuple[str, ...] | None:
    """Return the occasion noun a sentence places its event on the margins of or during
    ("सम्मेलन से इतर", "शिखर सम्मेलन के दौरान"), if one."""
    for noun in sorted(grammar["occasions"], key=len, reverse=True):
        k = _contains(words_, noun)
        if k >= 0 and any(tuple(words_[k + len(noun) : k + len(noun) + len(link)]) == link for link in grammar["occasion_links"]):
            return noun
    return None


def _ends_before(value: DateValue, day: dt.date) -> bool:
    """Whether the whole of the day, month or year `value` lies before `day`."""
    parts = [int(p) for p in value.value.split("-")]
    return tuple(parts) < (day.year, day.month, day.day)[: len(parts)]


#: the words that make a link point to a day ("उसी दिन", "उस रोज")
_DAY_WORDS = frozenset({"दिन", "रोज", "रोज़"})


#: a heading is a short line of its own, not a sentence: no sentence-final mark ends it
_HEADING_MAX_WORDS = 8
#: how many sentences below its heading a timeline entry may run
_HEADING_REACH = 8


def _heading_date(article: Article, i: int, expressions, future: bool, events: list[Event]) -> DateValue | None:
    """Return the date of the day heading that sentence `i` is told under (see `_heading_at`)."""
    found = _heading_at(article, i, expressions, future, events)
    return found[1] if found is not None else None


def _heading_at(article: Article, i: int, expressions, future: bool, events: list[Event]) -> tuple[int, DateValue] | None:
    """Return the day heading that sentence `i` is told under, and its date.

    Timelines and itineraries head each day's entries with a line of its own ("सोमवार, 25
    अगस्त", "पहला दिन, 12 मई: रियाद", "2. 13 सितंबर 2023: वोस्तोचनी") and tell the entries
    without a date. The heading dates the lines below it up to the next heading (a dateless
    one, "आगे", ends its reach too). A heading is a short line below the headline that ends
    in no sentence mark, tells no event and names one calendar day; a line with a year is a
    heading only when the date opens it ("25 अप्रैल 2019: व्लादिवोस्तोक", after any list
    number): "नई दिल्ली, 2 जून 2025" is a dateline.
    """
    if article.published is None:
        return None
    for k in range(i - 1, max(0, i - 1 - _HEADING_REACH), -1):
        if not _heading_line(article, k) or any(e.sentence == k for e in events):
            continue
        head = [x for x in expressions(k) if not x.same_day]
        if len(head) > 1:
            # "12 जून (बृहस्पतिवार)", "13 जून, शुक्रवार:": the weekday only glosses the date
            head = [x for x in head if x.day is not None]
        if len(head) != 1:
            return None
        sentence = article.sentences[k]
        with_year = re.search(r"[0-9०-९]{4}", sentence.text) is not None
        if with_year and (head[0].year is None or sentence.text[: head[0].start - sentence.start].strip()):
            return None
        published = article.published
        published = published.date() if isinstance(published, dt.datetime) else published
        value = dates.resolve_expression(head[0], published, future=future)
        if value is None or not (value.precision == "day" or (with_year and value.precision == "month")):
            return None
        return k, value
    return None


#: a list number or bullet before a heading on its line: "1.", "२)", "•"
_LIST_MARK = re.compile(r"^(?:[0-9०-९]{1,2}[.)]|[•▪●*–-])$")


def _heading_line(article: Article, k: int) -> bool:
    """Whether sentence `k` is a short line of its own (after any list number) that ends in no sentence mark."""
    text, sentence = article.text, article.sentences[k]
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    line_end = len(text) if line_end < 0 else line_end
    lead = text[line_start : sentence.start].strip()
    if (lead and not _LIST_MARK.match(lead)) or text[sentence.end : line_end].strip():
        return False
    return sentence.text.rstrip()[-1:] not in "।.?!|" and len(sentence.text.split()) <= _HEADING_MAX_WORDS


def _after_place(article: Article, i: int, words_: list[str], limit: int, before: list[Event]) -> DateValue | None:
    """Return the month of the visit to a place named as "<place> के बाद" before the trigger."""
    sentence = article.sentences[i]
    raw = words(sentence.text, sentence.start)
    for m in article.mentions:
        if m.sentence != i or m.kind not in ("Place", "Country"):
            continue
        k = _word_index(raw, m.end - 1) + 1
        if k + 1 < limit and words_[k : k + 2] == ["के", "बाद"]:
            visits = [e for e in before if e.kind == "Visit" and e.destination == (m.kind, m.key)]
            if visits:
                value = visits[-1].date
                return DateValue(value.value[:7], value.text) if len(value.value) > 7 else value
    return None


def _during_own_trip(words_: list[str], grammar) -> bool:
    """Say whether `words_` say "during his/this trip" ("अपने दो दिन के प्रवास के दौरान", "इस
    दौरे के दौरान"): a trip noun before "के दौरान", owned by अपने/अपनी or pointed to by इस/उस."""
    pointers = {"अपने", "अपनी", "इस", "उस", "इसी", "उसी"}
    # "मॉस्को प्रवास के दौरान", "कि यात्रा के दौरान …": a trip named by its place or by its noun
    # alone is the trip the story tells; "पिछली यात्रा", "मोदी की यात्रा" are other trips
    others = {"की", "के", "का"} | _past_or_future_markers()
    # "इस दौरे में" says the same as "इस दौरे के दौरान"
    return any(
        words_[k] in grammar["trip_nouns"] and (words_[k + 1 : k + 3] == ["के", "दौरान"] or words_[k + 1 : k + 2] == ["में"])
        and (pointers & set(words_[max(0, k - 4) : k])
             or (words_[k + 1 : k + 3] == ["के", "दौरान"] and (k == 0 or words_[k - 1] not in others)))
        for k in range(len(words_) - 1))


@functools.lru_cache(maxsize=None)
def _past_or_future_markers() -> frozenset[str]:
    data = lexicon.load("calendar")
    return frozenset(fold(w) for w in data.get("past_markers", []) + data.get("future_markers", []) + ["पहली", "पिछली", "अगली", "आखिरी"])


def _trip_day(words_: list[str], grammar) -> int | None:
    """Return N for "यात्रा/दौरे के N-वें दिन" in `words_`, else None."""
    for k in range(len(words_) - 3):
        if words_[k] in grammar["trip_nouns"] and words_[k + 1] == "के" and words_[k + 3] == "दिन":
            return grammar["trip_days"].get(words_[k + 2])
    return None


#: a live blog's entry stamp opening its paragraph: a clock time, with any part of the day,
#: AM/PM or "बजे", time zone ("IST", "भारतीय समय") and brackets, then a dash, colon or bar:
#: "सुबह 10:15 —", "3:15 PM:", "22:05 IST —", "[14:50 IST] |", "11.40 बजे -"
_STAMP = re.compile(
    r"^\s*[\[(]?\s*(?:(?:सुबह|दोपहर|शाम|रात|तड़के)\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:बजे)?"
    r"\s*(?:IST|GMT|UTC|BST|CET|EST|भारतीय\s+समय|स्थानीय\s+समय)?\s*[\])]?\s*[:—–|-]")


def _date_signings(article: Article, events: list[Event], grammar) -> None:
    """Date the signings still undated by the occasion or account they belong to.

    "सम्मेलन से इतर / सम्मेलन में / सम्मेलन के पहले दिन … हस्ताक्षर किए": the date the article
    gave that occasion where it named it before ("सोमवार को … शिखर सम्मेलन शुरू हुआ"); "वार्ता
    के बाद …" when no such talks were told as an event: the date of the sentence just before,
    which tells them; an entry of a live blog stamped with a clock time ("3:15 PM: …") is on
    the article's own day.
    """
    published = article.published
    if isinstance(published, dt.datetime):
        published = published.date()
    if published is None:
        return
    sentences = article.sentences
    triggers = _lexicon()[0]
    occasions = grammar["occasions"]

    def folded(i: int) -> list[str]:
        return [fold(w) for w, _, _ in words(sentences[i].text, sentences[i].start)]

    def stated(i: int, future: bool) -> DateValue | None:
        dated = [e.date for e in events if e.sentence == i and e.date is not None]
        if dated:
            return dated[-1]
        found = [x for x in dates.find(sentences[i].text, sentences[i].start) if not x.same_day]
        return dates.resolve_expression(found[0], published, future=future) if len(found) == 1 else None

    def linked(words_: list[str], limit: int) -> str | None:
        """The kind of event a "<noun> के बाद / के दौरान" before the trigger points back to."""
        for k in range(limit):
            for key in (tuple(words_[k : k + 2]), tuple(words_[k : k + 1])):
                if triggers.get(key) not in (None, "Signing") and tuple(words_[k + len(key) : k + len(key) + 2]) in (
                        ("के", "बाद"), ("के", "दौरान")):
                    return triggers[key]
        return None

    for event in events:
        if event.kind != "Signing" or event.date is not None or event.sentence == 0:
            continue
        i = event.sentence
        words_ = folded(i)
        trigger = tuple(fold(event.trigger).split()) if event.trigger else ()
        limit = _contains(words_, trigger) if trigger else -1
        limit = limit if limit >= 0 else len(words_)
        future = event.status in ("planned", "speculated")
        value = None
        occasion = next((o for o in occasions for k in range(limit) if tuple(words_[k : k + len(o)]) == o
                         and any(tuple(words_[k + len(o) : k + len(o) + len(a)]) == a for a in grammar["occasion_after"])), None)
        if occasion is not None:
            at = _contains(words_, occasion) + len(occasion)
            day = tuple(words_[at : at + 3])
            for j in range(i - 1, 0, -1):
                if _contains(folded(j), occasion) >= 0:
                    value = stated(j, future)
                    if value is not None:
                        break
            if value is not None and day[:1] == ("के",) and day[1:2] != ("पहले",) and day[2:] == ("दिन",):
                # "सम्मेलन के दूसरे/आखिरी दिन": not the day it began
                value = None
        elif i > 1 and linked(words_, limit) and not any(
                e.sentence < i and e.kind == linked(words_, limit) and e.date is not None for e in events):
            # "बातचीत के बाद …" after talks the sentence before told without a dated event
            value = stated(i - 1, future)
        elif _STAMP.match(sentences[i].text) and event.status == "occurred":
            value = DateValue(published.isoformat(), _STAMP.match(sentences[i].text).group().strip())
        if value is not None:
            event.date = value


def _future_sentence(words_: list[str], grammar) -> bool:
    """Say whether a sentence's last verb is a future ("… मुलाकात 23 अगस्त को होगी")."""
    verbs = [w for w in words_ if w in grammar["verb_final"] or w.endswith(grammar["verb_endings"])]
    return bool(verbs) and verbs[-1].endswith(grammar["future_endings"])


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


def _dates_predicate(context: _Sentence, position: int, expressions, event: Event) -> bool:
    """Say whether the event's date is the adverb of its clause's final verb ("यह बैठक
    बुधवार को हुई।"), not of a participle inside it ("19 जून 2023 को हुई संधि")."""
    grammar, folded = context.grammar, context.folded
    end = context.clauses[context.clause_of(position)][1]
    for e in expressions:
        if e.text != event.date.text:
            continue
        i = _word_index(context.raw, e.end - 1) + 1
        if i < end and folded[i] == "को":
            i += 1
        verb = lambda w: w in grammar["verb_final"] or w.endswith(grammar["verb_endings"])  # noqa: E731
        if i < end and verb(folded[i]) and all(verb(w) for w in folded[i + 1 : end]):
            return True
    return False


def _dated_just_before(context: _Sentence, position: int, expressions, event: Event) -> bool:
    """Say whether the event's date stands right before its trigger ("3 अप्रैल को हस्ताक्षरित")."""
    for e in expressions:
        if e.text != event.date.text:
            continue
        i = _word_index(context.raw, e.end - 1) + 1
        if i < len(context.folded) and context.folded[i] == "को":
            i += 1
        if i == position:
            return True
    return False


#: a speech verb that opens a direct quote: "कहा, "…", "बताया: '' …"
_DIRECT_SPEECH = re.compile(r"(?:कहा|बताया|लिखा|कहना\s+था)\s*[,:]?\s*(?:[\"“‘]|'')")


def _quoted_away(context: _Sentence, word: int, position: int) -> bool:
    """Whether a direct quote opens between a date at `word` and a trigger after it: "पेसकोव
    ने सोमवार को कहा, "ऐसी कोई मुलाकात नहीं हुई"": the day of the saying does not reach into
    the words quoted."""
    return word < position and _DIRECT_SPEECH.search(
        context.article.text[context.raw[word][2] : context.raw[position][1]]) is not None


def _date_reaches(context: _Sentence, word: int, position: int) -> bool:
    """Say whether a date expression at `word` may date the trigger at `position`."""
    if _quoted_away(context, word, position):
        return False
    a, b = context.clause_of(word), context.clause_of(position)
    if a == b:
        return True
    low, high = min(a, b), max(a, b)
    for clause in range(low + 1, high + 1):
        opener = context.clauses[clause][2]
        if opener == "comp":
            return False
        if opener == "contrast" and a > b:
            # "… जाने का कार्यक्रम था, लेकिन मंत्रालय ने गुरुवार को बताया कि …": the other
            # strand's time is not the event's
            return False
        if opener == "rel":
            # a relative clause right after the trigger noun describes it; a time told right
            # before "जब" is the when-clause's ("मंगलवार को जब मोदी और लूला मिले, तो …",
            # "पिछले बुधवार, 21 मई को, जब … मिले")
            first = context.clauses[clause][0]
            when = a < b and clause == a + 1 and context.folded[first] == "जब" \
                and (first - word <= 4 or context.clauses[a][1] - word <= 5)
            if not (a > b and clause == b + 1 and context.clauses[b][1] - position <= 2) and not when:
                return False
    return True


def _reads_forward(context: _Sentence, event: Event, position: int) -> bool:
    """Say whether the event's date is read forward from the article's date: a plan, a
    speculation not in the past, or a denial of something told in the future ("… शनिवार को
    फिर मिलेंगे, इसका खंडन किया")."""
    if event.status == "planned" or _planned_before(context, position):
        return True
    if event.status == "speculated":
        return not _past_tense(context, position)
    if event.status == "denied":
        end = context.clauses[context.clause_of(position)][1]
        return any(w.endswith(context.grammar["future_endings"]) for w in context.folded[position:end])
    return False


_NEXT = {"अगली", "अगला", "अगले"}
_HELD = {"हुआ", "हुई", "हुए", "हुईं"}


def _next_one_held(context: _Sentence, start: int, end: int) -> bool:
    """Whether a clause tells "the next" meeting as held: "अगला दौर … में हुआ (है)", with
    no word of its own that keeps it to come ("होगा", "होने वाला")."""
    folded = context.folded[start:end]
    if not _NEXT & set(folded) or not folded or not _HELD & set(folded[-3:]):
        return False
    return not _future_verb(context, start, end) and not {"वाला", "वाली", "वाले", "सकता", "सकती", "सकते"} & set(folded)


def _past_tense(context: _Sentence, position: int) -> bool:
    end = context.clauses[context.clause_of(position)][1]
    folded = context.folded
    for k in range(position, end):
        if folded[k] in _PAST_MARKERS or folded[k] in _COMPOUND_PAST:
            if folded[k] in ("की", "के") and k + 1 < end and folded[k + 1] not in context.grammar["verb_final"]:
                continue  # "आने की संभावना है": a genitive, not "did"
            return True
    return False


def _planned_before(context: _Sentence, position: int) -> bool:
    """Say whether the trigger noun is described as still to come: "होने वाली बैठक",
    "प्रस्तावित मुलाकात", "आगामी शिखर वार्ता"."""
    before = tuple(context.folded[max(0, position - 2) : position])
    return before[-1:] in (("प्रस्तावित",), ("आगामी",)) or before in (
        ("होने", "वाली"), ("होने", "वाले"), ("होने", "वाला"), ("होने", "वाला"))


def _announcement_day(context: _Sentence, position: int, expressions, at, published):
    """Return the day a governing clause names ("गुरुवार को … घोषणा की कि …"), if any."""
    clause = context.clause_of(position)
    first = _governing_start(context, clause)
    if first == clause:
        return None
    limit = context.clauses[clause][0]
    for k in reversed(range(len(expressions))):
        if at[k] < limit and context.clause_of(at[k]) >= first:
            value = dates.resolve_expression(expressions[k], published)
            if value is not None and value.precision == "day":
                import datetime as dt

                return dt.date.fromisoformat(value.value)
    return None


def _date_denials_of_claims(article: Article, events: list[Event]) -> None:
    """Date an undated denial that points back to a claim told before by that claim's date.

    Wire copy corrects or contradicts what another source said: "पहले की खबरों के उलट, …
    अबू धाबी में संधि पर दस्तखत नहीं होंगे", "योनहाप ने कहा कि ऐसे किसी प्रोटोकॉल पर हस्ताक्षर
    नहीं हुए". The denial is of the event claimed earlier in the article (same kind, same
    sides), on the day it was claimed for, as a called-off event is dated by its scheduled day.
    """
    cues = _grammar()["claim_pointers"]

    def sides(event: Event):
        told = [*event.participants] + ([event.destination] if event.destination and event.kind != "Visit" else [])
        found = {_side_of(article, kind, key) if event.kind == "Signing" else (kind, key) for kind, key in told}
        if event.kind == "Visit" and event.destination:
            found.add(_side_of(article, *event.destination) if event.destination[0] == "Place" else event.destination)
        return None if None in found else frozenset(found)

    for event in events:
        if event.status != "denied" or event.date is not None:
            continue
        folded = [fold(w) for w, _, _ in words(article.sentences[event.sentence].text)]
        if not _contains_any(folded, cues) or sides(event) is None:
            continue
        claims = [e for e in events if e.sentence < event.sentence and e.kind == event.kind and e.status != "denied"
                  and e.date is not None and sides(e) == sides(event)]
        if claims:
            # the claim denied is a rumour or plan told before, else the latest event claimed
            # (a fact-check's "ऐसी कोई मुलाकात नहीं हुई" is not about the meeting of 2019 it
            # recalls as background)
            rumours = [e for e in claims if e.status != "occurred"]
            event.date = rumours[-1].date if rumours else max(claims, key=lambda e: e.date.value).date


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


#: the auxiliaries of the pluperfect and the completive ("हस्ताक्षर किए थे", "मुलाकात … हो चुकी
#: है"): background told as already past when the story's events happen
_BACKGROUND_AUXILIARIES = frozenset({"था", "थे", "थी", "थीं", "चुका", "चुके", "चुकी", "चुकीं"})
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


def _where_status(context: _Sentence, position: int, cues) -> str | None:
    """Return the status a meeting in a "जहां" clause takes from the trip it depends on:
    "मोदी बर्लिन जा सकते हैं, जहां उनकी मर्ज़ के साथ बैठक होगी" is as speculated as the trip."""
    clause = context.clause_of(position)
    start, _, opener = context.clauses[clause]
    if clause == 0 or opener != "rel" or context.folded[start] != "जहां":
        return None
    head_start, head_end, _ = context.clauses[clause - 1]
    # the head's auxiliaries close it: read its last words for them
    head = _cue_status(context.folded, head_start, head_end, max(head_start, head_end - 6), cues)
    return head if head in ("speculated", "denied") else None


def _negated_verb(folded: list[str], position: int, cues) -> bool:
    """Say whether a denial word ("नहीं", "न") stands right before the trigger, optionally after
    "भी"/"ही": "ज़ेलेंस्की से नहीं मिलेंगे", "उनसे भी नहीं मिले"."""
    before = folded[max(0, position - 2) : position]
    return bool(before) and any(before[-len(n):] == list(n) for n in cues["denied"]["near"] if len(n) <= len(before))


def _yes_no_question(text: str, folded: list[str]) -> bool:
    """Say whether a sentence is a yes/no question: "क्या" near its start ("प्रश्न: क्या …",
    "पर क्या …") and a question mark at its end."""
    return text.rstrip().endswith("?") and "क्या" in folded[:4]


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
