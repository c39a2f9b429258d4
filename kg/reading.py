"""Reading inputs: `.txt`/`.html` article files, folders of them, and `.jsonl` article lists.

Every input becomes an `Article` or a `Skipped` record with a reason a person can act on;
one unreadable file never stops the others.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import html
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator

from kg.document import Article
from kg.errors import InputError

ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm"}
LIST_SUFFIXES = {".jsonl", ".ndjson"}
#: articles larger than this are cut, with a warning; news articles are a few KB
MAX_ARTICLE_BYTES = 2_000_000
#: longer JSON Lines lines are skipped unread (JSON escapes can triple an article's size)
MAX_JSONL_LINE = 4 * MAX_ARTICLE_BYTES


@dataclass
class Skipped:
    """An input that produced no article, and why."""

    origin: str
    reason: str


def discover(inputs: list[str | Path]) -> list[Path]:
    """Return the article files named by `inputs` (files or folders), sorted, without duplicates."""
    files: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES | LIST_SUFFIXES)
            files.extend(p for p in found if not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    seen: set[Path] = set()
    unique = []
    for path in files:
        resolved = path.resolve()
        if resolved not in seen:
            seen.add(resolved)
            unique.append(path)
    return unique


def read_inputs(inputs: list[str | Path]) -> Iterator[Article | Skipped]:
    """Yield an Article (or a Skipped record) for every article in `inputs`."""
    for path in discover(inputs):
        if path.suffix.lower() in LIST_SUFFIXES:
            yield from read_jsonl(path)
        else:
            yield read_file(path)


def read_file(path: Path) -> Article | Skipped:
    """Read one article file."""
    origin = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)
    except OSError as error:
        return Skipped(origin, f"cannot read: {error.strerror or error}")
    warnings = []
    if len(data) > MAX_ARTICLE_BYTES:
        data = _cut_at_character(data, MAX_ARTICLE_BYTES)
        warnings.append(f"file is {size:,} bytes; only the first {MAX_ARTICLE_BYTES:,} were read")
    text, problem = decode(data)
    if text is None:
        return Skipped(origin, problem)
    if problem:
        warnings.append(problem)
    if path.suffix.lower() in {".html", ".htm"} or looks_like_html(text):
        text = html_to_text(text)
    if not text.strip():
        return Skipped(origin, "empty: no text in the file")
    article = Article(id=path.stem, raw_text=text, origin=origin)
    article.warnings.extend(warnings)
    return article


def read_jsonl(path: Path) -> Iterator[Article | Skipped]:
    """Read a JSON Lines file: one article per line with id, title, text, published, url, publisher."""
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Skipped(str(path), f"cannot read: {error.strerror or error}")
        return
    with handle:
        number = 0
        while True:
            # read at most MAX_JSONL_LINE bytes, so one huge line cannot fill the memory
            raw = handle.readline(MAX_JSONL_LINE + 1)
            if not raw:
                break
            number += 1
            origin = f"{path}:{number}"
            if len(raw) > MAX_JSONL_LINE and not raw.endswith(b"\n"):
                while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass
                yield Skipped(origin, f"line is over {MAX_JSONL_LINE:,} bytes; an article's JSON line must be smaller")
                continue
            if not raw.strip():
                continue
            text, problem = decode(raw)
            if text is None:
                yield Skipped(origin, problem)
                continue
            try:
                record = json.loads(text)
            except json.JSONDecodeError as error:
                yield Skipped(origin, f"not valid JSON ({error.msg} at column {error.colno})")
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
                yield Skipped(origin, 'each line must be a JSON object with a non-empty "text" field')
                continue
            warnings = []
            article_id = str(record.get("id") or f"{path.stem}-{number}")
            body = record["text"]
            if len(body) > MAX_ARTICLE_BYTES // 3:  # characters; Devanagari is 3 bytes each in UTF-8
                cut = body.encode("utf-8")[:MAX_ARTICLE_BYTES].decode("utf-8", "ignore")
                if len(cut) < len(body):
                    body = cut
                    warnings = [f"text is over {MAX_ARTICLE_BYTES:,} bytes; only the first {MAX_ARTICLE_BYTES:,} were read"]
            if looks_like_html(body):
                body = html_to_text(body)
            article = Article(id=article_id, raw_text=body, origin=origin)
            article.title = _clean(record.get("title"))
            article.url = _clean(record.get("url"))
            article.publisher = _clean(record.get("publisher"))
            article.warnings.extend(warnings)
            published = record.get("published")
            if published:
                article.published = _parse_given_date(str(published))
                if article.published is None:
                    article.warnings.append(f"published {published!r} is not a date; left out")
            yield article


def _cut_at_character(data: bytes, limit: int) -> bytes:
    """Return the first `limit` bytes of `data`, less any UTF-8 character the cut split."""
    data = data[:limit]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data[:4096]:
        return data[: len(data) - len(data) % 4]  # UTF-16/32: whole code units
    end = len(data)
    while end > 0 and end > len(data) - 4 and data[end - 1] & 0xC0 == 0x80:
        end -= 1  # continuation bytes of the last character
    if end > 0 and data[end - 1] >= 0xC0:
        lead = data[end - 1]
        needed = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
        if len(data) - (end - 1) < needed:
            return data[: end - 1]
    return data


def _clean(value) -> str | None:
    return str(value).strip() or None if value is not None else None


def _parse_given_date(value: str) -> dt.date | None:
    from kg.dates import parse_timestamp

    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return parse_timestamp(value)


_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
# Legacy Hindi fonts (Kruti Dev, Chanakya) store Devanagari as Latin-1 letters in an
# order of their own; the text reads like "dk;Z" "Hkkjr" "ljdkj". These letter pairs are
# frequent there and rare in English.
_LEGACY_FONT_MARKERS = re.compile(r"(?:kk|Hk|dk|ds|fd|gS|tk|esa|ls|dh|jk|;k)")


def decode(data: bytes) -> tuple[str | None, str | None]:
    """Return (text, warning) for raw bytes, or (None, reason) when they are not text."""
    if not data.strip():
        return None, "empty: the file has no content"
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError:
                return None, f"starts with a {encoding} byte-order mark but does not decode as {encoding}"
    if b"\x00" in data[:4096]:
        # UTF-16 without a byte-order mark: Devanagari code units have no NUL byte, but
        # spaces, digits and punctuation do; accept a decoding that reads as text.
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data[: len(data) - len(data) % 2].decode(encoding)
            except UnicodeDecodeError:
                continue
            if _plausible_text(text):
                return text, f"decoded as {encoding} (no byte-order mark)"
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        # a few stray NULs in otherwise good UTF-8 text are noise, not a binary file
        if text is None or data.count(0) > len(data) // 100 or not _plausible_text(text):
            return None, "binary file: not text (it contains NUL bytes)"
        return text.replace("\x00", ""), f"removed {data.count(0)} NUL byte(s) from the text"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            return None, f"not UTF-8 (bad byte at offset {error.start}); save the article as UTF-8"
        if len(_LEGACY_FONT_MARKERS.findall(text)) > max(5, len(text) // 200):
            return None, "legacy Hindi font encoding (Kruti Dev or similar), not Unicode; convert it to Unicode Devanagari first"
        return None, f"not UTF-8 (looks like Windows-1252; bad byte at offset {error.start}); save the article as UTF-8"
    if not _has_devanagari(text) and len(_LEGACY_FONT_MARKERS.findall(text)) > max(5, len(text) // 200):
        return None, "legacy Hindi font encoding (Kruti Dev or similar), not Unicode; convert it to Unicode Devanagari first"
    return text, None


def _plausible_text(text: str) -> bool:
    """Return whether `text` reads as Hindi or English text rather than bytes decoded by chance."""
    sample = text[:4000]
    if not sample:
        return False
    # ASCII, Latin-1 letters, Devanagari and general punctuation; random bytes decoded as
    # UTF-16 land mostly in CJK and other blocks
    usual = sum(1 for ch in sample if "\t" <= ch <= "~" or "\u00a0" <= ch <= "\u00ff" or "\u0900" <= ch <= "\u097f" or "\u2000" <= ch <= "\u206f")
    return usual >= 0.85 * len(sample)


def _has_devanagari(text: str) -> bool:
    return re.search(r"[\u0900-\u097f]", text) is not None


def looks_like_html(text: str) -> bool:
    """Return whether `text` is an HTML page rather than plain text."""
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or len(re.findall(r"</?(?:p|div|span|br|h1|h2|article)\b", head)) >= 3


class _TextOfHtml(HTMLParser):
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "header", "footer", "title"}
    _SKIP = {"script", "style", "noscript", "template", "svg", "nav", "form", "button", "iframe"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(text: str) -> str:
    """Return the visible text of an HTML page, one block per line."""
    parser = _TextOfHtml()
    parser.feed(text)
    parser.close()
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in html.unescape("".join(parser.parts)).split("\n")]
    return "\n".join(line for line in lines if line)


def content_hash(text: str) -> str:
    """Return the sha256 of an article's normalised text (for incremental builds)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
