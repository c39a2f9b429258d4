"""`kg export`: write a graph's people/actors/events/full view for graph visualisers."""

from __future__ import annotations

import sys

from kg.errors import InputError

NAME = "export"
HELP = "export a graph to GraphML, GEXF, Cytoscape.js JSON, DOT or a browser page"


def add_arguments(parser) -> None:
    from kg.export import VIEWS, formats

    names = list(formats())
    parser.add_argument("graph", metavar="GRAPH", help="graph file (.ttl, .trig, .nq, .nt)")
    parser.add_argument("--format", "-f", required=True, choices=names, help="output format")
    parser.add_argument("--view", default="people", choices=VIEWS,
                        help="people: persons linked by meetings; actors: met/signed/visited "
                             "links; events: actors and their events; full: every triple "
                             "(default: people)")
    parser.add_argument("--since", metavar="DATE", help="keep events on or after DATE (YYYY[-MM[-DD]]); "
                        "undated events are then dropped")
    parser.add_argument("--until", metavar="DATE", help="keep events on or before DATE (YYYY[-MM[-DD]]); "
                        "undated events are then dropped")
    parser.add_argument("--status", metavar="LIST",
                        help="keep events with these statuses, comma-separated: occurred,planned,denied,speculated")
    parser.add_argument("--render", choices=("svg", "png"),
                        help="with --format dot: draw with Graphviz's dot and write the image")
    parser.add_argument("-o", "--output", metavar="FILE", default="-",
                        help="output file ('-' or omitted: standard output)")


def run(args) -> int:
    from kg.export import build_view, formats, load_graph

    fmt = formats()[args.format]
    if args.render and args.render not in getattr(fmt, "RENDERS", ()):
        raise InputError(f"--render works only with --format dot, not {args.format}")
    view = build_view(load_graph(args.graph), args.view, since=args.since, until=args.until,
                      statuses=args.status)
    data = fmt.dumps(view, render_as=args.render) if args.render else fmt.dumps(view)
    if args.output == "-":
        if args.render and sys.stdout.isatty():
            raise InputError("an image would go to the terminal; give -o FILE")
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        try:
            with open(args.output, "wb") as handle:
                handle.write(data)
        except OSError as error:
            raise InputError(f"cannot write {args.output}: {error.strerror}; check the folder exists") from error
        print(f"wrote {args.output}: {args.format}, view {args.view}, "
              f"{view.graph.number_of_nodes()} nodes, {view.graph.number_of_edges()} edges",
              file=sys.stderr)
    return 0
