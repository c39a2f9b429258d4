"""The `kg` command: argument parsing and output over the `kg` library.

Each subcommand is one module in `kg/commands/` with `NAME`, `HELP`,
`add_arguments(parser)` and `run(args) -> int`; adding a command is adding a module.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from kg import commands
from kg.errors import KgError


def _command_modules():
    names = sorted(info.name for info in pkgutil.iter_modules(commands.__path__) if not info.name.startswith("_"))
    for name in names:
        yield importlib.import_module(f"kg.commands.{name}")


def make_parser() -> argparse.ArgumentParser:
    """Return the parser for `kg` and all its subcommands."""
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build, check, query, serve and export knowledge graphs from Hindi news.",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for module in _command_modules():
        command_parser = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(command_parser)
        command_parser.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run `kg` with `argv`; return the process exit code."""
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except KgError as error:
        if args.debug:
            raise
        print(f"kg {args.command}: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
