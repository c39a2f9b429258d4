"""`python -m bench [--quick] [--full] [--out bench/RESULTS.md]`: measure newskg and write tables.

Measures, on synthetic corpora from bench.corpus (so any installed gazetteer works):
  1. build throughput and peak memory, serial and --workers 2 (each build in a child process);
  2. Turtle and N-Quads write and load times (rdflib and pyoxigraph);
  3. the latency of every bundled query (queries/*.rq, or bench's own set when that
     folder is empty) on rdflib's memory store and on a pyoxigraph Store.
--quick: N=1,000 and a ~100k-triple graph (a few minutes on 2 cores); default adds
N=10,000 and ~1M triples; --full adds N=100,000.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / "out"

# Representative questions over the contract's terms, used when queries/ has no .rq files.
FALLBACK_QUERIES = {
    "meetings-by-pair": """
        SELECT ?a ?b (COUNT(DISTINCT ?e) AS ?n) WHERE {
          ?e a nkg:Meeting ; nkg:status nkg:Occurred ; nkg:participant ?a , ?b .
          FILTER (STR(?a) < STR(?b))
        } GROUP BY ?a ?b ORDER BY DESC(?n) ?a ?b LIMIT 20""",
    "visits-of-person": """
        SELECT ?e ?destination ?date WHERE {
          ?e a nkg:Visit ; nkg:participant ?who ; nkg:destination ?destination .
          ?who rdfs:label "व्लादिमीर पुतिन"@hi .
          OPTIONAL { ?e nkg:date ?date }
        } ORDER BY ?date ?e LIMIT 100""",
    "status-counts": """
        SELECT ?type ?status (COUNT(?e) AS ?n) WHERE {
          VALUES ?type { nkg:Meeting nkg:Signing nkg:Visit }
          ?e a ?type ; nkg:status ?status .
        } GROUP BY ?type ?status ORDER BY ?type ?status""",
    "signings-with-agreement": """
        SELECT ?e ?agreement ?label ?date WHERE {
          ?e a nkg:Signing ; nkg:agreement ?agreement ; nkg:status nkg:Occurred .
          ?agreement rdfs:label ?label . FILTER (LANG(?label) = "hi")
          OPTIONAL { ?e nkg:date ?date }
        } ORDER BY ?date ?e LIMIT 100""",
    "events-per-source": """
        SELECT ?source (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e nkg:source ?source }
        GROUP BY ?source ORDER BY DESC(?n) ?source""",
    "evidence-of-person": """
        SELECT ?e ?text ?article WHERE {
          ?e nkg:participant ?who ; nkg:evidence ?ev ; nkg:reportedIn ?article .
          ?who rdfs:label "किम जोंग उन"@hi . ?ev nkg:text ?text .
        } ORDER BY ?e LIMIT 50""",
}
SKIP_RDFLIB_MS = 125  # rdflib is 10-40x slower; past this one run can take minutes
PREFIXES = """PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""


def machine() -> dict:
    """Return the CPU model, cores, RAM and Python version of this machine."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        ram = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
        ram_gb = f"{ram / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        ram_gb = "unknown"
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"cpu": cpu, "cores": cores, "ram": ram_gb, "python": platform.python_version(), "os": platform.platform()}


def _load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def corpus(n: int) -> Path:
    """Return a .jsonl corpus of n articles (seed 0), generating it once."""
    from bench.corpus import write_corpus

    path = WORK / f"corpus-{n}.jsonl"
    if not path.exists():
        log(f"generating {n:,} articles")
        write_corpus(path, n, seed=0)
    return path


def measure_build(n: int, workers: int) -> dict:
    """Build the n-article corpus in a child process; return its timings and peak memory."""
    path = corpus(n)
    output = WORK / f"graph-{n}-w{workers}.ttl"
    log(f"building {n:,} articles with {workers} worker(s)")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-m", "bench.child", str(path), str(output), str(workers)],
                          cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result.update(n=n, workers=workers, output=str(output))
    return result


def _graph_build(triples: int, per_article: float) -> dict:
    """Build a Turtle graph of about `triples` triples as bench/out/graph-about-TRIPLES.ttl; return the build's measurement."""
    n = max(1, round(triples / per_article))
    measure = measure_build(n, 1)
    Path(measure["output"]).replace(WORK / f"graph-about-{triples}.ttl")
    return measure


def _saved() -> dict:
    path = WORK / "measurements.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def timed(function, repeat: int = 1) -> float:
    best = None
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        took = time.perf_counter() - started
        best = took if best is None else min(best, took)
    return best


def measure_io(turtle: Path, with_rdflib: bool = True) -> dict:
    """Return write and load times of `turtle`'s graph in Turtle and N-Quads, with rdflib and with pyoxigraph.

    pyoxigraph writing is what `kg build` does (kg.writing): sort the distinct triples as
    N-Triples lines, then serialise; rdflib writing is rdflib's own serializers.
    """
    import pyoxigraph
    from rdflib import Dataset, Graph

    from kg.graph import sorted_ntriples
    from kg.writing import PREFIX_IRIS
    from kg.vocab import bind_prefixes

    log(f"write/load times for {turtle.name}")
    triples = [pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in pyoxigraph.parse(path=str(turtle), format=pyoxigraph.RdfFormat.TURTLE)]
    count = len(triples)
    ox_write_ttl = timed(lambda: pyoxigraph.serialize(
        (pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in pyoxigraph.parse(sorted_ntriples(triples), format=pyoxigraph.RdfFormat.N_TRIPLES)),
        format=pyoxigraph.RdfFormat.TURTLE, prefixes=PREFIX_IRIS))
    nquads = pyoxigraph.serialize((pyoxigraph.Quad(t.subject, t.predicate, t.object) for t in triples), format=pyoxigraph.RdfFormat.N_QUADS)
    ox_write_nq = timed(lambda: pyoxigraph.serialize((pyoxigraph.Quad(t.subject, t.predicate, t.object) for t in triples), format=pyoxigraph.RdfFormat.N_QUADS))
    del triples
    nq_path = turtle.with_suffix(".nq")
    nq_path.write_bytes(nquads)
    ox_ttl = timed(lambda: pyoxigraph.Store().bulk_load(path=str(turtle), format=pyoxigraph.RdfFormat.TURTLE))
    ox_nq = timed(lambda: pyoxigraph.Store().bulk_load(path=str(nq_path), format=pyoxigraph.RdfFormat.N_QUADS))
    found = {
        "triples": count, "ttl_mb": turtle.stat().st_size / 1e6, "nq_mb": nq_path.stat().st_size / 1e6,
        "oxigraph write ttl": ox_write_ttl, "oxigraph write nq": ox_write_nq,
        "oxigraph load ttl": ox_ttl, "oxigraph load nq": ox_nq,
    }
    if with_rdflib:  # minutes at ~1M triples on a shared 2-core machine; the default measures it at ~100k only
        graph = Graph()
        found["rdflib load ttl"] = timed(lambda: graph.parse(turtle, format="turtle"))
        bind_prefixes(graph)
        dataset = Dataset()
        dataset.addN((s, p, o, dataset.default_graph) for s, p, o in graph)
        found["rdflib write ttl"] = timed(lambda: graph.serialize(format="turtle", encoding="utf-8"))
        found["rdflib write nq"] = timed(lambda: dataset.serialize(format="nquads", encoding="utf-8"))
        found["rdflib load nq"] = timed(lambda: Dataset().parse(nq_path, format="nquads"))
    return found


def bundled_queries() -> dict[str, str]:
    """Return {name: SPARQL} of queries/*.rq with required parameters bound, else bench's own set."""
    from kg import paths

    found = {}
    for path in sorted(Path(paths.QUERIES).glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        for name, rest in re.findall(r"^#\s*param:\s*(\w+)\s*(.*)$", text, flags=re.M):
            if "(required)" in rest:
                # a well-known person, so the query has work to do on any synthetic graph
                text = re.sub(rf"^(\s*)#\s*VALUES \?{name}\b.*$", rf'\1VALUES ?{name} {{ "व्लादिमीर पुतिन" }}', text, flags=re.M)
        found[path.stem] = text
    if found:
        return found
    return {name: PREFIXES + body for name, body in FALLBACK_QUERIES.items()}


def measure_queries(turtle: Path, repeat: int, budget_s: float) -> dict:
    """Return {(engine, query): (median_ms, p95_ms, runs, rows)} on `turtle`'s graph."""
    import pyoxigraph
    from rdflib import Graph

    queries = bundled_queries()
    results = {}
    log(f"queries on {turtle.name}: loading")
    graph = Graph()
    graph.parse(turtle, format="turtle")
    store = pyoxigraph.Store()
    store.bulk_load(path=str(turtle), format=pyoxigraph.RdfFormat.TURTLE)
    engines = {
        "oxigraph": lambda q: sum(1 for _ in store.query(q)),
        "rdflib": lambda q: len(list(graph.query(q))),
    }
    for engine, run in engines.items():
        for name, text in queries.items():
            fast = results.get(("oxigraph", name))
            if engine == "rdflib" and isinstance(fast, list | tuple) and fast[0] > SKIP_RDFLIB_MS:
                # rdflib is 10-40x slower than Oxigraph here; one run would take many minutes
                results[(engine, name)] = None
                log(f"  {engine} {name}: skipped (Oxigraph median {fast[0]:.0f} ms)")
                continue
            if engine == "rdflib":
                # rdflib's first run alone can take many minutes (it cannot be interrupted in
                # process): it runs in a forked child that is stopped at RDFLIB_LIMIT_S
                outcome = _in_child(lambda: _runs(run, text, repeat, budget_s), RDFLIB_LIMIT_S)
            else:
                outcome = _runs(run, text, repeat, budget_s)
            if isinstance(outcome, str):  # an engine that cannot run a query is a finding, not the end of the run
                results[(engine, name)] = outcome
                log(f"  {engine} {name}: {outcome}")
                continue
            times, rows = outcome
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
            results[(engine, name)] = (statistics.median(times), p95, len(times), rows)
            log(f"  {engine} {name}: median {statistics.median(times):.1f} ms ({len(times)} runs, {rows} rows)")
    return results


RDFLIB_LIMIT_S = 120


def _runs(run, text: str, repeat: int, budget_s: float):
    """Return (times in ms, rows) of at least one run, then up to `repeat` while the budget lasts,
    or "error: …" when the engine cannot run the query."""
    times, rows = [], 0
    started = time.perf_counter()
    try:
        while len(times) < repeat and (not times or time.perf_counter() - started < budget_s):
            t0 = time.perf_counter()
            rows = run(text)
            times.append((time.perf_counter() - t0) * 1000)
    except Exception as error:
        return f"error: {type(error).__name__}: {error}"
    return times, rows


def _in_child(work, limit_s: float):
    """Return what `work()` returns, computed in a forked child, or "timed out" past `limit_s`."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=lambda: send.send(work()), daemon=True)
    child.start()
    if receive.poll(limit_s):
        outcome = receive.recv()
        child.join()
        return outcome
    child.kill()
    child.join()
    return f"timed out: after {limit_s:.0f} s"


def _oxigraph_cells(result) -> list:
    if isinstance(result, str):
        return ["-", result, "-"]
    return [result[3], f"{result[0]:.1f}", f"{result[1]:.1f}"]


def _rdflib_cells(result) -> list:
    if result is None:
        return [f"skipped (Oxigraph > {SKIP_RDFLIB_MS} ms)", "-", 0]
    if isinstance(result, str):
        return [result.split(":", 2)[0] + ": " + result.split(":", 2)[1].strip(), "-", 0]
    return [f"{result[0]:.0f}", f"{result[1]:.0f}", result[2]]


def _s(measures: dict, key: str) -> str:
    return f"{measures[key]:.1f}" if key in measures else "not run"


def table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="N=1,000 and ~100k triples only (a few minutes)")
    parser.add_argument("--full", action="store_true", help="also N=100,000")
    parser.add_argument("--out", default=str(ROOT / "bench" / "RESULTS.md"), help="Markdown file to write")
    parser.add_argument("--repeat", type=int, default=20, help="runs per query (default 20)")
    parser.add_argument("--resume", action="store_true", help="reuse the measurements a previous run saved in bench/out")
    args = parser.parse_args(argv)
    WORK.mkdir(parents=True, exist_ok=True)
    sizes = [1_000] if args.quick else [1_000, 10_000] + ([100_000] if args.full else [])
    graph_sizes = [100_000] if args.quick else [100_000, 1_000_000]
    command = "python -m bench " + " ".join(a for a in (argv if argv is not None else sys.argv[1:]))
    started = time.perf_counter()
    load_at_start = _load()

    saved = _saved() if args.resume else {}

    def remember(key: str, compute):
        # each measurement is kept in bench/out/measurements.json, so --resume redoes only what is missing
        if key not in saved:
            saved[key] = compute()
            (WORK / "measurements.json").write_text(json.dumps(saved, indent=1, default=str), encoding="utf-8")
        return saved[key]

    builds = [remember(f"build {n} {workers}", lambda: measure_build(n, workers)) for n in sizes for workers in (1, 2)]
    per_article = builds[0]["triples"] / builds[0]["articles"]
    graph_builds: list[dict] = []
    graphs = {}
    for size in graph_sizes:
        graph_builds.append(remember(f"graph {size}", lambda: _graph_build(size, per_article)))
        graphs[size] = WORK / f"graph-about-{size}.ttl"
    builds += graph_builds
    io = {size: remember(f"io {size}", lambda: measure_io(path, with_rdflib=size < 1_000_000)) for size, path in graphs.items()}
    queries = {}
    for size, path in graphs.items():
        found = remember(f"queries {size}", lambda: [[engine, name, value] for (engine, name), value in measure_queries(
            path, args.repeat, budget_s=15.0 if size >= 1_000_000 else 10.0).items()])
        queries[size] = {(engine, name): value for engine, name, value in found}

    info = machine()
    out = [
        "# newskg benchmarks",
        "",
        f"Machine: {info['cpu']}, {info['cores']} cores available, {info['ram']} RAM, Python {info['python']} ({info['os']}).",
        f"Load average (1/5/15 min) at the start: {load_at_start}; at the end: {_load()} (the machine is shared: timings are noisy).",
        f"Command: `{command.strip()}` (run from the repository root; took {time.perf_counter() - started:.0f} s).",
        "Corpus: bench.corpus, seed 0, synthetic Hindi articles of 2-6 KB from the installed gazetteer "
        f"({per_article:.0f} triples per article on average). Rule backend.",
        "",
        "## Build",
        "",
        "Each build runs in its own child process (`python -m bench.child`); *extract* is the per-article "
        "pipeline (the part `--workers`/`--dask` spread), *assemble* builds the graph (kg.graph), *write* sorts and "
        "writes Turtle (kg.writing), *total* is the whole `kg.build.build` call (reading, extraction, resolution, "
        "assembly, writing). Peak memory is ru_maxrss of the build process (and of its largest worker).",
        "",
        table(
            ["articles", "workers", "triples", "extract s", "extract art/s", "assemble s", "write s", "total s", "total art/s",
             "peak RSS MB", "worker peak MB"],
            [[f"{b['n']:,}", b["workers"], f"{b['triples']:,}", f"{b['extract_s']:.1f}", f"{b['articles'] / b['extract_s']:.0f}",
              f"{b['assemble_s']:.1f}", f"{b['write_s']:.1f}",
              f"{b['total_s']:.1f}", f"{b['articles'] / b['total_s']:.0f}", f"{b['maxrss_mb']:.0f}",
              f"{b['worker_maxrss_mb']:.0f}" if b["workers"] > 1 else "-"] for b in builds],
        ),
        "",
        "## Write and load",
        "",
        "Writing with pyoxigraph is what `kg build` does (sorted Turtle, as kg.writing writes it); rdflib is its own serializer.",
        "",
        table(
            ["graph", "triples", "Turtle MB", "N-Quads MB", "oxigraph write ttl s", "oxigraph write nq s", "rdflib write ttl s",
             "rdflib write nq s", "oxigraph load ttl s", "oxigraph load nq s", "rdflib load ttl s", "rdflib load nq s"],
            [[f"~{size:,}", f"{r['triples']:,}", f"{r['ttl_mb']:.1f}", f"{r['nq_mb']:.1f}", f"{r['oxigraph write ttl']:.2f}",
              f"{r['oxigraph write nq']:.2f}", _s(r, 'rdflib write ttl'), _s(r, 'rdflib write nq'),
              f"{r['oxigraph load ttl']:.2f}", f"{r['oxigraph load nq']:.2f}", _s(r, 'rdflib load ttl'),
              _s(r, 'rdflib load nq')] for size, r in io.items()],
        ),
        "",
        "## Query latency",
        "",
        f"Queries: {'queries/*.rq (required parameters bound to व्लादिमीर पुतिन)' if any(Path(__import__('kg.paths').paths.QUERIES).glob('*.rq')) else 'bench.__main__.FALLBACK_QUERIES (queries/ had no .rq files)'}; "
        f"up to {args.repeat} runs each (fewer where a query is slow: at least one run, then a time budget), median and p95 in ms; "
        f"rdflib runs are skipped where Oxigraph's median passes {SKIP_RDFLIB_MS} ms.",
        "",
    ]
    for size, results in queries.items():
        names = sorted({name for _, name in results})
        out += [f"### ~{size:,} triples ({io[size]['triples']:,})", "",
                table(["query", "rows", "oxigraph median", "oxigraph p95", "rdflib median", "rdflib p95", "rdflib runs"],
                      [[name, *_oxigraph_cells(results[("oxigraph", name)]),
                        *_rdflib_cells(results[("rdflib", name)])] for name in names]),
                ""]
    Path(args.out).write_text("\n".join(out) + "\n", encoding="utf-8")
    log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
