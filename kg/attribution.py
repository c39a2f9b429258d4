"""Attribution: which sources an article's claims are credited to.

News credits what it reports, in a few shapes (the cue words are data,
data/lexicon/attribution.yaml):

- a postposition after the source: "टैस के अनुसार", "केसीएनए के हवाले से",
  "रूस की सुरक्षा परिषद का हवाला देते हुए", "एकीकरण मंत्रालय का कहना है";
- the source as the ने-marked agent of a verb of saying or publishing: "केसीएनए ने बताया",
  "मंत्रालय ने उन खबरों को निराधार बताया", "केसीएनए ने ... तस्वीरें प्रकाशित कीं";
- what of the source is cited, between it and the cue: "टैस की रिपोर्ट के अनुसार",
  "चीनी विदेश मंत्रालय के बयान के अनुसार", "विदेश मंत्रालय के प्रवक्ता रणधीर जायसवाल ने
  बताया" (the ministry is the source; its spokesperson speaks for it for the rest of the article);
- an unnamed "रिपोर्ट के अनुसार" / "समाचार एजेंसी की रिपोर्ट के मुताबिक", which means the
  source the article cited last;
- an agency sign-off at the end or in the dateline: "(आईएएनएस)", "मॉस्को, 19 जून (भाषा)।".

`attribute(article, gazetteer)` reads them once per article, after entity finding, and
answers event finding: which agents a sentence cites (sources, not participants) and which
Organizations an event is `nkg:source`d to. A source covers the events of its sentence
(a "X ने बताया कि …" sentence is the clause X introduces); a sign-off covers every event of
the article. People are cited agents (so "बघाई ने बताया कि …" does not make Baghaei a
participant) but only Organizations become `nkg:source` and `nkg:cites`; a person's words
count for the organisation they speak for.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from kg import lexicon
from kg.document import Article, Entity, Mention
from kg.gazetteer import Gazetteer
from kg.normalising import fold, words

GENITIVE = {"के", "की", "का"}
_PARENTHESES = re.compile(r"\(\s*([^()\n]{2,40}?)\s*\)")


@dataclass(frozen=True)
class _Cues:
    after_source: tuple[tuple[str, ...], ...]
    fillers: frozenset[str]
    describers: frozenset[str]
    spokesperson: frozenset[str]
    speech: tuple[tuple[str, ...], ...]
    speech_window: int
    release: frozenset[str]
    statements: frozenset[str]
    anaphoric: frozenset[str]
    signoff: re.Pattern
    signoff_names: dict[tuple[str, ...], str]
    signoff_lines: tuple[re.Pattern, ...] = ()
    separators: re.Pattern = re.compile(",")
    chain: frozenset[str] = frozenset()
    chain_window: int = 7
    speech_agents: tuple[tuple[str, ...], ...] = (("ने",),)
    qualifiers: frozenset[str] = frozenset({"एक"})
    passive_speech: tuple[tuple[str, ...], ...] = ()
    organisation_cues: tuple[tuple[str, ...], ...] = ()
    heads: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=None)
def _cues() -> _Cues:
    data = lexicon.load("attribution")

    def phrases(key):
        return tuple(tuple(fold(c).split()) for c in data.get(key, []))

    def folded(key):
        return frozenset(fold(w) for w in data.get(key, []))

    return _Cues(
        after_source=tuple(sorted(phrases("after_source"), key=len, reverse=True)),
        fillers=folded("fillers"),
        describers=folded("describers"),
        spokesperson=folded("spokesperson"),
        speech=phrases("speech"),
        speech_window=int(data.get("speech_window", 14)),
        release=folded("release"),
        statements=folded("statements"),
        anaphoric=folded("anaphoric_sources"),
        signoff=re.compile(data["signoff_pattern"]),
        signoff_names={tuple(fold(k).split()): v for k, v in (data.get("signoff_names") or {}).items()},
        signoff_lines=tuple(re.compile(p) for p in data.get("signoff_lines", [])),
        separators=re.compile(data.get("signoff_separators", ",")),
        chain=folded("chain"),
        chain_window=int(data.get("chain_window", 7)),
        speech_agents=tuple(sorted(phrases("speech_agents") or (("ने",),), key=len, reverse=True)),
        qualifiers=folded("qualifiers") | {"एक"},
        passive_speech=phrases("passive_speech"),
        organisation_cues=phrases("organisation_cues"),
        heads=folded("heads"),
    )


def cue_follows(folded: list[str], i: int) -> bool:
    """Return whether an attribution cue starts at word `i` ("के अनुसार", "ने बताया" …)."""
    cues = _cues_from(folded[i]) if 0 <= i < len(folded) else _cues().after_source
    return any(tuple(folded[i : i + len(cue)]) == cue for cue in cues)


@functools.lru_cache(maxsize=1 << 16)  # keyed by word: bounded
def _cues_from(word: str) -> tuple[tuple[str, ...], ...]:
    """Return the attribution cues that could start at `word` (asked for every word of every sentence)."""
    return tuple(cue for cue in _cues().after_source if not cue or cue[0] == word)


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
    cues = _cues()
    attribution = Attribution(signoff=_signoff_sources(article, gazetteer, cues))
    by_sentence: dict[int, list[Mention]] = {}
    for m in article.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    speaks_for: dict[str, str] = {}  # person key -> Organization key, from "X के प्रवक्ता Y"
    last_cited: str | None = None
    for index, sentence in enumerate(article.sentences):
        raw = words(sentence.text, sentence.start)
        folded = [fold(w) for w, _, _ in raw]
        mentions = by_sentence.get(index, [])
        found = _sentence_sources(mentions, raw, folded, cues, speaks_for, article.text)
        for kind, key in list(found):
            if kind == "Person" and key in speaks_for:
                found.add(("Organization", speaks_for[key]))
        if not any(kind == "Organization" for kind, _ in found) and last_cited and _unnamed_source(mentions, raw, folded, cues):
            found.add(("Organization", last_cited))
        if found:
            attribution.by_sentence[index] = found
            organisations = sorted(key for kind, key in found if kind == "Organization")
            if organisations:
                # the one named first in the sentence is the one a later "रिपोर्ट" means
                first = min((m for m in mentions if m.kind == "Organization" and m.key in organisations), key=lambda m: m.start, default=None)
                last_cited = first.key if first else organisations[0]
    return attribution


def _word_index(raw, offset: int) -> int:
    for i, (_, start, end) in enumerate(raw):
        if start <= offset < end:
            return i
    return 0


def _chain_cue(folded: list[str], j: int, cues: _Cues) -> bool:
    """Return whether a run of what-was-published words from word `j` ends in a cue."""
    end = min(len(folded), j + cues.chain_window)
    start = j
    while j < end and folded[j] in cues.chain:
        j += 1
    if j > start and _passive_speech(folded, j, cues):
        return True  # "मंत्रालय की वेबसाइट पर कहा गया कि …"
    return j > start and any(folded[k] in cues.describers for k in range(start, j)) and (cue_follows(folded, j) or _says(folded, j, cues))


def _passive_speech(folded: list[str], j: int, cues: _Cues) -> bool:
    """Return whether a passive verb of saying starts at word `j` ("कहा गया", "बताया गया")."""
    return any(tuple(folded[j : j + len(cue)]) == cue for cue in cues.passive_speech)


def _after_parenthesis(raw, i: int, text: str | None) -> int:
    """Return the first word after a parenthesis that opens at word `i` ("सऊदी प्रेस एजेंसी (एसपीए) के")."""
    if text is None or i >= len(raw) or i == 0:
        return i
    gap = text[raw[i - 1][2] : raw[i][1]]
    if "(" not in gap:
        return i
    close = text.find(")", raw[i][1])
    if close < 0 or close - raw[i][1] > 40:
        return i
    while i < len(raw) and raw[i][1] < close:
        i += 1
    return i


@functools.lru_cache(maxsize=None)
def _NAME_STOP() -> frozenset[str]:
    """Return the folded words that end a name (roles.yaml `name_stop`): none of them is a name's."""
    return frozenset(fold(w) for w in lexicon.load("roles").get("name_stop", []))


def _sentence_sources(mentions: list[Mention], raw, folded, cues: _Cues, speaks_for: dict[str, str], text: str | None = None) -> set[tuple[str, str]]:
    """Return the agents a sentence attributes its claims to ("टैस के अनुसार")."""
    found = set()
    starts = {_word_index(raw, m.start): m for m in mentions if m.kind == "Person"}
    for m in mentions:
        if m.kind not in ("Organization", "Person"):
            continue
        i = _word_index(raw, m.end - 1) + 1
        # "योनहाप समाचार एजेंसी की रिपोर्ट के अनुसार": the agency's description may
        # stand between its name and the cue
        while i < len(folded) and folded[i] in cues.fillers:
            i += 1
        i = _after_parenthesis(raw, i, text)
        d = i + 1
        # "मंत्रालय के एक अधिकारी ने नाम न छापने की शर्त पर बताया": an unnamed official too
        # "मंत्रालय के एक वरिष्ठ अधिकारी ने", "व्हाइट हाउस की प्रेस सचिव X ने"
        while d < len(folded) and (folded[d] in cues.qualifiers or folded[d] in cues.fillers) and d - i < 4:
            d += 1
        # "क्रेमलिन प्रवक्ता दिमित्री पेस्कोव ने कहा": a spokesperson may follow the name directly
        if i < len(folded) and folded[i] in cues.spokesperson:
            i, d = i - 1, i
            linked = True
        else:
            # "विदेश मंत्रालय में सचिव X ने बताया": an official in it speaks for it too
            linked = i < len(folded) and (folded[i] in GENITIVE or folded[i] == "में")
        heads = m.kind == "Organization" and d < len(folded) and linked and folded[d] in cues.heads
        if heads:
            # "आयोग के अध्यक्ष X ने एक बयान में …": the head's statement is the body's
            j = d + 1
            while j < len(folded) and folded[j] in cues.fillers:
                j += 1
            speaker = starts.get(j)
            if speaker is not None:
                j = _word_index(raw, speaker.end - 1) + 1
                if folded[j : j + 1] == ["ने"] and cues.statements.intersection(_clause(folded, j + 1, cues)):
                    found.add((m.kind, m.key))
                    found.add(("Person", speaker.key))
                    continue
        if m.kind == "Organization" and d < len(folded) and linked and folded[d] in cues.describers:
            # "मंत्रालय के प्रवक्ता रणधीर जायसवाल ने बताया": a named spokesperson speaks for it
            j = d + 1
            while j < len(folded) and folded[j] in cues.fillers:
                j += 1
            j = _after_parenthesis(raw, j, text)  # "मंत्रालय में सचिव (पश्चिम) X ने बताया"
            speaker = starts.get(j)
            if speaker is not None:
                if folded[d] in cues.spokesperson:
                    speaks_for.setdefault(speaker.key, m.key)
                j = _word_index(raw, speaker.end - 1) + 1
            elif folded[d] in cues.spokesperson and "ने" in folded[j + 1 : j + 4] and not GENITIVE.intersection(folded[j : j + 4]):
                # "कार्यालय की प्रवक्ता को मिन-जुंग ने बताया": a spokesperson whose name was not recognised
                j = folded.index("ने", j + 1)
            elif "ने" in folded[j + 1 : j + 4] and not _NAME_STOP().intersection(folded[j : folded.index("ने", j + 1)]) \
                    and not any(o.kind == "Organization" and j <= _word_index(raw, o.start) < folded.index("ने", j + 1) for o in mentions):
                # "मंत्रालय की वरिष्ठ अधिकारी लाना नुसैबेह ने चेतावनी दी": any official whose name was not
                # recognised, when only name-like words stand before the ने
                j = folded.index("ने", j + 1)
            if cue_follows(folded, j) or _says(folded, j, cues):
                found.add((m.kind, m.key))
                if speaker is not None:
                    found.add(("Person", speaker.key))
                continue
        if cue_follows(folded, i):
            found.add((m.kind, m.key))
        elif m.kind == "Organization" and any(tuple(folded[i : i + len(c)]) == c for c in cues.organisation_cues):
            # "एनडीटीवी से बातचीत में …": an outlet interviewed (a person there would be met)
            found.add((m.kind, m.key))
        elif m.kind == "Organization" and folded[i : i + 1] and folded[i] in GENITIVE and _chain_cue(folded, i + 1, cues):
            # "मंत्रालय की वेबसाइट पर जारी बयान के मुताबिक": what it published, then the cue
            found.add((m.kind, m.key))
        elif m.kind == "Organization" and _says(folded, i, cues):
            # people are left out: "पुतिन ने किम से मुलाकात की और कहा …" makes Putin a participant
            found.add((m.kind, m.key))
    return found


def _clause(folded: list[str], i: int, cues: _Cues) -> list[str]:
    """Return the words of the clause from word `i`, up to "कि" or another agent, at most `speech_window`."""
    clause = []
    for word in folded[i : i + cues.speech_window]:
        if word in ("कि", "ने"):
            break
        clause.append(word)
    return clause


def _says(folded: list[str], i: int, cues: _Cues) -> bool:
    """Return whether word `i` marks an agent (ने; "की ओर से", "द्वारा" of a passive) and its
    clause has a verb of saying or publishing."""
    marker = next((m for m in cues.speech_agents if tuple(folded[i : i + len(m)]) == m), None)
    if marker is None:
        return False
    clause = []
    for word in folded[i + len(marker) : i + len(marker) + cues.speech_window]:
        if word in ("कि", "ने"):
            break
        clause.append(word)
    for k in range(len(clause)):
        for cue in cues.speech:
            if tuple(clause[k : k + len(cue)]) == cue:
                # "मंत्रालय ने इसकी पुष्टि नहीं की": who declines to say is not cited
                return "नहीं" not in clause[k + len(cue) : k + len(cue) + 2]
    return bool(cues.release.intersection(clause)) and bool(cues.statements.intersection(folded))


def _unnamed_source(mentions: list[Mention], raw, folded, cues: _Cues) -> bool:
    """Return whether the sentence cites an unnamed report or agency: "रिपोर्ट के अनुसार"."""
    named = {_word_index(raw, m.end - 1) for m in mentions}
    for i, word in enumerate(folded):
        if word in cues.anaphoric and (i - 1) not in named and (i == 0 or folded[i - 1] in cues.fillers or folded[i - 1] in GENITIVE or i < 3):
            j = i + 1
            while j < len(folded) and folded[j] in cues.fillers:
                j += 1
            if cue_follows(folded, j) and not folded[j : j + 1] == ["ने"]:
                return True
    return False


# the most words a dateline puts before its agency's parenthesis ("वियनतियान (लाओस), 10 अक्टूबर (भाषा)")
_DATELINE_WORDS = 4


def _signoff_sources(article: Article, gazetteer: Gazetteer, cues: _Cues) -> set[str]:
    """Return the agencies named in sign-offs and datelines: "(आईएएनएस)", "मॉस्को, 19 जून (भाषा)।"."""
    found = set()
    candidates = []
    if article.sentences:
        last = article.sentences[-1]
        match = cues.signoff.search(last.text)
        if match:
            candidates.append((len(article.sentences) - 1, last.start + match.start(1), match.group(1)))
        for pattern in cues.signoff_lines:
            match = pattern.search(last.text)
            if match:
                # "इनपुट: रॉयटर्स, एएफपी": one or more agencies
                offset = match.start(1)
                for part in cues.separators.split(match.group(1)):
                    at = last.text.find(part, offset) if part else -1
                    if at >= 0 and part.strip():
                        candidates.append((len(article.sentences) - 1, last.start + at, part.strip()))
                        offset = at + len(part)
                break
    for index, sentence in enumerate(article.sentences[:3]):
        # a dateline: "बीजिंग, 8 जून (आईएएनएस)।", "वियनतियान (लाओस), 10 अक्टूबर (भाषा) प्रधानमंत्री …"
        for group in _PARENTHESES.finditer(sentence.text, 0, 80):
            before = sentence.text[: group.start()]
            after = sentence.text[group.end() :]
            # a dateline is a place and a date: a parenthesis after a longer run of words is the
            # prose's own ("… के आर्थिक समुदाय (इकोवास) के नेताओं ने" names a party, not the wire)
            if len(before[before.rfind(")") + 1 :].split()) > _DATELINE_WORDS:
                continue
            if re.search(r"[,\d]", before) or re.match(r"\s*[।:\-]", after) or not before.strip():
                candidates.append((index, sentence.start + group.start(1), group.group(1)))
    for index, start, name in list(candidates):
        parts = cues.separators.split(name)
        if len(parts) > 1 and tuple(fold(name).split()) not in gazetteer.names:
            # "(आईएएनएस/एएनआई)": several agencies in one sign-off
            at = 0
            for part in parts:
                found_at = name.find(part, at)
                if part.strip() and found_at >= 0:
                    candidates.append((index, start + found_at, part.strip()))
                    at = found_at + len(part)
    for index, start, name in candidates:
        key = tuple(fold(name).split())
        owners = [owner for kind, owner in gazetteer.names.get(key, []) if kind == "Organization"]
        if not owners and key in cues.signoff_names:
            owners = [cues.signoff_names[key]]
            _mention_signoff(article, gazetteer, index, start, name, owners[0])
        found.update(owners)
    return found


def _mention_signoff(article: Article, gazetteer: Gazetteer, sentence: int, start: int, text: str, key: str) -> None:
    """Record an agency named only by its sign-off word ("भाषा") as mentioned, with that form."""
    ident = ("Organization", key)
    template = gazetteer.entities.get(ident)
    if template is None:
        return
    entity = article.entities.get(ident)
    if entity is None:
        entity = Entity(key=key, kind="Organization", label_hi=template.label_hi, label_en=template.label_en,
                        wikidata=template.wikidata, country=template.country)
        article.entities[ident] = entity
    entity.alt_labels.add(text)
    if not any(m.start == start and m.kind == "Organization" for m in article.mentions):
        article.mentions.append(Mention(start, start + len(text), text, "Organization", key, "gazetteer", sentence))
        article.mentions.sort(key=lambda m: (m.start, m.end))
