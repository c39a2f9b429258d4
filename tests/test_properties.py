"""Property tests (Hypothesis): no input crashes the reader, the normalisers, date resolution
or IRI minting, and their invariants hold for any text."""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
import unicodedata
from pathlib import Path

import pyoxigraph as ox
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rdflib.term import _is_valid_uri

from kg.dates import find, parse_timestamp, resolve
from kg.document import Article
from kg.iris import article_iri, entity_iri, slugify
from kg.normalising import MAX_SENTENCE_CHARS, fold, normalise, split_sentences
from kg.reading import Skipped, decode, read_file, read_jsonl

# Hindi news text with everything that goes wrong in it: marks, joiners, controls, other
# scripts, HTML and JSON syntax, surrogate-free arbitrary code points.
HINDI = list("कखगघचजझटडतदधनपबमयरलवशसहज़ड़ंँ़ािीुूृेैोौ्ॉ।॥०१२३४५६७८९ \n\t-")
MARKS = list("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00a0\u2028\u2029\x00\x07\x1b\x7f\x85\r")
SYNTAX = list('<>"\'&#%{}[]\\/:;.,?!()') + ["<p>", "</p>", "<html>", "<br>", "&amp;", "&#x0;", "कल", "बुधवार", "2025", "12 जुलाई"]
news_text = st.lists(st.sampled_from(HINDI + MARKS + SYNTAX) | st.characters(blacklist_categories=("Cs",)), max_size=300).map("".join)
any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
BIDI_AND_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\r\u2028\u2029]")

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- the article reader ------------------------------------------------------------------------

@FAST
@given(st.binary(max_size=3000))
def test_decode_never_crashes_and_says_why_it_refused(data):
    text, note = decode(data)
    assert text is not None or (isinstance(note, str) and note)


@FAST
@given(st.one_of(st.binary(max_size=3000), news_text.map(lambda t: t.encode("utf-8")),
                 news_text.map(lambda t: t.encode("utf-16")), any_text.map(lambda t: t.encode("utf-8", "replace"))),
       st.sampled_from([".txt", ".html", ".md", ".htm"]))
def test_any_file_gives_an_article_or_a_reason(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"a{suffix}"
        path.write_bytes(data)
        outcome = read_file(path)
    assert isinstance(outcome, (Article, Skipped))
    if isinstance(outcome, Skipped):
        assert outcome.reason and outcome.origin == str(path)
    else:
        assert outcome.raw_text.strip() and outcome.id == "a"


@FAST
@given(news_text)
def test_plain_utf8_text_is_read_as_written(text):
    assume(text.strip() and "<" not in text and "&" not in text and "\x00" not in text)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.txt"
        path.write_bytes(text.encode("utf-8"))
        outcome = read_file(path)
    if isinstance(outcome, Skipped):  # only text that looks like a legacy font is refused
        assert "legacy Hindi font" in outcome.reason or "empty" in outcome.reason
    else:
        assert outcome.raw_text == text.removeprefix("\ufeff")


json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | any_text,
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(any_text, inner, max_size=3), max_leaves=8)


@FAST
@given(st.lists(st.one_of(st.binary(max_size=200),
                          st.dictionaries(st.sampled_from(["id", "title", "text", "published", "url", "publisher", "x"]),
                                          json_value | news_text, max_size=6).map(lambda r: json.dumps(r).encode()),
                          json_value.map(lambda v: json.dumps(v).encode())), max_size=6))
def test_any_json_lines_file_gives_articles_or_reasons(lines):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "list.jsonl"
        path.write_bytes(b"\n".join(line.replace(b"\n", b" ") for line in lines))
        outcomes = list(read_jsonl(path))
    for outcome in outcomes:
        assert isinstance(outcome, (Article, Skipped))
        assert isinstance(outcome, Article) or outcome.reason


# --- normalisation ------------------------------------------------------------------------------

@FAST
@given(any_text | news_text)
def test_normalise_is_idempotent_and_drops_controls_and_bidi_marks(text):
    once = normalise(text)
    assert normalise(once) == once
    assert not BIDI_AND_CONTROLS.search(once)
    assert unicodedata.is_normalized("NFC", once)


@FAST
@given(any_text | news_text)
def test_fold_is_idempotent_for_any_text(text):
    assert fold(fold(text)) == fold(text)


@FAST
@given(any_text | news_text, st.integers(min_value=1, max_value=5))
def test_sentences_slice_back_are_ordered_and_bounded(text, repeat):
    text = normalise(text * repeat)
    previous_end = 0
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert previous_end <= sentence.start < sentence.end
        assert sentence.end - sentence.start <= MAX_SENTENCE_CHARS
        previous_end = sentence.end


def test_a_sentence_without_an_end_is_cut_at_a_space():
    text = normalise("किम ने पुतिन से बात की और " * 400)
    sentences = split_sentences(text)
    assert len(sentences) > 1 and all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(text[s.start : s.end] == s.text for s in sentences)


# --- dates --------------------------------------------------------------------------------------

dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


@FAST
@given(any_text | news_text, st.none() | dates, st.booleans(), st.integers(min_value=0, max_value=10_000))
def test_date_finding_and_resolution_never_crash_and_offsets_slice_back(text, published, future, offset):
    for expression in find(text, offset=offset):
        assert text[expression.start - offset : expression.end - offset] == expression.text
    value = resolve(text, published, future=future)
    if value is not None:
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.value)
        if len(value.value) == 10:
            dt.date.fromisoformat(value.value)
    parse_timestamp(text)


# --- IRI minting --------------------------------------------------------------------------------

def valid_everywhere(iri) -> bool:
    ox.NamedNode(str(iri))  # raises ValueError on an invalid IRI
    return _is_valid_uri(str(iri))


@FAST
@given(any_text | news_text)
def test_any_article_id_gives_a_valid_deterministic_iri(article_id):
    iri = article_iri(article_id)
    assert valid_everywhere(iri) and iri == article_iri(article_id)
    local = str(iri).rsplit("/", 1)[1]
    assert local not in (".", "..") and re.fullmatch(r"[A-Za-z0-9_.\-]+", local)


@FAST
@given(any_text | news_text, st.sampled_from(["Person", "Country", "Organization", "Place", "Agreement"]))
def test_any_name_gives_an_ascii_slug_and_a_valid_entity_iri(name, kind):
    slug = slugify(name)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) and len(slug) <= 60 and slug == slugify(name)
    assert valid_everywhere(entity_iri(kind, slug))


@FAST
@given(st.lists(any_text | news_text, min_size=2, max_size=20, unique=True))
def test_distinct_article_ids_get_distinct_iris(ids):
    assert len({article_iri(i) for i in ids}) == len(ids)
