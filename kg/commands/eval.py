"""`kg eval GRAPH GOLD.jsonl`: score a built graph against gold annotations."""

from __future__ import annotations

import argparse
import sys

from kg.errors import InputError
from kg.evaluation import SCORE_NAMES, evaluate, load_gold, load_graph, render

NAME = "eval"
HELP = "score a graph against gold annotations: P/R/F1 per relation, dates, sources, entities"


def _threshold(text: str) -> tuple[str, float]:
    name, _, value = text.partition("=")
    if name not in SCORE_NAMES:
        raise argparse.ArgumentTypeError(f"{name!r} is not a score; use one of {', '.join(SCORE_NAMES)}")
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number; write e.g. meetings=0.6") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"{number} is outside [0, 1]")
    return name, number


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("graph", help="the graph to score (Turtle, N-Triples, N-Quads, TriG, JSON-LD)")
    parser.add_argument("gold", help="gold annotations, JSON Lines (see gold-format.md), e.g. tests/gold/seeds.jsonl")
    parser.add_argument("--format", choices=("table", "json", "md"), default="table", help="output format")
    parser.add_argument("--per-article", action="store_true", help="add a breakdown per article")
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list, per article, every missed and spurious item and every wrong status and date (error analysis)",
    )
    parser.add_argument(
        "--min-f1",
        metavar="SCORE=VALUE",
        type=_threshold,
        action="append",
        default=[],
        help=f"exit 1 when the F1 of SCORE is below VALUE (repeatable; SCORE is one of {', '.join(SCORE_NAMES)})",
    )


def run(args: argparse.Namespace) -> int:
    gold = load_gold(args.gold)
    if not gold:
        raise InputError(f"{args.gold} holds no gold records; add one JSON object per article")
    report = evaluate(load_graph(args.graph), gold)
    sys.stdout.write(render(report, args.format, per_article=args.per_article, misses=args.misses))
    failed = 0
    for name, least in args.min_f1:
        f1 = report.score(name).f1
        if f1 < least:
            print(f"kg eval: {name} F1 {f1:.3f} is below the required {least:.3f}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0
