"""kg models download|status: Stanza's Hindi models for `--nlp stanza`."""

from __future__ import annotations

import sys

from kg.nlp import models

NAME = "models"
HELP = "download Stanza's Hindi models, or show which are installed"


def add_arguments(parser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    download = sub.add_parser("download", help="download Stanza's models (tokenize, pos, lemma, depparse, ner)")
    download.add_argument("--lang", default=models.LANG, help="language code (default: hi)")
    download.add_argument("--dir", metavar="DIR", help="model dir (default: $STANZA_RESOURCES_DIR, else Stanza's default)")
    download.add_argument("--processors", default=models.DOWNLOAD_PROCESSORS, help=f"comma-separated (default: {models.DOWNLOAD_PROCESSORS})")
    status = sub.add_parser("status", help="show whether stanza is installed and which Hindi models the model dir holds")
    status.add_argument("--dir", metavar="DIR", help="model dir (default: $STANZA_RESOURCES_DIR, else Stanza's default)")


def run(args) -> int:
    if args.action == "download":
        result = models.download(args.lang, args.dir, args.processors)
        print(result.describe())
        print(f"downloaded into {result.model_dir}", file=sys.stderr)
        return 0
    result = models.status(args.dir)
    print(result.describe())
    return 0 if result.ready else 1
