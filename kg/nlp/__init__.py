"""NLP backends, registered by name.

A backend annotates an Article's sentences (tokens, lemmas, POS, dependencies, NER
spans) before entity and event finding; nothing downstream branches on which one ran.
The rule backend adds nothing: the entity and event stages match words themselves.
"""

from __future__ import annotations

from kg.errors import InputError

BACKENDS = ("auto", "rules")


def select_backend(name: str):
    """Return the backend object for `name`, or None for the rule-only pipeline."""
    if name in ("rules", "auto"):
        return None
    raise InputError(f"unknown NLP backend {name!r}; choose one of {', '.join(BACKENDS)}")
