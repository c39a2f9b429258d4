"""A read-only SPARQL 1.1 Protocol endpoint over a graph file or a store, at /sparql.

    server = make_server("out/store", port=8000)     # or a graph file: "out/graph.trig"
    server.serve_forever()                           # `kg serve` does this

Why the work is split in two: neither Oxigraph nor rdflib can stop a running query, so every
query runs in a worker process that the server can kill. The HTTP side (a ThreadingHTTPServer,
one thread per request) only reads requests, refuses updates, caps bodies and speaks CORS; it
hands the query text and the client's wishes (Accept, format) to an idle worker and waits at
most `timeout` seconds. The worker parses the query with rdflib (to refuse SERVICE and foreign
FROM graphs before Oxigraph could fetch them), runs it with Oxigraph over the union of all
graphs, caps the results and serialises them, all inside the time limit. A worker that overruns
is killed (SIGKILL) and a fresh one started in the background; the client gets 503.

Workers open a store read-only (`pyoxigraph.Store.read_only`), or load a graph file into memory
once when they start.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import queue
import signal
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

from kg.errors import KgError, StoreError

MAX_BODY = 1_000_000
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
LOCAL_GRAPH_PREFIXES = ("https://w3id.org/newskg/",)
SPARQL_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"

# --- result formats: name -> media type; a media type a client may send -> name ----------

RESULT_FORMATS = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_FORMATS = {
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
RESULT_ALIASES = {
    "application/sparql-results+json": "json", "application/json": "json", "text/javascript": "json",
    "application/javascript": "json", "json": "json", "srj": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml", "xml": "xml", "srx": "xml",
    "text/csv": "csv", "csv": "csv",
    "text/tab-separated-values": "tsv", "tsv": "tsv",
}
GRAPH_ALIASES = {
    "text/turtle": "turtle", "application/turtle": "turtle", "application/x-turtle": "turtle", "text/n3": "turtle",
    "text/rdf+n3": "turtle", "turtle": "turtle", "ttl": "turtle",
    "application/n-triples": "nt", "text/plain": "nt", "nt": "nt", "ntriples": "nt", "n-triples": "nt",
    "application/ld+json": "jsonld", "application/x-json+ld": "jsonld", "application/json": "jsonld",
    "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld",
    "application/rdf+xml": "rdfxml", "application/xml": "rdfxml", "text/xml": "rdfxml", "rdfxml": "rdfxml",
    "rdf": "rdfxml", "xml": "rdfxml",
}


def negotiate(accept: str | None, format_param: str | None, aliases: dict, default: str) -> str:
    """Return the format name to answer with: the `format` parameter wins, then Accept by q-value."""
    if format_param:
        name = aliases.get(format_param.strip().lower())
        if name:
            return name
    choices = []
    for position, part in enumerate((accept or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, quality = fields[0].lower(), 1.0
        for param in fields[1:]:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            choices.append((-quality, position, media))
    for _, _, media in sorted(choices):
        if media in aliases:
            return aliases[media]
        if media in ("*/*", "application/*", "text/*"):
            return default
    return default


# --- writers (workers run these; they cap results, so they cannot use pyoxigraph's own) ---


def _json_term(term) -> dict:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {k: _json_term(getattr(term, k)) for k in ("subject", "predicate", "object")}}


def _xml_term(term) -> str:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _csv_value(term) -> str:
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if hasattr(term, "value") else str(term)


def write_solutions(variables: list[str], rows: list[list], name: str) -> bytes:
    """Return SELECT rows (pyoxigraph terms or None) in SPARQL results format `name`."""
    if name == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False).encode()
    if name == "xml":
        out = ['<?xml version="1.0" encoding="UTF-8"?>', f'<sparql xmlns="{SPARQL_RESULTS_NS}">', "<head>"]
        out += [f"<variable name={quoteattr(v)}/>" for v in variables]
        out += ["</head>", "<results>"]
        for row in rows:
            cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>" for v, t in zip(variables, row) if t is not None)
            out.append(f"<result>{cells}</result>")
        out += ["</results>", "</sparql>", ""]
        return "\n".join(out).encode()
    if name == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([_csv_value(t) for t in row] for row in rows)
        return buffer.getvalue().encode()
    # TSV: terms in Turtle / N-Triples syntax, which is what pyoxigraph's str() gives
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode()


def write_boolean(value: bool, name: str) -> bytes:
    """Return an ASK answer in SPARQL results format `name`."""
    if name == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if name == "xml":
        word = "true" if value else "false"
        return f'<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="{SPARQL_RESULTS_NS}"><head/><boolean>{word}</boolean></sparql>\n'.encode()
    return ("_askResult\r\n" if name == "csv" else "?_askResult\n").encode() + (b"true" if value else b"false") + b"\n"


def write_triples(triples: list, name: str) -> bytes:
    """Return CONSTRUCT / DESCRIBE triples (pyoxigraph) in RDF format `name`, sorted."""
    import pyoxigraph as ox

    from kg.vocab import PREFIXES

    formats = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}
    triples = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    if name == "nt":
        return ox.serialize(triples, format=formats[name]) or b""
    prefixes = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    return ox.serialize(triples, format=formats[name], prefixes=prefixes) or b""


# --- the worker side ---------------------------------------------------------------------


def _walk_names(node, names: set) -> None:
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        names.add(node.name)
        for value in node.values():
            _walk_names(value, names)
    elif isinstance(node, (list, tuple)):
        for value in node:
            _walk_names(value, names)
    elif isinstance(node, dict):
        for value in node.values():
            _walk_names(value, names)


def _is_local_graph(iri: str) -> bool:
    return iri.startswith(LOCAL_GRAPH_PREFIXES)


def check_query(sparql: str) -> tuple[str, bool]:
    """Return the query's form ("select", "ask", "graph") and whether it has FROM clauses.

    Raise _Refused with an HTTP status for what this endpoint will not run.

    Parses with rdflib: SERVICE anywhere (even inside FILTER EXISTS) and FROM / FROM NAMED
    graphs outside newskg's namespace are refused, because the engine would fetch them from
    the network; updates are refused because the endpoint is read-only.
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(sparql)
        query = translateQuery(parsed)
    except ParseException as error:
        try:
            parseUpdate(sparql)
        except Exception:
            raise _Refused(400, f"the query is not valid SPARQL: {error}") from None
        raise _Refused(403, "this endpoint is read-only: SPARQL Update is refused; change the graph with `kg build`")
    except Exception as error:  # rdflib's translation rejects some queries the grammar allows
        raise _Refused(400, f"the query cannot be run: {error}") from None
    names: set = set()
    _walk_names(query.algebra, names)
    if "ServiceGraphPattern" in names:
        raise _Refused(400, "SERVICE (federated query) is refused: this endpoint does not make outbound requests")
    clauses = query.algebra.get("datasetClause") or []
    for clause in clauses:
        iri = str(clause.get("default") or clause.get("named") or "")
        if not _is_local_graph(iri):
            raise _Refused(400, f"FROM <{iri}> is refused: only graphs in this store (https://w3id.org/newskg/...) can be named")
    form = query.algebra.name
    return {"SelectQuery": "select", "AskQuery": "ask"}.get(form, "graph"), bool(clauses)


class _Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def execute(store, job: dict) -> tuple[int, dict, bytes]:
    """Run one job on `store`; return (HTTP status, headers, body). Workers call this."""
    import pyoxigraph as ox

    sparql, limit = job["query"], job["max_results"]
    try:
        form, has_from = check_query(sparql)
        for iri in job.get("default_graphs", []) + job.get("named_graphs", []):
            if not _is_local_graph(iri):
                raise _Refused(400, f"graph <{iri}> is refused: only graphs in this store (https://w3id.org/newskg/...) can be named")
        # FROM picks the default graph itself; Oxigraph's union option would override it
        from kg.store import query_options

        options = {} if has_from else query_options(store)
        if job.get("default_graphs"):
            options = {"default_graph": [ox.NamedNode(i) for i in job["default_graphs"]]}
        if job.get("named_graphs"):
            options["named_graphs"] = [ox.NamedNode(i) for i in job["named_graphs"]]
        answer = store.query(sparql, **options)
    except _Refused as refused:
        return refused.status, {}, refused.message.encode()
    except SyntaxError as error:
        return 400, {}, f"the query is not valid SPARQL: {error}".encode()
    except OSError as error:
        return 500, {}, f"the store could not be read: {error}".encode()
    headers = {}
    try:
        if form == "graph":
            name = negotiate(job.get("accept"), job.get("format"), GRAPH_ALIASES, "turtle")
            triples = []
            for triple in answer:
                if len(triples) == limit:
                    headers = {"X-Result-Truncated": "true", "X-Result-Limit": str(limit)}
                    break
                triples.append(triple)
            body, media = write_triples(triples, name), GRAPH_FORMATS[name]
        else:
            name = negotiate(job.get("accept"), job.get("format"), RESULT_ALIASES, "json")
            media = RESULT_FORMATS[name]
            if form == "ask":
                body = write_boolean(bool(answer), name)
            else:
                variables = [v.value for v in answer.variables]
                rows = []
                for solution in answer:
                    if len(rows) == limit:
                        headers = {"X-Result-Truncated": "true", "X-Result-Limit": str(limit)}
                        break
                    rows.append([solution[i] for i in range(len(variables))])
                body = write_solutions(variables, rows, name)
    except (OSError, SyntaxError, ValueError) as error:
        return 500, {}, f"the query failed while running: {error}".encode()
    headers["Content-Type"] = media + ("; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else "")
    return 200, headers, body


def _worker_main(conn, target: str) -> None:
    """Open the target once, then answer jobs from `conn` until it closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    try:
        from kg.store import open_target

        store = open_target(target, read_only=True)
    except KgError as error:
        conn.send(("failed", str(error)))
        return
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        conn.send(execute(store, job))


# --- the pool of killable workers --------------------------------------------------------


class QueryTimeout(KgError):
    """A query ran past the time limit and its worker was stopped."""


class ServerBusy(KgError):
    """No worker became free in time."""


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: object


class WorkerPool:
    """Worker processes that each hold the graph open; a job that overruns kills its worker."""

    def __init__(self, target, size: int = 2, start_timeout: float = 300.0):
        self.target = str(target)
        self.size = size
        self.start_timeout = start_timeout
        self._context = multiprocessing.get_context("spawn")  # fork is unsafe with server threads
        self._idle: queue.Queue = queue.Queue()
        self._live: dict = {}  # id -> worker, busy or idle
        self._lock = threading.Lock()
        self._closed = False
        started = [self._spawn() for _ in range(size)]
        for worker in started:
            self._await_ready(worker)
            self._idle.put(worker)

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_worker_main, args=(child, self.target), daemon=True, name="kg-serve-worker")
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._live[id(worker)] = worker
        return worker

    def _await_ready(self, worker: _Worker) -> None:
        if not worker.conn.poll(self.start_timeout):
            self._kill(worker)
            raise StoreError(f"a query worker did not open {self.target} within {self.start_timeout:.0f} s")
        try:
            state, message = worker.conn.recv()
        except EOFError:
            state, message = "failed", "the worker process died while opening it"
        if state != "ready":
            self._kill(worker)
            self.close()
            raise StoreError(message)

    def _kill(self, worker: _Worker) -> None:
        with self._lock:
            self._live.pop(id(worker), None)
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()

    def _replace(self) -> None:
        def start():
            if self._closed:
                return
            try:
                worker = self._spawn()
                self._await_ready(worker)
            except KgError as error:
                print(f"kg serve: could not restart a query worker: {error}", file=sys.stderr)
                return
            if self._closed:
                self._kill(worker)
            else:
                self._idle.put(worker)

        threading.Thread(target=start, daemon=True, name="kg-serve-restart").start()

    def run(self, job: dict, timeout: float) -> tuple[int, dict, bytes]:
        """Return (status, headers, body) for `job`; raise QueryTimeout or ServerBusy."""
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise ServerBusy(f"all {self.size} query workers are busy; try again shortly") from None
        try:
            worker.conn.send(job)
            ready = worker.conn.poll(timeout)
            answer = worker.conn.recv() if ready else None
        except (EOFError, OSError, BrokenPipeError):
            self._kill(worker)
            self._replace()
            return 500, {}, b"the query worker died (out of memory?); it has been restarted"
        if answer is None:
            self._kill(worker)
            self._replace()
            raise QueryTimeout(
                f"the query was stopped after {timeout:g} s (the server's time limit, kg serve --timeout); "
                f"add LIMIT or narrower patterns"
            )
        self._idle.put(worker)
        return answer

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                break
            try:
                worker.conn.send(None)
            except OSError:
                pass
            worker.process.join(timeout=2)
            self._kill(worker)
        with self._lock:
            busy = list(self._live.values())
        for worker in busy:  # still running a query: nobody waits for its answer any more
            self._kill(worker)


# --- bundled queries and the page --------------------------------------------------------


def bundled_queries(directory=None) -> list[dict]:
    """Return the bundled queries as dicts: name, title, answers, params, text.

    Each param is {name, required, default, description, choices}. Read with kg.querying
    where it is installed, else from the *.rq header lines (`# title:`, `# answers:`,
    `# param: NAME  description`).
    """
    from kg.paths import QUERIES

    directory = Path(directory or QUERIES)
    if not directory.is_dir():
        return []
    try:
        from kg.querying import list_queries
    except ImportError:
        list_queries = None
    if list_queries is not None:
        return [
            {"name": q.name, "title": q.title, "answers": q.answers, "text": q.text,
             "params": [{"name": p.name, "required": p.required, "default": p.default,
                         "description": p.description, "choices": list(p.choices)} for p in q.params]}
            for q in list_queries(directory)
        ]
    out = []
    for path in sorted(directory.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        entry = {"name": path.stem, "title": path.stem, "answers": "", "params": [], "text": text}
        for line in text.splitlines():
            stripped = line.strip()
            if not stripped.startswith("#"):
                if stripped:
                    break
                continue
            key, _, value = stripped.lstrip("#").strip().partition(":")
            key, value = key.strip().lower(), value.strip()
            if key == "title" and value:
                entry["title"] = value
            elif key == "answers":
                entry["answers"] = value
            elif key == "param" and value:
                name, _, description = value.partition(" ")
                entry["params"].append({"name": name, "required": False, "default": None,
                                        "description": description.strip(), "choices": []})
        out.append(entry)
    return out


def prepare_bundled(directory, name: str, params: dict) -> str:
    """Return bundled query `name` with `params` bound (kg.querying.prepare), as SPARQL text."""
    from kg.paths import QUERIES

    directory = Path(directory or QUERIES)
    path = directory / f"{name}.rq"
    if not name or "/" in name or not path.is_file():
        raise KgError(f"no bundled query called {name!r}")
    try:
        from kg.querying import prepare, read_query
    except ImportError:  # no parameter binding without kg.querying: the text as it is
        return path.read_text(encoding="utf-8")
    return prepare(read_query(path), {k: str(v) for k, v in params.items() if str(v).strip()})


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newskg SPARQL</title>
<style>
body{font-family:system-ui,sans-serif;margin:1.5em;max-width:72em}
textarea{width:100%;height:14em;font-family:monospace;font-size:90%}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}
th{background:#f3f3f3}.lang{color:#888;font-size:80%}#status{margin-top:.5em;color:#555}.error{color:#b00;white-space:pre-wrap}
li{margin:.2em 0}button{margin-top:.4em}
</style></head><body>
<h1>newskg SPARQL</h1>
<p>Endpoint: <code>/sparql</code> (SPARQL 1.1 Protocol, read-only). The default graph is the union of all graphs.</p>
<h2>Bundled queries</h2>
<ul id="queries"></ul>
<h2>Query</h2>
<div id="about"></div>
<div id="params"></div>
<textarea id="text">SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20</textarea>
<br><button id="run">Run</button>
<div id="status"></div>
<div id="out"></div>
<script id="bundled" type="application/json">__QUERIES__</script>
<script>
const queries = JSON.parse(document.getElementById('bundled').textContent);
const $ = id => document.getElementById(id);
const esc = s => String(s).replace(/[&<>"]/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
const list = $('queries');
if (!queries.length) list.innerHTML = '<li>none found</li>';
queries.forEach((q, i) => {
  const li = document.createElement('li');
  li.innerHTML = '<a href="#" data-i="' + i + '">' + esc(q.title) + '</a> ' +
    (q.answers ? '<span class="lang">' + esc(q.answers) + '</span>' : '');
  li.querySelector('a').onclick = e => { e.preventDefault(); choose(i); };
  list.appendChild(li);
});
let chosen = null;
function choose(i) {
  const q = chosen = queries[i];
  $('text').value = q.text;
  $('about').innerHTML = '<b>' + esc(q.title) + '</b> ' + esc(q.answers);
  $('params').innerHTML = q.params.map(p => '<label>' + esc(p.name) + ' ' + (p.choices.length ?
      '<select data-param="' + esc(p.name) + '">' + ['', ...p.choices].map(c => '<option' +
        (c === (p.default || '') ? ' selected' : '') + '>' + esc(c) + '</option>').join('') + '</select>' :
      '<input data-param="' + esc(p.name) + '" placeholder="' + esc(p.default || (p.required ? 'required' : 'optional')) + '">') +
    '</label> <span class="lang">' + esc(p.description) + '</span><br>').join('');
}
async function queryText() {
  // a bundled query left as it is gets its parameters bound by the server (kg.querying.prepare)
  if (!chosen || $('text').value !== chosen.text) return $('text').value;
  const params = {};
  document.querySelectorAll('[data-param]').forEach(e => { if (e.value) params[e.dataset.param] = e.value; });
  const r = await fetch('prepare', {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({name: chosen.name, params})});
  const text = await r.text();
  if (!r.ok) throw new Error(text);
  return text;
}
function cell(b) {
  if (!b) return '';
  if (b.type === 'literal' && b['xml:lang']) return esc(b.value) + ' <span class="lang">@' + esc(b['xml:lang']) + '</span>';
  if (b.type === 'uri') return '<a href="' + esc(b.value) + '">' + esc(b.value) + '</a>';
  return esc(b.value);
}
async function run() {
  $('status').textContent = 'running…'; $('out').innerHTML = '';
  const started = performance.now();
  try {
    const r = await fetch('sparql', {method: 'POST', body: await queryText(),
      headers: {'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json, text/turtle;q=0.9'}});
    const text = await r.text();
    const secs = ((performance.now() - started) / 1000).toFixed(2);
    if (!r.ok) { $('status').textContent = ''; $('out').innerHTML = '<p class="error">' + r.status + ': ' + esc(text) + '</p>'; return; }
    const truncated = r.headers.get('X-Result-Truncated') ? ' (truncated to ' + r.headers.get('X-Result-Limit') + ')' : '';
    if (!(r.headers.get('Content-Type') || '').includes('json')) {
      $('status').textContent = 'graph, ' + secs + ' s' + truncated;
      $('out').innerHTML = '<pre>' + esc(text) + '</pre>'; return;
    }
    const data = JSON.parse(text);
    if ('boolean' in data) { $('status').textContent = secs + ' s'; $('out').innerHTML = '<p>' + data.boolean + '</p>'; return; }
    const vars = data.head.vars, rows = data.results.bindings;
    $('status').textContent = rows.length + ' rows, ' + secs + ' s' + truncated;
    $('out').innerHTML = '<table><tr>' + vars.map(v => '<th>' + esc(v) + '</th>').join('') + '</tr>' +
      rows.map(row => '<tr>' + vars.map(v => '<td>' + cell(row[v]) + '</td>').join('') + '</tr>').join('') + '</table>';
  } catch (e) { $('status').textContent = ''; $('out').innerHTML = '<p class="error">' + esc(e.message || e) + '</p>'; }
}
$('run').onclick = run;
// /#NAME opens bundled query NAME and runs it, so a result can be linked to
const linked = queries.findIndex(q => '#' + q.name === decodeURIComponent(location.hash));
if (linked >= 0) { choose(linked); run(); }
</script></body></html>
"""


def query_page(queries: list[dict]) -> bytes:
    """Return the offline query page with `queries` embedded (no external scripts)."""
    data = json.dumps(queries, ensure_ascii=False).replace("</", "<\\/")
    return PAGE.replace("__QUERIES__", data).encode()


def service_description(endpoint: str, name: str = "turtle") -> tuple[str, bytes]:
    """Return (media type, body) of the SPARQL service description of `endpoint`."""
    turtle = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix fmt: <http://www.w3.org/ns/formats/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

<{endpoint}> a sd:Service ;
    rdfs:label "newskg SPARQL endpoint (read-only)" ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:feature sd:UnionDefaultGraph ;
    sd:resultFormat fmt:SPARQL_Results_JSON , fmt:SPARQL_Results_XML , fmt:SPARQL_Results_CSV ,
        fmt:SPARQL_Results_TSV , fmt:Turtle , fmt:N-Triples , fmt:JSON-LD , fmt:RDF_XML ;
    sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .
"""
    if name == "turtle":
        return GRAPH_FORMATS["turtle"], turtle.encode()
    from rdflib import Graph

    rdflib_format = {"nt": "nt", "jsonld": "json-ld", "rdfxml": "xml"}[name]
    return GRAPH_FORMATS[name], Graph().parse(data=turtle, format="turtle").serialize(format=rdflib_format).encode()


# --- HTTP --------------------------------------------------------------------------------

CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept",
    "Access-Control-Expose-Headers": "X-Result-Truncated, X-Result-Limit",
    "Access-Control-Max-Age": "86400",
}


class SparqlHandler(BaseHTTPRequestHandler):
    server: "SparqlServer"
    server_version = "newskg-sparql"

    def log_message(self, format, *args):  # noqa: A002 (the base class names it so)
        if not self.server.quiet:
            super().log_message(format, *args)

    def _send(self, status: int, body: bytes, content_type: str = "text/plain; charset=utf-8", headers: dict | None = None):
        self.send_response(status)
        for key, value in CORS.items():
            self.send_header(key, value)
        for key, value in (headers or {}).items():
            if key != "Content-Type":
                self.send_header(key, value)
        self.send_header("Content-Type", (headers or {}).get("Content-Type", content_type))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str, headers: dict | None = None):
        self._send(status, (message.rstrip() + "\n").encode(), headers=headers)

    def do_OPTIONS(self):
        self._send(204, b"")

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/", "/index.html"):
            return self._send(200, query_page(self.server.queries), "text/html; charset=utf-8")
        if url.path == "/queries.json":
            return self._send(200, json.dumps(self.server.queries, ensure_ascii=False).encode(), "application/json")
        if url.path != "/sparql":
            return self._error(404, f"nothing at {url.path}; the SPARQL endpoint is /sparql, the query page is /")
        if "update" in params:
            return self._refuse_update()
        if "query" not in params:
            name = negotiate(self.headers.get("Accept"), (params.get("format") or [None])[0], GRAPH_ALIASES, "turtle")
            media, body = service_description(self._endpoint(), name)
            return self._send(200, body, media + "; charset=utf-8")
        self._query(params)

    def do_POST(self):
        url = urlsplit(self.path)
        if url.path == "/prepare":
            return self._prepare()
        if url.path != "/sparql":
            return self._error(404, f"nothing at {url.path}; POST queries to /sparql")
        length = self.headers.get("Content-Length")
        if length is None:
            self.close_connection = True
            return self._error(411, "a POST needs a Content-Length header")
        try:
            length = int(length)
        except ValueError:
            self.close_connection = True
            return self._error(400, "Content-Length is not a number")
        if length > self.server.max_body:
            self.close_connection = True  # the unread body must not be taken for the next request
            return self._error(413, f"the request body is {length} bytes; this endpoint takes at most {self.server.max_body}")
        body = self.rfile.read(length)
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if content_type == "application/sparql-update":
            return self._refuse_update()
        if content_type == "application/x-www-form-urlencoded":
            form = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
            if "update" in form:
                return self._refuse_update()
            params.update(form)
        elif content_type == "application/sparql-query":
            params["query"] = [body.decode("utf-8", errors="replace")]
        else:
            return self._error(415, "POST a query as application/sparql-query or application/x-www-form-urlencoded (query=...)")
        if "query" not in params:
            return self._error(400, "no query: send query=... or an application/sparql-query body")
        self._query(params)

    def _prepare(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length > self.server.max_body:
            self.close_connection = True
            return self._error(413, "request too large")
        try:
            request = json.loads(self.rfile.read(length) or b"{}")
            text = prepare_bundled(self.server.queries_dir, str(request.get("name", "")), dict(request.get("params") or {}))
        except (ValueError, AttributeError):
            return self._error(400, 'send JSON: {"name": QUERY, "params": {NAME: VALUE}}')
        except KgError as error:
            return self._error(400, str(error))
        self._send(200, text.encode(), "application/sparql-query; charset=utf-8")

    def _refuse_update(self):
        self._error(403, "this endpoint is read-only: SPARQL Update is refused; change the graph with `kg build`")

    def _endpoint(self) -> str:
        host = self.headers.get("Host") or f"{self.server.server_address[0]}:{self.server.server_address[1]}"
        return f"http://{host}/sparql"

    def _query(self, params: dict):
        job = {
            "query": params["query"][0],
            "accept": self.headers.get("Accept"),
            "format": (params.get("format") or params.get("output") or [None])[0],
            "default_graphs": params.get("default-graph-uri", []),
            "named_graphs": params.get("named-graph-uri", []),
            "max_results": self.server.max_results,
        }
        try:
            status, headers, body = self.server.pool.run(job, self.server.timeout)
        except QueryTimeout as error:
            return self._error(503, str(error))
        except ServerBusy as error:
            return self._error(503, str(error), {"Retry-After": "1"})
        if status != 200:
            return self._error(status, body.decode("utf-8", errors="replace"))
        self._send(200, body, headers=headers)


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server; `pool` runs the queries. Use as a context manager or call close()."""

    daemon_threads = True

    def __init__(self, target, host="127.0.0.1", port=8000, timeout=10.0, max_results=10_000,
                 max_body=MAX_BODY, workers=2, quiet=False, queries_dir=None):
        self.target = str(target)
        self.timeout = float(timeout)
        self.max_results = int(max_results)
        self.max_body = int(max_body)
        self.quiet = quiet
        self.queries_dir = queries_dir
        self.queries = bundled_queries(queries_dir)
        self.pool = WorkerPool(target, size=workers)
        try:
            super().__init__((host, port), SparqlHandler)
        except OSError as error:
            self.pool.close()
            raise StoreError(f"cannot listen on {host}:{port}: {error.strerror or error}; pick another --port") from error

    @property
    def url(self) -> str:
        """Return the endpoint's URL, e.g. http://127.0.0.1:8000/sparql."""
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"

    def start(self) -> threading.Thread:
        """Serve in a background thread (for tests and notebooks); return the thread."""
        thread = threading.Thread(target=self.serve_forever, daemon=True, name="kg-serve")
        thread.start()
        return thread

    def close(self) -> None:
        """Stop serving (if running in a thread), close the socket and stop the workers."""
        if getattr(self, "_started_loop", False):
            self.shutdown()
        self.server_close()
        self.pool.close()

    def serve_forever(self, poll_interval=0.5):
        self._started_loop = True
        super().serve_forever(poll_interval)

    def __exit__(self, *exc):
        self.close()


def make_server(target, host="127.0.0.1", port=8000, timeout=10.0, max_results=10_000,
                max_body=MAX_BODY, workers=2, quiet=False, queries_dir=None) -> SparqlServer:
    """Return a SparqlServer over a store directory or a graph file, its workers started."""
    path = Path(target)
    if not path.exists():
        raise StoreError(f"no graph file or store at {path}; build one with `kg build`")
    if timeout <= 0 or max_results <= 0 or workers <= 0:
        raise StoreError("--timeout, --max-results and --workers must be positive")
    return SparqlServer(path, host, port, timeout, max_results, max_body, workers, quiet, queries_dir)


def serve(target, **options) -> None:
    """Serve `target` until interrupted (Ctrl-C)."""
    server = make_server(target, **options)
    print(f"SPARQL endpoint: {server.url}  (query page: {server.url[:-len('sparql')]})", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.pool.close()


__all__ = ["SparqlServer", "WorkerPool", "make_server", "serve", "bundled_queries", "prepare_bundled", "check_query", "negotiate",
           "QueryTimeout", "ServerBusy"]
