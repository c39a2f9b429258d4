"""Export formats, registered by name: a format is a module of this package that defines
``NAME``, ``SUFFIX``, ``DESCRIPTION`` and ``dumps(view, **options) -> bytes``.

Adding a format is adding such a module; nothing here lists them. A format that can
draw an image also lists the image types in ``RENDERS``.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

from kg.errors import InputError, KgError

#: modules of the package that are not formats
_NOT_FORMATS = {"registry", "model", "loader"}


class ToolMissing(KgError):
    """An external program an export needs (Graphviz `dot`) is not installed."""

    exit_code = 7


def formats() -> dict[str, ModuleType]:
    """Return the export format modules by name, sorted."""
    import kg.export as package

    found = {}
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("_") or info.name in _NOT_FORMATS:
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        if callable(getattr(module, "dumps", None)) and isinstance(getattr(module, "NAME", None), str):
            found[module.NAME] = module
    return dict(sorted(found.items()))


def get_format(name: str) -> ModuleType:
    """Return the format module called `name`; raise InputError naming the choices."""
    available = formats()
    if name not in available:
        raise InputError(f"unknown export format {name!r}; choose from {', '.join(available)}")
    return available[name]
