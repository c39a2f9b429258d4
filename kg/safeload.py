"""Checks on RDF files from outside, run before rdflib or pyoxigraph parse them.

An RDF/XML (or TriX, OWL/XML) file can declare XML entities. Nested entities
("billion laughs": ten entities each expanding to ten of the previous one) make
rdflib's expat parser hang and pyoxigraph abort the process; external entities
(`<!ENTITY x SYSTEM "file:///etc/passwd">`) read local files or the network. JSON-LD
can name a remote `@context`, which rdflib fetches. None of this belongs in a news
graph, so such files are refused here, in one place, with a message that says why.
Every command that loads a graph file (`kg check`, `kg query --graph`, `kg export`,
`kg push`, `kg serve`) calls `check_rdf_file` first.

Internal entities that only abbreviate IRIs (`<!ENTITY rdf "http://...#">`, which
Protégé writes) are allowed: they are short and refer to no other entity.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.errors import InputError

XML_SUFFIXES = {".rdf", ".xml", ".owl", ".trix", ".rdfxml", ".owx"}
JSONLD_SUFFIXES = {".jsonld", ".json-ld", ".json"}
#: how much of a file's head is searched for a DTD; a DTD must come before the root element
HEAD_BYTES = 1_000_000
MAX_ENTITY_VALUE = 1_000
MAX_ENTITIES = 200

_DOCTYPE = re.compile(rb"<!DOCTYPE\b", re.IGNORECASE)
_ENTITY = re.compile(rb"<!ENTITY\s+(%\s*)?([^\s>]+)\s+(SYSTEM|PUBLIC|\"[^\"]*\"|'[^']*')", re.IGNORECASE)
_ANY_ENTITY = re.compile(rb"<!ENTITY\b", re.IGNORECASE)
_DOCTYPE_EXTERNAL = re.compile(rb"<!DOCTYPE\s+[^\s\[>]+\s+(SYSTEM|PUBLIC)\b", re.IGNORECASE)
_REMOTE_CONTEXT = re.compile(rb"\"@(?:context|import)\"\s*:\s*(?:\[[^\]]*?)?\"(?:https?|ftp|file):", re.IGNORECASE)


def check_rdf_file(path: str | Path) -> None:
    """Raise InputError if the RDF file at `path` declares XML entities or remote JSON-LD contexts.

    Reads at most HEAD_BYTES of the file, so it answers in well under a second for any size.
    Files that cannot be opened are left to the caller's own error handling.
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return
    suffix = path.suffix.lower()
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:5]
    if suffix in XML_SUFFIXES or start.startswith((b"<?xml", b"<!")):
        check_xml_prolog(head, str(path))
    if suffix in JSONLD_SUFFIXES and _REMOTE_CONTEXT.search(head):
        raise InputError(
            f"{path}: the JSON-LD names a remote @context or @import, which would be fetched from the network; "
            "inline the context, or convert the file to Turtle first"
        )


def check_xml_prolog(data: bytes, origin: str = "the file") -> None:
    """Raise InputError if XML `data` has an external DTD, external or nested entities, or too many."""
    match = _DOCTYPE.search(data)
    if match is None:
        return
    if _DOCTYPE_EXTERNAL.match(data, match.start()):
        raise InputError(f"{origin}: the XML names an external DTD (SYSTEM/PUBLIC), which would be fetched; remove the DOCTYPE line")
    declarations = _ANY_ENTITY.findall(data, match.start())
    if len(declarations) > MAX_ENTITIES:
        raise InputError(f"{origin}: the XML declares {len(declarations)} entities; refusing it (an entity-expansion attack?)")
    parsed = list(_ENTITY.finditer(data, match.start()))
    if len(parsed) != len(declarations):
        raise InputError(f"{origin}: the XML has an entity declaration newskg cannot check; remove the DOCTYPE and its entities")
    for entity in parsed:
        name = entity.group(2).decode("utf-8", "replace")
        value = entity.group(3)
        if entity.group(1):
            raise InputError(f"{origin}: the XML declares parameter entity %{name}; remove the DOCTYPE and its entities")
        if value.upper() in (b"SYSTEM", b"PUBLIC"):
            raise InputError(
                f"{origin}: the XML declares external entity &{name}; (SYSTEM/PUBLIC), which would read a file or URL; "
                "remove it"
            )
        if b"&" in value or b"%" in value:
            raise InputError(
                f"{origin}: the XML entity &{name}; refers to other entities (a 'billion laughs' expansion); "
                "refusing to parse it"
            )
        if len(value) - 2 > MAX_ENTITY_VALUE:
            raise InputError(f"{origin}: the XML entity &{name}; is {len(value) - 2:,} bytes long; refusing to parse it")
