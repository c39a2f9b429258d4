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

Layout (each module imports only those above it in this list):

- grammar: lexicon loading, the sentence and clause machinery, word-level tests;
- participants: agents, pairs, counterparts, delegations, the article's main parties;
- status: tense, modality cues, claims and denials;
- meetings, visits, signings: the readings specific to each kind of event;
- dating: date attachment and inheritance;
- poststeps: implied visits, background talks, partial signings, merging duplicates;
- building: the events of one sentence (`_build_events`);
- finding: `find_events`, the entry point.
"""

from kg.events.finding import find_events
from kg.events.grammar import AGENT_KINDS, AGREEMENT_HEADS, NAME_HEADS, TRUST

__all__ = ["find_events", "TRUST", "AGENT_KINDS", "AGREEMENT_HEADS", "NAME_HEADS"]
