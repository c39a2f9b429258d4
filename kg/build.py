"""`kg build`: articles in, a knowledge graph out."""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from kg import gazetteer as gazetteer_module
from kg.document import Article
from kg.errors import InputError
from kg.graph import build_dataset
from kg.pipeline import extract
from kg.reading import Skipped, read_inputs
from kg.resolution import resolve_entities
from kg.writing import write_graph


@dataclass
class BuildResult:
    """What a build produced: the graph, the articles read, and what was skipped."""

    dataset: Dataset
    articles: list[Article]
    skipped: list[Skipped] = field(default_factory=list)
    backend: str = "rules"
    backend_note: str = ""  # which backend ran and why: "backend: rules (Stanza's Hindi models not found in …)"

    @property
    def warnings(self) -> list[str]:
        return [f"{a.origin or a.id}: {w}" for a in self.articles for w in a.warnings]

    def summary(self) -> str:
        """Return a short human summary: articles, entities, events by type and status."""
        entities = Counter(kind for a in self.articles for kind, _ in a.entities)
        unique_entities = Counter(kind for kind, _ in {i for a in self.articles for i in a.entities})
        events = Counter((e.kind, e.status) for a in self.articles for e in a.events)
        lines = [
            f"articles: {len(self.articles)} read, {len(self.skipped)} skipped (backend: {self.backend})",
            "entities: " + (", ".join(f"{n} {k}" for k, n in sorted(unique_entities.items())) or "none"),
            "events:   " + (", ".join(f"{n} {k} {s}" for (k, s), n in sorted(events.items())) or "none"),
            f"triples:  {len(self.dataset)}",
        ]
        del entities
        if self.backend_note:
            lines.insert(0, self.backend_note)
        for skipped in self.skipped:
            lines.append(f"skipped:  {skipped.origin}: {skipped.reason}")
        for warning in self.warnings:
            lines.append(f"warning:  {warning}")
        return "\n".join(lines)


def build(
    inputs: list[str | Path],
    *,
    output: str | Path | None = None,
    fmt: str | None = None,
    gazetteer_dir: str | Path | None = None,
    nlp: str = "rules",
    model_dir: str | Path | None = None,
    strict: bool = False,
    progress: bool | None = None,
) -> BuildResult:
    """Read `inputs`, extract events and write the graph to `output` (if given)."""
    from kg.nlp import choose_backend

    gazetteer = gazetteer_module.load(Path(gazetteer_dir) if gazetteer_dir else None)
    choice = choose_backend(nlp, model_dir)
    backend = choice.backend
    items = list(read_inputs(inputs))
    articles: list[Article] = []
    skipped: list[Skipped] = [item for item in items if isinstance(item, Skipped)]
    pending = [item for item in items if isinstance(item, Article)]
    ids = Counter(a.id for a in pending)
    for article in pending:
        if ids[article.id] > 1:
            article.warnings.append(f"id {article.id!r} is used by {ids[article.id]} inputs; later ones replace earlier ones")
    if backend is not None and hasattr(backend, "prepare"):
        try:
            backend.prepare(pending)  # all articles' sentences in one bulk batch
        except Exception as error:  # fall back to annotating article by article, inside extract
            print(f"warning: bulk annotation failed ({type(error).__name__}: {error}); annotating article by article", file=sys.stderr)
    for article in _progress(pending, progress):
        try:
            articles.append(extract(article, gazetteer, backend))
        except Exception as error:  # one broken article must not stop the build
            skipped.append(Skipped(article.origin or article.id, f"extraction failed: {type(error).__name__}: {error}"))
    if strict and skipped:
        reasons = "; ".join(f"{s.origin}: {s.reason}" for s in skipped)
        raise InputError(f"--strict: {len(skipped)} input(s) skipped, nothing written ({reasons})")
    by_id = {a.id: a for a in articles}  # the last article with an id wins
    articles = [by_id[i] for i in sorted(by_id)]
    entities = resolve_entities(articles)
    dataset = build_dataset(articles, entities)
    if output is not None:
        write_graph(dataset, output, fmt)
    return BuildResult(dataset, articles, skipped, choice.name, choice.message)


def _progress(items, enabled: bool | None):
    if enabled is None:
        enabled = sys.stderr.isatty() and len(items) > 20
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc="articles", unit="art", file=sys.stderr)
