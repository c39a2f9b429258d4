"""Reading event cues off a dependency parse (UD Hindi conventions).

These helpers work on any Sentence whose tokens carry heads, whichever backend gave
them; callers check `has_heads(sentence)` first. Token indices are 0-based positions in
`sentence.tokens`; `Token.head` is 1-based with 0 for the root, as in CoNLL-U.

In Hindi a light-verb predicate is a noun plus a verb: "मुलाकात की", "हस्ताक्षर किए";
the noun is a `compound` (UD: compound / compound:lvc) of the verb, which carries the
subject (`nsubj`, marked by ने in the perfective), the obliques ("पुतिन से"), negation
(नहीं as advmod or neg) and modal auxiliaries (सकना, चाहना, …).
"""

from __future__ import annotations

from kg.document import Sentence

NEGATIONS = {"नहीं", "न", "मत", "नही"}
MODALS = {"सक", "सकना", "सकते", "सकता", "सकती", "चाह", "चाहना", "पा", "पाना"}
_LIGHT = ("compound", "compound:lvc", "compound:conjv")


def has_heads(sentence: Sentence) -> bool:
    """Return whether every token of the sentence carries a dependency head."""
    return bool(sentence.tokens) and all(t.head is not None for t in sentence.tokens)


def has_lemmas(sentence: Sentence) -> bool:
    return bool(sentence.tokens) and all(t.lemma for t in sentence.tokens)


def token_at(sentence: Sentence, offset: int) -> int | None:
    """Return the index of the token covering character `offset` (article offsets)."""
    for i, t in enumerate(sentence.tokens):
        if t.start <= offset < t.end:
            return i
    return None


def children(sentence: Sentence, index: int) -> list[int]:
    """Return the indices of the dependents of token `index`."""
    return [i for i, t in enumerate(sentence.tokens) if t.head == index + 1]


def head_of(sentence: Sentence, index: int) -> int | None:
    head = sentence.tokens[index].head
    return None if not head else head - 1


def predicate_of(sentence: Sentence, index: int) -> int:
    """Return the verb a trigger belongs to: the light verb of "मुलाकात की", the verb
    an oblique noun hangs from ("यात्रा पर जाएंगे"), else the trigger itself."""
    token = sentence.tokens[index]
    head = head_of(sentence, index)
    if head is not None and (token.deprel or "").split(":")[0] in ("compound", "obl", "obj", "nsubj") and token.upos in ("NOUN", "PROPN"):
        return head
    return index


def _rel(sentence: Sentence, index: int) -> str:
    return (sentence.tokens[index].deprel or "").split(":")[0]


def _case_markers(sentence: Sentence, index: int) -> set[str]:
    return {sentence.tokens[c].text for c in children(sentence, index) if _rel(sentence, c) == "case"}


def agent_of(sentence: Sentence, trigger_index: int) -> int | None:
    """Return the token heading the predicate's subject: its nsubj, else a ने-marked dependent."""
    predicate = predicate_of(sentence, trigger_index)
    deps = children(sentence, predicate)
    for c in deps:
        if _rel(sentence, c) == "nsubj" and sentence.tokens[c].upos in ("PROPN", "NOUN", "PRON"):
            return c
    for c in deps:
        if "ने" in _case_markers(sentence, c):
            return c
    return None


def oblique_with_se(sentence: Sentence, trigger_index: int) -> list[int]:
    """Return the predicate's से-marked dependents: whom one meets ("पुतिन से मुलाकात की")."""
    predicate = predicate_of(sentence, trigger_index)
    return [c for c in children(sentence, predicate) if "से" in _case_markers(sentence, c)]


def is_negated(sentence: Sentence, trigger_index: int) -> bool:
    """Return whether the trigger or its predicate has a negation dependent (नहीं, न, मत)."""
    predicate = predicate_of(sentence, trigger_index)
    for owner in {predicate, trigger_index}:
        for c in children(sentence, owner):
            token = sentence.tokens[c]
            if (token.lemma or token.text) in NEGATIONS or token.text in NEGATIONS:
                if _rel(sentence, c) in ("advmod", "neg", "aux", "dep") or token.upos == "PART":
                    return True
    return False


def modal_auxiliary(sentence: Sentence, trigger_index: int) -> str | None:
    """Return the lemma of a modal auxiliary on the predicate ("मिल सकते हैं" → सक), or None."""
    predicate = predicate_of(sentence, trigger_index)
    for c in children(sentence, predicate):
        token = sentence.tokens[c]
        if _rel(sentence, c) == "aux" and ((token.lemma or "") in MODALS or token.text in MODALS):
            return token.lemma or token.text
    return None


def span_of(sentence: Sentence, index: int) -> tuple[int, int]:
    """Return the character span of token `index` with its flat/compound name parts."""
    parts = [index] + [c for c in children(sentence, index) if _rel(sentence, c) in ("flat", "compound") and sentence.tokens[c].upos == "PROPN"]
    return min(sentence.tokens[i].start for i in parts), max(sentence.tokens[i].end for i in parts)
