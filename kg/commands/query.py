"""`kg query`: run a bundled query (or any .rq file) on a graph, with parameters bound safely."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kg.errors import InputError
from kg.querying import FORMATTERS, format_results, load_query, open_engine, prepare

NAME = "query"
HELP = "run a bundled SPARQL query (see `kg queries`) or a .rq file on a graph"


def add_arguments(parser) -> None:
    parser.add_argument("query", metavar="NAME|FILE.rq", help="a bundled query's name (see `kg queries`) or a .rq file")
    # Where to run: one target. --store DIR and --endpoint URL join this group later.
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--graph", metavar="GRAPH", help="a graph file: .ttl .trig .nq .nt .jsonld")
    target.add_argument("--store", metavar="DIR", help="a store directory written by `kg build --store DIR`")
    target.add_argument("--endpoint", metavar="URL", help="any SPARQL 1.1 endpoint, e.g. http://localhost:8890/sparql")
    parser.add_argument("--user", help="user name for the endpoint (HTTP basic or digest auth)")
    parser.add_argument("--password", help="password for the endpoint (or set KG_ENDPOINT_PASSWORD)")
    parser.add_argument("--auth", choices=["basic", "digest"], default="digest", help="HTTP auth scheme (default: digest)")
    parser.add_argument(
        "--param", "-p", metavar="KEY=VALUE", action="append", default=[],
        help="a query parameter, e.g. --param person=पुतिन or --param person=person:vladimir-putin (repeatable)",
    )
    parser.add_argument("--format", "-f", choices=sorted(FORMATTERS), default="table", help="output format (default: table)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the results to FILE instead of standard output")
    parser.add_argument("--show-sparql", action="store_true", help="print the query with its parameters bound, and do not run it")


def parse_params(items: list[str]) -> dict[str, str]:
    """Return KEY=VALUE items as a dict; the value may contain '=' and anything else."""
    params: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InputError(f"--param {item!r}: write parameters as KEY=VALUE, e.g. --param person=पुतिन")
        key = key.strip()
        if key in params:
            raise InputError(f"--param {key} is given twice; give each parameter once")
        params[key] = value
    return params


def target_of(args) -> tuple[str, str | None]:
    """Return (target, engine kind) from the target options."""
    if getattr(args, "graph", None):
        return args.graph, "file"
    if getattr(args, "store", None):
        return args.store, "store"
    if getattr(args, "endpoint", None):
        return args.endpoint, "endpoint"
    raise InputError("say what to query: --graph GRAPH, --store DIR or --endpoint URL")


def run(args) -> int:
    query = load_query(args.query)
    sparql = prepare(query, parse_params(args.param))
    if args.show_sparql:
        text = sparql
    else:
        target, kind = target_of(args)
        if kind == "endpoint" and (args.user or os.environ.get("KG_ENDPOINT_PASSWORD")):
            from kg.endpoint import EndpointEngine

            password = args.password or os.environ.get("KG_ENDPOINT_PASSWORD")
            engine = EndpointEngine(target, user=args.user, password=password, auth=args.auth)
        else:
            engine = open_engine(target, kind)
        text = format_results(engine.run(sparql), args.format)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8", newline="")
    else:
        sys.stdout.write(text)
    return 0
