"""`kg query`: run a bundled query (or any .rq file) on a graph, with parameters bound safely."""

from __future__ import annotations

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
    raise InputError("say what to query: --graph GRAPH (a .ttl, .trig, .nq, .nt or .jsonld file)")


def run(args) -> int:
    query = load_query(args.query)
    sparql = prepare(query, parse_params(args.param))
    if args.show_sparql:
        text = sparql
    else:
        target, kind = target_of(args)
        text = format_results(open_engine(target, kind).run(sparql), args.format)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8", newline="")
    else:
        sys.stdout.write(text)
    return 0
