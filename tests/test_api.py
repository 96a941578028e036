"""The top-level API: what `import twitchfacts` offers, and what it costs."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import twitchfacts
from twitchfacts.catalog import Catalog


def test_queries_on_the_builtin_content() -> None:
    assert twitchfacts.causes()[0].id == "stress-and-anxiety"
    assert twitchfacts.categories()[0].id == "daily-life"
    assert twitchfacts.get("statins").category == "medicines"
    assert [c.id for c in twitchfacts.by_category("poisoning")] == ["pesticide-poisoning"]
    assert [c.id for c in twitchfacts.by_code("E83.42")] == ["low-magnesium"]
    assert twitchfacts.search("coffee")[0].id == "caffeine-and-stimulants"


def test_the_builtin_catalog_is_loaded_once() -> None:
    assert twitchfacts.load() is twitchfacts.load()


def test_unknown_ids_raise_key_errors_with_suggestions() -> None:
    with pytest.raises(KeyError, match="did you mean 'statins'"):
        twitchfacts.get("statin")


def test_every_query_accepts_a_pack(small: Catalog, write_json: Callable[..., Path]) -> None:
    path = write_json(small)
    for content in (small, path, str(path)):
        assert [c.id for c in twitchfacts.causes(content)] == ["test-cause"]
        assert twitchfacts.get("test-cause", content).name == "Test cause"
        assert twitchfacts.by_category("daily-life", content)[0].id == "test-cause"
        assert twitchfacts.by_code("R25.3", content)[0].id == "test-cause"
        assert twitchfacts.search("test alias", content)[0].id == "test-cause"
        assert len(twitchfacts.categories(content)) == len(small.categories)


def _modules_after(code: str) -> set[str]:
    script = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(json.loads(done.stdout))


@pytest.mark.parametrize(
    "code",
    ["import twitchfacts", "import twitchfacts; twitchfacts.get('als'); twitchfacts.search('x')"],
)
def test_import_and_queries_never_pull_in_heavy_modules(code: str) -> None:
    loaded = _modules_after(code)
    heavy = {"sphinx", "docutils", "simple_icd_10_cm", "textstat", "jsonschema"}
    assert not {name.split(".")[0] for name in loaded} & heavy


def test_import_loads_no_content() -> None:
    loaded = _modules_after("import twitchfacts")
    assert not {"twitchfacts.content", "twitchfacts.catalog", "twitchfacts.model"} & loaded


def test_the_package_is_typed() -> None:
    assert (Path(twitchfacts.__file__).parent / "py.typed").is_file()


def test_by_place_finds_what_is_most_likely_there() -> None:
    eyelid = [cause.id for cause in twitchfacts.by_place("eyelid")]
    assert "eyelid-twitching" in eyelid
    assert "als" not in eyelid
    assert eyelid.index("stress-and-anxiety") < eyelid.index("face-spasms")  # harmless first
    anywhere = twitchfacts.by_place("all-over")
    assert all("all-over" in cause.places for cause in anywhere)
    assert twitchfacts.by_place("legs-and-feet", content=twitchfacts.load()) == tuple(
        cause for cause in twitchfacts.causes() if "legs-and-feet" in cause.places
    )


def test_an_unknown_place_suggests_the_right_one() -> None:
    with pytest.raises(KeyError, match="did you mean 'eyelid'"):
        twitchfacts.by_place("eylid")
