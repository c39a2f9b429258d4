"""kg build INPUT... -o graph.ttl"""

from __future__ import annotations

import sys

from kg.build import build

NAME = "build"
HELP = "read Hindi news articles (.txt/.html files, folders, .jsonl) and write a knowledge graph"


def add_arguments(parser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="article files, folders of them, or .jsonl files")
    parser.add_argument("-o", "--output", help="graph file to write (default: graph.ttl, or none with --store)")
    parser.add_argument("--format", choices=["ttl", "trig", "nq", "nt"], help="output format (default: from the file name)")
    parser.add_argument("--nlp", default="auto", choices=["auto", "rules", "stanza"], help="NLP backend: auto, rules or stanza (default: auto)")
    parser.add_argument("--model-dir", metavar="DIR", help="Stanza model dir (default: $STANZA_RESOURCES_DIR, else Stanza's default)")
    parser.add_argument("--gazetteer", metavar="DIR", help="gazetteer folder (default: data/gazetteer)")
    parser.add_argument("--store", metavar="DIR", help="also write into an on-disk Oxigraph store; unchanged articles are skipped")
    parser.add_argument("--strict", action="store_true", help="fail, writing nothing, if any input is skipped")
    parser.add_argument("--quiet", action="store_true", help="print no summary")
    parser.add_argument("--workers", type=int, default=1, metavar="N", help="extract in N processes on this machine (default: 1)")
    parser.add_argument("--dask", metavar="ADDRESS", help="extract on a Dask cluster, e.g. tcp://scheduler:8786")
    parser.add_argument("--progress", action=argparse_bool(), default=None, help="show a progress bar (default: on a terminal)")


def argparse_bool():
    import argparse

    return argparse.BooleanOptionalAction


def run(args) -> int:
    if args.output is None and args.store is None:
        args.output = "graph.ttl"
    result = build(
        args.inputs, output=args.output, fmt=args.format, gazetteer_dir=args.gazetteer,
        nlp=args.nlp, model_dir=args.model_dir, strict=args.strict, progress=args.progress,
        store=args.store, workers=args.workers, dask=args.dask,
    )
    if not args.quiet:
        print(result.summary(), file=sys.stderr)
        for target in (args.output, args.store):
            if target:
                print(f"wrote {target}", file=sys.stderr)
    # the graph is written either way; the exit code tells scripts something was skipped
    return 1 if result.skipped else 0
