"""Finding the people, countries, places, organisations and agreements an article names.

Three sources, in order of trust:
1. the gazetteer's names and alternative names (found_by "gazetteer");
2. how news introduces people it does not expect readers to know — a title or an
   honorific before a name ("केन्याई विदेश मंत्री मुसालिया मुदावादी", "श्री X") — which
   yields a discovered person with the office and country the text gives;
3. references that need the article's context: a surname alone ("किम") once the full
   name is in the article (found_by "short"), an office without a name ("उत्तर कोरिया के
   नेता") resolved through the gazetteer's dated positions (found_by "role").
Spans from a statistical NER, when the NLP backend gives them, add names the first
two miss (found_by "ner"). Pronouns are left to event finding, which knows the subject.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Collection
from dataclasses import dataclass

from kg import lexicon
from kg.document import Article, Entity, Mention
from kg.gazetteer import Gazetteer
from kg.iris import slugify
from kg.normalising import fold, words

# Hindi joins an owner to what it owns with के/की/का: "रूस के विदेश मंत्री".
GENITIVE = {"के", "की", "का"}


@dataclass
class Span:
    """A run of words matched to something the lexicon or gazetteer knows."""

    first: int  # word index, inclusive
    last: int  # word index, exclusive
    tag: str  # entity | short | title | demonym | honorific | pronoun
    owners: list[tuple[str, str]] | None = None
    value: str | None = None  # title: the English office; demonym: the country key


@functools.lru_cache(maxsize=None)
def _roles():
    data = lexicon.load("roles")
    titles = {tuple(fold(k).split()): v for k, v in data["titles"].items()}
    honorifics = {tuple(fold(h).split()) for h in data["honorifics"]}
    stop = {fold(w) for w in data["name_stop"]}
    pronouns = {fold(p) for p in data["pronouns"]}
    return titles, honorifics, stop, pronouns


@functools.lru_cache(maxsize=None)
def _institutions():
    """Return the institution lexicon: offices, those needing a country, anaphors, home, seats, locatives."""
    data = lexicon.load("roles")
    offices = {tuple(fold(k).split()): v for k, v in (data.get("institutions") or {}).items()}
    need_country = {tuple(fold(k).split()) for k in data.get("institutions_need_country", [])}
    anaphors = {fold(k): fold(v) for k, v in (data.get("institution_anaphors") or {}).items()}
    seats = dict(data.get("seats") or {})
    locative = {fold(w) for w in data.get("locative", [])}
    return offices, need_country, anaphors, data.get("home_country"), seats, locative


@functools.lru_cache(maxsize=None)
def _name_rules():
    data = lexicon.load("roles")
    weak = {tuple(fold(t).split()) for t in data["weak_titles"]}
    endings = tuple(fold(e) for e in data["not_name_endings"])
    return weak, endings


@functools.lru_cache(maxsize=None)
def _patronymics() -> frozenset[str]:
    """Return the particles that name a father ("बिन", "इब्न"): a name with one runs longer."""
    return frozenset(fold(w) for w in lexicon.load("roles").get("patronymic_particles", []))


@functools.lru_cache(maxsize=None)
def _verb_like_names():
    data = lexicon.load("roles")
    endings = tuple(fold(e) for e in data.get("verb_like_endings", []))
    markers = frozenset(fold(w) for w in data.get("name_followers", []))
    verbs = frozenset(fold(w) for w in data.get("verb_followers", []))
    marker_only = tuple(fold(e) for e in data.get("marker_only_endings", []))
    return endings, markers, verbs, marker_only


def _follower(folded: list[str], index: int, first: bool) -> str | None:
    """Return the word after word `index` for `_could_be_name`; a name's first word ending like a
    verb needs another name word after it ("दीना बोलुआर्ते"), not just a case marker ("राष्ट्रपति
    सेना के साथ", "प्रधानमंत्री योजना की घोषणा")."""
    following = folded[index + 1] if index + 1 < len(folded) else None
    if first and following in _verb_like_names()[1]:
        return None
    return following


def _could_be_name(word: str, stop: set[str], calendar_words: set[str], following: str | None = None) -> bool:
    """Whether `word` may be a word of a name; `following`, the word after it, where known.

    A word ending like a verb ("करना", "करेगा") is no name word, unless the word after it shows
    it is a name after all: a case marker ("दीना बोलुआर्ते ने", "एनरिके रेइना के साथ") or another
    name word that is no verb's companion ("दीना बोलुआर्ते", but not "बनना चाहते").
    """
    _, endings = _name_rules()
    if word in stop or word in calendar_words or word.isdigit():
        return False
    if not (len(word) > 3 and word.endswith(endings)):
        return True
    verb_like, markers, verbs, marker_only = _verb_like_names()
    if following is None or not word.endswith(verb_like):
        return False
    return following in markers or (
        not word.endswith(marker_only)
        and following not in verbs and following not in calendar_words and _could_be_name(following, stop, calendar_words)
    )


def _word_sets():
    from kg.dates import _calendar, _days_ago

    months, weekdays, _, _ = _calendar()
    # number words end a name too: "अनवर इब्राहिम तीन दिवसीय …"
    return set(months) | set(weekdays) | set(_days_ago()[0])


def tag_words(folded: list[str], gazetteer: Gazetteer) -> list[Span]:
    """Return the longest known spans of a sentence's folded words, left to right."""
    titles, honorifics, _, pronouns = _roles()
    offices, _, anaphors, _, _, _ = _institutions()
    longest = max(gazetteer.longest, 4)
    reach = _reach(gazetteer)
    spans: list[Span] = []
    i = 0
    while i < len(folded):
        best: Span | None = None
        for length in range(min(longest, len(folded) - i, reach.get(folded[i], 0)), 0, -1):
            key = tuple(folded[i : i + length])
            if key in gazetteer.names:
                best = Span(i, i + length, "entity", owners=gazetteer.names[key])
            elif key in titles:
                best = Span(i, i + length, "title", value=titles[key])
            elif key in offices:
                best = Span(i, i + length, "institution", value=offices[key])
            elif length == 1 and key[0] in anaphors:
                best = Span(i, i + 1, "anaphor", value=anaphors[key[0]])
            elif key in gazetteer.demonyms:
                best = Span(i, i + length, "demonym", value=gazetteer.demonyms[key])
            elif key in gazetteer.short_names:
                best = Span(i, i + length, "short", owners=gazetteer.short_names[key])
            elif key in _hosts():
                best = Span(i, i + length, "host")
            elif key in honorifics:
                best = Span(i, i + length, "honorific")
            elif length == 1 and key[0] in pronouns:
                best = Span(i, i + 1, "pronoun")
            if best:
                break
        if best:
            spans.append(best)
            i = best.last
        else:
            i += 1
    return spans


def _reach(gazetteer: Gazetteer) -> dict[str, int]:
    """Return, for each word that begins a name, title or other tagged phrase, the most
    words such a phrase has: most words of a sentence begin none, and need no look-up."""
    # the gazetteer's indexes only ever gain keys, so their sizes tell whether the kept map is current
    sizes = (len(gazetteer.names), len(gazetteer.short_names), len(gazetteer.demonyms))
    kept = gazetteer.__dict__.get("_reach")
    if kept is not None and kept[0] == sizes:
        return kept[1]
    titles, honorifics, _, pronouns = _roles()
    offices, _, anaphors, _, _, _ = _institutions()
    reach: dict[str, int] = dict.fromkeys(list(anaphors) + list(pronouns), 1)
    for keys in (gazetteer.names, titles, offices, gazetteer.demonyms, gazetteer.short_names, _hosts(), honorifics):
        for key in keys:
            if key and len(key) > reach.get(key[0], 0):
                reach[key[0]] = len(key)
    gazetteer.__dict__["_reach"] = (sizes, reach)
    return reach


_KIND_PREFERENCE = {"Person": 0, "Country": 1, "Place": 2, "Organization": 3, "Agreement": 4}


def _choose(owners: list[tuple[str, str]], known: Collection[tuple[str, str]]) -> tuple[str, str]:
    if len(owners) == 1:
        return owners[0]  # most names have one owner: nothing to choose between
    in_article = [o for o in owners if o in known]
    candidates = in_article or owners
    return sorted(candidates, key=lambda o: (_KIND_PREFERENCE[o[0]], o[1]))[0]


def find_entities(article: Article, gazetteer: Gazetteer) -> Article:
    """Add the article's mentions and the entities they name."""
    titles, honorifics, stop, pronouns = _roles()
    _, _, _, home, seats, locative = _institutions()
    # the office last named per folded office words, and per anaphor ("मंत्रालय")
    institutions: dict[tuple[str, ...] | str, tuple[tuple[str, str], str | None]] = {}
    calendar_words = _word_sets()
    published = article.published.date() if isinstance(article.published, dt.datetime) else article.published
    per_sentence = []
    for index, sentence in enumerate(article.sentences):
        raw = words(sentence.text, sentence.start)
        folded = [fold(w) for w, _, _ in raw]
        per_sentence.append((raw, folded, tag_words(folded, gazetteer)))

    mentions: list[Mention] = []
    entities: dict[tuple[str, str], Entity] = {}
    full_names: set[tuple[str, str]] = set()
    # names of people first named in this article, by their words, for later surname mentions
    local_names: dict[str, tuple[str, str]] = {}
    # the person last introduced with each title ("अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप"), for a later
    # bare "राष्ट्रपति ने"
    titled: dict[tuple[str, ...], tuple[str, str]] = {}
    # every person introduced with each office, in order, for a bare office ("प्रधानमंत्री ने")
    titled_all: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    titled = _Titled(titled, titled_all)
    host = _host_country(per_sentence, gazetteer)
    # the country a bare "राष्ट्रपति कार्यालय" is in: the dateline's, else that of the last person
    # introduced with the office's title ("दक्षिण कोरिया के राष्ट्रपति ली …"), else the first venue's
    dateline_country = _dateline_country(article, per_sentence, gazetteer)
    venue = dateline_country or _host_country(per_sentence, gazetteer, countries=True)
    for _, _, spans in per_sentence:
        for span in spans:
            if span.tag == "host":
                span.value = host

    def mention(sentence: int, raw, first: int, last: int, ident: tuple[str, str], found_by: str, role: str | None = None):
        start, end = raw[first][1], raw[last - 1][2]
        text = article.text[start:end]
        mentions.append(Mention(start, end, text, ident[0], ident[1], found_by, sentence))
        entity = entities.get(ident)
        if entity is None:
            template = gazetteer.entities.get(ident)
            if template is not None:
                entity = Entity(
                    key=template.key, kind=template.kind, label_hi=template.label_hi, label_en=template.label_en,
                    wikidata=template.wikidata, country=template.country,
                )
            else:
                entity = Entity(key=ident[1], kind=ident[0], label_hi=text, discovered=True)
            entities[ident] = entity
        if found_by in ("gazetteer", "short", "discovered", "ner") and text != entity.label_hi:
            entity.alt_labels.add(text)
        if role:
            entity.roles.add(role)
            if ident[0] == "Person":
                titled[tuple(fold(role).split())] = ident

    # Pass 1: gazetteer names, titled and honoured names, offices.
    for index, (raw, folded, spans) in enumerate(per_sentence):
        # short forms may be words of a new name ("री चांग-डे"), so they do not stop one
        covered = {i for span in spans if span.tag != "short" for i in range(span.first, span.last)}
        for position, span in enumerate(spans):
            if span.tag == "entity":
                ident = _choose(span.owners, entities)
                if ident[0] == "Place" and ident[1] in seats and folded[span.last : span.last + 1] != [] and folded[span.last] not in locative:
                    # "क्रेमलिन ने कहा": the seat acts, so it stands for the institution it houses
                    ident = ("Organization", seats[ident[1]])
                abroad = _home_seat_abroad(spans, position, folded, ident, gazetteer, home, venue)
                following = spans[position + 1] if position + 1 < len(spans) else None
                if (abroad is not None and following is not None and following.first == span.last
                        and following.tag == "entity" and _choose(following.owners, entities)[0] in ("Place", "Organization")):
                    continue  # "राष्ट्रपति भवन मालाकानयांग पैलेस में": the palace's own name follows
                if abroad is not None:
                    first, ident, country = abroad
                    own_name = _own_name_after(article.text, raw, folded, spans, position, stop, calendar_words) \
                        if ident[0] == "Organization" else None
                    if ident[0] == "Organization" and own_name is None and folded[span.last] not in (*GENITIVE, "ने", "द्वारा"):
                        continue  # neither a place nor a body that acts: it describes a name that follows
                    mention(index, raw, first, span.last, ident, "discovered")
                    entities[ident].country = entities[ident].country or country
                    if own_name is not None:
                        mention(index, raw, span.last, own_name, ident, "discovered")
                    continue
                mention(index, raw, span.first, span.last, ident, "gazetteer")
                full_names.add(ident)
                if ident[0] == "Organization":
                    _remember_institution(institutions, tuple(folded[span.first : span.last]), ident, gazetteer)
            elif span.tag in ("institution", "anaphor"):
                following = spans[position + 1] if position + 1 < len(spans) else None
                if (span.tag == "institution" and following is not None and following.first == span.last
                        and following.tag == "entity" and _choose(following.owners, entities)[0] == "Organization"):
                    # "राष्ट्रपति कार्यालय कासा रोसादा ने", "समाचार एजेंसी तास": the body's own name follows
                    continue
                holder = titled.get(tuple(folded[span.first : span.last - 1]))
                office_host = dateline_country or (entities[holder].country if holder in entities else None) or host
                found = _institution(spans, position, folded, gazetteer, institutions, home, office_host)
                own_name = _own_name_after(article.text, raw, folded, spans, position, stop, calendar_words) \
                    if span.tag == "institution" and found is not None else None
                if own_name is not None and tuple(folded[span.first : span.last]) in _media_kinds():
                    # "कज़ाख समाचार एजेंसी काज़इनफ़ॉर्म के अनुसार": the agency's own name follows its
                    # kind; media finding below names it
                    continue
                if found is not None:
                    first, ident, country = found
                    known = ident in gazetteer.entities
                    # a gazetteer office is named by the words written ("विदेश कार्यालय" after
                    # "पाकिस्तान के"); a discovered one by the whole phrase
                    mention(index, raw, span.first if known else first, span.last, ident, "short" if known else "discovered")
                    if own_name is not None and not known:
                        # "ब्राजील के राष्ट्रपति कार्यालय प्लानाल्तो ने": the name after the office is the
                        # body's own, a mention of it (so a cue after it cites the body)
                        mention(index, raw, span.last, own_name, ident, "discovered")
                    if not known and entities[ident].country is None:
                        entities[ident].country = country
                    if not known and first != span.first:
                        # "ईरान के राष्ट्रपति कार्यालय": the office as written is a form of its name too
                        entities[ident].alt_labels.add(article.text[raw[span.first][1] : raw[span.last - 1][2]])
                    if known and first != span.first and ident in entities:
                        # "दक्षिण कोरिया के रक्षा मंत्रालय" for "दक्षिण कोरियाई रक्षा मंत्रालय": the
                        # office with its country as written names the gazetteer body too
                        entities[ident].alt_labels.add(article.text[raw[first][1] : raw[span.last - 1][2]])
                    _remember_institution(institutions, tuple(folded[span.first : span.last]), ident, gazetteer)
            elif span.tag in ("title", "honorific"):
                role_hi = " ".join(w for w, _, _ in raw[span.first : span.last]) if span.tag == "title" else None
                country = _country_before(spans, position, folded, gazetteer)
                if span.tag == "title" and country is None:
                    # "उत्तर कोरिया के राज्य सुरक्षा मंत्री", "रूसी प्राकृतिक संसाधन मंत्री": a portfolio
                    # between the country and the office belongs to the office
                    portfolio = _portfolio(spans, position, folded, gazetteer, stop, calendar_words)
                    if portfolio is not None:
                        country, portfolio_start = portfolio
                        role_hi = " ".join(w for w, _, _ in raw[portfolio_start : span.last])
                following = spans[position + 1] if position + 1 < len(spans) else None
                # stacked titles and honorifics ("राष्ट्रपति श्री …") pass the role on
                if following and following.first == span.last and following.tag in ("title", "honorific"):
                    # "कतर के अमीर शेख तमीम …": the office is that person's, so a later bare
                    # "अमीर" names them
                    k = position + 1
                    while k + 1 < len(spans) and spans[k].tag in ("title", "honorific") and spans[k + 1].first == spans[k].last:
                        k += 1
                    holder = spans[k] if spans[k].tag == "entity" and spans[k - 1].last == spans[k].first else None
                    if span.tag == "title" and holder is not None and _choose(holder.owners, entities)[0] == "Person":
                        ident = _choose(holder.owners, entities)
                        titled.setdefault(tuple(folded[span.first : span.last]), ident)
                    continue
                if following and following.first == span.last and following.tag == "entity":
                    ident = _choose(following.owners, entities)
                    if ident[0] == "Person" and role_hi and ident in entities:
                        entities[ident].roles.add(role_hi)
                    if ident[0] == "Person" and span.tag == "title":
                        titled[tuple(folded[span.first : span.last])] = ident
                    if ident[0] == "Person":
                        continue
                    # "मेजबान देश के नेता मॉस्को आएंगे": a place after an office is not its holder's name
                if following and following.first == span.last and following.tag == "short" and (
                    following.last - following.first > 1 or not _name_continues(article.text, raw, folded, following.last, stop, calendar_words)
                ):
                    continue  # a surname after a title: pass 2 resolves it ("राष्ट्रपति किम")
                # "विदेश मंत्रालय में सचिव (पश्चिम) सिबी जॉर्ज": a short gloss may stand between the
                # office and the name
                start_name = _after_gloss(article.text, raw, span.last)
                royal_name = -1
                if span.tag == "title" and position > 0 and spans[position - 1].tag == "title" \
                        and spans[position - 1].last == span.first and tuple(folded[span.first : span.last]) in _royal_titles():
                    # "सम्मेलन के अध्यक्ष सुल्तान अल जाबेर": a ruler's title after an office is a given name
                    start_name = royal_name = span.first
                    role_hi = " ".join(w for w, _, _ in raw[spans[position - 1].first : spans[position - 1].last])
                name_end = start_name
                particles = _particles()
                # a name is at most three words, not counting joining particles ("तमीम बिन हमद
                # अल-थानी", "लुइज़ इनासियो दा सिल्वा"), and does not end on one; an Arabic name
                # with its father's ("बिन", "इब्न") may have four ("सैयद बद्र बिन हमद अल-बुसैदी")
                while (
                    name_end < len(folded)
                    and sum(1 for w in folded[start_name : name_end] if w not in particles)
                    < (4 if _patronymics().intersection(folded[start_name : name_end]) else 3)
                    and (name_end not in covered or name_end == royal_name or _closing_honorific(spans, name_end, folded, stop))
                    and (folded[name_end] in particles and name_end > start_name or _could_be_name(folded[name_end], stop, calendar_words, _follower(folded, name_end, name_end == start_name))
                         or _initial(article.text, raw, name_end)
                         or _closing_honorific(spans, name_end, folded, stop))
                    and (name_end == start_name or _joined(article.text, raw, name_end))
                ):
                    name_end += 1
                # a hyphenated part is a name's own syllable ("री चांग-डे"), not a particle
                while name_end > start_name and folded[name_end - 1] in particles and "-" not in article.text[raw[name_end - 2][2] : raw[name_end - 1][1]]:
                    name_end -= 1
                # a first name before a known surname is part of that person's name ("सर्गेई शोइगू")
                if name_end > start_name and following and following.first == name_end and following.tag == "entity":
                    ident = _choose(following.owners, entities)
                    if ident[0] == "Person" and not _another_given_name(folded[start_name], gazetteer.entities.get(ident)):
                        mention(index, raw, start_name, following.last, ident, "gazetteer", role_hi)
                        full_names.add(ident)
                        continue
                    if ident[0] == "Person":
                        # "अमेरिका की प्रथम महिला मेलानिया ट्रंप", "सोनिया गांधी": a relative who
                        # shares the surname is a person of their own
                        name_end = following.last
                        following.tag = "absorbed"
                if span.tag == "title" and _names_a_place(folded, start_name, name_end):
                    continue  # "किंग खालिद अंतरराष्ट्रीय हवाई अड्डे": a place named after someone
                weak_titles, _ = _name_rules()
                # "रूस के मंत्री", "हमास के प्रमुख" — but not "मुदावादी की प्रधानमंत्री से भेंट", a
                # person's meeting with the office's holder
                owned = country is not None or (position > 0 and spans[position - 1].tag in ("entity", "demonym", "institution") and spans[position - 1].last >= span.first - 1
                                                and not (spans[position - 1].tag == "entity" and _choose(spans[position - 1].owners, entities)[0] == "Person"))
                if span.tag == "title" and tuple(folded[span.first : start_name]) in weak_titles and not owned \
                        and not _office_of_something(folded, span.first):
                    name_end = start_name
                if name_end == start_name and span.tag == "title" and country is not None:
                    # "थेरेज़ कायिकवाम्बा वैगनर, कांगो की विदेश मंत्री, ने", "X (रवांडा के विदेश
                    # मंत्री) ने": the name stands before its office, set off by punctuation
                    before_name = _appositive(article.text, raw, folded, spans, position, stop, calendar_words, covered)
                    if before_name is not None:
                        start_name, name_end = before_name
                if name_end > start_name:
                    name_words = folded[start_name : name_end]
                    local = local_names.get(" ".join(name_words))
                    if local is None and len(name_words) == 1:
                        local = local_names.get(name_words[0])
                    if local is None and len(name_words) == 1:
                        # "प्रिंस ख़ालिद" after "प्रिंस ख़ालिद बिन सलमान": a word of a person named in full before
                        local = _named_before_by_word(name_words[0], full_names, gazetteer)
                    if local is not None:
                        mention(index, raw, start_name, name_end, local, "short", role_hi)
                        continue
                    if len(name_words) == 1 and span.tag == "honorific":
                        continue  # "श्री X" with an unknown single word: pass 2 may know it
                    if sum(len(w) for w in name_words) < 3:
                        continue
                    key = slugify(" ".join(name_words))
                    ident = ("Person", key)
                    mention(index, raw, start_name, name_end, ident, "discovered", role_hi)
                    if span.tag == "honorific" and tuple(folded[span.first : span.last]) in _name_honorifics():
                        # "शेख मोहम्मद बिन ज़ायद": an Arabic honorific is part of how the person is
                        # called, so the titled form is a form of the name too ("श्री" is not)
                        entities[ident].alt_labels.add(article.text[raw[span.first][1] : raw[name_end - 1][2]])
                    if country and entities[ident].country is None:
                        entities[ident].country = country
                    local_names[" ".join(name_words)] = ident
                    for word in (name_words[0], name_words[-1]):
                        local_names.setdefault(word, ident)
                    if len(name_words) == 3 and len(name_words[1]) > 2 and name_words[1] not in _particles():
                        # a Spanish name's paternal surname is its middle word: "नोबोआ" after
                        # "डेनियल नोबोआ अज़ीन"
                        local_names.setdefault(name_words[1], ident)
                elif span.tag == "title" and country and not _former(spans, position, folded):
                    office = tuple(folded[span.first : span.last])
                    # the gazetteer's holders need the article's date; the article's own do not
                    holders = gazetteer.holders(office, country, published) if published is not None else []
                    if not holders and office in _leaders()[0] and published is not None:
                        # "चीनी नेता": a country's leader holds its highest office; where a president
                        # and a prime minister both hold office, the one the article names
                        for group in _leaders()[1]:
                            holders = sorted({h for top in group for h in gazetteer.holders(top, country, published)})
                            if len(holders) > 1:
                                holders = [h for h in holders if ("Person", h) in entities]
                            if holders:
                                break
                    if not holders:
                        # an office the gazetteer has nobody for is held by whom the article
                        # introduced with it ("ओमान के विदेश मंत्री" after "ओमान के विदेश मंत्री सैयद
                        # बद्र …"), the latest if several were
                        introduced = [i for i in titled.every.get(office, []) if i in entities and entities[i].country == country]
                        holders = [introduced[-1][1]] if introduced else []
                    if len(holders) == 1:
                        first = _genitive_start(spans, position, folded)
                        mention(index, raw, first, span.last, ("Person", holders[0]), "role")
                elif span.tag == "title" and country is None and not owned and tuple(folded[span.first : span.last]) in titled:
                    # a bare office names the person the article introduced with it ("राष्ट्रपति
                    # बुधवार को ... मिलेंगे" after "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप"); common-word
                    # offices ("नेता", "मंत्री") are too vague for this
                    office = tuple(folded[span.first : span.last])
                    # a ruler's title is one person's in a story ("अमीर ने …", "अमीर के साथ"), when
                    # a case marker follows it ("अमीर देशों" are rich countries)
                    royal = office in {tuple(fold(w).split()) for w in lexicon.load("roles").get("royal_titles", [])} \
                        and span.last < len(folded) and folded[span.last] in ("ने", "से", "को", "के", "की", "का")
                    # a common office opening its sentence as its subject ("अध्यक्ष 27 फरवरी को दिल्ली
                    # आईं", "मंत्री ने कहा") is the one person the article introduced with it
                    # (not a leader's title: "नेता ने कहा" may be anyone's leader)
                    opening = span.first == 0 and len(titled.every.get(office, [])) == 1 and span.last < len(folded) \
                        and office not in _leaders()[0] and (
                            folded[span.last] in ("ने", "भी", "ही") or folded[span.last][:1].isdigit()
                            or folded[span.last] in calendar_words)
                    if office not in weak_titles or royal or opening:
                        mention(index, raw, span.first, span.last, _bare_office_holder(titled, office, entities, home), "role")
    # A name a person is known by: "एमबीएस के नाम से मशहूर क्राउन प्रिंस मोहम्मद बिन सलमान",
    # "X, जो लूला के नाम से मशहूर हैं": the alias names that person here and later.
    for index, (raw, folded, spans) in enumerate(per_sentence):
        present = set(folded)
        for cue in _alias_cues():
            if cue and cue[0] not in present:
                continue  # most sentences have no cue: one set test instead of a scan
            for k in range(1, len(folded) - len(cue) + 1):
                if tuple(folded[k : k + len(cue)]) != cue:
                    continue
                first = k
                while first > 0 and k - first < 3 and folded[first - 1] not in GENITIVE and folded[first - 1] != "जो" and (
                    first == k or _joined(article.text, raw, first)
                ) and _could_be_name(folded[first - 1], stop, calendar_words):
                    first -= 1
                if first == k:
                    continue
                start, end = raw[first][1], raw[k - 1][2]
                people = [m for m in mentions if m.sentence == index and m.kind == "Person"]
                if any(m.start < end and start < m.end for m in mentions if m.sentence == index):
                    continue  # the alias is itself a known name
                after = [m for m in people if m.start >= raw[k + len(cue) - 1][2] and _word_at(raw, m.start) - (k + len(cue)) <= 4]
                before = [m for m in people if m.end <= start] if folded[first - 1 : first] == ["जो"] else []
                target = after[0] if after else (before[-1] if before else None)
                if target is None:
                    continue
                ident = (target.kind, target.key)
                mention(index, raw, first, k, ident, "short")
                local_names[" ".join(folded[first:k])] = ident

    # News media the gazetteer does not know, named after what they are: "ऑस्ट्रेलियाई प्रसारक
    # एबीसी के अनुसार", "अमीराती समाचार एजेंसी वाम ने बताया", "ब्राजील के अखबार X के मुताबिक".
    media = _media_kinds()
    common = _common_words()
    for index, (raw, folded, spans) in enumerate(per_sentence):
        taken = [(m.start, m.end) for m in mentions if m.sentence == index]
        for span in spans:
            taken.append((raw[span.first][1], raw[span.last - 1][2]))
        i = 0
        while i < len(folded):
            candidates = _media_from(folded[i])
            kind = next((k for k in candidates if tuple(folded[i : i + len(k)]) == k), None) if candidates else None
            if kind is None:
                i += 1
                continue
            first = end = i + len(kind)
            place = next((sp for sp in spans if sp.first == first and sp.tag == "entity"
                          and _choose(sp.owners, entities)[0] == "Place"), None)
            if place is not None and place.last < len(folded) and (folded[place.last] in GENITIVE or folded[place.last] in ("ने", "द्वारा")):
                # "सीरियाई सरकारी समाचार एजेंसी सना ने बताया": after its kind, a city's name is the medium's
                taken = [t for t in taken if t != (raw[place.first][1], raw[place.last - 1][2])]
                for m in [m for m in mentions if m.sentence == index and m.start == raw[place.first][1] and m.kind == "Place"]:
                    mentions.remove(m)
                place.tag = "absorbed"
            while (
                end < len(folded) and end - first < 4 and _joined(article.text, raw, end)
                and not any(s <= raw[end][1] < e for s, e in taken)
                and (folded[end] not in common or end > first and (folded[end],) in media)
                and folded[end] not in GENITIVE
                # right after its kind, a name may end like a verb form ("समाचार एजेंसी मेना ने")
                and (_could_be_name(folded[end], stop, calendar_words)
                     or end == first and folded[end] not in stop and folded[end] not in calendar_words)
            ):
                end += 1
            after = folded[end] if end < len(folded) else ""
            # "सरकारी प्रसारक आरटीएस से बातचीत में": an outlet interviewing someone
            interviewed = after == "से" and end + 1 < len(folded) and folded[end + 1] in _INTERVIEWS
            if end > first and (after in GENITIVE or after in ("ने", "द्वारा") or interviewed
                                or article.text[raw[end - 1][2] : raw[end - 1][2] + 2].strip()[:1] in (",", "(")):
                ident = ("Organization", slugify(" ".join(folded[first:end])))
                if ident not in gazetteer.entities:
                    mention(index, raw, first, end, ident, "discovered")
                    if entities[ident].country is None:
                        entities[ident].country = _media_country(spans, folded, i, gazetteer)
                    taken.append((raw[first][1], raw[end - 1][2]))
            i = max(end, i + 1)

    # A body's own commission or secretariat the gazetteer does not list: "इकोवास आयोग के अध्यक्ष",
    # "आसियान सचिवालय ने" (as "अफ्रीकी संघ आयोग" is listed): the organisation with the word is the body.
    for index, (raw, folded, spans) in enumerate(per_sentence):
        for m in [m for m in mentions if m.sentence == index and m.kind == "Organization" and m.found_by == "gazetteer"]:
            k = _word_at(raw, m.end - 1) + 1
            if k >= len(folded) or folded[k] not in _SUB_BODIES or not _joined(article.text, raw, k) \
                    or any(sp.first <= k < sp.last for sp in spans if sp.tag == "entity"):
                continue
            first = _word_at(raw, m.start)
            ident = ("Organization", slugify(" ".join(folded[first : k + 1])))
            if ident in gazetteer.entities:
                continue
            mentions.remove(m)
            mention(index, raw, first, k + 1, ident, "discovered")

    # Papers and channels named by their title's head word, which may follow a place or a
    # country: "जापान टाइम्स के अनुसार", "डेक्कन हेराल्ड ने लिखा", "खलीज टाइम्स की रिपोर्ट".
    heads = {fold(w) for w in lexicon.load("roles").get("media_heads", [])}
    for index, (raw, folded, spans) in enumerate(per_sentence):
        organisations = [(m.start, m.end) for m in mentions if m.sentence == index and m.kind in ("Organization", "Person")]
        for k, word in enumerate(folded):
            if word not in heads or k == 0 or k + 1 >= len(folded) or folded[k + 1] not in (*GENITIVE, "ने", "द्वारा", "को"):
                continue
            if any(s <= raw[k][1] < e for s, e in organisations):
                continue
            first = k
            while (
                first > 0 and k - first < 3 and _joined(article.text, raw, first)
                and folded[first - 1] not in GENITIVE and folded[first - 1] not in common
                and not any(s <= raw[first - 1][1] < e for s, e in organisations)
                and _could_be_name(folded[first - 1], stop, calendar_words)
            ):
                first -= 1
            if first == k:
                continue
            if first > 0 and folded[first - 1] == "द" and _joined(article.text, raw, first):
                first -= 1
            ident = ("Organization", slugify(" ".join(folded[first : k + 1])))
            if ident not in gazetteer.entities:
                mention(index, raw, first, k + 1, ident, "discovered")
                organisations.append((raw[first][1], raw[k][2]))

    # Bodies introduced with their abbreviation: "भारत-प्रशांत द्वीप सहयोग मंच (एफआईपीआईसी)",
    # "व्यापार और प्रौद्योगिकी परिषद (टीटीसी)": a name ending in a body's kind word
    # (`organisation_heads`) right before a bracketed Devanagari abbreviation is an organisation,
    # and the abbreviation names it later in the article.
    org_heads = {fold(w) for w in lexicon.load("roles").get("organisation_heads", [])}
    abbreviations: dict[str, tuple[str, str]] = {}
    for index, (raw, folded, spans) in enumerate(per_sentence):
        if "(" not in article.text[article.sentences[index].start : article.sentences[index].end]:
            continue
        # a place may be part of a body's name ("दिल्ली विकास प्राधिकरण (डीडीए)"), a person or body not
        taken = [(m.start, m.end) for m in mentions if m.sentence == index and m.kind in ("Person", "Organization")]
        for k, word in enumerate(folded[:-1]):
            if word not in org_heads:
                continue
            gap = article.text[raw[k][2] : raw[k + 1][1]]
            close = article.text.find(")", raw[k + 1][1])
            abbreviation = article.text[raw[k + 1][1] : close] if close > 0 else ""
            if gap.strip() != "(" or not 2 <= len(abbreviation) <= 12 or not all("\u0900" <= c <= "\u097f" for c in abbreviation):
                continue
            if any(s < raw[k][2] and raw[k][1] < e for s, e in taken):
                continue
            first = k
            while first > 0 and k - first < 4 and (
                    _joined(article.text, raw, first) and folded[first - 1] not in _BODY_NAME_STOP
                    and not any(s <= raw[first - 1][1] < e for s, e in taken) and not folded[first - 1][:1].isdigit()
                    or article.text[raw[first - 1][2] : raw[first][1]] == "-"  # "भारत-प्रशांत …": a compound
                    or (first > 1 and folded[first - 1] in ("और", "एवं") and first < k and folded[first - 2] not in _BODY_NAME_STOP)):
                first -= 1
            if first == k:
                continue
            ident = ("Organization", slugify(" ".join(folded[first : k + 1])))
            if ident in gazetteer.entities:
                continue
            inside = [m for m in mentions if m.sentence == index and raw[first][1] <= m.start and m.end <= raw[k][2]]
            for m in inside:
                mentions.remove(m)  # "भारत-प्रशांत …": a country inside the body's name is not mentioned
            mention(index, raw, first, k + 1, ident, "discovered")
            entities[ident].alt_labels.add(abbreviation)
            abbreviations[fold(abbreviation)] = ident
            taken.append((raw[first][1], raw[k][2]))
    if abbreviations:
        for index, (raw, folded, spans) in enumerate(per_sentence):
            taken = [(m.start, m.end) for m in mentions if m.sentence == index]
            for k, word in enumerate(folded):
                ident = abbreviations.get(word)
                if ident is not None and not any(s <= raw[k][1] < e for s, e in taken):
                    mention(index, raw, k, k + 1, ident, "discovered")

    # Places the gazetteer does not know, named before what they are: "एंकरेज शहर में",
    # "अल-यमामा पैलेस में" (a palace's or hotel's kind word is part of its name; a city's is not).
    outside, inside, after_place = _place_kinds()
    adjectives = tuple(fold(e) for e in lexicon.load("roles").get("ner_not_name_endings", []))
    for index, (raw, folded, spans) in enumerate(per_sentence):
        taken = [(m.start, m.end) for m in mentions if m.sentence == index]
        for span in spans:
            taken.append((raw[span.first][1], raw[span.last - 1][2]))
        for k, word in enumerate(folded):
            if k + 1 >= len(folded) or folded[k + 1] not in after_place:
                continue
            # the kind may be several words ("पालम हवाई अड्डे पर"): the longest that ends here
            kind = next((kd for kd in _place_kinds_to(word) if tuple(folded[max(0, k - len(kd) + 1) : k + 1]) == kd), None)
            if kind is None:
                continue
            first = k - len(kind) + 1
            k = first
            while (
                first > 0 and k - first < 3 and _joined(article.text, raw, first)
                and not any(s <= raw[first - 1][1] < e for s, e in taken)
                and folded[first - 1] not in common and folded[first - 1] not in GENITIVE
                and not folded[first - 1].endswith(adjectives)
                and _could_be_name(folded[first - 1], stop, calendar_words)
            ):
                first -= 1
            if first == k or sum(len(w) for w in folded[first:k]) < 3:
                continue
            end = k + len(kind) if kind in inside else k
            ident = ("Place", slugify(" ".join(folded[first:end])))
            if ident in gazetteer.entities:
                continue
            mention(index, raw, first, end, ident, "discovered")
            taken.append((raw[first][1], raw[end - 1][2]))
            if entities[ident].country is None:
                entities[ident].country = _media_country(spans, folded, first, gazetteer)
            if entities[ident].country is None and "हवाई" in kind and dateline_country is not None \
                    and not any(_elsewhere(sp, entities, gazetteer, dateline_country) for sp in spans):
                # "यून … हानेदा हवाई अड्डे पहुंचे" under a Tokyo dateline: an airport the sentence
                # places nowhere is in the dateline's country
                entities[ident].country = dateline_country

    # A dateline's town the gazetteer does not know, with its country in brackets: "ओह्रिड (उत्तर
    # मैसेडोनिया): …", "बोडरम (तुर्की), 3 मई (भाषा)".
    for index, (raw, folded, spans) in enumerate(per_sentence[:3]):
        if not raw or article.text[article.sentences[index].start : raw[0][1]].strip():
            continue
        for k in (1, 2):
            if k > len(raw) or any(sp.first < k for sp in spans) or not all(_could_be_name(w, stop, calendar_words) for w in folded[:k]):
                break
            if k > 1 and not _joined(article.text, raw, k - 1):
                break
            bracket = _DATELINE_COUNTRY.match(article.text, raw[k - 1][2])
            country = next((sp for sp in spans if sp.tag == "entity" and sp.first == k and raw[sp.first][1] == bracket.start(1)), None) if bracket else None
            if country is None or _choose(country.owners, entities)[0] != "Country" or raw[country.last - 1][2] != bracket.end(1):
                continue
            ident = ("Place", slugify(" ".join(folded[:k])))
            if ident not in gazetteer.entities:
                mention(index, raw, 0, k, ident, "discovered")
                entities[ident].country = entities[ident].country or _choose(country.owners, entities)[1]
            break

    # names of gazetteer people in full also answer to their words ("किम" after "किम जोंग उन")
    for ident in sorted(full_names):
        if ident[0] == "Person":
            # a hyphenated part of a given name ("योल" in "यून सुक-योल") is no surname
            for word in gazetteer.entities[ident].label_hi.split():
                # a joining particle ("बिन" in "ख़ालिद बिन सलमान") names nobody
                if len(word) > 2 and "-" not in word and fold(word) not in _particles():
                    local_names.setdefault(fold(word), ident)

    def seen(ident: tuple[str, str], sentence: int):
        """Return the start of the last full mention of `ident` up to `sentence`, or None."""
        starts = [m.start for m in mentions if m.key == ident[1] and m.kind == ident[0] and m.sentence <= sentence and m.found_by in ("gazetteer", "discovered")]
        return max(starts) if starts else None

    # Pass 2: surnames and short forms, now that every full name of the article is known.
    for index, (raw, folded, spans) in enumerate(per_sentence):
        covered = {i for span in spans for i in range(span.first, span.last)}
        for span in spans:
            if span.tag != "short" or any(m.sentence == index and m.start < raw[span.last - 1][2] and raw[span.first][1] < m.end for m in mentions):
                continue
            # a short form shared by several people ("चो") is the one named before it, the latest
            # if several were; only when nobody was does a full name later in the article count
            owners = [o for o in span.owners if o in full_names]
            local = local_names.get(" ".join(folded[span.first : span.last]))
            if local is not None and local not in owners and (local in full_names or entities[local].discovered):
                owners.append(local)
            before = [o for o in owners if seen(o, index) is not None]
            if before:
                owners = [max(before, key=lambda o: seen(o, index))]
            if len(owners) == 1:
                mention(index, raw, span.first, span.last, owners[0], "short")
        already = [(m.start, m.end) for m in mentions if m.sentence == index]
        for i, word in enumerate(folded):
            # a word inside a name already found ("मुमताज" in "मुमताज ज़हरा बलोच"), or a common
            # word that is part of a name ("हुई" in "चो सोन-हुई"), is no surname mention
            if i in covered or word not in local_names or word in stop or any(s <= raw[i][1] < e for s, e in already):
                continue
            ident = local_names[word]
            if ident in entities and entities[ident].discovered or ident in full_names:
                # the name's own words around the surname go with it ("अल बुसैदी", "दे ला फुएंते",
                # "कायिकवाम्बा वैगनर" after "थेरेज़ कायिकवाम्बा वैगनर"; the full name again, untitled)
                own = set(fold(entities[ident].label_hi).replace("-", " ").split()) if ident in entities else set()

                def free(k: int) -> bool:
                    return folded[k] in own and folded[k] not in stop and k not in covered and not any(s <= raw[k][1] < e for s, e in already)

                first, last = i, i + 1
                while first > 0 and free(first - 1) and _joined(article.text, raw, first):
                    first -= 1
                while last < len(folded) and free(last) and _joined(article.text, raw, last):
                    last += 1
                mention(index, raw, first, last, ident, "short")
                already.append((raw[first][1], raw[last - 1][2]))

    # Statistical NER spans, where the backend gave them, for names nothing above found. A
    # small model labels titles, months and phrases as names ("उपराष्ट्रपति", "फरवरी 2024",
    # "ओगार्योवो स्थित"), so a span must look like a name before it becomes an entity.
    for index, sentence in enumerate(article.sentences):
        if not sentence.ner_spans:
            continue  # the rule backend gives none
        taken = [(m.start, m.end) for m in mentions if m.sentence == index]
        spans = per_sentence[index][2]
        known = [(per_sentence[index][0][sp.first][1], per_sentence[index][0][sp.last - 1][2]) for sp in spans if sp.tag in ("entity", "short", "demonym", "institution")]
        for start, end, kind in sentence.ner_spans:
            if any(s < end and start < e for s, e in taken + known) or kind not in ("Person", "Organization", "Place"):
                continue
            trimmed = plausible_name(words(article.text[start:end], start), gazetteer)
            if trimmed is None or not _proper_nouns(sentence.tokens, *trimmed):
                continue
            raw = [(article.text[trimmed[0] : trimmed[1]], trimmed[0], trimmed[1])]
            mention(index, raw, 0, 1, (kind, slugify(raw[0][0])), "ner")

    # a nationality adjective before an office mentions the office's country ("रूसी राष्ट्रपति",
    # "चीनी प्रधानमंत्री"; not "दक्षिण कोरियाई मीडिया"); it is recorded as mentioned but not as a
    # mention, so it never stands in for an event's agent
    for raw, folded, spans in per_sentence:
        for n, (span, following) in enumerate(zip(spans, spans[1:])):
            if following.first != span.last or following.tag not in ("title", "institution"):
                continue
            named = spans[n + 2] if n + 2 < len(spans) else None
            if following.tag == "institution" and named is not None and named.first == following.last and named.tag == "entity" \
                    and _choose(named.owners, entities)[0] == "Organization":
                continue  # "फ्रांसीसी समाचार एजेंसी एएफपी": a description of the agency named after it
            if span.tag == "demonym" and ("Country", span.value) not in entities and ("Country", span.value) in gazetteer.entities:
                template = gazetteer.entities[("Country", span.value)]
                entities[("Country", span.value)] = Entity(
                    key=template.key, kind="Country", label_hi=template.label_hi, label_en=template.label_en,
                    wikidata=template.wikidata, country=template.country,
                )

    # a person or place mentioned brings their country along ("जिनेवा" → Switzerland, "मार्क
    # रुटे" → the Netherlands): recorded as mentioned, never as a mention
    for ident, entity in sorted(entities.items()):
        country = ("Country", entity.country) if entity.country else None
        if ident[0] in ("Person",) and country and country not in entities and country in gazetteer.entities \
                and (entity.discovered or _serves_a_country(gazetteer, ident[1])):
            template = gazetteer.entities[country]
            entities[country] = Entity(
                key=template.key, kind="Country", label_hi=template.label_hi, label_en=template.label_en,
                wikidata=template.wikidata, country=template.country,
            )

    _merge_spelling_variants(mentions, entities, gazetteer)
    mentions.sort(key=lambda m: (m.start, m.end))
    article.mentions = mentions
    article.entities = entities
    _find_dateline(article)
    return article


@functools.lru_cache(maxsize=None)
def _common_words() -> frozenset[str]:
    """Return folded words the lexicons use as common words: triggers, modality and attribution cues,
    titles, honorifics, name stops, institutions, calendar words. None of them alone makes a name."""
    found: set[str] = set()

    def collect(value):
        if isinstance(value, str):
            found.update(fold(value).split())
        elif isinstance(value, dict):
            for key, item in value.items():
                collect(key)
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    for name in ("triggers", "modality", "attribution", "calendar"):
        collect(lexicon.load(name))
    roles = lexicon.load("roles")
    for key in ("titles", "honorifics", "name_stop", "institutions", "ner_not_names"):
        collect(list(roles.get(key) or []))
    return frozenset(w for w in found if not w.isascii() or w.isalpha())


def plausible_name(raw: list[tuple[str, int, int]], gazetteer: Gazetteer) -> tuple[int, int] | None:
    """Return the (start, end) offsets of the name in a statistical NER span, or None when it is none.

    Title and honorific words at the span's edges are stripped ("यूक्रेनी राष्ट्रपति" keeps
    "यूक्रेनी", which is then refused as a nationality). A span is refused when what remains is
    made only of common words (titles, calendar words, trigger and cue words), numbers and
    nationality adjectives, when it holds a postposition or conjunction (names do not), or when
    it ends in a participle that makes a place phrase of a name ("ओगार्योवो स्थित").
    """
    titles, honorifics, stop, _ = _roles()
    edges = set(titles) | set(honorifics)
    folded = [fold(w) for w, _, _ in raw]
    first, last = 0, len(folded)
    changed = True
    while changed and first < last:
        changed = False
        for length in range(min(4, last - first), 0, -1):
            if tuple(folded[first : first + length]) in edges:
                first += length
                changed = True
                break
            if tuple(folded[last - length : last]) in edges:
                last -= length
                changed = True
                break
    name = folded[first:last]
    if not name or len("".join(name)) < 3:
        return None
    participles = {fold(w) for w in lexicon.load("roles").get("ner_participles", [])}
    if name[-1] in participles or any(w in GENITIVE or w in stop and len(w) <= 3 for w in name):
        return None
    common = _common_words()
    demonyms = {w for key in gazetteer.demonyms for w in key}
    if all(w in common or w in demonyms or w.isdigit() or not any(c.isalpha() for c in w) for w in name):
        return None
    # a date, a number, a cue word or a plural or verb form inside the span makes it a phrase
    # ("मंगलवार सुबह", "द्विपक्षीय बैठक", "विश्लेषकों", "प्रोटोकॉल तोड़कर"), not a name
    adjectives = tuple(fold(e) for e in lexicon.load("roles").get("ner_not_name_endings", []))
    if any(w in common or w.isdigit() or w.endswith(adjectives) or not _could_be_name(w, stop, _word_sets()) for w in name):
        return None
    return raw[first][1], raw[last - 1][2]


# a body's own organ after its name ("इकोवास आयोग", "आसियान सचिवालय")
_SUB_BODIES = frozenset({"आयोग", "सचिवालय"})

# what an outlet has with someone it interviews: "X से बातचीत में", "X से इंटरव्यू में"
_INTERVIEWS = frozenset({"बातचीत", "खास", "विशेष", "इंटरव्यू", "साक्षात्कार"})


@functools.lru_cache(maxsize=None)
def _media_kinds() -> tuple[tuple[str, ...], ...]:
    """Return the words for kinds of news media ("समाचार एजेंसी", "अखबार"), longest first."""
    kinds = {tuple(fold(k).split()) for k in lexicon.load("roles").get("media_kinds", [])}
    return tuple(sorted(kinds, key=lambda k: (-len(k), k)))


@functools.lru_cache(maxsize=None)
def _place_kinds() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Return the kinds of place named after their name (outside it, inside it) and the words that may follow."""
    data = lexicon.load("roles").get("place_kinds") or {}
    kinds = tuple(frozenset(tuple(fold(w).split()) for w in data.get(key, [])) for key in ("outside", "inside"))
    return kinds[0], kinds[1], frozenset(fold(w) for w in data.get("followed_by", []))


@functools.lru_cache(maxsize=1 << 16)  # keyed by word: bounded
def _media_from(word: str) -> tuple[tuple[str, ...], ...]:
    """Return the media kinds that could begin at `word`, in `_media_kinds` order."""
    return tuple(k for k in _media_kinds() if not k or k[0] == word)


@functools.lru_cache(maxsize=1 << 16)  # keyed by word: bounded
def _place_kinds_to(word: str) -> tuple[tuple[str, ...], ...]:
    """Return the place kinds (outside and inside) that could end at `word`, longest first."""
    outside, inside, _ = _place_kinds()
    return tuple(sorted((kd for kd in outside | inside if not kd or kd[-1] == word), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def _alias_cues() -> tuple[tuple[str, ...], ...]:
    """Return the phrases after a name a person is known by ("के नाम से मशहूर")."""
    return tuple(tuple(fold(c).split()) for c in lexicon.load("roles").get("alias_cues", []))


def _word_at(raw, offset: int) -> int:
    """Return the index of the word starting at or containing `offset`."""
    for i, (_, start, end) in enumerate(raw):
        if start <= offset < end:
            return i
    return len(raw)


def _media_country(spans: list[Span], folded: list[str], at: int, gazetteer: Gazetteer) -> str | None:
    """Return the country named just before a media word: "अमीराती समाचार एजेंसी", "ब्राजील के अखबार"."""
    before = [sp for sp in spans if sp.last <= at]
    if not before:
        return None
    last = before[-1]
    gap = [w for w in folded[last.last : at] if w not in ("सरकारी", "आधिकारिक", "प्रमुख", "स्थानीय")]
    if last.tag == "demonym" and not gap:
        return last.value
    if last.tag == "entity" and gap and all(w in GENITIVE for w in gap) and len(gap) == 1:
        ident = _choose(last.owners, set())
        return ident[1] if ident[0] == "Country" else None
    return None


@functools.lru_cache(maxsize=None)
def _particles() -> frozenset[str]:
    """Return the particles that join the parts of a name: बिन, अल, दा, वॉन."""
    return frozenset(fold(w) for w in lexicon.load("roles").get("name_particles", []))


@functools.lru_cache(maxsize=None)
def _hosts() -> frozenset[tuple[str, ...]]:
    """Return the phrases that mean the host country of the article's event ("मेजबान देश")."""
    return frozenset(tuple(fold(p).split()) for p in lexicon.load("roles").get("host_country", []))


@functools.lru_cache(maxsize=None)
def _leaders() -> tuple[frozenset[tuple[str, ...]], tuple[tuple[tuple[str, ...], ...], ...]]:
    """Return the titles that mean a country's leader, and the groups of offices to look for, highest first."""
    data = lexicon.load("roles")
    return (frozenset(tuple(fold(t).split()) for t in data.get("leader_titles", [])),
            tuple(tuple(tuple(fold(t).split()) for t in group) for group in data.get("leader_offices", [])))


def _host_country(per_sentence, gazetteer: Gazetteer, countries: bool = False) -> str | None:
    """Return the country of the first venue the article names ("प्योंगयांग में"): the host;
    with `countries`, a country named as the venue counts too ("वियतनाम में हैं")."""
    for raw, folded, spans in per_sentence:
        for span in spans:
            if span.tag != "entity" or folded[span.last : span.last + 1] != ["में"]:
                continue
            ident = _choose(span.owners, set())
            if countries and ident[0] == "Country":
                return ident[1]
            if ident[0] == "Place" and gazetteer.entities[ident].country:
                return gazetteer.entities[ident].country
    return None


#: words that end a body's name read backwards from its kind word: case markers, verbs, pronouns
_BODY_NAME_STOP = frozenset({"के", "की", "का", "ने", "से", "को", "में", "पर", "तक", "है", "हैं", "था", "थे", "थी", "कि", "जो",
                             "यह", "वह", "ये", "वे", "इस", "उस", "एक", "भी", "ही", "तो", "लिए", "द्वारा", "साथ", "बीच",
                             "दोनों", "सभी", "और", "एवं", "तथा", "या", "व", "नए", "नई", "इसके", "उसके", "अपने", "अपनी"})


def _dateline_country(article: Article, per_sentence, gazetteer: Gazetteer) -> str | None:
    """Return the country of a dateline's place ("सियोल, 30 जून (आईएएनएस)।", "सियोल।") in the first sentences."""
    for raw, folded, spans in per_sentence[:3]:
        span = spans[0] if spans else None
        if span is None or span.first != 0 or span.tag != "entity":
            continue
        ident = _choose(span.owners, set())
        if ident[0] == "Place" and gazetteer.entities[ident].country and article.text[raw[span.last - 1][2] : raw[span.last - 1][2] + 1] in ("।", ":", ","):
            return gazetteer.entities[ident].country
    return None


def _proper_nouns(tokens, start: int, end: int) -> bool:
    """Return whether the tagger calls every token in [start, end) a proper noun (true when untagged)."""
    inside = [t for t in tokens if start <= t.start and t.end <= end]
    return all(t.upos in (None, "PROPN") for t in inside)


def _remember_institution(institutions: dict, words_: tuple[str, ...], ident: tuple[str, str], gazetteer: Gazetteer) -> None:
    """Note an organisation named with an office's words, for later bare mentions of that office."""
    offices, _, anaphors, _, _, _ = _institutions()
    country = gazetteer.entities[ident].country if ident in gazetteer.entities else None
    for cut in range(len(words_)):
        if words_[cut:] in offices:
            institutions[words_[cut:]] = (ident, country)
            break
    for word in words_:
        if word in anaphors.values():
            institutions[word] = (ident, country)


@functools.lru_cache(maxsize=None)
def _host_offices() -> frozenset[tuple[str, ...]]:
    """Return the offices that, named bare, are the host country's rather than the home country's."""
    return frozenset(tuple(fold(k).split()) for k in lexicon.load("roles").get("institutions_host_country", []))


def _institution(spans: list[Span], position: int, folded: list[str], gazetteer: Gazetteer, institutions: dict, home: str | None,
                 host: str | None = None):
    """Return (first word, Organization ident, country) for an office: "ईरानी विदेश मंत्रालय", "मंत्रालय"."""
    span = spans[position]
    if span.tag == "anaphor":
        remembered = institutions.get(span.value)
        return (span.first, remembered[0], remembered[1]) if remembered else None
    offices, need_country, _, _, _, _ = _institutions()
    office = tuple(folded[span.first : span.last])
    country = _country_before(spans, position, folded, gazetteer)
    first = span.first
    adjacent = _owner_before(spans, position, gazetteer) if country is None else None
    if adjacent is not None:
        # "जापान सरकार", "प्रबोवो सरकार", "ट्रंप प्रशासन": a country, or a leader for
        # their government, named right before the office
        first, country = adjacent
    elif country is not None:
        first = _genitive_start(spans, position, folded)
    elif office in institutions:
        return (span.first, *institutions[office])
    elif office in need_country:
        return None
    elif office in _host_offices():
        # "राष्ट्रपति कार्यालय की प्रवक्ता ने" in a story from Seoul: South Korea's, not India's
        if host is None:
            return None
        country = host
    elif home is None:
        return None
    else:
        country = home
    seat = _embassy_city(spans, position, first, folded) if span.value == "embassy" else None
    if seat is not None:
        # "सोल स्थित रूसी दूतावास": an embassy is one country's mission in one city, its own body
        return seat[0], ("Organization", f"{country}-embassy-{seat[1]}"), country
    ident = gazetteer.institution(country, office) or ("Organization", f"{country}-{span.value}")
    return first, ident, country


def _embassy_city(spans: list[Span], position: int, first: int, folded: list[str]) -> tuple[int, str] | None:
    """Return (first word, place key) of the city an embassy is said to sit in right before it
    ("सोल स्थित रूसी दूतावास", "नई दिल्ली स्थित अमेरिकी दूतावास"), else None."""
    if first < 2 or folded[first - 1] != "स्थित":
        return None
    for other in spans[:position]:
        if other.tag == "entity" and other.last == first - 1 and other.owners:
            place = next((key for kind, key in other.owners if kind == "Place"), None)
            if place is not None:
                return other.first, place
    return None


def _home_seat_abroad(spans: list[Span], position: int, folded: list[str], ident: tuple[str, str], gazetteer: Gazetteer,
                      home: str | None, host: str | None) -> tuple[int, tuple[str, str], str] | None:
    """Return (first word, ident, country) when a home seat's common name ("राष्ट्रपति भवन") means
    another country's (roles.yaml `home_seats`): its palace, or its office when it acts or speaks."""
    seat = (lexicon.load("roles").get("home_seats") or {}).get(ident[1]) if ident[0] == "Place" else None
    if not seat:
        return None
    span = spans[position]
    country = _country_before(spans, position, folded, gazetteer)
    first = _genitive_start(spans, position, folded) if country is not None else span.first
    country = country or host
    if country is None or country == home:
        return None
    suffix, office = seat
    locative = _institutions()[5]
    if span.last < len(folded) and folded[span.last] not in locative:
        office_words = tuple(fold(office).split())
        found = gazetteer.institution(country, office_words)
        key = _institutions()[0].get(office_words, suffix)
        return first, found or ("Organization", f"{country}-{key}"), country
    return first, ("Place", f"{country}-{suffix}"), country


def _own_name_after(text: str, raw, folded: list[str], spans: list[Span], position: int, stop: set[str],
                    calendar_words: set[str]) -> int | None:
    """Return the end of a name that follows an office as the body's own name, before a case
    marker, ने or द्वारा ("राष्ट्रपति कार्यालय प्लानाल्तो ने", "समाचार एजेंसी काज़इनफ़ॉर्म के"), or None:
    one to three unknown words that could be a name, none of them a common word or tagged."""
    span = spans[position]
    tagged = {i for other in spans for i in range(other.first, other.last)}
    common = _common_words()
    end = span.last
    while (end < len(folded) and end - span.last < 3 and end not in tagged and _joined(text, raw, end)
           and folded[end] not in common and folded[end] not in GENITIVE
           and _could_be_name(folded[end], stop, calendar_words)):
        end += 1
    if end == span.last or end >= len(folded):
        return None
    return end if folded[end] in (*GENITIVE, "ने", "द्वारा") else None


def _office_of_something(folded: list[str], first: int) -> bool:
    """Say whether a common office word is made specific by what comes before it: a genitive
    ("हमास प्रतिनिधिमंडल के प्रमुख", "रणनीतिक मामलों के मंत्री", "आयोग के नए अध्यक्ष") or a
    portfolio ("वाणिज्य मंत्री", "खुफिया प्रमुख"); then the name after it is its holder's."""
    data = lexicon.load("roles")
    qualifiers = {fold(w) for w in data.get("office_qualifiers", [])}
    portfolios = {fold(w) for w in data.get("portfolios", [])}
    k = first - 1
    while k >= 0 and folded[k] in qualifiers:
        k -= 1
    return k >= 0 and (folded[k] in GENITIVE and k > 0 or folded[k] in portfolios)


def _named_before_by_word(word: str, full_names: set, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """Return the one person named in full so far whose name has `word` as a whole word."""
    found = {
        ident for ident in full_names
        if ident[0] == "Person" and ident in gazetteer.entities
        and any(word == fold(w) for w in gazetteer.entities[ident].label_hi.split() if len(w) > 2 and "-" not in w)
        and word not in _particles()
    }
    return found.pop() if len(found) == 1 else None


def _closing_honorific(spans: list[Span], i: int, folded: list[str], stop: set[str]) -> bool:
    """Say whether word `i` is an honorific that ends a name rather than opening one: "रिजवान
    सईद शेख ने" (Sheikh as a surname), followed by a case marker or nothing, never by a name."""
    span = next((s for s in spans if s.first == i), None)
    if span is None or span.tag != "honorific" or span.last != i + 1:
        return False
    return span.last >= len(folded) or folded[span.last] in stop


def _names_a_place(folded: list[str], first: int, end: int) -> bool:
    """Say whether a place kind ("हवाई अड्डे", "पैलेस") starts inside or right after words first..end."""
    _, inside, _ = _place_kinds()
    return any(tuple(folded[k : k + len(kind)]) == kind for k in range(first + 1, end + 1) for kind in inside)


class _Titled(dict):
    """Offices and the person last introduced with each, remembering everyone introduced."""

    def __init__(self, last: dict, every: dict):
        super().__init__(last)
        self.every = every

    def __setitem__(self, office, ident):
        super().__setitem__(office, ident)
        self.every.setdefault(office, [])
        if ident not in self.every[office]:
            self.every[office].append(ident)

    def setdefault(self, office, ident):
        if office not in self:
            self[office] = ident
        return self[office]


def _bare_office_holder(titled: "_Titled", office: tuple[str, ...], entities: dict, home: str | None) -> tuple[str, str]:
    """Return who a bare office means: the home country's holder if the article introduced one
    (Hindi news says "प्रधानमंत्री" for its own after naming a foreign one too), else the last
    person introduced with it."""
    home_holders = [i for i in titled.every.get(office, []) if i in entities and entities[i].country == home]
    return home_holders[-1] if home_holders else titled[office]


def _after_gloss(text: str, raw, i: int) -> int:
    """Return the first word after a short parenthesis opening before word `i` ("सचिव (पश्चिम) X"), else `i`."""
    if i == 0 or i >= len(raw) or text[raw[i - 1][2] : raw[i][1]].strip() != "(":
        return i
    for k in range(i, min(i + 3, len(raw) - 1)):
        if text[raw[k][2] : raw[k + 1][1]].strip() == ")":
            return k + 1
    return i


def _owner_before(spans: list[Span], position: int, gazetteer: Gazetteer) -> tuple[int, str] | None:
    """Return (first word, country) for an office named right after a country or a person,
    no genitive between: "जापान सरकार", "कांगो सरकार"; for a government, a leader's name
    stands for their country ("प्रबोवो सरकार", "ट्रंप प्रशासन")."""
    if position == 0:
        return None
    span, before = spans[position], spans[position - 1]
    if before.tag not in ("entity", "short") or before.last != span.first or not before.owners:
        return None
    ident = _choose(before.owners, set())
    if ident[0] == "Country":
        return before.first, ident[1]
    if ident[0] == "Person" and span.value == "government":
        entity = gazetteer.entities.get(ident)
        if entity is not None and entity.country:
            return before.first, entity.country
    return None


def _name_continues(text: str, raw, folded: list[str], index: int, stop: set[str], calendar_words: set[str]) -> bool:
    """Return whether word `index` goes on a name: "री चांग-डे" is a new person, not the surname री."""
    return index < len(folded) and _joined(text, raw, index) and _could_be_name(folded[index], stop, calendar_words)


def _portfolio(spans: list[Span], position: int, folded: list[str], gazetteer: Gazetteer, stop: set[str], calendar_words: set[str]):
    """Return (country, first portfolio word) for "COUNTRY के <one or two words> मंत्री", else None."""
    if position == 0:
        return None
    title, before = spans[position], spans[position - 1]
    start = before.last
    if before.tag == "demonym":
        country = before.value
    elif before.tag == "entity" and _choose(before.owners, set())[0] == "Country":
        country = _choose(before.owners, set())[1]
        if start < len(folded) and folded[start] in GENITIVE:
            start += 1
    else:
        return None
    gap = folded[start : title.first]
    # office words ("सुरक्षा", "विदेश") are name stops but fine in a portfolio ("राज्य सुरक्षा मंत्री")
    office_words = {w for key in _roles()[0] for w in key}
    if not 1 <= len(gap) <= 2 or not all(w not in GENITIVE and (w in office_words or _could_be_name(w, stop, calendar_words)) for w in gap):
        return None
    return country, start


def _joined(text: str, raw, index: int) -> bool:
    """Return whether word `index` follows the previous word with only a space or hyphen between."""
    gap = text[raw[index - 1][2] : raw[index][1]]
    # an initial ends in a full stop: "एस. जयशंकर", "पी. कुमारन"
    return gap.strip() in ("", "-") or gap.strip() == "." and len(raw[index - 1][0]) <= 3


def _appositive(text: str, raw, folded: list[str], spans: list[Span], position: int, stop: set[str],
                calendar_words: set[str], covered: set[int]) -> tuple[int, int] | None:
    """Return the words of a name written before its office in apposition: "X, कांगो की विदेश मंत्री,"
    or "X (रवांडा के विदेश मंत्री)": the office with its country is set off by a comma or brackets
    on both sides, and one to three name words before it follow a sentence start, a stop word or
    punctuation."""
    title = spans[position]
    start = title.first
    qualifiers, _ = _qualifiers()
    while start > 0 and folded[start - 1] in qualifiers:
        start -= 1
    if position > 0 and spans[position - 1].tag == "demonym" and spans[position - 1].last == start:
        start = spans[position - 1].first
    elif position > 0 and spans[position - 1].tag == "entity" and 0 < start - spans[position - 1].last <= 1 \
            and folded[start - 1] in GENITIVE:
        start = spans[position - 1].first
    else:
        return None
    if start == 0:
        return None
    end = title.last
    if folded[start - 1] == "जो" and start > 1 and end < len(folded) and folded[end] in ("है", "हैं", "था", "थे", "थी", "थीं"):
        # "विलियम रुटो, जो केन्या के राष्ट्रपति हैं, ने कहा"
        start, end = start - 1, end + 1
    opening = text[raw[start - 1][2] : raw[start][1]].strip()
    closing = text[raw[end - 1][2] : raw[end][1] if end < len(raw) else raw[end - 1][2] + 2].strip()
    if not ((opening == "," and closing.startswith(",")) or (opening == "(" and closing.startswith(")"))):
        return None
    common = _common_words()
    first = start
    while first > 0 and start - first < 3 and (first == start or _joined(text, raw, first)) \
            and first - 1 not in covered and folded[first - 1] not in common \
            and _could_be_name(folded[first - 1], stop, calendar_words):
        first -= 1
    if first == start or sum(len(w) for w in folded[first:start]) < 3:
        return None
    if first > 0 and _joined(text, raw, first) and folded[first - 1] not in stop:
        return None  # the words run on from something that is no boundary
    return first, start


def _another_given_name(first: str, person: Entity | None) -> bool:
    """Say whether `first`, written before a known person's surname, is a given name none of
    their names start like ("मेलानिया" before "ट्रंप"); a spelling variant starts with the same
    letter ("सर्गेई"/"सेर्गेई")."""
    if person is None:
        return False
    names = [fold(n).split() for n in {person.label_hi} | set(person.alt_labels)]
    given = [words[0] for words in names if len(words) > 1]
    return bool(given) and all(g[:1] != first[:1] for g in given)


def _serves_a_country(gazetteer: Gazetteer, person: str) -> bool:
    """Say whether a gazetteer person's latest office is a country's (not an international body's:
    "काया कालास", "मार्क रुटे" speak for the EU and NATO, not for Estonia or the Netherlands)."""
    latest = gazetteer.__dict__.get("_latest_office")
    if latest is None:
        latest = {}
        for position in gazetteer.positions:  # sorted by person, then role and dates
            known = latest.get(position.person)
            if known is None or (position.end is None, position.start or "") >= (known.end is None, known.start or ""):
                latest[position.person] = position
        gazetteer.__dict__["_latest_office"] = latest
    office = latest.get(person)
    return office is None or ("Country", office.country) in gazetteer.entities


def _initial(text: str, raw, index: int) -> bool:
    """Say whether word `index` is an initial ("के." in "ए. के. एंटनी"): a syllable and a full stop,
    with more of the name after it; even a word like "के" is then part of the name."""
    if index + 1 >= len(raw) or len(raw[index][0]) > 3:
        return False
    return text[raw[index][2] : raw[index][2] + 1] == "." and raw[index + 1][1] - raw[index][2] <= 2


@functools.lru_cache(maxsize=None)
def _qualifiers() -> tuple[frozenset[str], frozenset[str]]:
    """Return the words that may stand between a country and its office ("भारत के पूर्व रक्षा
    मंत्री"), and those of them that make the office a past one."""
    data = lexicon.load("roles")
    every = frozenset(fold(w) for w in data.get("office_qualifiers", []))
    past = frozenset(fold(w) for w in data.get("past_qualifiers", []))
    return every, past


# Vowel signs Hindi desks write for the same foreign sound ("फर्नांडीज़" / "फर्नांडेज़", "ली" /
# "लि"): a loose spelling folds them together, for comparing names within one article only.
_LOOSE = str.maketrans({"ी": "ि", "े": "ि", "ै": "ि", "ू": "ु", "ई": "इ", "ए": "इ", "ऐ": "इ", "ऊ": "उ", "ॉ": "ो", "ौ": "ो"})


def loose_spelling(words_: Collection[str]) -> tuple[str, ...]:
    """Return folded name words with long and short, e and i vowel signs made equal."""
    return tuple(fold(w).translate(_LOOSE) for w in words_)


def _loose_people(gazetteer: Gazetteer) -> dict[tuple[str, ...], set[tuple[str, str]]]:
    """Return the gazetteer's people by every loose prefix of two or more words of each of their names."""
    kept = gazetteer.__dict__.get("_loose_people")
    if kept is None or kept[0] != len(gazetteer.names):
        index: dict[tuple[str, ...], set[tuple[str, str]]] = {}
        for name, owners in gazetteer.names.items():
            people = {o for o in owners if o[0] == "Person"}
            if not people or len(name) < 2:
                continue
            loose = loose_spelling(name)
            for cut in range(2, len(loose) + 1):
                index.setdefault(loose[:cut], set()).update(people)
        kept = (len(gazetteer.names), index)
        gazetteer.__dict__["_loose_people"] = kept
    return kept[1]


_DATELINE_COUNTRY = re.compile(r"\s*\(\s*([^()\n]{2,40}?)\s*\)\s*[:,।]")


def _elsewhere(span: Span, entities: dict, gazetteer: Gazetteer, country: str) -> bool:
    """Say whether `span` names a place or country other than `country` or a place in it."""
    if span.tag != "entity":
        return False
    ident = _choose(span.owners, entities)
    if ident[0] == "Country":
        return ident[1] != country
    return ident[0] == "Place" and ident in gazetteer.entities and gazetteer.entities[ident].country != country


def _merge_spelling_variants(mentions: list[Mention], entities: dict, gazetteer: Gazetteer) -> None:
    """Make a discovered person one with a person of the same article whose name the discovered one
    spells another way or begins ("क्रिस्टीना फर्नांडेज़" and "क्रिस्टीना फर्नांडीज़ डी किर्चनर"). Only
    names of two or more words besides particles compare, word for word from the start, so two
    people who share a surname ("किम जोंग-उन", "किम यो-जोंग") never become one."""
    particles = _particles()
    people = [i for i in entities if i[0] == "Person"]
    index = None
    renames: dict[tuple[str, str], tuple[str, str]] = {}
    for ident in people:
        entity = entities[ident]
        if not entity.discovered:
            continue
        words_ = fold(entity.label_hi).split()
        if sum(1 for w in words_ if w not in particles) < 2:
            continue
        loose = loose_spelling(words_)
        if index is None:
            index = _loose_people(gazetteer)
        targets = {o for o in index.get(loose, ()) if o in entities and o != ident}
        for other in people:
            if other == ident or other in targets or not entities[other].discovered:
                continue
            other_loose = loose_spelling(fold(entities[other].label_hi).split())
            if len(other_loose) > len(loose) and other_loose[: len(loose)] == loose:
                targets.add(other)  # a longer discovered form of the same name
        if len(targets) == 1:
            renames[ident] = targets.pop()
    for old, new in sorted(renames.items()):
        while new in renames:
            new = renames[new]
        for m in mentions:
            if m.kind == old[0] and m.key == old[1]:
                m.key = new[1]
        entity = entities.pop(old)
        entities[new].alt_labels.update({entity.label_hi, *entity.alt_labels} - {entities[new].label_hi})
        entities[new].roles.update(entity.roles)


@functools.lru_cache(maxsize=None)
def _royal_titles() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(w).split()) for w in lexicon.load("roles").get("royal_titles", []))


@functools.lru_cache(maxsize=None)
def _name_honorifics() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(h).split()) for h in lexicon.load("roles").get("name_honorifics", []))


def _former(spans: list[Span], position: int, folded: list[str]) -> bool:
    """Say whether a past qualifier ("पूर्व", "तत्कालीन") stands right before the title at `position`."""
    _, past = _qualifiers()
    first = spans[position].first
    return first > 0 and folded[first - 1] in past


def _country_before(spans: list[Span], position: int, folded: list[str], gazetteer: Gazetteer) -> str | None:
    """Return the country that owns a title: "रूसी विदेश मंत्री", "रूस के विदेश मंत्री", also past a
    qualifier ("भारत के पूर्व रक्षा मंत्री", "रूस के नए रक्षा मंत्री")."""
    if position == 0:
        return None
    title = spans[position]
    before = spans[position - 1]
    qualifiers, _ = _qualifiers()
    start = title.first
    while start > before.last and folded[start - 1] in qualifiers:
        start -= 1
    # titles can stack ("रूस के सुरक्षा परिषद सचिव")
    if before.tag == "demonym" and before.last == start:
        return before.value
    if before.tag == "host" and before.value and folded[before.last : start] and all(w in GENITIVE for w in folded[before.last : start]):
        return before.value  # "मेजबान देश के राष्ट्रपति"
    if before.tag == "entity" and before.last == start and _choose(before.owners, set())[0] == "Country":
        # a country's name doubling as its adjective: "तुर्की राष्ट्रपति", "फिजी प्रधानमंत्री"
        return _choose(before.owners, set())[1]
    if before.tag == "entity" and folded[before.last : start] and all(w in GENITIVE for w in folded[before.last : start]):
        ident = _choose(before.owners, set())
        if ident[0] == "Country":
            return ident[1]
        if ident[0] in ("Organization", "Place"):
            return gazetteer.entities[ident].country
    return None


def _genitive_start(spans: list[Span], position: int, folded: list[str]) -> int:
    title = spans[position]
    if position > 0:
        before = spans[position - 1]
        if before.tag == "demonym" and before.last == title.first:
            return before.first
        if before.tag in ("entity", "host") and all(w in GENITIVE for w in folded[before.last : title.first]) and title.first - before.last <= 1:
            return before.first
    return title.first


def _find_dateline(article: Article) -> None:
    """Record the place in a dateline ("सियोल।", "प्योंगयांग:", "मॉस्को, 19 जून (आईएएनएस)।")."""
    # the dateline opens the body, after a headline that may name several places and people
    for mention in [m for m in article.mentions if m.sentence < 3]:
        if mention.kind not in ("Place", "Country"):
            continue
        sentence = article.sentences[mention.sentence]
        if mention.start != sentence.start and not article.text[sentence.start : mention.start].strip() == "":
            continue
        after = article.text[mention.end : mention.end + 2]
        if after[:1] in ("।", ":", ",") or after.startswith(" ।") or _DATELINE_COUNTRY.match(article.text, mention.end):
            article.dateline = mention.key if mention.kind == "Place" else None
            if mention.kind == "Place":
                return
