"""kg build INPUT... -o graph.ttl"""

from __future__ import annotations

import sys

from kg.build import build

NAME = "build"
HELP = "read Hindi news articles (.txt/.html files, folders, .jsonl) and write a knowledge graph"


def add_arguments(parser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="article files, folders of them, or .jsonl files")
    parser.add_argument("-o", "--output", default="graph.ttl", help="graph file to write (default: graph.ttl)")
    parser.add_argument("--format", choices=["ttl", "trig", "nq", "nt"], help="output format (default: from the file name)")
    parser.add_argument("--nlp", default="auto", choices=["auto", "rules", "stanza"], help="NLP backend: auto, rules or stanza (default: auto)")
    parser.add_argument("--model-dir", metavar="DIR", help="Stanza model dir (default: $STANZA_RESOURCES_DIR, else Stanza's default)")
    parser.add_argument("--gazetteer", metavar="DIR", help="gazetteer folder (default: data/gazetteer)")
    parser.add_argument("--strict", action="store_true", help="fail, writing nothing, if any input is skipped")
    parser.add_argument("--quiet", action="store_true", help="print no summary")
    parser.add_argument("--progress", action=argparse_bool(), default=None, help="show a progress bar (default: on a terminal)")


def argparse_bool():
    import argparse

    return argparse.BooleanOptionalAction


def run(args) -> int:
    result = build(
        args.inputs, output=args.output, fmt=args.format, gazetteer_dir=args.gazetteer,
        nlp=args.nlp, model_dir=args.model_dir, strict=args.strict, progress=args.progress,
    )
    if not args.quiet:
        print(result.summary(), file=sys.stderr)
        print(f"wrote {args.output}", file=sys.stderr)
    # the graph is written either way; the exit code tells scripts something was skipped
    return 1 if result.skipped else 0
