"""`kg serve`: a read-only SPARQL endpoint and query page over a graph file or a store."""

from __future__ import annotations

NAME = "serve"
HELP = "serve a graph file or store as a read-only SPARQL 1.1 endpoint (/sparql) with a query page (/)"


def add_arguments(parser) -> None:
    parser.add_argument("target", metavar="GRAPH|STORE", help="a graph file (.ttl, .trig, .nt, .nq, ...) or a store directory")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds a query may run before it is stopped (default 10)")
    parser.add_argument("--max-results", type=int, default=10_000, help="most rows or triples returned; more are cut off (default 10000)")
    parser.add_argument("--max-body", type=int, default=1_000_000, help="largest POST body in bytes (default 1000000)")
    parser.add_argument("--workers", type=int, default=2, help="query worker processes, each holding the graph (default 2)")
    parser.add_argument("--quiet", action="store_true", help="do not log each request")


def run(args) -> int:
    from kg.serve import serve

    serve(args.target, host=args.host, port=args.port, timeout=args.timeout, max_results=args.max_results,
          max_body=args.max_body, workers=args.workers, quiet=args.quiet)
    return 0
