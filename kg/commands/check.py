"""`kg check GRAPH`: validate a built graph with the SHACL shapes and the OWL reasoner."""

from __future__ import annotations

import sys

from kg.checking import check_graph
from kg.errors import ValidationFailed

NAME = "check"
HELP = "check a graph against the ontology: SHACL shapes and OWL consistency"


def add_arguments(parser) -> None:
    parser.add_argument("graph", metavar="GRAPH", help="the graph to check (.ttl, .trig, .nq, .nt, .jsonld)")
    parser.add_argument("--no-owl", action="store_true", help="skip the OWL consistency check (HermiT, needs Java)")
    parser.add_argument("--no-shacl", action="store_true", help="skip the SHACL shapes")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="report as text (default) or JSON"
    )


def run(args) -> int:
    report = check_graph(args.graph, shacl=not args.no_shacl, owl=not args.no_owl)
    sys.stdout.write(report.to_json() if args.format == "json" else report.to_text())
    sys.stdout.flush()
    if not report.ok:
        violations = sum(1 for finding in report.findings if finding.severity == "Violation")
        raise ValidationFailed(
            f"{args.graph} breaks the ontology contract ({violations} violation{'s' if violations != 1 else ''}); "
            "see the report above"
        )
    return 0
