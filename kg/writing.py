"""Writing graphs to files: deterministic bytes, written atomically.

A graph is serialised to a temporary file beside the target, flushed to disk and then
renamed over it, so a crash or a kill mid-write leaves the previous file untouched.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import InputError
from kg.vocab import bind_prefixes

#: format name -> (rdflib serializer, whether it keeps named graphs)
FORMATS = {
    "ttl": ("turtle", False),
    "trig": ("trig", True),
    "nq": ("nquads", True),
    "nt": ("nt", False),
}
SUFFIX_FORMAT = {".ttl": "ttl", ".turtle": "ttl", ".trig": "trig", ".nq": "nq", ".nquads": "nq", ".nt": "nt"}


def format_for(path: str | Path, explicit: str | None = None) -> str:
    """Return the output format named explicitly or implied by the file's suffix."""
    if explicit:
        if explicit not in FORMATS:
            raise InputError(f"unknown format {explicit!r}; choose one of {', '.join(FORMATS)}")
        return explicit
    return SUFFIX_FORMAT.get(Path(path).suffix.lower(), "ttl")


def union_graph(dataset: Dataset) -> Graph:
    """Return the union of all graphs of `dataset` as one Graph."""
    union = Graph()
    bind_prefixes(union)
    for quad in dataset.quads((None, None, None, None)):
        union.add(quad[:3])
    return union


def serialise(dataset: Dataset, fmt: str) -> bytes:
    """Return the bytes of `dataset` in `fmt`; the same triples always give the same bytes."""
    serializer, keeps_graphs = FORMATS[fmt]
    if keeps_graphs:
        data = dataset.serialize(format=serializer, encoding="utf-8")
    else:
        data = union_graph(dataset).serialize(format=serializer, encoding="utf-8")
    if fmt in ("nq", "nt"):
        # line formats come out in hash order; sorted lines are stable and diffable
        lines = sorted(set(line for line in data.split(b"\n") if line.strip()))
        data = b"\n".join(lines) + b"\n"
    return data


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see either the old file or the new one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_graph(dataset: Dataset, path: str | Path, fmt: str | None = None) -> str:
    """Serialise `dataset` to `path` atomically; return the format used."""
    fmt = format_for(path, fmt)
    write_atomically(path, serialise(dataset, fmt))
    return fmt
