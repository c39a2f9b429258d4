"""Normalising text: one canonical form for storage, a folded form for matching, sentences.

Stored text (and so evidence) is NFC with control characters removed; nothing else
changes, so offsets stay meaningful. Matching uses `fold()`, which also erases the
spelling variation Hindi news shows for the same word: nukta (ज़/ज), chandrabindu vs
anusvara (पहुँचे/पहुंचे), zero-width joiners, hyphen vs space (जोंग-उन/जोंग उन) and
Devanagari vs ASCII digits.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from kg.document import Sentence

NUKTA = "\u093c"
CHANDRABINDU = "\u0901"
ANUSVARA = "\u0902"
_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None)
_HYPHENS = re.compile(r"[\-\u2010\u2011\u2012\u2013\u2014\u2212_]+")
_SPACES = re.compile(r"\s+")
# Control characters other than newline and tab carry no text; C1 controls appear in
# mis-decoded Windows-1252 pages.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

#: a word: Devanagari letters and signs (not the danda) or Latin letters and digits
WORD = re.compile(r"[\u0900-\u0963\u0966-\u097f\ua8e0-\ua8ff\u200c\u200d\w]+")


def normalise(text: str) -> str:
    """Return the stored form of `text`: NFC, Unix newlines, no control or bidi characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _CONTROL.sub("", text)
    text = text.translate(_BIDI_MARKS).replace("\ufeff", "").replace("\u00a0", " ")
    return unicodedata.normalize("NFC", text)


# What fold does character by character, in one table: drop zero-width and bidi marks and
# the nukta, write chandrabindu as anusvara, Devanagari digits as ASCII ones. No character
# one of them writes is one another reads, so one pass equals doing them in turn.
_FOLD_CHARACTERS = {**_ZERO_WIDTH, **_BIDI_MARKS, ord(NUKTA): None, ord(CHANDRABINDU): ANUSVARA, **_DEVANAGARI_DIGITS}


# News repeats the same few thousand words; entity and event finding fold every word of
# every sentence, so a bounded cache of folded forms saves most of the work.
@functools.lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Return the matching form of `text`: variants of the same Hindi spelling become equal."""
    # NFC keeps precomposed nukta letters (क़ U+0958 …) decomposed, so one removal covers all.
    text = unicodedata.normalize("NFC", text).translate(_FOLD_CHARACTERS)
    text = _HYPHENS.sub(" ", text)
    return _SPACES.sub(" ", text).strip().lower()


def words(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Return the words of `text` as (word, start, end), offsets shifted by `offset`."""
    return list(_words(text, offset))  # a fresh list each call: callers may change theirs


# Attribution, entities, events and dates each split the same sentence into words, so the
# last few thousand splits are kept (as tuples, which no caller can change).
@functools.lru_cache(maxsize=4096)
def _words(text: str, offset: int) -> tuple[tuple[str, int, int], ...]:
    return tuple([(m.group(), m.start() + offset, m.end() + offset) for m in WORD.finditer(text)])


# Sentence ends: danda, double danda, ?, !, and a full stop that is not part of an
# abbreviation or an initial ("डॉ.", "सो.", "U.S.", "ए.", "S."), nor a decimal point.
_ABBREVIATIONS = {
    "डॉ", "श्री", "सो", "मि", "प्रो", "सं", "जन", "ले", "कं", "लि", "रु", "पृ", "क्र", "नं",
    "dr", "mr", "mrs", "ms", "st", "prof", "gen", "lt", "col", "no", "vs", "jr", "sr", "inc", "ltd", "co",
    # English letter names written in Devanagari are initials ("एस. जयशंकर", "पी. कुमारन"); those
    # that are also Hindi words that can end a sentence (के, की, सी, जी, ओ) are left out
    "बी", "डी", "एफ", "एच", "जे", "एल", "एम", "एन", "पी", "क्यू", "आर", "एस", "टी", "वी", "डब्ल्यू",
    "एक्स", "वाई", "जेड",
}
_END = re.compile(r"[।॥?!]+[\"'”’)\]]*|\.(?=[\"'”’)\]]*(?:\s|$))[\"'”’)\]]*")


def _is_abbreviation(text: str, dot: int) -> bool:
    match = re.search(r"(\w[\w\u0900-\u0963\u0966-\u097f]*)$", text[:dot])
    if not match:
        return False
    word = match.group(1)
    if word.lower() in _ABBREVIATIONS or fold(word) in _ABBREVIATIONS:
        return True
    # A single letter is an initial ("ए. के. एंटनी"); a word right after another dot ends
    # an initialism ("यू.एस."). Verb endings such as "है." or "की." are not: sites that
    # write "." for the danda end sentences with them.
    preceded_by_dot = match.start(1) > 0 and text[match.start(1) - 1] == "."
    after_initial = re.search(r"(?:^|\s)[^\W\d]\.\s+$", text[: match.start(1)]) is not None
    return (len(word) == 1 and not word.isdigit()) or preceded_by_dot or (len(word) <= 3 and after_initial)


def split_sentences(text: str) -> list[Sentence]:
    """Return the sentences of `text`, each with its offsets; newlines always end a sentence."""
    sentences: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        cursor = start
        for end in _END.finditer(text, line.start(), line.end()):
            if end.group().startswith(".") and _is_abbreviation(text, end.start()):
                continue
            _append(sentences, text, cursor, end.end())
            cursor = end.end()
        _append(sentences, text, cursor, line.end())
    return sentences


#: a longer run without a sentence end is cut at a space: real sentences are far shorter,
#: and event finding looks at every pair of words in a sentence
MAX_SENTENCE_CHARS = 2000


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        _append(sentences, text, start, cut)
        start = cut
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and WORD.search(text, start, end):
        sentences.append(Sentence(text=text[start:end], start=start, end=end))
