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
    if len(line) > _TIMESTAMP_LINE_MAX or parse_timestamp(line) is None:
        return False
    # a timestamp line is mostly date: strip the date-ish words and little should remain
    rest = re.sub(r"[\d:.,\-/]+|\b(?:am|pm|ist|gmt|utc|updated|published|अपडेटेड|प्रकाशित|पब्लिश|अपडेट)\b", " ", line, flags=re.I)
    rest_words = [w for w in re.findall(r"\w+", rest) if len(w) > 1]
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
        if _is_timestamp_line(line):
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
    article.text = "\n".join(body)
    article.sentences = split_sentences(article.text)
    article.content_hash = content_hash(article.text)
    return article
