"""The load benchmark's code is correct (nothing here is timed: see benchmarks/serve_bench.py)."""

from __future__ import annotations

import json
from pathlib import Path

import serve_bench  # benchmarks/ is on the test path (pyproject.toml)

from server_client import call

RESULTS = Path(__file__).parent.parent / "benchmarks" / "results"


def test_the_committed_table_is_rendered_from_the_committed_figures() -> None:
    results = json.loads((RESULTS / "serve.json").read_text(encoding="utf-8"))
    assert (RESULTS / "serve.md").read_text(encoding="utf-8") == serve_bench.markdown(results)


def test_the_committed_figures_meet_the_target_without_errors() -> None:
    results = json.loads((RESULTS / "serve.json").read_text(encoding="utf-8"))
    for name in ("Infobutton, JSON", "Infobutton, Atom"):
        assert results["scenarios"][name]["rps"] >= serve_bench.TARGET_RPS
    for figures in [*results["scenarios"].values(), results["soak"]]:
        assert figures["error_count"] == 0
    assert results["soak"]["rss_samples"] >= results["settings"]["soak_s"] // 2


def test_wrk_figures_are_read_from_the_lua_hook() -> None:
    output = (
        "Running 1s test @ http://127.0.0.1:1\n"
        'RESULT {"requests": 5000, "duration_us": 2000000, "bytes": 10, "p50_us": 900,'
        ' "p90_us": 1000, "p99_us": 2000, "max_us": 3000,'
        ' "errors": {"connect": 0, "read": 1, "write": 0, "status": 2, "timeout": 0}}\n'
    )
    result = serve_bench.parse_result(output)
    assert result["rps"] == 2500.0
    assert result["error_count"] == 3


def test_every_look_up_and_the_hook_body_are_answered() -> None:
    for response_type in ("application/json", "text/xml"):
        for path in serve_bench.lookup_paths(response_type):
            assert call("GET", path).status_code == 200, path
    response = call(
        "POST",
        serve_bench.SERVICE,
        content=serve_bench.hook_body().encode(),
        headers={"Content-Type": "application/json"},
    )
    assert len(response.json()["cards"]) == 2
