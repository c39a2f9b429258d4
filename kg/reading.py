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
        data = data[:MAX_ARTICLE_BYTES]
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
        for number, raw in enumerate(handle, start=1):
            origin = f"{path}:{number}"
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
            article_id = str(record.get("id") or f"{path.stem}-{number}")
            body = record["text"]
            if looks_like_html(body):
                body = html_to_text(body)
            article = Article(id=article_id, raw_text=body, origin=origin)
            article.title = _clean(record.get("title"))
            article.url = _clean(record.get("url"))
            article.publisher = _clean(record.get("publisher"))
            published = record.get("published")
            if published:
                article.published = _parse_given_date(str(published))
                if article.published is None:
                    article.warnings.append(f"published {published!r} is not a date; left out")
            yield article


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
        if data[1:4096:2].count(0) > len(data[1:4096:2]) * 0.4 or data[0:4096:2].count(0) > len(data[0:4096:2]) * 0.4:
            for encoding in ("utf-16-le", "utf-16-be"):
                try:
                    text = data.decode(encoding)
                    if _mostly_text(text):
                        return text, f"decoded as {encoding} (no byte-order mark)"
                except UnicodeDecodeError:
                    pass
        return None, "binary file: not text (it contains NUL bytes)"
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


def _mostly_text(text: str) -> bool:
    printable = sum(1 for ch in text[:2000] if ch.isprintable() or ch in "\n\t\r")
    return printable >= 0.95 * min(len(text), 2000)


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
