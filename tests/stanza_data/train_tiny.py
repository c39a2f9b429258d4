"""Train tiny real Stanza Hindi models on the test treebank and lay them out as a resources dir.

The result loads through the same `stanza.Pipeline('hi', dir=..., download_method=None)`
call that loads the official models: `<dir>/resources.json` plus
`<dir>/hi/{pretrain,pos,lemma,depparse,ner}/newskg-tiny.pt`.

Every model is trained with Stanza's own entry points (`python -m stanza.models.tagger`,
`…parser`, `…lemmatizer`, `…ner_tagger`) with tiny dimensions and few steps; the word
vectors are a 16-dimensional pretrain built from the treebank's own vocabulary
(deterministic pseudo-random vectors), because the official ones cannot be downloaded here.
The lemmatizer is Stanza's dictionary lemmatizer (`--dict_only`): the seq2seq one is too
slow to train within the tests' budget; unseen words keep their form.

    python tests/stanza_data/train_tiny.py OUT_DIR
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
PACKAGE = "newskg-tiny"
TRAIN = HERE / "hi_tiny.train.conllu"
DEV = HERE / "hi_tiny.dev.conllu"
NER_TRAIN = HERE / "hi_tiny.ner.train.json"
NER_DEV = HERE / "hi_tiny.ner.dev.json"
DIM = 16


def data_hash() -> str:
    """Hash of the training data and this script: the cache key for trained models."""
    h = hashlib.sha256()
    for path in (TRAIN, DEV, NER_TRAIN, NER_DEV, Path(__file__)):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _vector(word: str) -> list[float]:
    digest = hashlib.sha256(word.encode("utf-8")).digest()
    return [round((b - 127.5) / 127.5, 4) for b in digest[:DIM]]


def build_pretrain(work: Path) -> Path:
    from stanza.models.common.pretrain import Pretrain

    words = sorted({line.split("\t")[1] for path in (TRAIN, DEV) for line in path.read_text(encoding="utf-8").splitlines()
                    if line and not line.startswith("#")})
    vec = work / "vectors.txt"
    vec.write_text(f"{len(words)} {DIM}\n" + "".join(f"{w} {' '.join(map(str, _vector(w)))}\n" for w in words), encoding="utf-8")
    pt = work / "pretrain.pt"
    pretrain = Pretrain(str(pt), str(vec))
    pretrain.load()
    if not pt.exists():
        pretrain.save(str(pt))
    return pt


def commands(work: Path, pretrain: Path) -> dict[str, list[str]]:
    """The exact training commands, by processor."""
    py = [sys.executable, "-m"]
    common = ["--lang", "hi", "--shorthand", "hi_tiny", "--mode", "train", "--save_dir", str(work), "--cpu", "--seed", "1234"]
    return {
        "pos": py + ["stanza.models.tagger", "--train_file", str(TRAIN), "--eval_file", str(DEV),
                     "--output_file", str(work / "pos.out.conllu"), "--save_name", "pos.pt",
                     "--wordvec_pretrain_file", str(pretrain), "--hidden_dim", "32", "--char_hidden_dim", "32",
                     "--word_emb_dim", "16", "--char_emb_dim", "16", "--tag_emb_dim", "8",
                     "--deep_biaff_hidden_dim", "16", "--composite_deep_biaff_hidden_dim", "16",
                     "--transformed_dim", "16", "--max_steps", "200", "--eval_interval", "100",
                     "--batch_size", "400"] + common,
        "depparse": py + ["stanza.models.parser", "--train_file", str(TRAIN), "--eval_file", str(DEV),
                          "--output_file", str(work / "depparse.out.conllu"), "--save_name", "depparse.pt",
                          "--wordvec_pretrain_file", str(pretrain), "--hidden_dim", "48", "--char_hidden_dim", "32",
                          "--word_emb_dim", "16", "--char_emb_dim", "16", "--tag_emb_dim", "8",
                          "--deep_biaff_hidden_dim", "32", "--transformed_dim", "16", "--max_steps", "500",
                          "--eval_interval", "200", "--batch_size", "400", "--no_checkpoint"] + common,
        "lemma": py + ["stanza.models.lemmatizer", "--train_file", str(TRAIN), "--eval_file", str(DEV),
                       "--output_file", str(work / "lemma.out.conllu"), "--save_name", "lemma.pt",
                       "--dict_only", "--shorthand", "hi_tiny", "--mode", "train",
                       "--save_dir", str(work), "--cpu", "--seed", "1234"],
        "ner": py + ["stanza.models.ner_tagger", "--train_file", str(NER_TRAIN), "--eval_file", str(NER_DEV),
                     "--save_name", "ner.pt", "--wordvec_pretrain_file", str(pretrain), "--scheme", "bioes",
                     "--hidden_dim", "32", "--char_hidden_dim", "32", "--word_emb_dim", "16", "--char_emb_dim", "16",
                     "--max_steps", "200", "--eval_interval", "100", "--batch_size", "32"] + common[2:],
    }


def resources_json() -> dict:
    deps = [{"model": "pretrain", "package": PACKAGE}]
    return {
        "hi": {
            "lang_name": "Hindi",
            "packages": {"default": {"tokenize": PACKAGE, "pos": PACKAGE, "lemma": PACKAGE, "depparse": PACKAGE, "ner": PACKAGE}},
            "default_processors": {"tokenize": PACKAGE, "pos": PACKAGE, "lemma": PACKAGE, "depparse": PACKAGE, "ner": PACKAGE},
            "tokenize": {PACKAGE: {}},
            "pretrain": {PACKAGE: {}},
            "pos": {PACKAGE: {"dependencies": deps}},
            "lemma": {PACKAGE: {}},
            "depparse": {PACKAGE: {"dependencies": deps}},
            "ner": {PACKAGE: {"dependencies": deps}},
        }
    }


def train(out: Path, log=None) -> dict[str, float]:
    """Train every model into the resources dir `out`; return seconds per step."""
    out = Path(out)
    work = out.parent / (out.name + ".work")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    timings = {}
    start = time.perf_counter()
    pretrain = build_pretrain(work)
    timings["pretrain"] = time.perf_counter() - start
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", PYTHONHASHSEED="0")
    for name, cmd in commands(work, pretrain).items():
        start = time.perf_counter()
        result = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=work)
        timings[name] = time.perf_counter() - start
        if log is not None:
            log.write(f"$ {' '.join(cmd)}\n{result.stdout[-2000:]}{result.stderr[-4000:]}\n")
        if result.returncode != 0:
            raise RuntimeError(f"training {name} failed:\n{result.stderr[-4000:]}")
    shutil.rmtree(out, ignore_errors=True)
    for processor, produced in (("pretrain", pretrain), ("pos", work / "pos.pt"), ("lemma", work / "lemma.pt"),
                                ("depparse", work / "depparse.pt"), ("ner", work / "ner.pt")):
        target = out / "hi" / processor / f"{PACKAGE}.pt"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(produced, target)
    (out / "resources.json").write_text(json.dumps(resources_json(), indent=2), encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    return timings


if __name__ == "__main__":
    print(train(Path(sys.argv[1]), log=sys.stderr))
