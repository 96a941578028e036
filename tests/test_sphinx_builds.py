"""The build contract: parallel builds equal serial ones, incremental builds
re-read exactly what changed, other projects render their own packs and
link to ours through intersphinx.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import twitchfacts
from sphinx_project import CONF, Project
from twitchfacts.exports import json_format
from twitchfacts.sphinxext.extension import STYLESHEETS

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
           moves

        .. twitch:causes::
           :category: medicines
        """,
    "statins.rst": ".. twitch:cause:: statins\n",
    "als.rst": ".. twitch:cause:: als\n",
    "red.rst": "Red flags\n=========\n\n.. twitch:red-flags::\n",
    "table.rst": "Table\n=====\n\n.. twitch:causes::\n   :layout: table\n",
    "plain.rst": "Plain\n=====\n\nNo causes.\n",
    "links.rst": "Links\n=====\n\nSee :twitch:cause:`statins`.\n",
    "moves.rst": "Moves\n=====\n\n.. twitch:movements::\n",
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


def test_editing_a_spanish_entry_rereads_only_the_spanish_pages_that_show_it(
    project: Project,
) -> None:
    pack = project.root / "pack.json"
    pack.write_text(json_format.dumps(twitchfacts.load()), encoding="utf-8")
    project.write(PAGES)
    project.write(
        {
            "conf.py": project.root.joinpath("conf.py").read_text()
            + '\ntwitchfacts_content = "pack.json"\ntwitchfacts_require_every_cause = False\n'
        }
    )
    project.build(language="es")
    assert len(project.read) == len(PAGES)
    before = {name: project.html(name) for name in ("als", "plain", "links")}
    new = "Un resumen nuevo para las estatinas."

    def retranslate(data: dict[str, Any]) -> None:
        (spanish,) = data["translations"]
        (entry,) = [text for text in spanish["texts"] if text["context"] == "statins.summary"]
        entry["text"] = new

    _edit(pack, retranslate)
    project.build(language="es")
    assert sorted(project.read) == ["index", "red", "statins", "table"]
    for page in ("index", "statins", "table"):
        assert new in project.html(page)
    assert {name: project.html(name) for name in before} == before


def test_renaming_a_cause_also_rereads_the_pages_that_link_to_it(
    incremental: tuple[Project, Path],
) -> None:
    project, pack = incremental
    _edit(pack, lambda data: _cause(data, "statins").update(name="Cholesterol medicines"))
    project.build()
    assert sorted(project.read) == ["index", "links", "moves", "red", "statins", "table"]
    assert "Cholesterol medicines" in project.html("links")
    assert "Cholesterol medicines" in project.html("moves")


def test_adding_a_cause_rereads_the_lists_it_joins(incremental: tuple[Project, Path]) -> None:
    project, pack = incremental

    def add(data: dict[str, Any]) -> None:
        new = dict(_cause(data, "statins"), id="fibrates", name="Fibrates", aliases=[])
        data["causes"].append(new)

    _edit(pack, add)
    project.build()
    assert sorted(project.read) == ["index", "red", "table"]
    assert "Fibrates" in project.html("index")


def test_editing_a_movement_rereads_only_the_page_that_tells_them_apart(
    incremental: tuple[Project, Path],
) -> None:
    project, pack = incremental

    def edit(data: dict[str, Any]) -> None:
        data["movements"][0]["feels_like"] = "A new flicker under the skin."

    _edit(pack, edit)
    project.build()
    assert project.read == ["moves"]
    assert "A new flicker under the skin." in project.html("moves")


def test_editing_the_disclaimer_rereads_the_pages_that_show_content(
    incremental: tuple[Project, Path],
) -> None:
    project, pack = incremental
    _edit(pack, lambda data: data.update(disclaimer="A new disclaimer."))
    project.build()
    assert sorted(project.read) == ["als", "index", "moves", "red", "statins", "table"]
    assert "A new disclaimer." in project.html("statins")
    assert "A new disclaimer." not in project.html("plain")


def test_an_unchanged_rebuild_keeps_its_configuration(project: Project) -> None:
    """The extension does not rewrite html_static_path (or anything else)."""
    # An explicit theme: Sphinx's test app otherwise swaps alabaster for basic
    # after reading the configuration, which looks like a change of its own.
    project.write({"index.rst": ".. twitch:cause:: als\n"}).build(html_theme="alabaster")
    project.build(html_theme="alabaster")
    status = project.app.status.getvalue()
    assert "configuration has changed" not in status
    assert "[new config]" not in status
    assert project.read == []
    assert (project.app.outdir / "_static" / "twitchfacts.css").is_file()
    assert "_static/twitchfacts.css" in project.html("index")


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


# --- incremental builds equal clean builds, for every kind of edit --------------------------

#: A project that uses every directive and both roles.
EVERY_DIRECTIVE = {
    "index.rst": """
        Home
        ====

        .. toctree::

           cause
           lists
           category
           help
           about

        .. twitch:categories::

        .. twitch:reassurance::
        """,
    "cause.rst": ".. twitch:cause:: caffeine-and-stimulants\n",
    "lists.rst": """
        Lists
        =====

        .. twitch:causes::

        .. twitch:causes::
           :layout: list

        .. twitch:causes::
           :layout: table
           :columns: name, category, summary, codes, reviewed, next-review, sources
        """,
    "category.rst": ".. twitch:category:: substances\n",
    "help.rst": """
        Help
        ====

        .. twitch:red-flags::

        .. twitch:pathway::
        """,
    "about.rst": """
        About
        =====

        See :twitch:cause:`caffeine-and-stimulants` and :twitch:category:`substances`.

        .. twitch:disclaimer::

        .. twitch:sources::

        .. twitch:readability::
        """,
}


def _rename_cause(data: dict[str, Any], text: str) -> None:
    _cause(data, "caffeine-and-stimulants")["name"] = f"Coffee {text}"


def _summarise_cause(data: dict[str, Any], text: str) -> None:
    _cause(data, "caffeine-and-stimulants")["summary"] = f"Summary {text}."


def _flag_cause(data: dict[str, Any], text: str) -> None:
    _cause(data, "caffeine-and-stimulants")["see_a_doctor"][0]["text"] = f"Flag {text}."


def _retitle_category(data: dict[str, Any], text: str) -> None:
    category = next(c for c in data["categories"] if c["id"] == "substances")
    category["title"] = f"Drinks {text}"


def _flag_general(data: dict[str, Any], text: str) -> None:
    data["red_flags"][-1]["text"] = f"General flag {text}."


def _retitle_source(data: dict[str, Any], text: str) -> None:
    _cause(data, "caffeine-and-stimulants")["sources"][0]["title"] = f"Source {text}"


EDITS = {
    "cause name": _rename_cause,
    "cause summary": _summarise_cause,
    "cause red flag": _flag_cause,
    "category title": _retitle_category,
    "general red flag": _flag_general,
    "source title": _retitle_source,
}


def _pages(outdir: Path) -> dict[str, str]:
    """The content of every page, with its structured data.

    The theme's navigation around the content is left out: when a page's
    title changes, Sphinx itself does not rewrite its neighbours' "next"
    and "previous" links, whatever the extension does.
    """
    pages = {}
    for path in sorted(outdir.glob("*.html")):
        if path.stem in {"genindex", "search"}:
            continue
        html = path.read_text(encoding="utf-8")
        head, body = html.split("</head>", 1)
        data = re.findall(r'<script type="application/ld\+json">.*?</script>', head, re.S)
        content = body.split('role="main">', 1)[1].split('<div class="sphinxsidebar"', 1)[0]
        pages[path.stem] = "\n".join([*data, content])
    return pages


def _clean_build(root: Path, pack: dict[str, Any]) -> dict[str, str]:
    from sphinx.testing.util import SphinxTestApp

    clean = Project(root, SphinxTestApp)
    clean.write(EVERY_DIRECTIVE)
    clean.write({"pack.json": json.dumps(pack)})
    try:
        clean.build(twitchfacts_content="pack.json")
        return _pages(clean.app.outdir)
    finally:
        clean.app.cleanup()


@pytest.mark.parametrize("edit", sorted(EDITS))
@settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.text(st.characters(categories=("L", "N")), min_size=1, max_size=12))
def test_an_incremental_rebuild_shows_what_a_clean_build_shows(
    tmp_path_factory: pytest.TempPathFactory, edit: str, text: str
) -> None:
    from sphinx.testing.util import SphinxTestApp

    root = tmp_path_factory.mktemp("incremental")
    project = Project(root / "project", SphinxTestApp)
    project.write(EVERY_DIRECTIVE)
    pack = root / "project" / "pack.json"
    pack.write_text(json_format.dumps(twitchfacts.load()), encoding="utf-8")
    try:
        project.build(twitchfacts_content="pack.json")
        _edit(pack, lambda data: EDITS[edit](data, text))
        project.build(twitchfacts_content="pack.json")
        incremental = _pages(project.app.outdir)
    finally:
        project.app.cleanup()
    clean = _clean_build(root / "clean", json.loads(pack.read_text(encoding="utf-8")))
    assert incremental.keys() == clean.keys()
    stale = [page for page in clean if incremental[page] != clean[page]]
    assert stale == [], edit


# --- other projects -----------------------------------------------------------------------


def test_another_project_renders_its_own_pack(project: Project) -> None:
    clinic = twitchfacts.load().replace(
        causes=(
            dataclasses.replace(
                twitchfacts.get("statins"), id="clinic-statins", name="Statins at our clinic"
            ),
        ),
        movements=(),
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


# --- compressed copies for static hosts --------------------------------------------------------


def test_precompressed_copies_match_their_files_and_are_reproducible(project: Project) -> None:
    import brotli  # type: ignore[import-untyped,unused-ignore]

    project.write({"index.rst": "Home\n====\n\n.. twitch:cause:: als\n"})
    project.build(twitchfacts_precompress=True, twitchfacts_require_every_cause=False)
    out = Path(project.app.outdir)
    texts = [p for p in out.rglob("*") if p.suffix in {".html", ".css", ".js"} and p.is_file()]
    assert any(p.name == "twitchfacts.css" for p in texts)
    for path in texts:
        data = path.read_bytes()
        assert gzip.decompress(path.with_name(path.name + ".gz").read_bytes()) == data, path
        assert brotli.decompress(path.with_name(path.name + ".br").read_bytes()) == data, path
    first = (out / "index.html.gz").read_bytes()
    (out / "index.html.gz").unlink()
    project.build(twitchfacts_precompress=True, twitchfacts_require_every_cause=False)
    assert (out / "index.html.gz").read_bytes() == first  # no time stamp inside


def test_no_compressed_copies_unless_asked(project: Project) -> None:
    project.write({"index.rst": "Home\n====\n\nText.\n"}).build()
    assert not list(Path(project.app.outdir).rglob("*.gz"))


# --- lean pages --------------------------------------------------------------------------


def _linked(html: str) -> set[str]:
    """The file names of the stylesheets and scripts a page links."""
    return {
        address.split("?")[0].rsplit("/", 1)[-1]
        for address in re.findall(r'(?:href|src)="([^"]+\.(?:css|js)[^"]*)"', html)
    }


def test_lean_pages_link_only_what_each_page_uses_and_defer_scripts(project: Project) -> None:
    project.write(
        {
            "conf.py": CONF + 'extensions.append("sphinx_design")\n',
            "index.rst": """
                Home
                ====

                .. twitch:cause:: als

                .. toctree::

                   code
                   cards
                   moves
                   map
            """,
            "moves.rst": "Moves\n=====\n\n.. twitch:movements::\n",
            "map.rst": "Map\n===\n\n.. twitch:pathway::\n",
            "code.rst": "Code\n====\n\n.. code-block:: python\n\n   print('hi')\n",
            "cards.rst": """
                Cards
                =====

                .. card:: A card

                   Text.

                .. tab-set::

                   .. tab-item:: One

                      First.
            """,
        }
    )
    project.build(twitchfacts_lean_pages=True)
    home, code, cards = (project.html(name) for name in ("index", "code", "cards"))
    dropped = {
        "pygments.css",
        "sphinx-design.min.css",
        "design-tabs.js",
        "doctools.js",
        "twitchfacts-movements.css",
        "twitchfacts-pictures.css",
        "translations.js",
    }
    assert not _linked(home) & dropped
    assert {"twitchfacts.css", "twitchfacts-movements.css"} <= _linked(project.html("moves"))
    assert "twitchfacts-pictures.css" in _linked(project.html("map"))
    assert "twitchfacts.css" in _linked(home)
    assert "pygments.css" in _linked(code) and "sphinx-design.min.css" not in _linked(code)
    assert "sphinx-design.min.css" in _linked(cards) and "pygments.css" not in _linked(cards)
    assert "design-tabs.js" in _linked(cards)
    scripts = [re.findall(r"<script\b[^>]*\bsrc=[^>]*>", html) for html in (home, code, cards)]
    assert scripts[2], "the page with tabs keeps its script"
    assert all('defer="defer"' in tag for page in scripts for tag in page), scripts
    search = project.html("search")
    assert {"doctools.js", "searchtools.js", "documentation_options.js"} <= _linked(search)
    assert not re.search(r'<script\b[^>]*defer[^>]*src="[^"]*doctools', search)


def test_without_lean_pages_every_page_links_everything(project: Project) -> None:
    project.write({"index.rst": "Home\n====\n\nText.\n"}).build()
    assert {"pygments.css", "doctools.js"} <= _linked(project.html("index"))
    assert "defer" not in project.html("index")


@pytest.mark.parametrize("stylesheet", STYLESHEETS, ids=lambda path: path.name)
def test_the_stylesheet_is_copied_without_comments_and_means_the_same(stylesheet: Path) -> None:
    from twitchfacts.sphinxext.lean import compact_css

    source = stylesheet.read_text(encoding="utf-8")
    compact = compact_css(source)
    assert "/*" in source and "/*" not in compact
    assert len(compact) < len(source) * 0.9
    # The same rules, token for token, once comments and spacing are set aside.
    tokens = re.compile(r'"[^"]*"|[^\s{};:,]+|[{};:,]')
    without_comments = re.sub(r"/\*.*?\*/", " ", source, flags=re.DOTALL)
    assert tokens.findall(compact) == tokens.findall(without_comments)
    assert compact_css('a  b {content: "x y"}  /* note */\n.c > .d{}') == (
        'a b {content: "x y"} .c > .d{}\n'
    )


def test_a_script_before_an_inline_script_is_not_deferred() -> None:
    from sphinx.builders.html._assets import _JavaScript

    from twitchfacts.sphinxext.lean import _defer_in_order

    scripts = [_JavaScript("a.js"), _JavaScript(None, body="use(a)"), _JavaScript("b.js")]
    a, inline, b = _defer_in_order(scripts)
    assert "defer" not in a.attributes  # the inline script after it needs it run first
    assert inline.attributes == {"body": "use(a)"}
    assert b.attributes.get("defer") == "defer"


def test_compact_html_keeps_every_space_and_all_preformatted_text() -> None:
    from twitchfacts.sphinxext.lean import compact_html

    page = (
        "<div>\n    <p>a\n      b</p>\n\n\n  <pre class='x'>x\n    y</pre>\n"
        "  <script>\n  let a = `q\n   z`;\n</script>\n <span>c</span> <span>d</span></div>"
    )
    assert compact_html(page) == (
        "<div>\n<p>a\nb</p>\n<pre class='x'>x\n    y</pre>\n"
        "<script>\n  let a = `q\n   z`;\n</script>\n<span>c</span> <span>d</span></div>"
    )


def test_lean_pages_are_written_without_indentation_and_read_the_same(project: Project) -> None:
    project.write(
        {
            "index.rst": (
                "Home\n====\n\n.. twitch:cause:: als\n\n.. code-block:: python\n\n"
                "   def f():\n       return 1\n"
            )
        }
    )
    project.build(twitchfacts_lean_pages=False, twitchfacts_require_every_cause=False)
    plain = project.html("index")
    project.build(twitchfacts_lean_pages=True, twitchfacts_require_every_cause=False)
    lean = project.html("index")
    assert re.search(r"\n[ \t]+<", plain)
    outside = re.sub(r"<(pre|script|style)\b.*?</\1>", "", lean, flags=re.S)
    assert not re.search(r"\n[ \t]+\S", outside)
    assert len(lean) < len(plain)

    def text(html: str) -> str:
        body = html.split("<body", 1)[1]
        body = re.sub(r"<(script|style)\b.*?</\1>", "", body, flags=re.S)
        return " ".join(re.sub(r"<[^>]+>", " ", body).split())

    assert text(lean) == text(plain)
    (code,) = re.findall(r"<pre>.*?</pre>", plain, re.S)
    assert code in lean
