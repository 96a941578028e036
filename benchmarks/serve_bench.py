"""Load benchmark of `twitchfacts serve`: wrk against one worker on loopback.

Runs `twitchfacts serve` (one uvicorn worker) on 127.0.0.1 and drives it
with wrk (one thread, a fixed number of connections): Infobutton look-ups
in JSON and in Atom, rotating over codes that match exactly, by another
seventh character, by a parent, or not at all, and a CDS Hooks call with
three prefetched conditions. Then a one-minute soak of look-ups for random
codes (far more kinds than the server keeps rendered) while the server's
resident memory (RSS) is read once a second.

Each run prints wrk's own figures through a Lua `done` hook (requests per
second, latency percentiles in microseconds, every kind of error), so
nothing is scraped from wrk's text. The figures go to
`results/serve.json` and, as a table, `results/serve.md`, which the
Performance page includes.

    python benchmarks/serve_bench.py [--duration 15] [--soak 60] [--connections 32]

`nox -s serve_bench` installs wrk (Debian) and the serve extra, and runs this.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import platform
import re
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
RESULTS = HERE / "results"
SITE = "https://twitchfacts.example/"
OID = "2.16.840.1.113883.6.90"
SERVICE = "/cds-services/twitchfacts-patient-view"
#: Codes the look-ups rotate over: exact, another seventh character,
#: broader, a sibling (nothing), unknown (nothing), Spanish.
CODES = ["R25.3", "T46.6X5D", "G12.211", "E83.41", "A00.0", "E83.42"]
TARGET_RPS = 2000
_LISTENING = re.compile(rb"listening on (http://127\.0\.0\.1:\d+)")
_RESULT = re.compile(r"^RESULT (\{.*\})$", re.MULTILINE)

_DONE = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %d, "duration_us": %d, "bytes": %d, ' ..
    '"p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d, ' ..
    '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}}\\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout))
end
"""


def lookup_paths(response_type: str) -> list[str]:
    """The look-up addresses a scenario rotates over."""
    paths = []
    for code in CODES:
        language = "es" if code == "E83.42" else "en"
        paths.append(
            f"/service?mainSearchCriteria.v.cs={OID}&mainSearchCriteria.v.c={code}"
            f"&informationRecipient.languageCode.c={language}"
            f"&knowledgeResponseType={response_type}"
        )
    return paths


def lookup_script(response_type: str) -> str:
    """A wrk script that sends the look-ups in turn."""
    listed = ", ".join(json.dumps(path) for path in lookup_paths(response_type))
    return (
        f"local paths = {{{listed}}}\n"
        "local n = 0\n"
        "request = function()\n"
        "  n = n + 1\n"
        '  return wrk.format("GET", paths[(n % #paths) + 1])\n'
        "end\n" + _DONE
    )


def soak_script() -> str:
    """A wrk script of look-ups for random codes (about 52,000 kinds) in JSON and Atom.

    Far more distinct answers than the server keeps rendered (4,096), so the
    soak shows that its memory stays flat while its cache turns over.
    """
    return (
        "math.randomseed(20261125)\n"
        'local types = {"application/json", "text/xml"}\n'
        "request = function()\n"
        "  local code = string.char(65 + math.random(0, 25)) .. math.random(0, 9) ..\n"
        '    math.random(0, 9) .. "." .. math.random(0, 9) .. math.random(0, 1)\n'
        f'  return wrk.format("GET", "/service?mainSearchCriteria.v.cs={OID}" ..\n'
        '    "&mainSearchCriteria.v.c=" .. code ..\n'
        '    "&knowledgeResponseType=" .. types[math.random(1, 2)])\n'
        "end\n" + _DONE
    )


def hook_body() -> str:
    """A patient-view call with three prefetched conditions (two give cards)."""
    codes = ["T46.6X5D", "E83.42", "I10"]
    entries = [
        {
            "resource": {
                "resourceType": "Condition",
                "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": c}]},
            }
        }
        for c in codes
    ]
    return json.dumps(
        {
            "hook": "patient-view",
            "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
            "context": {"userId": "Practitioner/example", "patientId": "bench"},
            "prefetch": {"conditions": {"resourceType": "Bundle", "entry": entries}},
        }
    )


def hook_script() -> str:
    """A wrk script that POSTs the CDS Hooks call."""
    return (
        'wrk.method = "POST"\n'
        f"wrk.body = {json.dumps(hook_body())}\n"
        'wrk.headers["Content-Type"] = "application/json"\n'
        f'wrk.path = "{SERVICE}"\n' + _DONE
    )


def parse_result(output: str) -> dict[str, Any]:
    """The figures the Lua `done` hook printed, with requests per second added."""
    found = _RESULT.search(output)
    if found is None:
        raise RuntimeError(f"wrk printed no result:\n{output}")
    result: dict[str, Any] = json.loads(found.group(1))
    result["rps"] = round(result["requests"] / (result["duration_us"] / 1e6), 1)
    result["error_count"] = sum(result["errors"].values())
    return result


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


@contextlib.contextmanager
def running_server() -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """`twitchfacts serve` on a free loopback port, stopped (Ctrl-C, then kill) on exit."""
    process = subprocess.Popen(
        [sys.executable, "-m", "twitchfacts", "serve", "--port", "0", "--site-url", SITE],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert process.stdout is not None
    output = b""
    url = None
    deadline = time.monotonic() + 60
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while url is None and time.monotonic() < deadline and process.poll() is None:
            if selector.select(timeout=0.5):
                output += os.read(process.stdout.fileno(), 65536)
                found = _LISTENING.search(output)
                url = found.group(1).decode() if found else None
    # Keep draining the pipe so the server never blocks on a full one.
    drain = threading.Thread(target=lambda: process.stdout.read() if process.stdout else b"")
    drain.daemon = True
    drain.start()
    try:
        if url is None:
            raise RuntimeError(f"the server did not start:\n{output.decode(errors='replace')}")
        yield process, url
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)


def wrk(url: str, script: str, seconds: int, connections: int, folder: Path) -> dict[str, Any]:
    """One wrk run with *script*; its figures."""
    path = folder / "script.lua"
    path.write_text(script, encoding="utf-8")
    done = subprocess.run(
        [
            "wrk",
            "-t1",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "5s",
            "-s",
            str(path),
            url,
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
        check=True,
    )
    return parse_result(done.stdout)


def soak(
    url: str, pid: int, seconds: int, connections: int, folder: Path
) -> tuple[dict[str, Any], list[int]]:
    """Look-ups for *seconds* while the server's RSS is read once a second."""
    samples: list[int] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(1.0):
            samples.append(_rss_kib(pid))

    sampler = threading.Thread(target=sample)
    samples.append(_rss_kib(pid))
    sampler.start()
    try:
        result = wrk(url, soak_script(), seconds, connections, folder)
    finally:
        stop.set()
        sampler.join()
    samples.append(_rss_kib(pid))
    return result, samples


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _machine() -> dict[str, Any]:
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    wrk_version = subprocess.run(
        ["wrk", "--version"], capture_output=True, text=True, check=False
    ).stdout.split(" [")[0]
    return {
        "cpu": model or platform.processor(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "starlette": _version("starlette"),
        "uvicorn": _version("uvicorn"),
        "wrk": wrk_version.strip(),
    }


def run(duration: int, soak_seconds: int, connections: int) -> dict[str, Any]:
    """Every scenario against one server; the figures as one record."""
    if shutil.which("wrk") is None:
        raise SystemExit(
            "wrk is not installed: sudo apt-get install -y wrk (or nox -s serve_bench)"
        )
    scenarios = {
        "Infobutton, JSON": lookup_script("application/json"),
        "Infobutton, Atom": lookup_script("text/xml"),
        "CDS Hooks, patient-view": hook_script(),
    }
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as temporary, running_server() as (process, url):
        folder = Path(temporary)
        print(f"server at {url} (pid {process.pid}); warming up", flush=True)
        wrk(url, lookup_script("application/json"), 3, connections, folder)
        for name, script in scenarios.items():
            figures[name] = wrk(url, script, duration, connections, folder)
            print(f"{name}: {figures[name]['rps']} requests/s", flush=True)
        result, samples = soak(url, process.pid, soak_seconds, connections, folder)
        print(
            f"soak: {result['rps']} requests/s, RSS {samples[0]} -> {samples[-1]} KiB", flush=True
        )
    return {
        "date": datetime.date.today().isoformat(),
        "machine": _machine(),
        "settings": {
            "duration_s": duration,
            "soak_s": soak_seconds,
            "connections": connections,
            "wrk_threads": 1,
            "server_workers": 1,
        },
        "target_rps": TARGET_RPS,
        "scenarios": figures,
        "soak": {
            **result,
            "rss_kib_first": samples[0],
            "rss_kib_last": samples[-1],
            "rss_kib_min": min(samples),
            "rss_kib_max": max(samples),
            "rss_samples": len(samples),
            "rss_kib_each_second": samples,
        },
    }


def _ms(microseconds: float) -> str:
    return f"{microseconds / 1000:.1f}"


def markdown(results: dict[str, Any]) -> str:
    """The results as the table the Performance page includes."""
    machine = results["machine"]
    settings = results["settings"]
    lines = [
        f"Measured on {results['date']}: {machine['cpu']}, {machine['cores']} cores, Python"
        f" {machine['python']}, Starlette {machine['starlette']}, uvicorn {machine['uvicorn']},"
        f" {machine['wrk']}. One server worker and one wrk thread with"
        f" {settings['connections']} connections on loopback, {settings['duration_s']} s per"
        " run.",
        "",
        "| Request | Requests/s | p50 (ms) | p90 (ms) | p99 (ms) | Errors |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, figures in results["scenarios"].items():
        lines.append(
            f"| {name} | {figures['rps']:,.0f} | {_ms(figures['p50_us'])} |"
            f" {_ms(figures['p90_us'])} | {_ms(figures['p99_us'])} | {figures['error_count']} |"
        )
    soaked = results["soak"]
    growth = soaked["rss_kib_last"] - soaked["rss_kib_first"]
    each = soaked["rss_kib_each_second"]
    settled = each[min(10, len(each) - 1)]
    lines += [
        f"| Soak, {settings['soak_s']} s of look-ups for random codes | {soaked['rps']:,.0f} |"
        f" {_ms(soaked['p50_us'])} | {_ms(soaked['p90_us'])} | {_ms(soaked['p99_us'])} |"
        f" {soaked['error_count']} |",
        "",
        f"Server memory (RSS) over the soak, read {soaked['rss_samples']} times: from"
        f" {soaked['rss_kib_first'] / 1024:.1f} MiB to {soaked['rss_kib_last'] / 1024:.1f} MiB"
        f" ({growth / 1024:+.1f} MiB; lowest {soaked['rss_kib_min'] / 1024:.1f}, highest"
        f" {soaked['rss_kib_max'] / 1024:.1f}); after the first 10 s, while the cache of"
        f" rendered answers fills, {settled / 1024:.1f} MiB, and"
        f" {(soaked['rss_kib_last'] - settled) / 1024:+.1f} MiB from there to the end."
        " Target: at least"
        f" {results['target_rps']:,} look-ups per second on one worker, with no errors.",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--duration", type=int, default=15, help="seconds per run (default 15)")
    parser.add_argument("--soak", type=int, default=60, help="seconds of soak (default 60)")
    parser.add_argument("--connections", type=int, default=32, help="wrk connections (default 32)")
    parser.add_argument("--output", type=Path, default=RESULTS, help="folder for the results")
    args = parser.parse_args()
    results = run(args.duration, args.soak, args.connections)
    args.output.mkdir(parents=True, exist_ok=True)
    (args.output / "serve.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    (args.output / "serve.md").write_text(markdown(results), encoding="utf-8")
    print(markdown(results))
    failures = [
        name
        for name, figures in {**results["scenarios"], "soak": results["soak"]}.items()
        if figures["error_count"]
    ]
    lookups = [results["scenarios"][n]["rps"] for n in ("Infobutton, JSON", "Infobutton, Atom")]
    if failures:
        print(f"errors in: {', '.join(failures)}")
        return 1
    if min(lookups) < TARGET_RPS:
        print(f"below the target of {TARGET_RPS} look-ups per second")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
