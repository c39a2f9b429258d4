"""NLP backends, registered by name.

A backend annotates an Article's sentences (tokens, lemmas, POS, dependencies, NER
spans) before entity and event finding; nothing downstream branches on which one ran,
only on what the tokens carry (heads, lemmas). The rule backend adds nothing: the
entity and event stages match words themselves.

- `rules`: no annotation (None).
- `stanza`: Stanza's neural Hindi pipeline (kg.nlp.stanza_backend); needs the `stanza`
  package and its Hindi models, else ModelMissing naming `kg models download`.
- `auto`: `stanza` when the package imports and the Hindi models are in the model dir,
  else `rules`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from kg.errors import InputError


@dataclass
class Choice:
    """The backend a build runs with, and why: `message` is what the build summary prints."""

    name: str  # rules | stanza
    backend: Any  # None for rules, else an object with name, annotate(article), annotate_many(articles)
    message: str


def _rules(model_dir) -> Choice:
    return Choice("rules", None, "backend: rules")


_LOADED: dict[Path, Any] = {}  # model dir -> StanzaBackend: loading takes seconds, reuse it within a process


def _stanza(model_dir) -> Choice:
    from kg.nlp import models
    from kg.nlp.stanza_backend import StanzaBackend

    st = models.require(model_dir)
    key = st.model_dir.resolve()
    if key not in _LOADED:
        _LOADED[key] = StanzaBackend(st.model_dir)
    return Choice("stanza", _LOADED[key], f"backend: stanza (models in {st.model_dir})")


def _auto(model_dir) -> Choice:
    from kg.nlp import models

    st = models.status(model_dir)
    if st.ready:
        return _stanza(st.model_dir)
    if not st.installed:
        why = "the stanza package is not installed; pip install stanza"
    else:
        why = f"Stanza's Hindi models not found in {st.model_dir}; run `{models.download_hint(st.model_dir, model_dir is not None)}`"
    return Choice("rules", None, f"backend: rules ({why})")


#: backend name -> factory(model_dir) -> Choice
REGISTRY: dict[str, Callable[[Path | None], Choice]] = {"auto": _auto, "rules": _rules, "stanza": _stanza}
BACKENDS = tuple(REGISTRY)


def choose_backend(name: str, model_dir: str | Path | None = None) -> Choice:
    """Return the backend for `name` with the message saying which one runs and why."""
    try:
        factory = REGISTRY[name]
    except KeyError:
        raise InputError(f"unknown NLP backend {name!r}; choose one of {', '.join(BACKENDS)}") from None
    return factory(Path(model_dir) if model_dir else None)


def select_backend(name: str, model_dir: str | Path | None = None):
    """Return the backend object for `name`, or None for the rule-only pipeline."""
    return choose_backend(name, model_dir).backend
