"""Bundled SPARQL queries, safe parameter binding, query engines and result formats.

A bundled query is a `.rq` file in `queries/` that opens with a comment header:

    # title: Meetings
    # answers: Who met whom, when and where, and which source reported it.
    # param: person  (optional) a person's IRI, or a Hindi/English name or alt label
    # param: status  (default: occurred) one of occurred, planned, denied, speculated, any

A parameter is `required`, `optional` or has a `default: VALUE`; a description that
starts with `one of a, b, c` (up to a `;` or the end) limits the value to those words.
Where the query wants the value, it has a placeholder line of its own:

    # VALUES ?person

`prepare()` replaces that line with `VALUES ?person { <term> }`, the value turned into
one escaped RDF term, so no value can change the query's structure. An optional
parameter left out keeps its placeholder as a comment and its variable unbound, so
the query tests `!BOUND(?person)`. The text stays valid SPARQL either way and runs
as it is on any engine.

Engines run SPARQL text and give back `Results`; `open_engine(target)` picks one by
what the target looks like (a registry other modules add to with `register_engine`).
`format_results(results, fmt)` writes table, csv, json or md.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg import paths
from kg.errors import InputError, QueryError
from kg.safeload import check_rdf_file
from kg.vocab import PREFIXES

# ---------------------------------------------------------------------------
# Bundled queries and their headers

_HEADER_LINE = re.compile(r"^#\s*(?P<key>[A-Za-z]+)\s*:\s*(?P<value>.*?)\s*$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*"
    r"\((?P<spec>required|optional|default:\s*(?P<default>[^)]*?))\s*\)\s*(?P<description>.*)$"
)
_CHOICES = re.compile(r"^one of\s+(?P<choices>[^;]+)")
# A placeholder is a whole comment line naming one variable; prepare() swaps it for VALUES.
_PLACEHOLDER = re.compile(r"^(?P<indent>[ \t]*)#[ \t]*VALUES[ \t]+\?(?P<name>[A-Za-z_][A-Za-z0-9_]*)[ \t]*$", re.M)


@dataclass(frozen=True)
class QueryParam:
    """One parameter of a bundled query, as its header declares it."""

    name: str
    required: bool = False
    default: str | None = None
    description: str = ""
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class BundledQuery:
    """A SPARQL query file with its title, what it answers and its parameters."""

    name: str
    title: str
    answers: str
    params: tuple[QueryParam, ...]
    path: Path
    text: str

    def param(self, name: str) -> QueryParam | None:
        """Return the parameter called `name`, or None."""
        for param in self.params:
            if param.name == name:
                return param
        return None


def _parse_header(text: str, path: Path) -> tuple[dict[str, str], list[QueryParam]]:
    """Return the header's keys and its parameters, reading the leading comment lines."""
    keys: dict[str, str] = {}
    params: list[QueryParam] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        if _PLACEHOLDER.match(line):
            continue
        match = _HEADER_LINE.match(stripped)
        if not match:
            continue  # a free comment
        key, value = match.group("key").lower(), match.group("value")
        if key == "param":
            param = _PARAM.match(value)
            if not param:
                raise QueryError(
                    f"{path}:{number}: cannot read the parameter line {stripped!r}; write it as "
                    "'# param: NAME  (required|optional|default: VALUE) description'"
                )
            spec = param.group("spec")
            description = param.group("description").strip()
            choices_match = _CHOICES.match(description)
            choices = tuple(c.strip() for c in choices_match.group("choices").split(",") if c.strip()) if choices_match else ()
            params.append(
                QueryParam(
                    name=param.group("name"),
                    required=spec == "required",
                    default=param.group("default").strip() if spec.startswith("default") else None,
                    description=description,
                    choices=choices,
                )
            )
        elif key in ("title", "answers"):
            keys[key] = value
    return keys, params


def read_query(path: str | Path) -> BundledQuery:
    """Return the query in the .rq file at `path`, with its header read and checked."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QueryError(f"query file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"cannot read query file {path}: {error}") from None
    keys, params = _parse_header(text, path)
    placeholders = [m.group("name") for m in _PLACEHOLDER.finditer(text)]
    declared = {p.name for p in params}
    for name in placeholders:
        if placeholders.count(name) > 1:
            raise QueryError(f"{path}: the placeholder '# VALUES ?{name}' appears more than once; keep one")
        if name not in declared:
            # A query of one's own may skip the header: its placeholders become optional parameters.
            params.append(QueryParam(name=name, description="(not described in the query header)"))
    for param in params:
        if param.name not in placeholders:
            raise QueryError(
                f"{path}: parameter '{param.name}' has no placeholder line; add '# VALUES ?{param.name}' "
                "where the query uses it"
            )
        if param.choices and param.default is not None and param.default not in param.choices:
            raise QueryError(f"{path}: default {param.default!r} of '{param.name}' is not one of {', '.join(param.choices)}")
    return BundledQuery(
        name=path.stem,
        title=keys.get("title", path.stem),
        answers=keys.get("answers", ""),
        params=tuple(params),
        path=path,
        text=text,
    )


def list_queries(directory: str | Path | None = None) -> list[BundledQuery]:
    """Return the bundled queries (the .rq files in kg.paths.QUERIES), sorted by name."""
    directory = Path(directory) if directory is not None else paths.QUERIES
    return [read_query(path) for path in sorted(directory.glob("*.rq"))]


def load_query(name_or_path: str | Path) -> BundledQuery:
    """Return a bundled query by name (a file stem in queries/) or any .rq file by path."""
    text = str(name_or_path)
    candidate = paths.QUERIES / f"{text}.rq"
    if re.fullmatch(r"[A-Za-z0-9_-]+", text) and candidate.is_file():
        return read_query(candidate)
    path = Path(text)
    if path.suffix == ".rq" or path.is_file() or "/" in text or "\\" in text:
        return read_query(path)
    names = ", ".join(q.stem for q in sorted(paths.QUERIES.glob("*.rq"))) or "(none)"
    raise QueryError(f"no bundled query called {text!r}; the bundled queries are: {names}. Or give the path of a .rq file.")


# ---------------------------------------------------------------------------
# Binding parameters safely

# Characters RFC 3987 and the SPARQL IRIREF rule both keep out of an IRI.
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_PREFIXED = re.compile(r"^(?P<prefix>[A-Za-z][A-Za-z0-9_-]*):(?P<local>[^\s]+)$")


def _valid_iri(text: str) -> bool:
    return bool(_SCHEME.match(text)) and not _IRI_FORBIDDEN.search(text)


def to_term(value: str) -> URIRef | Literal:
    """Return the RDF term a parameter value stands for.

    `<...>`, `http(s)://...` and `urn:...` become IRIs, and `prefix:local` with a project
    prefix (kg.vocab.PREFIXES) becomes the expanded IRI — each only when it is a valid
    IRI; anything else is a plain string literal (so it can only ever match, not inject).
    """
    if value.startswith("<") and value.endswith(">") and _valid_iri(value[1:-1]):
        return URIRef(value[1:-1])
    if re.match(r"^(https?://|urn:)", value, re.I) and _valid_iri(value):
        return URIRef(value)
    prefixed = _PREFIXED.match(value)
    if prefixed and prefixed.group("prefix") in PREFIXES:
        iri = str(PREFIXES[prefixed.group("prefix")]) + prefixed.group("local")
        if _valid_iri(iri):
            return URIRef(iri)
    return Literal(value)


# C0 controls other than tab, newline and carriage return (which have escapes): some engines
# (Virtuoso) end a string at NUL, so such a value is refused rather than sent.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def term_to_sparql(term: URIRef | Literal) -> str:
    """Return `term` written as SPARQL: an <IRI> or a one-line quoted string with escapes."""
    if isinstance(term, URIRef):
        if not _valid_iri(str(term)):
            raise QueryError(f"{str(term)!r} is not a valid IRI")
        return term.n3()
    if isinstance(term, Literal):
        # rdflib's n3() writes a literal with a newline as a """long string"""; one line with
        # escapes is the form every engine reads the same way.
        body = "".join(_ECHAR.get(ch, ch) for ch in str(term))
        quoted = f'"{body}"'
        if term.language:
            return f"{quoted}@{term.language}"
        if term.datatype and term.datatype != XSD.string:
            return f"{quoted}^^{URIRef(term.datatype).n3()}"
        return quoted
    raise QueryError(f"cannot bind {term!r}: only IRIs and literals can be parameter values")


def prepare(query: BundledQuery, params: dict[str, str] | None = None) -> str:
    """Return the query's SPARQL text with its parameters bound through VALUES clauses.

    Raises QueryError for an unknown parameter (listing the valid ones), a missing
    required one (naming it and its description) or a value outside its choices.
    """
    params = dict(params or {})
    known = {p.name for p in query.params}
    unknown = sorted(set(params) - known)
    if unknown:
        valid = ", ".join(p.name for p in query.params) or "none"
        raise QueryError(f"query '{query.name}' has no parameter {', '.join(unknown)}; its parameters are: {valid}")
    bindings: dict[str, str] = {}
    for param in query.params:
        value = params.get(param.name)
        if value is None:
            value = param.default
        if value is None:
            if param.required:
                raise QueryError(
                    f"query '{query.name}' needs the parameter '{param.name}': {param.description} "
                    f"(give it as --param {param.name}=VALUE)"
                )
            continue
        if param.choices:
            chosen = [c for c in param.choices if c.lower() == value.strip().lower()]
            if not chosen:
                raise QueryError(
                    f"parameter '{param.name}' of query '{query.name}' must be one of "
                    f"{', '.join(param.choices)}, not {value!r}"
                )
            value = chosen[0]
        if _CONTROL.search(value):
            raise QueryError(
                f"parameter '{param.name}' of query '{query.name}' contains control characters "
                "(such as NUL); remove them"
            )
        bindings[param.name] = term_to_sparql(to_term(value))

    def replace(match: re.Match) -> str:
        name = match.group("name")
        if name not in bindings:
            return match.group(0)
        return f"{match.group('indent')}VALUES ?{name} {{ {bindings[name]} }}"

    return _PLACEHOLDER.sub(replace, query.text)


# ---------------------------------------------------------------------------
# Results and engines


@dataclass
class Results:
    """What a query gave back: rows for SELECT, a boolean for ASK, a graph for CONSTRUCT/DESCRIBE."""

    kind: str  # "select" | "ask" | "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def records(self) -> list[dict[str, Node | None]]:
        """Return the rows as dicts keyed by variable name."""
        return [dict(zip(self.variables, row)) for row in self.rows]

    def as_table(self) -> Results:
        """Return select-shaped results: a graph becomes sorted subject/predicate/object rows."""
        if self.kind != "graph":
            return self
        triples = sorted(self.graph or (), key=lambda t: tuple(term.n3() for term in t))
        return Results(kind="select", variables=["subject", "predicate", "object"], rows=[tuple(t) for t in triples])


class Engine(Protocol):
    """Anything that runs SPARQL query text and returns Results."""

    def run(self, sparql: str) -> Results: ...


def _has_service(node) -> bool:
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        if node.name == "ServiceGraphPattern":
            return True
        return any(_has_service(value) for value in node.values())
    if isinstance(node, (list, tuple)):
        return any(_has_service(value) for value in node)
    return False


def refuse_service(sparql: str) -> None:
    """Raise QueryError when the query calls SERVICE anywhere (pyoxigraph would make the call)."""
    from rdflib.plugins.sparql import prepareQuery

    try:
        algebra = prepareQuery(sparql).algebra
    except Exception:  # left to the engine, which says what is wrong with the query
        return
    if _has_service(algebra):
        raise QueryError("the query calls SERVICE; remote queries are refused for local graphs")


class RdflibEngine:
    """Runs queries on an rdflib Graph or Dataset in this process; read-only, no network.

    FROM <file:...> does not load files (SPARQL_LOAD_GRAPHS is switched off) and SERVICE
    is refused unless `allow_service=True`.
    """

    def __init__(self, graph: Graph, *, allow_service: bool = False):
        self.graph = graph
        self.allow_service = allow_service

    def run(self, sparql: str) -> Results:
        import rdflib.plugins.sparql as rdflib_sparql
        from rdflib.plugins.sparql import prepareQuery

        rdflib_sparql.SPARQL_LOAD_GRAPHS = False
        try:
            prepared = prepareQuery(sparql)
        except Exception as error:  # pyparsing and rdflib raise several kinds
            raise QueryError(f"cannot parse the query: {error}") from None
        if not self.allow_service and _has_service(prepared.algebra):
            raise QueryError("the query calls SERVICE; remote queries are refused for local graphs")
        try:
            result = self.graph.query(prepared)
            return _from_rdflib(result)
        except QueryError:
            raise
        except Exception as error:
            raise QueryError(f"the query failed: {type(error).__name__}: {error}") from None


def _from_rdflib(result) -> Results:
    if result.type == "ASK":
        return Results(kind="ask", boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = Graph()
        for triple in result.graph or ():
            graph.add(triple)
        return Results(kind="graph", graph=graph)
    variables = [str(v) for v in result.vars or []]
    rows = [tuple(row) for row in result]
    return Results(kind="select", variables=variables, rows=rows)


#: graph file suffix -> rdflib parser name; True when the format can hold named graphs
GRAPH_FORMATS: dict[str, tuple[str, bool]] = {
    ".ttl": ("turtle", False),
    ".nt": ("nt", False),
    ".n3": ("n3", False),
    ".rdf": ("xml", False),
    ".owl": ("xml", False),
    ".trig": ("trig", True),
    ".nq": ("nquads", True),
    ".jsonld": ("json-ld", True),
}


def load_graph(path: str | Path) -> Graph:
    """Return the graph in a file; a file with named graphs becomes a Dataset whose default graph is their union."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in GRAPH_FORMATS:
        raise InputError(f"{path}: unknown graph format; give a file ending in {', '.join(GRAPH_FORMATS)}")
    if not path.is_file():
        raise InputError(f"graph file {path} does not exist; build one with `kg build` or give the path of an existing graph")
    check_rdf_file(path)
    fmt, quads = GRAPH_FORMATS[suffix]
    graph: Graph = Dataset(default_union=True) if quads else Graph()
    try:
        graph.parse(path, format=fmt)
    except Exception as error:
        raise InputError(f"cannot parse {path} as {fmt}: {error}") from None
    return graph


@dataclass(frozen=True)
class EngineKind:
    """A way to open an engine: a name, a test on the target and an opener."""

    name: str
    matches: Callable[[str], bool]
    open: Callable[[str], Engine]
    description: str = ""


_ENGINE_KINDS: list[EngineKind] = []


def register_engine(
    name: str, matches: Callable[[str], bool], opener: Callable[[str], Engine], description: str = "", *, first: bool = True
) -> None:
    """Register a kind of engine; `open_engine` tries kinds in order, newest first by default."""
    kind = EngineKind(name, matches, opener, description)
    _ENGINE_KINDS[:] = [k for k in _ENGINE_KINDS if k.name != name]
    if first:
        _ENGINE_KINDS.insert(0, kind)
    else:
        _ENGINE_KINDS.append(kind)


def engine_kinds() -> list[EngineKind]:
    """Return the registered engine kinds in the order open_engine tries them."""
    return list(_ENGINE_KINDS)


def open_engine(target: str, kind: str | None = None) -> Engine:
    """Return an engine over `target`, chosen by `kind` or by what the target looks like."""
    _register_store_and_endpoint()
    if kind is not None:
        for engine_kind in _ENGINE_KINDS:
            if engine_kind.name == kind:
                return engine_kind.open(target)
        raise InputError(f"no engine kind {kind!r}; known kinds: {', '.join(k.name for k in _ENGINE_KINDS)}")
    for engine_kind in _ENGINE_KINDS:
        if engine_kind.matches(target):
            return engine_kind.open(target)
    described = "; ".join(f"{k.name}: {k.description}" for k in _ENGINE_KINDS)
    raise InputError(f"do not know how to query {target!r}; give {described}")


def _oxigraph_over_file(target: str) -> Engine:
    from kg.errors import StoreError
    from kg.store import OxigraphEngine

    path = Path(target)
    if not path.is_file():
        raise InputError(f"graph file {path} does not exist; build one with `kg build` or give the path of an existing graph")
    try:
        return OxigraphEngine.from_file(path)
    except StoreError as error:
        raise InputError(f"cannot parse {path}: {error}") from None


# Oxigraph is the default for files: rdflib 7.6 fails on some bundled queries
# (NotBoundError for an OPTIONAL label in an expression, a TypeError sorting unbound
# values) and is 10-100x slower. "rdflib" stays available by name.
register_engine(
    "file",
    lambda target: Path(target).suffix.lower() in GRAPH_FORMATS,
    _oxigraph_over_file,
    "a graph file (" + ", ".join(GRAPH_FORMATS) + ")",
)
register_engine(
    "rdflib",
    lambda target: False,
    lambda target: RdflibEngine(load_graph(target)),
    "a graph file read by rdflib (by name only)",
    first=False,
)



_EXTRA_KINDS_LOADED = False


def _register_store_and_endpoint() -> None:
    # kg.endpoint imports this module, so its kinds are registered on first use, once this
    # module is fully loaded (importing it here would give kg.endpoint a half-made module)
    global _EXTRA_KINDS_LOADED
    if not _EXTRA_KINDS_LOADED:
        _EXTRA_KINDS_LOADED = True
        from kg.endpoint import register_engines

        register_engines()

# ---------------------------------------------------------------------------
# Output formats


def shorten(iri: str) -> str:
    """Return `prefix:local` for an IRI in one of the project namespaces, else the IRI in <>."""
    best = None
    for prefix, namespace in PREFIXES.items():
        ns = str(namespace)
        if iri.startswith(ns) and (best is None or len(ns) > len(str(PREFIXES[best]))):
            best = prefix
    if best is not None:
        local = iri[len(str(PREFIXES[best])) :]
        if local and re.fullmatch(r"[\w.~%-]+", local):
            return f"{best}:{local}"
    return f"<{iri}>"


def display(term: Node | None, short: bool = True) -> str:
    """Return a term as a reader sees it: shortened IRI, literal's text, _:blank, '' for unbound."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return shorten(str(term)) if short else str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def text_width(text: str) -> int:
    """Return the columns `text` takes in a terminal: marks and format characters take none, wide East Asian two."""
    width = 0
    for ch in text:
        if unicodedata.category(ch) in ("Mn", "Me", "Cf") or ch in "\u200b":
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _one_line(text: str) -> str:
    return re.sub(r"[\r\n\t]+", " ", text)


def _format_table(results: Results) -> str:
    if results.kind == "ask":
        return ("true" if results.boolean else "false") + "\n"
    results = results.as_table()
    header = list(results.variables)
    body = [[_one_line(display(term)) for term in row] for row in results.rows]
    widths = [text_width(h) for h in header]
    for row in body:
        widths = [max(w, text_width(cell)) for w, cell in zip(widths, row)]

    def line(cells: list[str]) -> str:
        return "  ".join(cell + " " * (w - text_width(cell)) for cell, w in zip(cells, widths)).rstrip()

    out = [line(header), "  ".join("-" * w for w in widths)]
    out.extend(line(row) for row in body)
    return "\n".join(out) + "\n"


def _format_md(results: Results) -> str:
    if results.kind == "ask":
        return ("true" if results.boolean else "false") + "\n"
    results = results.as_table()

    def cell(text: str) -> str:
        return _one_line(text).replace("\\", "\\\\").replace("|", "\\|")

    out = ["| " + " | ".join(cell(v) for v in results.variables) + " |", "|" + "|".join("---" for _ in results.variables) + "|"]
    for row in results.rows:
        out.append("| " + " | ".join(cell(display(term)) for term in row) + " |")
    return "\n".join(out) + "\n"


def _format_csv(results: Results) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # SPARQL 1.1 CSV results: full IRIs, plain lexical forms, CRLF
    if results.kind == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if results.boolean else "false"])
        return buffer.getvalue()
    results = results.as_table()
    writer.writerow(results.variables)
    for row in results.rows:
        writer.writerow([display(term, short=False) for term in row])
    return buffer.getvalue()


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    binding = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal):
        if term.language:
            binding["xml:lang"] = term.language
        elif term.datatype:
            binding["datatype"] = str(term.datatype)
    return binding


def _format_json(results: Results) -> str:
    if results.kind == "ask":
        document: dict = {"head": {}, "boolean": bool(results.boolean)}
    else:
        results = results.as_table()
        bindings = [
            {var: _json_term(term) for var, term in zip(results.variables, row) if term is not None} for row in results.rows
        ]
        document = {"head": {"vars": list(results.variables)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


#: format name -> formatter; add a format by adding an entry
FORMATTERS: dict[str, Callable[[Results], str]] = {
    "table": _format_table,
    "csv": _format_csv,
    "json": _format_json,
    "md": _format_md,
}


def format_results(results: Results, fmt: str = "table") -> str:
    """Return `results` written as table, csv, json (SPARQL 1.1 JSON results) or md."""
    try:
        formatter = FORMATTERS[fmt]
    except KeyError:
        raise QueryError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATTERS)}") from None
    return formatter(results)


def run_query(
    name_or_path: str, target: str, params: dict[str, str] | None = None, *, kind: str | None = None
) -> Results:
    """Return the results of a bundled (or .rq) query with `params` on the graph at `target`."""
    query = load_query(name_or_path)
    return open_engine(target, kind).run(prepare(query, params))


def iter_placeholders(text: str) -> Iterator[str]:
    """Yield the variable names of the `# VALUES ?name` placeholder lines in SPARQL text."""
    for match in _PLACEHOLDER.finditer(text):
        yield match.group("name")
