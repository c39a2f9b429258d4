"""One exception family, so the CLI can print a message instead of a traceback."""


class KgError(Exception):
    """Base of every error newskg raises on purpose; the message tells the user what to do."""

    exit_code = 1


class InputError(KgError):
    """An input file or argument cannot be used."""

    exit_code = 2


class ModelMissing(KgError):
    """An NLP model that was asked for is not installed."""

    exit_code = 3


class QueryError(KgError):
    """A SPARQL query is unknown, malformed, refused or failed."""

    exit_code = 4


class ValidationFailed(KgError):
    """A graph breaks the ontology contract (SHACL or OWL)."""

    exit_code = 5


class StoreError(KgError):
    """A store or endpoint could not be read or written."""

    exit_code = 6
