"""`kg queries`: list the bundled SPARQL queries, what they answer and their parameters."""

from __future__ import annotations

from kg.querying import list_queries

NAME = "queries"
HELP = "list the bundled SPARQL queries and their parameters"


def add_arguments(parser) -> None:
    parser.add_argument("--names", action="store_true", help="print only the names, one a line")


def run(args) -> int:
    queries = list_queries()
    if args.names:
        for query in queries:
            print(query.name)
        return 0
    width = max((len(q.name) for q in queries), default=0)
    for query in queries:
        print(f"{query.name:<{width}}  {query.title}")
        if query.answers:
            print(f"{'':<{width}}  {query.answers}")
        for param in query.params:
            if param.required:
                spec = "required"
            elif param.default is not None:
                spec = f"default: {param.default}"
            else:
                spec = "optional"
            print(f"{'':<{width}}    --param {param.name}=…  ({spec}) {param.description}")
    print("\nRun one with: kg query NAME --graph GRAPH [--param KEY=VALUE ...] [--format table|csv|json|md]")
    return 0
