"""The build contract: parallel builds equal serial ones, incremental builds
re-read exactly what changed, other projects render their own packs and
link to ours through intersphinx.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import twitchfacts
from sphinx_project import Project
from twitchfacts.exports import json_format

DOCS = Path(__file__).parent.parent / "docs"


def _outputs(outdir: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(outdir)): path.read_bytes()
        for path in sorted(outdir.rglob("*"))
        if path.is_file()
        and path.suffix in {".html", ".js", ".inv"}
        and "_static" not in path.parts
    }


def test_a_parallel_build_of_the_site_equals_a_serial_one(tmp_path: Path) -> None:
    from sphinx.testing.util import SphinxTestApp

    source = tmp_path / "docs"
    shutil.copytree(DOCS, source, ignore=shutil.ignore_patterns("_build"))
    results = {}
    for jobs in (0, 4):
        app = SphinxTestApp(
            "html", srcdir=source, builddir=tmp_path / f"build-{jobs}", parallel=jobs
        )
        try:
            app.build()
            assert app.builder.parallel_ok == (jobs > 1)
            warnings = app.warning.getvalue()
            assert "WARNING" not in warnings, warnings
            results[jobs] = _outputs(app.outdir)
        finally:
            app.cleanup()
    assert len(results[0]) > 40
    assert results[0].keys() == results[4].keys()
    different = [name for name in results[0] if results[0][name] != results[4][name]]
    assert different == []


# --- incremental builds -------------------------------------------------------------------

PAGES = {
    "index.rst": """
        Home
        ====

        .. toctree::

           statins
           als
           red
           table
           plain
           links

        .. twitch:causes::
           :category: medicines
        """,
    "statins.rst": ".. twitch:cause:: statins\n",
    "als.rst": ".. twitch:cause:: als\n",
    "red.rst": "Red flags\n=========\n\n.. twitch:red-flags::\n",
    "table.rst": "Table\n=====\n\n.. twitch:causes::\n   :layout: table\n",
    "plain.rst": "Plain\n=====\n\nNo causes.\n",
    "links.rst": "Links\n=====\n\nSee :twitch:cause:`statins`.\n",
}


@pytest.fixture
def incremental(project: Project) -> tuple[Project, Path]:
    pack = project.root / "pack.json"
    pack.write_text(json_format.dumps(twitchfacts.load()), encoding="utf-8")
    project.write(PAGES)
    project.write(
        {
            "conf.py": project.root.joinpath("conf.py").read_text()
            + '\ntwitchfacts_content = "pack.json"\ntwitchfacts_require_every_cause = False\n'
        }
    )
    project.build()
    assert project.warnings == []
    assert len(project.read) == len(PAGES)
    return project, pack


def _edit(pack: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = json.loads(pack.read_text(encoding="utf-8"))
    change(data)
    stat = pack.stat()
    pack.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.utime(pack, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def _cause(data: dict[str, Any], cause_id: str) -> dict[str, Any]:
    return next(cause for cause in data["causes"] if cause["id"] == cause_id)


def test_an_unchanged_rebuild_reads_nothing(incremental: tuple[Project, Path]) -> None:
    project, _ = incremental
    project.build()
    assert project.read == []


def test_editing_a_cause_rereads_exactly_the_pages_that_show_it(
    incremental: tuple[Project, Path],
) -> None:
    project, pack = incremental
    before = {name: project.html(name) for name in ("als", "plain", "links")}
    _edit(pack, lambda data: _cause(data, "statins").update(summary="A new summary for statins."))
    project.build()
    assert sorted(project.read) == ["index", "red", "statins", "table"]
    for page in ("index", "statins", "table"):
        assert "A new summary for statins." in project.html(page)
    assert {name: project.html(name) for name in before} == before


def test_renaming_a_cause_also_rereads_the_pages_that_link_to_it(
    incremental: tuple[Project, Path],
) -> None:
    project, pack = incremental
    _edit(pack, lambda data: _cause(data, "statins").update(name="Cholesterol medicines"))
    project.build()
    assert sorted(project.read) == ["index", "links", "red", "statins", "table"]
    assert "Cholesterol medicines" in project.html("links")


def test_adding_a_cause_rereads_the_lists_it_joins(incremental: tuple[Project, Path]) -> None:
    project, pack = incremental

    def add(data: dict[str, Any]) -> None:
        new = dict(_cause(data, "statins"), id="fibrates", name="Fibrates", aliases=[])
        data["causes"].append(new)

    _edit(pack, add)
    project.build()
    assert sorted(project.read) == ["index", "red", "table"]
    assert "Fibrates" in project.html("index")


def test_editing_the_disclaimer_rereads_every_page(incremental: tuple[Project, Path]) -> None:
    project, pack = incremental
    _edit(pack, lambda data: data.update(disclaimer="A new disclaimer."))
    project.build()
    assert sorted(project.read) == sorted(name.removesuffix(".rst") for name in PAGES)
    assert "A new disclaimer." in project.html("plain")


def test_editing_a_module_pack_is_seen_by_the_next_build_in_the_same_process(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "modules" / "incremental_clinic_pack"
    package.mkdir(parents=True)
    source = (
        "from twitchfacts.content import CAUSES as _ALL\n"
        "import dataclasses\n"
        "CAUSES = (dataclasses.replace(_ALL[0], summary={summary!r}),)\n"
    )
    init = package / "__init__.py"
    init.write_text(source.format(summary="First summary."), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "modules"))
    cause_id = twitchfacts.causes()[0].id
    project.write({"index.rst": f".. twitch:cause:: {cause_id}\n"})
    conf = {
        "twitchfacts_content": "incremental_clinic_pack",
        "twitchfacts_require_every_cause": False,
    }
    project.build(**conf)
    assert "First summary." in project.html("index")
    stat = init.stat()
    init.write_text(source.format(summary="Second summary."), encoding="utf-8")
    os.utime(init, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    project.build(**conf)
    assert project.read == ["index"]
    assert "Second summary." in project.html("index")


# --- other projects -----------------------------------------------------------------------


def test_another_project_renders_its_own_pack(project: Project) -> None:
    clinic = twitchfacts.load().replace(
        causes=(
            dataclasses.replace(
                twitchfacts.get("statins"), id="clinic-statins", name="Statins at our clinic"
            ),
        )
    )
    project.write({"packs/clinic.json": json_format.dumps(clinic)})
    project.write(
        {
            "conf.py": (
                'extensions = ["twitchfacts.sphinxext"]\n'
                'twitchfacts_content = "packs/clinic.json"\n'
            ),
            "index.rst": (
                "Clinic\n======\n\n.. twitch:cause:: clinic-statins\n\n.. twitch:categories::\n"
            ),
        }
    )
    project.build(suppress_warnings=["twitchfacts.unrendered"])
    assert project.warnings == []
    assert "Statins at our clinic" in project.html("index")


def test_another_project_links_to_causes_through_intersphinx(
    project: Project, tmp_path: Path, make_app: Callable[..., Any]
) -> None:
    project.write({"index.rst": ".. twitch:cause:: als\n"})
    project.build(twitchfacts_require_every_cause=False)
    project.app.cleanup()
    inventory = project.app.outdir / "objects.inv"
    other = tmp_path / "other"
    other.mkdir()
    (other / "conf.py").write_text(
        'extensions = ["sphinx.ext.intersphinx", "twitchfacts.sphinxext"]\n'
        "twitchfacts_require_every_cause = False\n"
        f'intersphinx_mapping = {{"facts": ("https://facts.example/", {str(inventory)!r})}}\n',
        encoding="utf-8",
    )
    (other / "index.rst").write_text("Other\n=====\n\nSee :twitch:cause:`als`.\n", encoding="utf-8")
    app = make_app("html", srcdir=other)
    app.build()
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert 'href="https://facts.example/index.html#cause-als"' in html
