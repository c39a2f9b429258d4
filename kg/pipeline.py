"""The per-article pipeline: read → anatomy → NLP backend → entities → events.

`extract` is a pure function of one article and the language data, so it can run in
worker processes or on a Dask cluster; everything that needs all articles at once
(entity resolution, the graph) happens after it.
"""

from __future__ import annotations

from kg.anatomy import read_anatomy
from kg.document import Article
from kg.entities import find_entities
from kg.events import find_events
from kg.gazetteer import Gazetteer


def extract(article: Article, gazetteer: Gazetteer, backend=None) -> Article:
    """Return `article` with its text, sentences, entities and events read."""
    read_anatomy(article)
    if backend is not None:
        backend.annotate(article)
        article.backend = backend.name
    find_entities(article, gazetteer)
    find_events(article, gazetteer)
    for event in article.events:
        event.extractor = article.backend
    return article
