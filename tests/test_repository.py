"""The repository keeps its promises: the README's commands are what CI runs."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).parent.parent


def _quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_the_quick_start_has_exactly_two_commands() -> None:
    build, check = _quick_start_commands()
    assert build.endswith("python -m nox -s docs")
    assert check.endswith("python -m nox")


def test_ci_runs_the_readme_check_command_and_nothing_else() -> None:
    _, check = _quick_start_commands()
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [
        line
        for line in script.splitlines()
        if line.strip() and not line.startswith(("#", "set ", "cd "))
    ]
    assert commands == [check]


def test_every_nox_session_has_a_docstring() -> None:
    tree = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))
    sessions = [
        node
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
        and any("session" in ast.unparse(decorator) for decorator in node.decorator_list)
    ]
    assert {session.name for session in sessions} >= {"lint", "validate", "tests", "docs"}
    for session in sessions:
        assert ast.get_docstring(session), session.name
