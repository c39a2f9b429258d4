"""Build the same corpus with the rules and the Stanza backends; print speed and peak memory.

    python bench/compare_backends.py CORPUS... [--model-dir DIR] [--repeat N]

CORPUS is anything `kg build` reads (files, folders, .jsonl). Each backend builds in its
own child process so peak memory (ru_maxrss) is that backend's alone; Python-level peak
allocations are also measured with tracemalloc (Stanza's tensors live outside it, so
ru_maxrss is the number to read for Stanza). Model loading is timed separately from
annotation. With the tiny test models (tests/.cache/stanza-*) it only shows the code path
works; speeds mean something with the official models (`kg models download`).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _child(backend: str, inputs: list[str], model_dir: str | None, repeat: int) -> dict:
    import resource
    import time
    import tracemalloc

    sys.path.insert(0, str(ROOT))
    from kg.build import build
    from kg.nlp import choose_backend

    start = time.perf_counter()
    choice = choose_backend(backend, model_dir)
    if choice.backend is not None:
        choice.backend.pipeline  # load the models now, so they are timed apart from annotation
    load_s = time.perf_counter() - start
    tracemalloc.start()
    start = time.perf_counter()
    articles = 0
    for _ in range(repeat):
        result = build(inputs, nlp=backend, model_dir=model_dir, progress=False)
        articles += len(result.articles)
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    events = sum(len(a.events) for a in result.articles)
    net = seconds  # the backend loaded above is reused by every build in this process
    return {
        "backend": result.backend, "note": result.backend_note, "articles": articles, "events": events,
        "load_s": round(load_s, 2), "build_s": round(seconds, 2), "articles_per_s": round(articles / net, 2) if net > 0 else None,
        "peak_python_mb": round(peak / 2**20, 1), "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--model-dir")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--backends", default="rules,stanza")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child, args.inputs, args.model_dir, args.repeat), ensure_ascii=False))
        return 0
    rows = []
    for backend in args.backends.split(","):
        cmd = [sys.executable, __file__, *args.inputs, "--child", backend, "--repeat", str(args.repeat)]
        if args.model_dir:
            cmd += ["--model-dir", args.model_dir]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            print(f"{backend}: failed\n{done.stderr[-2000:]}", file=sys.stderr)
            continue
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    header = f"{'backend':8} {'articles':>8} {'events':>6} {'load s':>7} {'build s':>8} {'art/s*':>8} {'py peak MB':>10} {'max RSS MB':>10}"
    print(header)
    for r in rows:
        print(f"{r['backend']:8} {r['articles']:8} {r['events']:6} {r['load_s']:7} {r['build_s']:8} {r['articles_per_s']:8} "
              f"{r['peak_python_mb']:10} {r['max_rss_mb']:10}")
    print("* articles per second excluding model loading")
    for r in rows:
        print(r["note"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
