"""Where the project's bundled resources live.

The ontology, queries and language data sit beside the package in the repository
(`ontology/`, `queries/`, `data/`), as the design card lays out. NEWSKG_HOME points
elsewhere when the package is installed away from its checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

HOME = Path(os.environ.get("NEWSKG_HOME", Path(__file__).resolve().parent.parent))
ONTOLOGY = HOME / "ontology" / "newskg.ttl"
SHAPES = HOME / "ontology" / "shapes.ttl"
QUERIES = HOME / "queries"
DATA = HOME / "data"
GAZETTEER = DATA / "gazetteer"
LEXICON = DATA / "lexicon"
SAMPLE_ARTICLES = DATA / "articles"
