"""An event's status: occurred, planned, denied or speculated.

The tense and modality of the words after a trigger, the cues of data/lexicon/modality.yaml,
claims and denials told in another clause or sentence, headline trips. Uses only the shared
grammar, so dating and event building can ask it.
"""

from __future__ import annotations

import re

from kg.document import Article, Event
from kg.events.grammar import (
    _INVITATIONS,
    _PUNCT_BREAK,
    _Sentence,
    _contains,
    _contains_any,
    _governing_start,
    _grammar,
    _restatement,
    _without,
)
from kg.nlp import dependencies as deps
from kg.normalising import fold


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


def _invitation(folded: list[str], i: int) -> bool:
    return i + 1 < len(folded) and folded[i] == "का" and folded[i + 1] in _INVITATIONS


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


#: the auxiliaries of the pluperfect and the completive ("हस्ताक्षर किए थे", "मुलाकात … हो चुकी
#: है"): background told as already past when the story's events happen
_BACKGROUND_AUXILIARIES = frozenset({"था", "थे", "थी", "थीं", "चुका", "चुके", "चुकी", "चुकीं"})


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
