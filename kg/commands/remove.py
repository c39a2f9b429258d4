"""kg remove ID... --store DIR"""

from __future__ import annotations

import sys

from kg.errors import InputError

NAME = "remove"
HELP = "remove articles (by id, the file name without extension) and their events from a store"


def add_arguments(parser) -> None:
    parser.add_argument("ids", nargs="+", metavar="ID", help="article ids, e.g. 002_91d2b73f49f4527b")
    parser.add_argument("--store", metavar="DIR", required=True, help="the store written by `kg build --store DIR`")


def run(args) -> int:
    from kg.store import open_store, remove_article

    store = open_store(args.store)
    missing = [article_id for article_id in args.ids if not remove_article(store, article_id)]
    store.flush()
    for article_id in args.ids:
        if article_id not in missing:
            print(f"removed {article_id}", file=sys.stderr)
    if missing:
        raise InputError(f"not in the store: {', '.join(missing)}")
    return 0
