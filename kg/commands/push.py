"""`kg push`: load a graph file or store into an external SPARQL 1.1 store, one graph at a time."""

from __future__ import annotations

import os
import sys

NAME = "push"
HELP = "load a graph file or store into an external SPARQL 1.1 store (Virtuoso, Fuseki, ...), replacing each graph"


def add_arguments(parser) -> None:
    parser.add_argument("source", metavar="GRAPH|STORE", help="a graph file (.ttl, .trig, .nq, ...) or a store directory")
    parser.add_argument("--endpoint", required=True,
                        help="the store's SPARQL endpoint: updates go here (--method update) and triples are counted here "
                             "(Virtuoso: http://HOST:8890/sparql-auth)")
    parser.add_argument("--graph-store", metavar="URL",
                        help="Graph Store HTTP Protocol URL; implies --method gsp (Virtuoso: http://HOST:8890/sparql-graph-crud-auth)")
    parser.add_argument("--method", choices=("gsp", "update"),
                        help="gsp: PUT each graph; update: DROP + INSERT DATA in chunks (default: gsp if --graph-store is given)")
    parser.add_argument("--user", help="account on the store (Virtuoso: dba)")
    parser.add_argument("--password", help="its password (default: $KG_PUSH_PASSWORD, which keeps it out of shell history)")
    parser.add_argument("--auth", choices=("basic", "digest"), default="digest", help="HTTP auth scheme (default digest, as Virtuoso wants)")
    parser.add_argument("--chunk-size", type=int, default=2000, help="triples per SPARQL Update request (default 2000)")
    parser.add_argument("--default-graph", metavar="IRI", default=None,
                        help="named graph that receives the source's default-graph triples (default https://w3id.org/newskg/graph/shared)")
    parser.add_argument("--no-verify", action="store_true", help="do not count each graph's triples on the store afterwards")


def run(args) -> int:
    from kg.push import SHARED_GRAPH, print_report, push

    password = args.password if args.password is not None else os.environ.get("KG_PUSH_PASSWORD")
    progress = None
    if sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(unit=" graphs", desc="pushing", leave=False)
        progress = lambda name: bar.update(1)  # noqa: E731
    report = push(args.source, endpoint=args.endpoint, graph_store=args.graph_store, method=args.method,
                  user=args.user, password=password, auth=args.auth, chunk_size=args.chunk_size,
                  default_graph=args.default_graph or SHARED_GRAPH, verify=not args.no_verify, progress=progress)
    print_report(report)
    return 1 if report.mismatches() else 0
