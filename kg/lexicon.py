"""Language data (data/lexicon/*.yaml), loaded once per process."""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

from kg import paths
from kg.errors import InputError


@functools.lru_cache(maxsize=None)
def load(name: str, directory: Path | None = None) -> dict:
    """Return the parsed `data/lexicon/<name>.yaml`."""
    path = (directory or paths.LEXICON) / f"{name}.yaml"
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle) or {}
    except FileNotFoundError:
        raise InputError(f"language data file {path} is missing; is NEWSKG_HOME pointing at a newskg checkout?") from None
    except yaml.YAMLError as error:
        raise InputError(f"language data file {path} is not valid YAML: {error}") from None
