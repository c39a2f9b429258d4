"""Article anatomy: headline, the article's own date, byline, and the body without site furniture.

The body keeps the headline as its first line (headlines state events too) and drops
boilerplate lines (data/lexicon/boilerplate.yaml). A timestamp line *below* the
headline is the article's date; a date line above it is the page header (often the
day the page was fetched), which is never taken as the publication date.
"""

from __future__ import annotations

import functools
import re

from kg import lexicon
import datetime as dt

from kg import dates
from kg.dates import parse_timestamp
from kg.document import Article
from kg.normalising import fold, normalise, split_sentences
from kg.reading import content_hash

_BYLINE = re.compile(
    r"^(?:रिपोर्ट|रिपोर्टर|लेखक|संवाददाता|द्वारा|by|reported by|written by|edited by|author)\s*[:：\-]?\s+(.{2,60})$",
    re.IGNORECASE,
)
_LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z.]+){0,3}$")
_TIMESTAMP_LINE_MAX = 80


@functools.lru_cache(maxsize=None)
def _boilerplate():
    data = lexicon.load("boilerplate")
    lines = {fold(x) for x in data["lines"]}
    prefixes = tuple(fold(x) for x in data["prefixes"])
    patterns = [re.compile(p) for p in data["patterns"]]
    cut = {fold(x) for x in data["cut_after"]}
    return lines, prefixes, patterns, cut


@functools.lru_cache(maxsize=None)
def _inline():
    return [re.compile(normalise(p), re.IGNORECASE) for p in lexicon.load("boilerplate").get("inline", [])]


def strip_credits(line: str) -> str:
    """Return `line` without the credits inside it ("(फोटो: रॉयटर्स)", boilerplate.yaml `inline`)."""
    for pattern in _inline():
        line = pattern.sub("", line)
    return line


def is_boilerplate(line: str) -> bool:
    """Return whether `line` is site furniture (share widgets, related links, hashtags …)."""
    lines, prefixes, patterns, _ = _boilerplate()
    folded = fold(line).rstrip(":").strip()
    return folded in lines or folded.startswith(prefixes) or any(p.match(line) for p in patterns)


def _is_timestamp_line(line: str) -> bool:
    # "मोदी ने 8 जुलाई 2024 को पुतिन से मुलाकात की।": a sentence of its own, however short
    if "।" in line or len(line) > _TIMESTAMP_LINE_MAX or parse_timestamp(line) is None:
        return False
    # "खबर भारत 24 डिजिटल डेस्क | 21 नवंबर 2025, 07:42 PM (IST)": a desk or byline and the
    # stamp share the line, set apart by a bar; the stamp's part is what must be mostly date
    parts = [p for p in line.split("|") if p.strip()]
    return _mostly_date(line) or any(_mostly_date(p) for p in parts if parse_timestamp(p) is not None)


#: the words of a stamp besides the date: digits, clock marks, "Updated", "प्रविष्टि तिथि",
#: Latin month abbreviations ("16 JUN 2025 9:10PM")
_STAMP_WORDS = re.compile(
    r"[\d:.,\-/]+|(?<![\w\u0900-\u097f])(?:am|pm|ist|gmt|utc|updated|published|posted|last|on|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|अपडेटेड|प्रकाशित|पब्लिश|अपडेट|"
    r"तिथि|तारीख|तारीख़|दिनांक|प्रविष्टि|द्वारा)(?![\w\u0900-\u097f])", re.I)


def _mostly_date(line: str) -> bool:
    """Whether `line` is mostly a date and time, once the date-ish words are stripped."""
    rest = _STAMP_WORDS.sub(" ", line)
    # whole words: Devanagari vowel signs are no \w, so "\w+" would cut "मोदी" into pieces
    rest_words = [w for w in re.findall(r"[\w\u0900-\u097f]+", rest) if len(w) > 1]
    return len(rest_words) <= 4


def read_anatomy(article: Article) -> Article:
    """Fill in the article's title, published date, byline, normalised `text` and sentences."""
    _, _, _, cut = _boilerplate()
    lines = [strip_credits(line).strip() for line in normalise(article.raw_text).split("\n")]
    body: list[str] = []
    title = article.title
    header_dates = []
    for line in lines:
        if not line:
            continue
        folded = fold(line).rstrip(":").strip()
        if folded in cut and body:
            break
        if _is_timestamp_line(line) and not (article.published is not None and _timeline_heading(line, body)):
            if title is None and not body:
                header_dates.append(line)  # above the headline: the page's header
            elif article.published is None:
                article.published = parse_timestamp(line)
            continue
        if is_boilerplate(line):
            continue
        byline = _BYLINE.match(line)
        if byline and article.byline is None and len(body) <= 3:
            article.byline = byline.group(1).strip()
            continue
        if body and len(body) <= 2 and article.byline is None and _LATIN_NAME.match(line):
            article.byline = line  # a reporter's name alone on a line under the headline
            continue
        if title is None:
            title = line
        if body and line == body[-1]:
            continue  # sites repeat the headline as a page title and as an <h1>
        body.append(line)
    if header_dates:
        article.warnings.append(
            f"ignored the date line {header_dates[0]!r} above the headline: it is the page's header, not the article's date"
        )
    if article.title and (not body or body[0] != article.title):
        body.insert(0, article.title)
    article.title = title
    if article.published is None:
        article.published = _dateline_date(body)
    article.text = "\n".join(body)
    article.sentences = split_sentences(article.text)
    article.content_hash = content_hash(article.text)
    return article


_CLOCK_OR_STAMP = re.compile(r"\d[:.]\d\d|\b(?:am|pm|ist|gmt|utc|updated|published)\b|अपडेट|प्रकाशित|पब्लिश", re.I)


def _timeline_heading(line: str, body: list[str]) -> bool:
    """Whether a dated line inside the body heads a timeline entry rather than stamping the page.

    "1. 25 अप्रैल 2019: व्लादिवोस्तोक", "6 अक्टूबर 2022, प्राग" and "13 सितंबर 2023" under a
    paragraph that ends in a sentence mark or a colon are the day headings of a "कब-कब मिले" timeline; a line with a clock
    time or an "Updated:" word is a timestamp wherever it stands, and so is a dated line
    before the article has a date (a date at the foot of a page is its date).
    """
    # after a paragraph of prose: one that ends in a sentence mark, or the colon of an
    # introduction to the list below it ("एक नजर अहम पड़ावों पर:")
    if len(body) < 2 or not any(b.rstrip()[-1:] in ("।", ".", "?", "!", ":") for b in body[1:]):
        return False
    return _CLOCK_OR_STAMP.search(line) is None


#: a wire dateline opening a paragraph: a place of one to three words (with an optional
#: bracketed region), a comma, then the day it was filed: "दोहा, 14 मई (भाषा)", "वियनतियान
#: (लाओस), 10 अक्टूबर 2025:"
_DATELINE = re.compile(r"^[^\s,।|:()\d]+(?:\s+[^\s,।|:()\d]+){0,2}(?:\s*\([^)\d]{1,25}\))?\s*,\s*")
#: how many lines below the headline a dateline may open
_DATELINE_LINES = 3


def _dateline_date(body: list[str]) -> dt.date | None:
    """Return the day a wire dateline names, for an article with no timestamp line.

    A dateline with a year dates the article. One without ("दोहा, 14 मई (भाषा)", the agencies'
    house style) takes the first year, from the latest year the article names on, in which
    that day falls on a weekday the dateline's own paragraph names ("… ने बुधवार को यहां …"):
    wire copy calls the day it is filed by its weekday. With no such weekday, no date.
    """
    for line in body[1 : 1 + _DATELINE_LINES]:
        head = _DATELINE.match(line)
        if head is None:
            continue
        found = dates.find(line)
        if not found or found[0].start != head.end() or found[0].day is None or found[0].month is None:
            continue
        first = found[0]
        # "दोहा, बुधवार, 14 मई (भाषा)": the dateline names its weekday itself
        opening = dates.find(first.text.split()[0].rstrip(","))
        named_day = opening[0].weekday if len(first.text.split()) > 2 and opening else None
        tail = line[first.end : first.end + 2].lstrip()
        if tail[:1] not in ("(", "।", ":", "-", "—", "|", ""):
            continue
        if first.year is not None:
            return dates._safe_date(first.year, first.month, first.day)
        weekdays = {named_day} if named_day else {
            x.weekday for x in found[1:] if x.weekday is not None and x.shift_weeks is None and not x.tense}
        named = [int(y) for y in re.findall(r"(?<![\d])(?:19|20)\d\d(?![\d])", "\n".join(body))]
        if not weekdays or not named:
            return None
        for year in range(max(named), max(named) + 12):
            day = dates._safe_date(year, first.month, first.day)
            if day is not None and day.isoweekday() in weekdays:
                return day
        return None
    return None
