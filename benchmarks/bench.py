"""Benchmarks: the extension against plain MyST and sphinx-needs, and scaling.

They measure what the extension costs against hand-written pages and
against sphinx-needs, and how every cost grows with the catalog.

Run it with ``python -m nox -s bench``. Every measurement runs in a fresh
interpreter (``_run.py``), so it starts cold and its peak memory is its own.
Sides that are compared are measured in the same run, alternating which
goes first, and each figure is the median of several runs (min and max are
reported too). Absolute times vary from machine to machine; the ratios are
the point.

It writes ``results/latest.json`` and ``results/latest.md``; the docs'
Performance page shows the Markdown table.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import synthetic

HERE = Path(__file__).parent
SITE_SIZES = (10, 100, 1000)
VALIDATION_SIZES = (100, 1000, 10_000, 100_000)
PROSE_SIZES = (100, 1000, 10_000)
TARGETS = {
    "overhead": 1.10,
    "peer": 0.5,
    "incremental": 0.2,
    "validation_flat": 1.5,
    "structure_vs_build": 10.0,
    "import": 1.3,
    "languages": 2.1,
}
#: The documentation site, and the languages it is built in (as nox builds it).
DOCS = HERE.parent / "docs"
SITE_LANGUAGES = ("en", "es")


def _child(args: Sequence[str]) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(HERE), "SOURCE_DATE_EPOCH": "1764028800"}
    done = subprocess.run(
        [sys.executable, str(HERE / "_run.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(
            f"{' '.join(args)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        )
    result: dict[str, Any] = json.loads(lines[-1][len("RESULT ") :])
    if result.get("code", 0) != 0:
        raise RuntimeError(f"{' '.join(args)} exited {result['code']}:\n{done.stderr[-2000:]}")
    return result


def _stats(values: Sequence[float]) -> dict[str, float]:
    return {
        "min": round(min(values), 4),
        "median": round(statistics.median(values), 4),
        "max": round(max(values), 4),
        "runs": len(values),
    }


def _build(site: Path, *extra: str) -> dict[str, Any]:
    out = site / "_build"
    shutil.rmtree(out, ignore_errors=True)
    return _child(["sphinx", str(site), str(out), *extra])


def _alternating(
    sides: dict[str, Callable[[], dict[str, Any]]], runs: int
) -> dict[str, list[dict[str, Any]]]:
    names = list(sides)
    results: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    for run in range(runs):
        order = names[run % len(names) :] + names[: run % len(names)]
        for name in order:
            results[name].append(sides[name]())
    return results


def _summary(samples: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "seconds": _stats([s["seconds"] for s in samples]),
        "peak_mb": _stats([s["peak_kb"] / 1024 for s in samples]),
    }


def bench_sites(work: Path, runs: int, log: Callable[[str], None]) -> dict[str, Any]:
    """1 and 2: the same site through the extension, as plain MyST, as sphinx-needs."""
    results: dict[str, Any] = {}
    for size in SITE_SIZES:
        data = synthetic.catalog(size)
        root = work / f"sites-{size}"
        sites = {
            "twitch": root / "twitch",
            "plain": root / "plain",
            "needs": root / "needs",
        }
        synthetic.write_twitch(sites["twitch"], data)
        synthetic.write_plain(sites["plain"], data)
        synthetic.write_needs(sites["needs"], data)
        log(f"sites at N={size}: {runs} alternating runs of twitch, plain and sphinx-needs")
        samples = _alternating(
            {name: (lambda path=path: _build(path)) for name, path in sites.items()}, runs
        )
        figures = {name: _summary(values) for name, values in samples.items()}
        median = {name: figures[name]["seconds"]["median"] for name in figures}
        memory = {name: figures[name]["peak_mb"]["median"] for name in figures}
        figures["overhead_time"] = round(median["twitch"] / median["plain"], 3)
        figures["overhead_memory"] = round(memory["twitch"] / memory["plain"], 3)
        figures["peer_time"] = round(median["twitch"] / median["needs"], 3)
        figures["peer_memory"] = round(memory["twitch"] / memory["needs"], 3)
        results[str(size)] = figures
    return results


def bench_languages(work: Path, runs: int, log: Callable[[str], None]) -> dict[str, Any]:
    """7: the real site in English alone, against English and Spanish, as nox builds them."""
    out = work / "languages"

    def one() -> dict[str, Any]:
        return _build_into(out, SITE_LANGUAGES[:1])

    def every() -> dict[str, Any]:
        return _build_into(out, SITE_LANGUAGES)

    log(f"languages: {runs} alternating runs of the site in English, and in {SITE_LANGUAGES}")
    samples = _alternating({"one": one, "every": every}, runs)
    figures = {name: _summary(values) for name, values in samples.items()}
    figures["languages"] = list(SITE_LANGUAGES)
    figures["ratio_time"] = round(
        figures["every"]["seconds"]["median"] / figures["one"]["seconds"]["median"], 3
    )
    return figures


def _build_into(out: Path, languages: Sequence[str]) -> dict[str, Any]:
    """Build the site fresh in each language (the first at *out*), as one measured task."""
    shutil.rmtree(out, ignore_errors=True)
    seconds, peak = 0.0, 0
    for language in languages:
        target = out if language == languages[0] else out / language
        done = _child(["sphinx", str(DOCS), str(target), "-D", f"language={language}"])
        seconds += done["seconds"]
        peak = max(peak, done["peak_kb"])
    return {"seconds": seconds, "peak_kb": peak}


def bench_incremental(work: Path, runs: int, log: Callable[[str], None]) -> dict[str, Any]:
    """3: edit one cause and rebuild; what is re-read and written, and how long."""
    size = max(SITE_SIZES)
    data = synthetic.catalog(size)
    site = work / "incremental"
    log(f"incremental at N={size}: {runs} runs of full build, edit, rebuild, no-op rebuild")
    full, edit, noop = [], [], []
    for run in range(runs):
        shutil.rmtree(site, ignore_errors=True)
        synthetic.write_twitch(site, data)
        full.append(_build(site))
        changed = data.replace(
            causes=tuple(
                dataclasses.replace(cause, summary=f"Edited summary {run}.")
                if index == size // 2
                else cause
                for index, cause in enumerate(data.causes)
            )
        )
        synthetic.write_pack(site / "pack.json", changed)
        edit.append(_child(["sphinx", str(site), str(site / "_build")]))
        noop.append(_child(["sphinx", str(site), str(site / "_build")]))
    target = data.causes[size // 2]
    fraction = statistics.median(e["seconds"] for e in edit) / statistics.median(
        f["seconds"] for f in full
    )
    return {
        "full": _summary(full),
        "edit": _summary(edit) | {"read": edit[-1]["read"], "written": edit[-1]["written"]},
        "noop": _summary(noop) | {"read": noop[-1]["read"], "written": noop[-1]["written"]},
        "pages_showing_cause": sorted({"index", target.category, f"{target.category}/{target.id}"}),
        "pages": len(data.categories) + len(data.causes) + 1,
        "fraction": round(fraction, 3),
    }


def bench_parallel(work: Path, runs: int, log: Callable[[str], None]) -> dict[str, Any]:
    """4: -j 2 against -j 1 on the largest site."""
    size = max(SITE_SIZES)
    site = work / "parallel"
    synthetic.write_twitch(site, synthetic.catalog(size))
    log(f"parallel at N={size}: {runs} alternating runs of -j 1 and -j 2")
    samples = _alternating(
        {"j1": lambda: _build(site, "-j", "1"), "j2": lambda: _build(site, "-j", "2")}, runs
    )
    figures = {name: _summary(values) for name, values in samples.items()}
    figures["ratio_time"] = round(
        figures["j2"]["seconds"]["median"] / figures["j1"]["seconds"]["median"], 3
    )
    return figures


def bench_validation(runs: int, log: Callable[[str], None]) -> dict[str, Any]:
    """5: validation time per cause as the catalog grows, structure and all rules apart."""
    results: dict[str, Any] = {}
    for size in VALIDATION_SIZES:
        kinds = ["structure", "all"] if size in PROSE_SIZES else ["structure"]
        log(f"validation at N={size}: {runs} alternating runs of {' and '.join(kinds)}")
        samples = _alternating(
            {
                kind: (lambda kind=kind, size=size: _child(["validate", str(size), kind]))
                for kind in kinds
            },
            runs,
        )
        entry: dict[str, Any] = {}
        for kind, values in samples.items():
            entry[kind] = _summary(values) | {
                "fixed": _stats([v["fixed"] for v in values]),
                # The marginal cost: each run's time less its fixed part.
                "per_cause_us": round(
                    statistics.median(max(v["seconds"] - v["fixed"], 0.0) for v in values)
                    / size
                    * 1e6,
                    2,
                ),
                "problems": values[-1]["problems"],
            }
        entry["build_records"] = _stats([v["build_records"] for v in samples["structure"]])
        entry["load_tables"] = _stats([v["load_tables"] for v in samples["structure"]])
        results[str(size)] = entry
    return results


def bench_import(runs: int, log: Callable[[str], None]) -> dict[str, Any]:
    """6: ``import twitchfacts`` against ``import json``, and what it loads."""
    log(f"import: {runs} alternating runs")
    commands = {"twitchfacts": "import twitchfacts", "json": "import json"}

    def timed(code: str) -> dict[str, Any]:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return {"seconds": time.perf_counter() - start, "peak_kb": 0}

    samples = _alternating({k: (lambda c=c: timed(c)) for k, c in commands.items()}, runs)
    loaded = json.loads(
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys, json, twitchfacts; print(json.dumps(sorted(sys.modules)))",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    heavy = sorted(
        {name.split(".")[0] for name in loaded}
        & {"sphinx", "docutils", "textstat", "simple_icd_10_cm"}
    )
    figures = {
        name: {"seconds": _stats([s["seconds"] for s in values])}
        for name, values in samples.items()
    }
    figures["ratio_time"] = round(
        figures["twitchfacts"]["seconds"]["median"] / figures["json"]["seconds"]["median"], 3
    )
    figures["heavy_modules"] = heavy
    return figures


def environment() -> dict[str, Any]:
    """The machine, Python and package versions the figures were measured with."""
    versions = {}
    for name in (
        "twitchfacts",
        "sphinx",
        "docutils",
        "myst-parser",
        "sphinx-design",
        "sphinx-needs",
        "textstat",
    ):
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = "not installed"
    vale = shutil.which("vale") or os.environ.get("TWITCHFACTS_VALE")
    if vale:
        versions["vale"] = subprocess.run(
            [vale, "--version"], capture_output=True, text=True, check=False
        ).stdout.strip()
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
        "python": platform.python_version(),
        "packages": versions,
    }


#: Every benchmark, by the name of its part of the results, in the order they run.
BENCHMARKS: dict[str, Callable[[Path, int, Callable[[str], None]], dict[str, Any]]] = {
    "sites": bench_sites,
    "incremental": bench_incremental,
    "parallel": bench_parallel,
    "validation": lambda _work, runs, log: bench_validation(runs, log),
    "import": lambda _work, runs, log: bench_import(max(runs, 21), log),
    "languages": bench_languages,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--output", type=Path, default=HERE / "results")
    parser.add_argument(
        "--only",
        choices=sorted(BENCHMARKS),
        action="append",
        help="run only these (repeatable); the other figures are kept from the last run",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:6.0f} s] {message}", flush=True)

    previous = args.output / "latest.json"
    results: dict[str, Any] = {}
    if args.only and previous.is_file():
        results = json.loads(previous.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="twitchfacts-bench-") as folder:
        work = Path(folder)
        now = environment()
        # A partial run keeps the full run's environment for the figures it
        # leaves, and dates its own figures in "measured".
        if not args.only or "environment" not in results:
            results["environment"] = now
        results["targets"] = TARGETS
        for name, run in BENCHMARKS.items():
            if not args.only or name in args.only:
                results[name] = run(work, args.runs, log)
                results.setdefault("measured", {})[name] = now["date"]
    if not args.only:
        results["environment"]["duration_s"] = round(time.perf_counter() - started)
    args.output.mkdir(parents=True, exist_ok=True)
    (args.output / "latest.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    from report import markdown

    (args.output / "latest.md").write_text(markdown(results), encoding="utf-8")
    log(f"wrote {args.output / 'latest.json'} and {args.output / 'latest.md'}")
    print(markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
