"""Minting IRIs: readable slugs from names, content hashes for events.

IRIs depend only on content (names, article ids, offsets), never on counters or
processing order, so the same input always gives the same graph.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from kg.vocab import ARTICLE, EVENT, EVIDENCE, NAMESPACE_OF_KIND

_CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j", "झ": "jh", "ञ": "n",
    "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n",
    "प": "p", "फ": "f", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r", "ल": "l", "ळ": "l", "व": "v",
    "श": "sh", "ष": "sh", "स": "s", "ह": "h",
}
_VOWELS = {"अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri", "ए": "e", "ऐ": "ai", "ओ": "o", "औ": "au", "ऑ": "o", "ऍ": "e"}
_SIGNS = {"ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ri", "े": "e", "ै": "ai", "ो": "o", "ौ": "au", "ॉ": "o", "ॅ": "e", "ं": "n", "ँ": "n", "ः": "h"}
_VIRAMA = "्"


def transliterate(text: str) -> str:
    """Return a rough Latin spelling of Devanagari `text` (for slugs, not for display)."""
    out: list[str] = []
    chars = unicodedata.normalize("NFC", text).replace("\u093c", "")
    for index, ch in enumerate(chars):
        if ch in _CONSONANTS:
            out.append(_CONSONANTS[ch])
            following = chars[index + 1] if index + 1 < len(chars) else ""
            # the inherent vowel is written unless a sign, virama or word end follows
            if following and following not in _SIGNS and following != _VIRAMA and following in _CONSONANTS:
                out.append("a")
        elif ch in _VOWELS:
            out.append(_VOWELS[ch])
        elif ch in _SIGNS:
            out.append(_SIGNS[ch])
        elif ch == _VIRAMA:
            continue
        elif "०" <= ch <= "९":
            out.append(str(ord(ch) - ord("०")))
        else:
            out.append(ch)
    return "".join(out)


def slugify(text: str, max_length: int = 60) -> str:
    """Return an ASCII slug for a name: lowercase words joined by hyphens, never empty."""
    latin = unicodedata.normalize("NFKD", transliterate(text)).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", latin).strip("-")[:max_length].strip("-")
    return slug or "x" + short_hash(text, 8)


def short_hash(*parts: object, length: int = 16) -> str:
    """Return a stable hex digest of `parts`."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return digest[:length]


def entity_iri(kind: str, key: str) -> URIRef:
    """Return the IRI of an entity of `kind` (Person, Country …) with slug `key`."""
    return NAMESPACE_OF_KIND[kind][key]


def article_iri(article_id: str) -> URIRef:
    """Return the IRI of an article; ids that are not IRI-safe are slugged with a hash.

    Ids of ASCII letters, digits, "_" and "-", with single dots between them, are used as
    they are. Others are slugged: "." and ".." are dot segments, which IRI resolution would
    remove, and a trailing or doubled dot makes a Turtle prefixed name that needs an escape
    ("article:a\\.") which rdflib's parser rejects.
    """
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_\-]*(?:\.[A-Za-z0-9_\-]+)*", article_id):
        return ARTICLE[article_id]
    return ARTICLE[f"{slugify(article_id, 40)}_{short_hash(article_id, 8)}"]


def event_iri(local: str) -> URIRef:
    return EVENT[local]


def evidence_iri(local: str) -> URIRef:
    return EVIDENCE[local]
