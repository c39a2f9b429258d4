"""The entry point of event finding: `find_events(article, gazetteer)`.

Walks the article's sentences, builds their events, then attaches and inherits dates and runs
the post-steps (implied visits, merging). kg.pipeline calls it through kg.events.
"""

from __future__ import annotations

from kg import attribution as attribution_, dates
from kg.document import Article, DateValue, Event, Mention
from kg.events.building import _build_events
from kg.events.dating import (
    _attach_dates,
    _date_denials_of_claims,
    _date_signings,
    _dated_before_another,
    _dated_just_before,
    _dates_predicate,
    _inherit_dates,
)
from kg.events.grammar import (
    _Sentence,
    _clause_sources,
    _clauses,
    _contains,
    _grammar,
    _has_headline,
    _lemmas,
    _lexicon,
    _modifiers,
    _negated_verb,
    _ordered_triggers,
    _restatement,
    _second_claim,
    _subject,
    _yes_no_question,
)
from kg.events.meetings import _names_its_own_meeting, _talks_place
from kg.events.participants import (
    _adjective_anaphor,
    _continues_topic,
    _deal_with,
    _points_back,
    _self_reporting_speaker,
)
from kg.events.poststeps import (
    _background_talks,
    _drop_partial_signings,
    _merge_duplicates,
    _visits_of_talks_abroad,
)
from kg.events.signings import _agreement_anaphor, _dated_signings, _seals_agreement
from kg.events.status import (
    _before_past,
    _concessive_doubt,
    _contrastive_denial,
    _denial_of_previous,
    _headline_trip_status,
    _invited_only,
    _parsed_status,
    _predicate_past_relative,
    _status,
    _unheld_meeting,
    _unrealised,
    _where_status,
)
from kg.events.visits import _RETURNS, _another_stop, _new_stops
from kg.gazetteer import Gazetteer
from kg.nlp import dependencies as deps
from kg.normalising import fold, words


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
