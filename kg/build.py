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
from kg.graph import KnowledgeGraph, build_graph
from kg.pipeline import extract
from kg.reading import Skipped, read_inputs
from kg.resolution import resolve_entities
from kg.writing import write_graph


@dataclass
class BuildResult:
    """What a build produced: the graph, the articles read, and what was skipped.

    `graph` is the built KnowledgeGraph (pyoxigraph terms, one named graph per article);
    `dataset` is the same graph as an rdflib Dataset, converted on first use.
    """

    graph: KnowledgeGraph
    articles: list[Article]
    skipped: list[Skipped] = field(default_factory=list)
    backend: str = "rules"
    backend_note: str = ""  # which backend ran and why: "backend: rules (Stanza's Hindi models not found in …)"
    unchanged: list[str] = field(default_factory=list)

    @property
    def dataset(self) -> Dataset:
        return self.graph.to_rdflib()

    @property
    def warnings(self) -> list[str]:
        return [f"{a.origin or a.id}: {w}" for a in self.articles for w in a.warnings]

    def summary(self) -> str:
        """Return a short human summary: articles, entities, events by type and status."""
        entities = Counter(kind for a in self.articles for kind, _ in a.entities)
        unique_entities = Counter(kind for kind, _ in {i for a in self.articles for i in a.entities})
        events = Counter((e.kind, e.status) for a in self.articles for e in a.events)
        lines = [
            f"articles: {len(self.articles)} read, {len(self.skipped)} skipped"
            + (f", {len(self.unchanged)} unchanged in the store" if self.unchanged else "")
            + f" (backend: {self.backend})",
            "entities: " + (", ".join(f"{n} {k}" for k, n in sorted(unique_entities.items())) or "none"),
            "events:   " + (", ".join(f"{n} {k} {s}" for (k, s), n in sorted(events.items())) or "none"),
            f"triples:  {len(self.graph)}",
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
    store: str | Path | None = None,
    workers: int = 1,
    dask: str | None = None,
) -> BuildResult:
    """Read `inputs`, extract events and write the graph to `output` (if given).

    `workers` > 1 extracts in that many local processes; `dask` ("tcp://host:8786")
    extracts on a Dask cluster. Either way the graph is byte-identical to a serial build.
    """
    from kg.nlp import choose_backend

    gazetteer = gazetteer_module.load(Path(gazetteer_dir) if gazetteer_dir else None)
    choice = choose_backend(nlp, model_dir)
    backend = choice.backend
    items = list(read_inputs(inputs))
    articles: list[Article] = []
    skipped: list[Skipped] = [item for item in items if isinstance(item, Skipped)]
    pending = [item for item in items if isinstance(item, Article)]
    unchanged: list[str] = []
    if store is not None:
        pending, unchanged = _skip_unchanged(pending, store)
    ids = Counter(a.id for a in pending)
    for article in pending:
        if ids[article.id] > 1:
            article.warnings.append(f"id {article.id!r} is used by {ids[article.id]} inputs; later ones replace earlier ones")
    if backend is not None and hasattr(backend, "prepare") and pending:
        try:
            # All articles' sentences in one bulk batch, in this process: the annotations
            # travel to --workers / Dask with the backend, the neural pipeline does not.
            backend.prepare(pending)
        except Exception as error:  # fall back to annotating article by article, inside extract
            print(f"warning: bulk annotation failed ({type(error).__name__}: {error}); annotating article by article", file=sys.stderr)
    for outcome in _extract_all(pending, gazetteer, backend, workers, dask, progress):
        (skipped if isinstance(outcome, Skipped) else articles).append(outcome)
    if strict and skipped:
        reasons = "; ".join(f"{s.origin}: {s.reason}" for s in skipped)
        raise InputError(f"--strict: {len(skipped)} input(s) skipped, nothing written ({reasons})")
    by_id = {a.id: a for a in articles}  # the last article with an id wins
    articles = [by_id[i] for i in sorted(by_id)]
    entities = resolve_entities(articles)
    # a person's country is described in the graph even when the article never names it
    for entity in list(entities.values()):
        ident = ("Country", entity.country) if entity.country else None
        if ident and ident not in entities and ident in gazetteer.entities:
            entities[ident] = gazetteer.entities[ident]
    graph = build_graph(articles, entities)
    if output is not None:
        write_graph(graph, output, fmt)
    if store is not None:
        _write_store(graph, store)
    result = BuildResult(graph, articles, skipped, choice.name, choice.message)
    result.unchanged = unchanged
    return result


def _skip_unchanged(pending: list[Article], store) -> tuple[list[Article], list[str]]:
    """Split articles into those to (re)build and the ids whose stored content hash matches."""
    from kg.anatomy import read_anatomy
    from kg.iris import article_iri
    from kg.store import article_hashes, open_store

    with_hashes = open_store(store, create=True)
    try:
        stored = article_hashes(with_hashes)
    finally:
        del with_hashes
    todo, same = [], []
    for article in pending:
        probe = read_anatomy(Article(id=article.id, raw_text=article.raw_text, title=article.title))
        if stored.get(str(article_iri(article.id))) == probe.content_hash:
            same.append(article.id)
        else:
            todo.append(article)
    return todo, same


def _write_store(dataset: KnowledgeGraph, store) -> None:
    """Replace each built article's named graph in the store; other articles stay as they are."""
    from kg.store import load_dataset, open_store

    target = open_store(store, create=True)
    load_dataset(target, dataset)
    target.flush()


def _extract_one(article: Article, gazetteer, backend) -> Article | Skipped:
    try:
        return extract(article, gazetteer, backend)
    except Exception as error:  # one broken article must not stop the build
        return Skipped(article.origin or article.id, f"extraction failed: {type(error).__name__}: {error}")


def _extract_chunk(articles: list[Article], gazetteer, backend) -> list[Article | Skipped]:
    return [_extract_one(article, gazetteer, backend) for article in articles]


# A worker process keeps the gazetteer and backend it was started with, so each task
# ships only its articles, not the whole index.
_WORKER_STATE: tuple = (None, None)


def _init_worker(gazetteer, backend) -> None:
    global _WORKER_STATE
    _WORKER_STATE = (gazetteer, backend)


def _extract_in_worker(articles: list[Article]) -> list[Article | Skipped]:
    return _extract_chunk(articles, *_WORKER_STATE)


def _chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _extract_all(articles: list[Article], gazetteer, backend, workers: int, dask_address: str | None, progress) -> list[Article | Skipped]:
    """Return each article extracted (or Skipped), in input order, serially, in processes or on Dask."""
    if workers < 1:
        raise InputError(f"--workers must be 1 or more, not {workers}")
    if dask_address:
        return _extract_on_dask(articles, gazetteer, backend, dask_address, progress)
    if workers == 1 or len(articles) < 2:
        return [_extract_one(article, gazetteer, backend) for article in _progress(articles, progress)]
    from concurrent.futures import ProcessPoolExecutor

    # Chunks of a few dozen articles amortise pickling; several chunks per worker keep
    # all of them busy to the end.
    chunks = _chunks(articles, max(1, min(64, len(articles) // (workers * 4) or 1)))
    results: list[Article | Skipped] = []
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(gazetteer, backend)) as pool:
        bar = _bar(len(articles), progress)
        for chunk in pool.map(_extract_in_worker, chunks):  # map yields in input order
            results.extend(chunk)
            if bar is not None:
                bar.update(len(chunk))
        if bar is not None:
            bar.close()
    return results


def _extract_on_dask(articles: list[Article], gazetteer, backend, address: str, progress) -> list[Article | Skipped]:
    try:
        from distributed import Client
    except ImportError:
        raise InputError("--dask needs dask.distributed: pip install 'dask[distributed]'") from None
    try:
        client = Client(address, timeout="5s")
    except (OSError, TimeoutError, ValueError, TypeError) as error:
        raise InputError(
            f"cannot reach a Dask scheduler at {address!r} ({type(error).__name__}: {error}); "
            "start one with `dask scheduler` and give its address, e.g. --dask tcp://HOST:8786"
        ) from None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        # The gazetteer goes to every worker once; tasks refer to it by key.
        shared = client.scatter(gazetteer, broadcast=True)
        chunks = _chunks(articles, max(1, min(64, len(articles) // (workers * 4) or 1)))
        futures = client.map(_extract_chunk, chunks, gazetteer=shared, backend=backend, pure=False)
        bar = _bar(len(articles), progress)
        if bar is not None:
            from distributed import as_completed

            sizes = {future.key: len(chunk) for future, chunk in zip(futures, chunks)}
            for future in as_completed(futures):
                bar.update(sizes[future.key])
            bar.close()
        results: list[Article | Skipped] = []
        for chunk in client.gather(futures):  # gather keeps the order of `futures`
            results.extend(chunk)
        return results
    finally:
        client.close()


def _bar(total: int, enabled: bool | None):
    if enabled is None:
        enabled = sys.stderr.isatty() and total > 20
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="articles", unit="art", file=sys.stderr)


def _progress(items, enabled: bool | None):
    if enabled is None:
        enabled = sys.stderr.isatty() and len(items) > 20
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc="articles", unit="art", file=sys.stderr)
