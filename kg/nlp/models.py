"""Stanza's Hindi models on disk: where they live, whether they are there, downloading them.

The model dir is, in order: an explicit directory (`--model-dir`), the environment
variable STANZA_RESOURCES_DIR, else Stanza's own default. A dir "has Hindi models" when
its resources.json knows Hindi and every processor the backend runs has a model file
under `<dir>/hi/<processor>/`. Tokenisation is ours (kg.normalising), so Stanza's Hindi
tokenizer is not required.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError, ModelMissing

LANG = "hi"
#: the processors the backend runs, besides tokenize (pretokenized input needs no model)
PROCESSORS = ("pos", "lemma", "depparse", "ner")
DOWNLOAD_PROCESSORS = "tokenize,pos,lemma,depparse,ner"


def stanza_installed() -> bool:
    """Return whether the `stanza` package can be imported (without importing it)."""
    return importlib.util.find_spec("stanza") is not None


def default_model_dir() -> Path:
    """Return Stanza's default resources dir, honouring STANZA_RESOURCES_DIR."""
    if os.environ.get("STANZA_RESOURCES_DIR"):
        return Path(os.environ["STANZA_RESOURCES_DIR"])
    if stanza_installed():
        known = _stanza_default_dir_unimported()
        if known is not None:
            return known
        from stanza.resources.common import DEFAULT_MODEL_DIR

        return Path(DEFAULT_MODEL_DIR)
    return Path.home() / "stanza_resources"


# How stanza.resources.common computes DEFAULT_MODEL_DIR (Stanza 1.5 onwards). Importing
# stanza imports torch, ~2 s that `--nlp auto` would spend only to learn where models are.
_CACHE_DIR_SOURCE = "user_cache_dir('stanza', 'StanfordNLP', __resources_version__)"
_MODEL_DIR_SOURCE = "os.path.join(USER_CACHE_DIR, 'resources')"
_RESOURCES_VERSION = re.compile(r"""^__resources_version__\s*=\s*['"]([^'"]+)['"]""", re.MULTILINE)


def _stanza_default_dir_unimported() -> Path | None:
    """Return Stanza's default model dir read from its source files without importing it,
    or None when the installed Stanza computes it some other way (then it is imported)."""
    try:
        spec = importlib.util.find_spec("stanza")
        package = Path(next(iter(spec.submodule_search_locations)))
        common = (package / "resources" / "common.py").read_text(encoding="utf-8")
        version = _RESOURCES_VERSION.search((package / "_version.py").read_text(encoding="utf-8"))
        if version is None or _CACHE_DIR_SOURCE not in common or _MODEL_DIR_SOURCE not in common:
            return None
        from platformdirs import user_cache_dir
    except (ImportError, OSError, StopIteration, TypeError, AttributeError, ValueError):
        return None
    return Path(user_cache_dir("stanza", "StanfordNLP", version.group(1))) / "resources"


def resolve_model_dir(model_dir: str | Path | None = None) -> Path:
    """Return the model dir to use: `model_dir` if given, else the default."""
    return Path(model_dir).expanduser() if model_dir else default_model_dir()


@dataclass
class ModelStatus:
    """What is installed: the package, the dir, and each Hindi processor's files and bytes."""

    installed: bool
    version: str | None
    model_dir: Path
    resources: bool  # resources.json present and knows Hindi
    processors: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # processor -> [(file, bytes)]

    @property
    def missing(self) -> list[str]:
        return [p for p in PROCESSORS if not self.processors.get(p)]

    @property
    def ready(self) -> bool:
        return self.installed and self.resources and not self.missing

    def describe(self) -> str:
        lines = [
            f"stanza:    {'installed, version ' + self.version if self.installed else 'not installed (pip install stanza)'}",
            f"model dir: {self.model_dir}{'' if self.model_dir.is_dir() else ' (does not exist)'}",
            f"resources.json: {'present, knows Hindi' if self.resources else 'missing or without Hindi'}",
        ]
        for processor in ("tokenize", "pretrain") + PROCESSORS:
            files = self.processors.get(processor, [])
            if files:
                lines.append(f"  {processor:9} " + ", ".join(f"{name} ({_size(n)})" for name, n in files))
            else:
                optional = processor in ("tokenize", "pretrain")
                lines.append(f"  {processor:9} {'-' if optional else 'MISSING'}")
        lines.append("ready:     " + ("yes, `--nlp stanza` will work" if self.ready else f"no; run `{download_hint(self.model_dir)}`"))
        return "\n".join(lines)


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"


def download_hint(model_dir: Path | None = None, explicit: bool = True) -> str:
    """Return the command that installs the models into `model_dir`."""
    if model_dir is None or not explicit:
        return "kg models download --lang hi"
    return f"kg models download --lang hi --dir {model_dir}"


def status(model_dir: str | Path | None = None) -> ModelStatus:
    """Return what is installed in the model dir (nothing is imported but importlib metadata)."""
    directory = resolve_model_dir(model_dir)
    installed = stanza_installed()
    version = None
    if installed:
        from importlib.metadata import PackageNotFoundError, version as dist_version

        try:
            version = dist_version("stanza")
        except PackageNotFoundError:
            version = "unknown"
    resources = False
    path = directory / "resources.json"
    if path.is_file():
        try:
            resources = LANG in json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            resources = False
    processors = {}
    for processor in ("tokenize", "pretrain") + PROCESSORS:
        folder = directory / LANG / processor
        files = sorted(folder.glob("*.pt")) if folder.is_dir() else []
        processors[processor] = [(f.name, f.stat().st_size) for f in files]
    return ModelStatus(installed, version, directory, resources, processors)


def require(model_dir: str | Path | None = None) -> ModelStatus:
    """Return the status if Stanza and its Hindi models are there, else raise ModelMissing."""
    st = status(model_dir)
    hint = download_hint(st.model_dir, explicit=model_dir is not None)
    if not st.installed:
        raise ModelMissing(f"the stanza backend needs the `stanza` package: pip install stanza, then run `{hint}`")
    if not st.ready:
        what = "resources.json" if not st.resources else "the " + ", ".join(st.missing) + " model(s)"
        raise ModelMissing(f"Stanza's Hindi models are not in {st.model_dir} ({what} missing); run `{hint}`")
    return st


def download(lang: str = LANG, model_dir: str | Path | None = None, processors: str = DOWNLOAD_PROCESSORS) -> ModelStatus:
    """Download Stanza's models for `lang` into the model dir; raise KgError if the hub is unreachable."""
    if not stanza_installed():
        raise ModelMissing("downloading models needs the `stanza` package: pip install stanza")
    import stanza

    directory = resolve_model_dir(model_dir)
    try:
        stanza.download(lang, model_dir=str(directory), processors=processors, verbose=False)
    except Exception as error:  # requests' ConnectionError, HTTPError, timeouts, Stanza's own errors
        raise KgError(
            f"could not download Stanza's {lang} models into {directory}: the model hub "
            f"(raw.githubusercontent.com / huggingface.co) is unreachable or refused ({type(error).__name__}: {error}). "
            "Check the network or a proxy (HTTPS_PROXY), or copy a stanza_resources folder from a machine that has one "
            "and pass it with --model-dir"
        ) from error
    return status(directory)
