"""Run one build in this process and print its timings and peak memory as JSON.

`python -m bench.child INPUT OUTPUT WORKERS` — run as a child process by the benchmark so
that ru_maxrss is this build's own peak, not the benchmark's.
"""

from __future__ import annotations

import json
import resource
import sys
import time


def main(argv: list[str]) -> None:
    from kg import build as build_module

    inputs, output, workers = argv[0], argv[1], int(argv[2])
    timings = {}

    def timed(name: str, function):
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                timings[name] = time.perf_counter() - started

        return wrapper

    # the stages are measured, not changed
    build_module._extract_all = timed("extract_s", build_module._extract_all)
    build_module.build_graph = timed("assemble_s", build_module.build_graph)
    build_module.write_graph = timed("write_s", build_module.write_graph)
    started = time.perf_counter()
    result = build_module.build([inputs], output=output, nlp="rules", progress=False, workers=workers)
    timings["total_s"] = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({
        **timings,
        "articles": len(result.articles),
        "triples": len(result.graph),
        "maxrss_mb": own / 1024,
        "worker_maxrss_mb": children / 1024,
    }))


if __name__ == "__main__":
    main(sys.argv[1:])
