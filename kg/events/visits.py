"""Visit-specific readings: the visitor, the destination, stops and fellow travellers.

Who travels ("X पहुंचे"), where to (a place, the country of an unknown capital, the airport's
city), further stops of a tour, who a landing plane brings, fellow travellers. Used by event
building and `find_events`.
"""

from __future__ import annotations

from kg.document import Article, Event, Mention
from kg.events.grammar import _Sentence, _case, _grammar, _unique, _word_index
from kg.normalising import fold, words


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
