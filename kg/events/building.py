"""Build the events of one sentence from its triggers (`_build_events`).

For each trigger in a sentence: its kind, participants (via participants, meetings, visits
and signings), agreement, destination, place and status. Called once per sentence by
`find_events`.
"""

from __future__ import annotations

import functools

from kg.document import Event, Mention
from kg.events.grammar import (
    TRUST,
    _Sentence,
    _apart,
    _case,
    _contains_any,
    _dependency_agent,
    _subject,
    _unique,
    _word_index,
)
from kg.events.meetings import _earlier_venue, _host_met, _hosted_at, _occasion_before, _story_venue
from kg.events.participants import (
    _CORRELATIVES,
    _DELEGATION_PRONOUNS,
    _PAIR_NOUNS,
    _RELATIVE_PRONOUNS,
    _agentive,
    _agents_of_last_sentence,
    _anyone,
    _bilateral,
    _both_as_agent,
    _both_of_country,
    _companion,
    _counterpart,
    _countries_joined_before,
    _cross_side_pairs,
    _day_named_meeting,
    _delegation_leader,
    _embedded_relative,
    _guest,
    _interview_voice,
    _inviter,
    _joined_members,
    _leaders_met_just_before,
    _leads_delegation,
    _main_parties,
    _main_people,
    _officials_of_both,
    _owns,
    _pair_as_subject,
    _pair_named_before,
    _pair_of_last_sentence,
    _place_country,
    _present_at_talks_told_before,
    _progress_of_talks,
    _qualifies_next_name,
    _sides_between,
    _sides_between_before,
    _two_plus_two_sides,
    _with_both,
)
from kg.events.signings import _agreement, _signing_parties
from kg.events.status import _governed, _invitation
from kg.events.visits import (
    _HERE,
    _RETURNS,
    _apposed_country,
    _container,
    _coordinated_places,
    _destination,
    _elided_stops,
    _fellow_travellers,
    _flown_in,
    _region,
    _set_place,
    _visitor,
)


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
