"""Dates attached to events, and dates inherited from what an event points back to.

`_attach_dates` gives each event the date expression before its trigger; `_inherit_dates`
dates events left undated from the occasion, paragraph or headline they continue;
`_date_signings` and `_date_denials_of_claims` fill in dates told in a later sentence.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from kg import dates, lexicon
from kg.document import Article, DateValue, Event
from kg.events.grammar import (
    _LIST_MARK,
    _OCCASION_AFTER,
    _SAME_EVENT,
    _Sentence,
    _contains,
    _contains_any,
    _governing_start,
    _grammar,
    _has_headline,
    _joins_occasion,
    _lexicon,
    _sentence_words,
    _side_of,
    _trip_day,
    _word_index,
)
from kg.events.status import _past_tense, _planned_before
from kg.normalising import fold, words


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
