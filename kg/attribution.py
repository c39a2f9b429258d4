"""Attribution: which sources an article's claims are credited to.

News credits what it reports: "टैस के अनुसार", "केसीएनए ने बताया", an agency sign-off
"(आईएएनएस)" at the end or in the dateline. `attribute(article, gazetteer)` reads them
once per article (after entity finding) and answers two questions for event finding:
which agents a sentence cites (they are sources, not participants), and which
Organizations an event found at a given place in the text is `nkg:source`d to. The
cue words are data (data/lexicon/attribution.yaml).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from kg import lexicon
from kg.document import Article, Mention
from kg.gazetteer import Gazetteer
from kg.normalising import fold, words

_SOURCE_FILLERS = {"समाचार", "न्यूज", "एजेंसी", "एजेंसियों", "न्यूज़", "अखबार", "दैनिक", "चैनल", "टीवी"}


@functools.lru_cache(maxsize=None)
def _lexicon():
    data = lexicon.load("attribution")
    after_source = [tuple(fold(c).split()) for c in data["after_source"]]
    signoff = re.compile(data["signoff_pattern"])
    return after_source, signoff


@dataclass
class Attribution:
    """The sources an article credits: per sentence, and for the whole article."""

    signoff: set[str] = field(default_factory=set)  # Organization keys from sign-offs and datelines
    by_sentence: dict[int, set[tuple[str, str]]] = field(default_factory=dict)  # agents cited per sentence

    def agents(self, sentence: int) -> set[tuple[str, str]]:
        """Return the (kind, key) of every agent sentence `sentence` cites, people included."""
        return self.by_sentence.get(sentence, set())

    def sources(self, sentence: int, at: int | None = None) -> list[str]:
        """Return the Organization keys an event of sentence `sentence`, read at offset `at`, is credited to."""
        return sorted({key for kind, key in self.agents(sentence) if kind == "Organization"} | self.signoff)

    @property
    def cites(self) -> set[str]:
        """Return every Organization the article names as a source."""
        return set(self.signoff) | {key for agents in self.by_sentence.values() for kind, key in agents if kind == "Organization"}


def attribute(article: Article, gazetteer: Gazetteer) -> Attribution:
    """Return the sources `article` credits, read from its mentions and sentences."""
    after_source, signoff = _lexicon()
    attribution = Attribution(signoff=_signoff_sources(article, gazetteer, signoff))
    by_sentence: dict[int, list[Mention]] = {}
    for m in article.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for index, sentence in enumerate(article.sentences):
        raw = words(sentence.text, sentence.start)
        folded = [fold(w) for w, _, _ in raw]
        found = _sentence_sources(by_sentence.get(index, []), raw, folded, after_source)
        if found:
            attribution.by_sentence[index] = found
    return attribution


def _word_index(raw, offset: int) -> int:
    for i, (_, start, end) in enumerate(raw):
        if start <= offset < end:
            return i
    return 0


def _sentence_sources(mentions: list[Mention], raw, folded, after_source) -> set[tuple[str, str]]:
    """Return the agents a sentence attributes its claims to ("टैस के अनुसार")."""
    found = set()
    for m in mentions:
        if m.kind not in ("Organization", "Person"):
            continue
        i = _word_index(raw, m.end - 1) + 1
        # "योनहाप समाचार एजेंसी की रिपोर्ट के अनुसार": the agency's description may
        # stand between its name and the cue
        while i < len(folded) and folded[i] in _SOURCE_FILLERS:
            i += 1
        following = folded[i : i + 6]
        for cue in after_source:
            # allow a word between: "टैस की रिपोर्ट के अनुसार" is covered by the cue list,
            # "एजेंसी टैस के हवाले से" by the mention itself
            if tuple(following[: len(cue)]) == cue:
                found.add((m.kind, m.key))
    return found


def _signoff_sources(article: Article, gazetteer: Gazetteer, signoff) -> set[str]:
    """Return the agencies named in sign-offs and datelines: "(आईएएनएस)", "मॉस्को, 19 जून (भाषा)।"."""
    found = set()
    candidates = []
    if article.sentences:
        last = article.sentences[-1].text
        candidates += [m.group(1) for m in [signoff.search(last)] if m]
    for sentence in article.sentences[:3]:
        dateline = re.match(r"^[^()]{0,40}\(\s*([^()\n]{2,40}?)\s*\)\s*[।:\-]", sentence.text)
        if dateline:
            candidates.append(dateline.group(1))
    for name in candidates:
        for kind, owner in gazetteer.names.get(tuple(fold(name).split()), []):
            if kind == "Organization":
                found.add(owner)
    return found
