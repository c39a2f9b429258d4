"""`python -m bench.load`: a bounded load test of `kg serve` over loopback.

Builds a graph from a synthetic corpus (bench.corpus) unless --graph names one, starts
`python -m kg serve` on it on a free 127.0.0.1 port, and fires --queries requests (a
round-robin mix of the bundled queries, queries/*.rq, with their parameters bound) from
--clients concurrent threads with urllib. Reports errors (anything but HTTP 200 with a
parseable SPARQL JSON answer), throughput and p50/p95/p99/max latency, and with --out
appends a section with the figures, machine and command to that Markdown file.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / "out" / "load"

#: parameters for queries that require one; the rest run with their defaults
PARAMS = {
    "person-network": {"person": "व्लादिमीर पुतिन"},
    "articles-mentioning": {"entity": "रूस"},
    "meetings": {"person": "पुतिन", "status": "any"},
    "visits": {"destination": "भारत"},
    "timeline": {"entity": "किम जोंग उन"},
}


@dataclass
class LoadResult:
    """What a load test measured: one latency (s) per request, and every failure."""

    queries: int
    clients: int
    wall_s: float
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    truncated: int = 0
    by_query: dict[str, list[float]] = field(default_factory=dict)

    @property
    def throughput(self) -> float:
        return self.queries / self.wall_s if self.wall_s else 0.0

    def percentile(self, p: float, values: list[float] | None = None) -> float:
        """Return the p-th percentile (0-100) of `values` (default: all latencies) in ms, nearest rank."""
        data = sorted(values if values is not None else self.latencies)
        if not data:
            return 0.0
        rank = max(0, min(len(data) - 1, round(p / 100 * len(data) + 0.5) - 1))
        return data[rank] * 1000

    def summary(self) -> str:
        return (f"{self.queries} queries from {self.clients} clients in {self.wall_s:.1f} s: errors={len(self.errors)}, "
                f"{self.throughput:.1f} queries/s, p50 {self.percentile(50):.1f} ms, p95 {self.percentile(95):.1f} ms, "
                f"p99 {self.percentile(99):.1f} ms, max {max(self.latencies, default=0) * 1000:.1f} ms")


def query_mix() -> list[tuple[str, str]]:
    """Return (name, SPARQL) for every bundled query, parameters bound."""
    from kg.querying import list_queries, prepare

    mix = []
    for query in list_queries():
        params = {k: v for k, v in PARAMS.get(query.name, {}).items() if query.param(k) is not None}
        mix.append((query.name, prepare(query, params)))
    return mix


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(graph: Path, workers: int, timeout: float, port: int | None = None) -> tuple[subprocess.Popen, str]:
    """Start `kg serve` on `graph`; return the process and its /sparql URL once it answers."""
    port = port or free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", str(graph), "--port", str(port), "--workers", str(workers),
         "--timeout", str(timeout), "--quiet"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}/sparql"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"kg serve exited: {process.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            ask = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
            with urllib.request.urlopen(f"{url}?{ask}", timeout=5) as response:
                if response.status == 200:
                    return process, url
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("kg serve did not answer within 300 s")


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def fire(url: str, mix: list[tuple[str, str]], queries: int, clients: int) -> LoadResult:
    """Send `queries` POSTs round-robin over `mix` from `clients` threads; return what they measured."""
    lock = threading.Lock()
    next_index = [0]
    result = LoadResult(queries=queries, clients=clients, wall_s=0.0)

    def client() -> None:
        while True:
            with lock:
                index = next_index[0]
                if index >= queries:
                    return
                next_index[0] += 1
            name, sparql = mix[index % len(mix)]
            body = urllib.parse.urlencode({"query": sparql}).encode()
            request = urllib.request.Request(url, data=body, headers={
                "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
            started = time.perf_counter()
            error, truncated = None, False
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    payload = response.read()
                    truncated = response.headers.get("X-Result-Truncated") == "true"
                json.loads(payload)
            except urllib.error.HTTPError as failure:
                error = f"{name}: HTTP {failure.code} {failure.read()[:200]!r}"
            except Exception as failure:  # a load test counts every failure, whatever its type
                error = f"{name}: {type(failure).__name__}: {failure}"
            elapsed = time.perf_counter() - started
            with lock:
                result.latencies.append(elapsed)
                result.by_query.setdefault(name, []).append(elapsed)
                result.truncated += truncated
                if error:
                    result.errors.append(error)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.wall_s = time.perf_counter() - started
    return result


def build_graph(articles: int = 0) -> Path:
    """Return a Turtle graph, built once: data/articles and ../shared/seeds, or `articles` synthetic ones (seed 0).

    Turtle keeps one graph with each triple once. (Oxigraph's union of named graphs is a
    bag, so a TriG/N-Quads file would repeat entity triples once per article graph.)
    """
    from kg.build import build

    WORK.mkdir(parents=True, exist_ok=True)
    graph = WORK / (f"graph-{articles}.ttl" if articles else "samples.ttl")
    if not graph.exists():
        if articles:
            from bench.corpus import write_corpus

            sources = [write_corpus(WORK / f"corpus-{articles}.jsonl", articles, seed=0, form="jsonl")]
        else:
            sources = [p for p in (ROOT / "data" / "articles", ROOT.parent / "shared" / "seeds", ROOT.parent.parent / "shared" / "seeds") if p.is_dir()][:2]
        build(sources, output=graph, nlp="rules", progress=False)
    return graph


def run_load(graph: Path, queries: int = 2000, clients: int = 8, workers: int = 2, timeout: float = 10.0) -> LoadResult:
    """Serve `graph` with `kg serve` and load it; return the measurements."""
    process, url = start_server(graph, workers, timeout)
    try:
        mix = query_mix()
        fire(url, mix, min(len(mix), queries), 1)  # warm the workers once per query
        return fire(url, mix, queries, clients)
    finally:
        stop_server(process)


def report(result: LoadResult, graph: Path, triples: int, workers: int, command: str) -> str:
    """Return a Markdown section with the figures, the machine and the command."""
    from bench.__main__ import machine, table

    info = machine()
    rows = [[name, len(times), f"{result.percentile(50, times):.1f}", f"{result.percentile(95, times):.1f}",
             f"{max(times) * 1000:.1f}"] for name, times in sorted(result.by_query.items())]
    return "\n".join([
        "",
        f"## Endpoint load test ({time.strftime('%Y-%m-%d')})",
        "",
        f"Machine: {info['cpu']}, {info['cores']} cores available (shared with other jobs), {info['ram']} RAM, "
        f"Python {info['python']}.",
        f"Command: `{command}`. `kg serve {graph.name} --workers {workers}` ({triples:,} triples) on a free "
        f"127.0.0.1 port; {result.clients} client threads (urllib, POST form, SPARQL JSON) sent {result.queries:,} "
        "queries, round-robin over the bundled queries (queries/*.rq, parameters from bench.load.PARAMS), after one "
        "warm-up run of each.",
        "",
        table(["queries", "clients", "errors", "truncated", "wall s", "queries/s", "p50 ms", "p95 ms", "p99 ms", "max ms"],
              [[f"{result.queries:,}", result.clients, len(result.errors), result.truncated, f"{result.wall_s:.1f}",
                f"{result.throughput:.1f}", f"{result.percentile(50):.1f}", f"{result.percentile(95):.1f}",
                f"{result.percentile(99):.1f}", f"{max(result.latencies, default=0) * 1000:.1f}"]]),
        "",
        "Per query (latency seen by the client, queueing included):",
        "",
        table(["query", "runs", "p50 ms", "p95 ms", "max ms"], rows),
        "",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.split("\n")[0])
    parser.add_argument("--graph", help="graph file to serve (default: data/articles and ../shared/seeds, built)")
    parser.add_argument("--articles", type=int, default=0, help="serve N synthetic articles instead (bench.corpus)")
    parser.add_argument("--queries", type=int, default=2000, help="requests to send (default 2000)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent client threads (default 8)")
    parser.add_argument("--workers", type=int, default=2, help="kg serve --workers (default 2)")
    parser.add_argument("--out", help="append a Markdown section to this file (e.g. bench/RESULTS.md)")
    args = parser.parse_args(argv)
    graph = Path(args.graph) if args.graph else build_graph(args.articles)
    import pyoxigraph as ox

    triples = len(set(ox.parse(path=str(graph), format=ox.RdfFormat.from_extension(graph.suffix.lstrip(".")))))
    result = run_load(graph, args.queries, args.clients, args.workers)
    print(result.summary())
    for error in result.errors[:20]:
        print(f"error: {error}", file=sys.stderr)
    if args.out:
        command = "python -m bench.load " + " ".join(argv if argv is not None else sys.argv[1:])
        with open(args.out, "a", encoding="utf-8") as out:
            out.write(report(result, graph, triples, args.workers, command.strip()))
        print(f"appended to {args.out}", file=sys.stderr)
    return 1 if result.errors else 0


if __name__ == "__main__":
    sys.exit(main())
