"""The layout of src/twitchfacts is the architecture: who may import whom.

Checked from the source itself (every ``import`` statement, at any depth),
so a new import that breaks a layer fails here before it causes a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "src" / "twitchfacts"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Every twitchfacts module and the twitchfacts modules it imports."""
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = _module_name(path)
        targets = found.setdefault(name, set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                targets.add(node.module)
                targets.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
    return {
        name: {target for target in targets if target.startswith("twitchfacts")}
        for name, targets in found.items()
    }


IMPORTS = _imports()


def _in(package: str, name: str) -> bool:
    return name == package or name.startswith(package + ".")


def _importers_of(package: str, within: str) -> list[str]:
    return sorted(
        module
        for module, targets in IMPORTS.items()
        if _in(within, module) and any(_in(package, target) for target in targets)
    )


def test_the_module_map_is_read() -> None:
    assert "twitchfacts.packs" in IMPORTS
    assert "twitchfacts.parse" in IMPORTS["twitchfacts.packs"]


@pytest.mark.parametrize(
    ("loader", "forbidden"),
    [
        ("twitchfacts.packs", "twitchfacts.exports"),
        ("twitchfacts.parse", "twitchfacts.exports"),
        ("twitchfacts.catalog", "twitchfacts.exports"),
        ("twitchfacts.model", "twitchfacts.exports"),
    ],
)
def test_loading_does_not_import_the_exports(loader: str, forbidden: str) -> None:
    assert not any(_in(forbidden, target) for target in IMPORTS[loader])


def test_prose_and_rules_do_not_import_each_other_in_a_circle() -> None:
    assert _importers_of("twitchfacts.rules", within="twitchfacts.prose") == []
    assert _importers_of("twitchfacts.prose", within="twitchfacts.rules") == [
        "twitchfacts.rules.prose",
        "twitchfacts.rules.translations",
    ]


def test_only_the_extension_imports_sphinx_or_docutils() -> None:
    outside = [
        module
        for module, targets in IMPORTS.items()
        if not _in("twitchfacts.sphinxext", module)
        and any(_in("twitchfacts.sphinxext", target) for target in targets)
    ]
    assert outside == []
    for path in PACKAGE.rglob("*.py"):
        if "sphinxext" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        assert "import sphinx" not in text and "from sphinx" not in text, path
        assert "import docutils" not in text and "from docutils" not in text, path
