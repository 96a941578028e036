"""Lighthouse on the built site: 100 in all four categories (issue 11 §4).

Lighthouse (the npm package, given by ``$TWITCHFACTS_LIGHTHOUSE``; ``nox -s
lighthouse`` installs it) runs against Debian's Chromium with its default
mobile settings: a phone's screen and a simulated slow 4G connection, three
runs per page, of which the median counts. The
site is served on loopback with the build's pre-compressed copies, as a
static host would serve it. With ``$TWITCHFACTS_READER_RESULTS`` set, the
figures are written there as the Markdown table the Performance page shows.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import site_checks
from twitchfacts.files import write_atomically

pytestmark = pytest.mark.lighthouse

#: The pages the issue names, one of each kind a reader meets first, in each language.
PAGES = {
    "Home": "index.html",
    "A cause": "causes/harmless-nerve-twitches/eyelid-twitching.html",
    "A place": "places/eyelid.html",
    "When to see a doctor": "when-to-see-a-doctor.html",
    # The same four in Spanish: every check runs on both languages.
    "Inicio (es)": "es/index.html",
    "Una causa (es)": "es/causes/harmless-nerve-twitches/eyelid-twitching.html",
    "Un lugar (es)": "es/places/eyelid.html",
    "Cuándo consultar (es)": "es/when-to-see-a-doctor.html",
}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
FLAGS = "--headless=new --no-sandbox --disable-gpu"
#: Runs per page. Lighthouse's timings vary from run to run on a busy
#: machine; its own advice is to report the median of several runs.
RUNS = 3


def _median(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median performance score (the other categories do not vary)."""
    ranked = sorted(runs, key=lambda run: run["categories"]["performance"]["score"] or 0)
    return ranked[len(ranked) // 2]


@pytest.fixture(scope="module")
def lighthouse() -> str:
    given = os.environ.get("TWITCHFACTS_LIGHTHOUSE", "")
    if not Path(given).is_file():
        pytest.fail(
            "Lighthouse is needed: run `nox -s lighthouse`, which installs it, or set"
            " $TWITCHFACTS_LIGHTHOUSE to the `lighthouse` command of the npm package."
        )
    return given


def _run(lighthouse: str, url: str, out: Path) -> dict[str, Any]:
    done = subprocess.run(
        [
            lighthouse,
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={FLAGS}",
        ],
        env={**os.environ, "CHROME_PATH": site_checks.chromium_path()},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"Lighthouse failed on {url}:\n{done.stderr[-2000:]}"
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return report


@pytest.fixture(scope="module")
def reports(lighthouse: str, built_site: Path) -> Iterator[dict[str, dict[str, Any]]]:
    found = {}
    # The site is built for its published address (hreflang and canonical
    # links must be absolute); nox builds it for a port on this machine.
    port = int(os.environ.get("TWITCHFACTS_SITE_PORT", "0"))
    with site_checks.serve(built_site, port) as base, tempfile.TemporaryDirectory() as folder:
        for label, name in PAGES.items():
            report = Path(folder) / "report.json"
            runs = [_run(lighthouse, base + name, report) for _ in range(RUNS)]
            found[label] = _median(runs)
    target = os.environ.get("TWITCHFACTS_READER_RESULTS")
    perfect = all(
        report.get("categories", {}).get(name, {}).get("score") == 1
        for report in found.values()
        for name in CATEGORIES
    )
    if target and perfect:
        write_atomically(Path(target), figures_table(found))
    yield found


def _shortfalls(report: dict[str, Any], category: str) -> list[str]:
    """The weighted audits of *category* that did not pass in full."""
    audits = report["audits"]
    return [
        f"{ref['id']} ({audits[ref['id']]['score']}: {audits[ref['id']].get('displayValue', '')})"
        for ref in report["categories"][category]["auditRefs"]
        if ref.get("weight") and (audits[ref["id"]].get("score") or 0) < 1
    ]


@pytest.mark.parametrize("label", list(PAGES))
def test_each_page_scores_100_in_every_category(
    reports: dict[str, dict[str, Any]], label: str
) -> None:
    report = reports[label]
    assert "runtimeError" not in report, report.get("runtimeError")
    scores = {name: report["categories"][name]["score"] for name in CATEGORIES}
    below = {name: _shortfalls(report, name) for name, score in scores.items() if score < 1}
    assert below == {}, f"{PAGES[label]}: {scores}"


def figures_table(reports: dict[str, dict[str, Any]]) -> str:
    """The reader-side figures as a Markdown table, with how they were measured."""
    first = next(iter(reports.values()))
    rows = [
        "| Page | Requests | Transferred | First paint | Largest paint | Scores |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for label, report in reports.items():
        audits = report["audits"]
        # Requests over the network; Lighthouse also lists data: addresses.
        requests = sum(
            item["url"].startswith("http")
            for item in audits["network-requests"]["details"]["items"]
        )
        weight = audits["total-byte-weight"]["numericValue"] / 1024
        scores = " / ".join(
            str(round(report["categories"][name]["score"] * 100)) for name in CATEGORIES
        )
        cells = [
            label,
            str(requests),
            f"{weight:.1f} KB",
            audits["first-contentful-paint"]["displayValue"],
            audits["largest-contentful-paint"]["displayValue"],
            scores,
        ]
        rows.append("| " + " | ".join(cells) + " |")
    throttling = first["configSettings"]["throttling"]
    note = (
        f"Lighthouse {first['lighthouseVersion']}, {first['configSettings']['formFactor']},"
        f" simulated {throttling['throughputKbps'] / 1000:.1f} Mbps with"
        f" {throttling['rttMs']:.0f} ms round trips and a {throttling['cpuSlowdownMultiplier']:g}x"
        " slower processor; the site served on loopback with its pre-compressed copies. Scores are"
        " performance / accessibility / best practices / SEO."
    )
    return "\n".join([*rows, "", note, ""])
