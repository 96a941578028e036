"""The extension in other people's projects: bad packs, small packs, link-only projects.

Every case here was seen when the extension was first tried as a new user
would: a clinic writing its own pack, a second project linking to the site,
a packager without the ``sphinx`` extra.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import twitchfacts
from sphinx_project import Project
from twitchfacts.exports import json_format

ROOT = Path(__file__).parent.parent

# --- a pack with values the validator rejects ---------------------------------------------

PAGES = {
    "index.rst": "Home\n====\n\n.. toctree::\n\n   cause\n   lists\n",
    "cause.rst": ".. twitch:cause:: als\n",
    "lists.rst": (
        "Lists\n=====\n\n.. twitch:causes::\n\n.. twitch:causes::\n   :layout: table\n"
        "   :columns: name, category, reviewed, sources\n\n.. twitch:red-flags::\n"
    ),
}


def _als(data: dict[str, Any]) -> dict[str, Any]:
    return next(cause for cause in data["causes"] if cause["id"] == "als")


#: Each bad value: how to put it in the pack, and where the warning points.
BAD_VALUES: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "impossible date": (lambda d: _als(d).update(last_reviewed="2026-02-30"), "last_reviewed"),
    "codes null": (lambda d: _als(d).update(codes=None), "codes"),
    "name a number": (lambda d: _als(d).update(name=42), "name"),
    "sources one text": (lambda d: _als(d).update(sources="NHS"), "sources"),
    "red flags an object": (
        lambda d: _als(d).update(see_a_doctor={"text": "Help.", "urgency": "routine"}),
        "see_a_doctor",
    ),
    "self-care one text": (lambda d: _als(d).update(self_care="Rest well."), "self_care"),
    "unknown urgency": (
        lambda d: _als(d)["see_a_doctor"][0].update(urgency="soonish"),
        "see_a_doctor[0].urgency",
    ),
    "unknown category": (lambda d: _als(d).update(category="rare-things"), "category"),
}


def _bad_pack_project(project: Project, case: str) -> Project:
    data = json.loads(json_format.dumps(twitchfacts.load()))
    change, _ = BAD_VALUES[case]
    change(data)
    project.write({"pack.json": json.dumps(data), **PAGES})
    project.build(twitchfacts_content="pack.json", warnings=True)
    return project


@pytest.mark.parametrize("case", sorted(BAD_VALUES))
def test_a_rejected_value_is_a_located_warning_not_a_crash(project: Project, case: str) -> None:
    _bad_pack_project(project, case)
    _, field = BAD_VALUES[case]
    content = [w for w in project.warnings if w.endswith("[twitchfacts.content]")]
    assert content, project.warnings
    assert any(f"pack.json:als.{field}:" in w for w in content), content
    assert all(re.search(r"pack\.json:\d+: WARNING", w) for w in content), content
    assert all("left out of the pages" in w for w in content)


@pytest.mark.parametrize("case", sorted(BAD_VALUES))
def test_a_rejected_value_is_never_rendered_wrongly(project: Project, case: str) -> None:
    _bad_pack_project(project, case)
    html = {page: project.html(page) for page in ("cause", "lists")}
    body = html["cause"].split("</head>", 1)[1]
    # no bullet per character of a text given where a list belongs
    assert "<p>R</p>" not in body
    assert "<p>N</p>" not in body
    # no "When to see a doctor" heading without a box under it
    for part in re.findall(r'id="cause-als-see-a-doctor".*?</div>\s*</div>', body, re.S):
        assert "twitch-urgency" in part
    # no badge for a category that does not exist
    assert "rare-things" not in body
    assert "soonish" not in html["lists"]
    if case == "name a number":
        assert 'id="cause-als"' not in body  # a cause without a name is not shown at all


def test_a_cause_without_red_flags_shows_no_empty_heading(project: Project) -> None:
    data = json.loads(json_format.dumps(twitchfacts.load()))
    _als(data)["see_a_doctor"] = []
    project.write({"pack.json": json.dumps(data), **PAGES})
    project.build(twitchfacts_content="pack.json", warnings=True)
    assert "cause-als-see-a-doctor" not in project.html("cause")
    assert any("als.see_a_doctor: required-field" in w for w in project.warnings)


# --- module packs that fail ----------------------------------------------------------------

FAILING_MODULES = {
    "raises": "raise RuntimeError('the database is down')\n",
    "syntax error": "CAUSES = (\n",
    "exits": "import sys\nsys.exit(3)\n",
}


@pytest.mark.parametrize("failure", sorted(FAILING_MODULES))
def test_a_failing_module_pack_warns_on_the_first_build(project: Project, failure: str) -> None:
    project.write({"clinic_pack.py": FAILING_MODULES[failure], "index.rst": "Home\n====\n"})
    project.build(twitchfacts_content="clinic_pack.py", warnings=True)
    (warning,) = project.warnings
    assert "cannot load content pack" in warning
    assert warning.endswith("[twitchfacts.content]")


@pytest.mark.parametrize("failure", sorted(FAILING_MODULES))
def test_a_module_pack_that_breaks_between_builds_shows_no_stale_content(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    package = tmp_path / "modules" / f"live_pack_{failure.replace(' ', '_')}"
    package.mkdir(parents=True)
    init = package / "__init__.py"
    init.write_text(
        "import dataclasses\nfrom twitchfacts.content import CAUSES as _ALL\n"
        "CAUSES = (dataclasses.replace(_ALL[0], summary='The first summary.'),)\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path / "modules"))
    cause_id = twitchfacts.causes()[0].id
    project.write({"index.rst": f".. twitch:cause:: {cause_id}\n"})
    project.build(twitchfacts_content=package.name)
    assert "The first summary." in project.html("index")
    stat = init.stat()
    init.write_text(FAILING_MODULES[failure], encoding="utf-8")
    os.utime(init, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    project.build(twitchfacts_content=package.name, warnings=True)
    assert any("cannot load content pack" in w for w in project.warnings)
    assert "The first summary." not in project.html("index")


def test_a_module_pack_in_the_configuration_folder_is_found(project: Project) -> None:
    clinic = (
        "import dataclasses\nfrom twitchfacts.content import CAUSES as _ALL\n"
        "CAUSES = (dataclasses.replace(_ALL[0], name='Found beside conf.py'),)\n"
    )
    cause_id = twitchfacts.causes()[0].id
    project.write({"beside_conf_pack.py": clinic, "index.rst": f".. twitch:cause:: {cause_id}\n"})
    project.build(twitchfacts_content="beside_conf_pack", html_theme="alabaster")
    assert "Found beside conf.py" in project.html("index")


# --- small packs and link-only projects ------------------------------------------------------


def test_a_two_cause_pack_with_the_built_in_categories_builds_clean(project: Project) -> None:
    builtin = twitchfacts.load()
    two = builtin.replace(causes=(builtin.get("statins"), builtin.get("als")), movements=())
    project.write(
        {
            "pack.json": json_format.dumps(two),
            "index.md": (
                "# Clinic\n\n```{twitch:categories}\n```\n\n"
                "```{toctree}\nmedicines\nrare-conditions\n```\n"
            ),
            "medicines.md": "```{twitch:category} medicines\n:toctree: causes\n```\n",
            "rare-conditions.md": "```{twitch:category} rare-conditions\n:toctree: causes\n```\n",
            "causes/statins.md": "```{twitch:cause} statins\n```\n",
            "causes/als.md": "```{twitch:cause} als\n```\n",
        }
    )
    project.build(twitchfacts_content="pack.json", twitchfacts_require_every_cause=True)
    html = project.html("index")
    assert "0 causes" not in html
    assert "Caffeine, alcohol and stimulants" not in html
    assert "1 cause" in html


def _readme_example() -> tuple[str, str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Render it in your own Sphinx project", 1)[1].split("\n## ", 1)[0]
    conf = re.search(r"```python\n(.+?)```", section, re.S)
    page = re.search(r"```rst\n(.+?)```", section, re.S)
    assert conf and page, "the README's Sphinx example has lost its conf.py or its page"
    return conf.group(1), page.group(1)


def test_the_readme_minimal_example_builds_clean_as_written(project: Project) -> None:
    conf, page = _readme_example()
    project.write({"conf.py": conf, "index.rst": page})
    project.build()
    html = project.html("index")
    assert "Eyelid twitching" in html
    assert "not medical advice" in html


def test_the_readme_links_work_on_a_package_index_page() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)]+)\)", readme)
    assert targets
    assert all(target.startswith("https://") for target in targets), targets


@pytest.fixture
def remote_site(project: Project) -> Path:
    """Another twitchfacts site, whose ALS page has a name of its own."""
    builtin = twitchfacts.load()
    als = builtin.get("als")
    renamed = builtin.replace(
        causes=(als.__class__(**{**_fields(als), "name": "Remote ALS"}),), movements=()
    )
    project.write(
        {
            "pack.json": json_format.dumps(renamed),
            "index.rst": "Remote\n======\n\n.. twitch:cause:: als\n",
        }
    )
    project.build(twitchfacts_content="pack.json")
    inventory = Path(project.app.outdir) / "objects.inv"
    project.app.cleanup()  # the linking project below is a second, separate app
    project.app = None
    return inventory


def _fields(record: object) -> dict[str, Any]:
    import dataclasses

    return {field.name: getattr(record, field.name) for field in dataclasses.fields(record)}  # type: ignore[arg-type]


def _link_only(tmp_path: Path, make_app: Callable[..., Any], conf: str, page: str) -> Any:
    other = tmp_path / "other"
    other.mkdir()
    (other / "conf.py").write_text(textwrap.dedent(conf), encoding="utf-8")
    name = "index.md" if page.startswith("#") else "index.rst"
    (other / name).write_text(page, encoding="utf-8")
    app = make_app("html", srcdir=other)
    app.build()
    return app


def _linking_conf(inventory: Path, *extensions: str) -> str:
    """A conf.py that links to the remote site through intersphinx, and nothing else."""
    return (
        f"extensions = {['sphinx.ext.intersphinx', *extensions]!r}\n"
        f"intersphinx_mapping = {{'facts': ('https://facts.example/', {str(inventory)!r})}}\n"
    )


def test_a_link_only_project_builds_clean_with_the_remote_names(
    remote_site: Path, tmp_path: Path, make_app: Callable[..., Any]
) -> None:
    app = _link_only(
        tmp_path,
        make_app,
        _linking_conf(remote_site, "twitchfacts.sphinxext"),
        "Other\n=====\n\nSee :twitch:cause:`als`.\n",
    )
    assert "WARNING" not in app.warning.getvalue(), app.warning.getvalue()
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    assert re.search(r'href="https://facts.example/index.html#cause-als"[^>]*>.*?Remote ALS', html)
    assert twitchfacts.load().disclaimer not in html
    assert "application/ld+json" not in html


def test_an_unknown_id_in_a_link_only_project_is_still_reported(
    remote_site: Path, tmp_path: Path, make_app: Callable[..., Any]
) -> None:
    app = _link_only(
        tmp_path,
        make_app,
        _linking_conf(remote_site, "twitchfacts.sphinxext"),
        "Other\n=====\n\nSee :twitch:cause:`alss`.\n",
    )
    warnings = app.warning.getvalue()
    assert "index.rst:4: WARNING: no cause with id 'alss'" in warnings
    assert "did you mean 'als'?" in warnings


@pytest.mark.parametrize(
    "page",
    [
        "Other\n=====\n\nSee :external+facts:ref:`cause-als`.\n",
        "# Other\n\nSee [](inv:facts:std:label#cause-als).\n",
    ],
)
def test_a_project_without_the_extension_links_through_standard_labels(
    remote_site: Path, tmp_path: Path, make_app: Callable[..., Any], page: str
) -> None:
    app = _link_only(
        tmp_path,
        make_app,
        _linking_conf(remote_site, "myst_parser"),
        page,
    )
    assert "WARNING" not in app.warning.getvalue(), app.warning.getvalue()
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    assert re.search(r'href="https://facts.example/index.html#cause-als"[^>]*>.*?Remote ALS', html)


# --- installing without the extra ----------------------------------------------------------------


def test_importing_the_extension_without_sphinx_names_the_extra(tmp_path: Path) -> None:
    probe = (
        "import importlib.util, sys\n"
        "real = importlib.util.find_spec\n"
        "importlib.util.find_spec = lambda name, *a: None if name == 'sphinx' else real(name, *a)\n"
        "try:\n"
        "    import twitchfacts.sphinxext\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert 'pip install "twitchfacts[sphinx]"' in done.stdout
    assert "Traceback" not in done.stderr


def test_an_old_sphinx_is_refused_with_the_extra_named(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sphinx
    from sphinx.errors import ExtensionError

    monkeypatch.setattr(sphinx, "version_info", (7, 4, 0, "final", 0))
    project.write({"index.rst": "Home\n====\n"})
    with pytest.raises(ExtensionError, match=re.escape('pip install "twitchfacts[sphinx]"')):
        project.build()


# --- the pack authoring guide's example -------------------------------------------------------


def _guide_blocks() -> dict[str, str]:
    guide = (ROOT / "docs" / "developers" / "packs.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(python|rst)\n(.+?)```", guide, re.S)
    pack = next(code for lang, code in blocks if code.startswith("# clinic_pack.py"))
    conf = next(code for lang, code in blocks if code.startswith("extensions"))
    page = next(code for lang, code in blocks if lang == "rst")
    return {"clinic_pack.py": pack, "conf.py": conf, "index.rst": page}


@pytest.mark.usefixtures("vale")
def test_the_pack_guide_example_validates_strictly(tmp_path: Path) -> None:
    for name, text in _guide_blocks().items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "twitchfacts",
            "validate",
            "--strict",
            "--content",
            "clinic_pack.py",
            "--today",
            "2026-11-25",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, ""), done.stdout + done.stderr
    assert "2 causes checked: 0 errors, 0 warnings" in done.stderr


def test_the_pack_guide_example_builds_clean(project: Project) -> None:
    project.write(_guide_blocks())
    project.build()
    html = project.html("index")
    assert "Coffee and energy drinks" in html
    assert "Eyelid twitching" in html
    assert "not medical advice" in html
