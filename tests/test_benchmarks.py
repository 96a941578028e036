"""The benchmark code is correct (nothing here is timed: see benchmarks/)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
import report  # benchmarks/ is on the test path (pyproject.toml)
import synthetic

from sphinx_project import Project
from twitchfacts.rules import Settings, validate

BENCHMARKS = Path(__file__).parent.parent / "benchmarks"


def test_the_committed_table_is_rendered_from_the_committed_figures() -> None:
    results = json.loads((BENCHMARKS / "results" / "latest.json").read_text(encoding="utf-8"))
    assert (BENCHMARKS / "results" / "latest.md").read_text(encoding="utf-8") == report.markdown(
        results
    )


def test_a_synthetic_catalog_passes_the_structure_rules() -> None:
    catalog = synthetic.catalog(50)
    assert len(catalog.causes) == 50
    assert validate(catalog, Settings(today=datetime.date(2026, 11, 25))) == []


@pytest.mark.parametrize("side", ["twitch", "plain"])
def test_the_synthetic_sites_build_without_warnings(project: Project, side: str) -> None:
    writer = {"twitch": synthetic.write_twitch, "plain": synthetic.write_plain}[side]
    writer(project.root, synthetic.catalog(20))
    project.build()
    assert project.warnings == []
    assert (project.app.outdir / "cat-01" / "cause-00001.html").is_file()
