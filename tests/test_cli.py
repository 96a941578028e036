"""The command line, run in a subprocess as users run it: output and exit codes."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result
from factories import catalog_with, good_cause
from twitchfacts.catalog import Catalog
from twitchfacts.exports import json_format

Cli = Callable[..., Result]


def test_list(cli: Cli, builtin: Catalog) -> None:
    result = cli("list")
    assert result.code == 0
    lines = result.out.splitlines()
    assert len(lines) == len(builtin.causes)
    assert lines[0].split()[0] == "stress-and-anxiety"


def test_list_one_category(cli: Cli) -> None:
    result = cli("list", "--category", "medicines")
    assert [line.split()[0] for line in result.out.splitlines()] == [
        "asthma-relievers",
        "statins",
        "lithium",
        "serotonin-syndrome",
        "other-medicines",
    ]


def test_list_unknown_category(cli: Cli) -> None:
    result = cli("list", "--category", "medicine")
    assert result.code == 2
    assert result.err == (
        "twitchfacts: error: no category with id 'medicine'; did you mean 'medicines'?\n"
    )


def test_show(cli: Cli) -> None:
    result = cli("show", "als")
    assert result.code == 0
    for heading in ("What you can do", "When to see a doctor", "Sources", "Medical codes"):
        assert heading in result.out
    assert "ICD-10-CM | G12.21 | Amyotrophic lateral sclerosis" in result.out
    assert "Last reviewed: 2026-" in result.out
    assert "Where it shows\n  Mouth and tongue, Arms and hands, Legs and feet" in result.out
    assert "Next review due: 2028-" in result.out


def test_show_prints_the_three_urgency_groups_most_urgent_first(cli: Cli) -> None:
    out = cli("show", "eyelid-twitching").out
    titles = [
        "Emergency: get help now if:",
        "Urgent: get help today if:",
        "See a doctor if:",
    ]
    positions = [out.index(title) for title in titles]
    assert positions == sorted(positions)
    urgent = out[positions[1] : positions[2]]
    assert "Get help today from an optician, a doctor or NHS 111" in " ".join(urgent.split())
    assert "doi:" in cli("show", "benign-twitching").out


def test_show_keeps_flags_of_an_unknown_urgency_visible(
    cli: Cli, write_json: Callable[..., Path]
) -> None:
    flags = [{"text": "Soon-ish.", "urgency": "soon"}, {"text": "Now.", "urgency": "emergency"}]
    path = write_json({"schema_version": 2, "causes": [{"id": "x", "see_a_doctor": flags}]})
    out = cli("show", "x", "--content", path).out
    assert out.index("Emergency: get help now if:") < out.index("Urgency 'soon'")
    assert "Soon-ish." in out


def test_show_unknown_id_suggests(cli: Cli) -> None:
    result = cli("show", "caffeine")
    assert result.code == 2
    assert "did you mean 'caffeine-and-stimulants'?" in result.err
    assert "Traceback" not in result.err


def test_show_works_on_content_that_fails_validation(
    cli: Cli, write_json: Callable[..., Path]
) -> None:
    path = write_json({"schema_version": 1, "causes": [{"id": "x", "self_care": "Rest."}]})
    result = cli("show", "x", "--content", path)
    assert result.code == 0
    assert "Rest." in result.out


def test_rules(cli: Cli) -> None:
    from twitchfacts.rules import RULES

    result = cli("rules")
    assert result.code == 0
    assert [line.split()[0] for line in result.out.splitlines()] == [rule.id for rule in RULES]


@pytest.mark.usefixtures("vale")
def test_validate_the_builtin_content(cli: Cli) -> None:
    result = cli("validate", "--strict", "--today", "2026-11-25")
    assert result.code == 0, result.out
    assert result.out == ""
    assert "0 errors, 0 warnings" in result.err


def test_validate_reports_every_problem_and_exits_1(
    cli: Cli, write_json: Callable[..., Path]
) -> None:
    path = write_json(
        catalog_with(
            good_cause(id="first", name="First", aliases=(), explanation=""),
            good_cause(id="second", name="Second", aliases=(), summary=42),  # type: ignore[arg-type]
        )
    )
    result = cli("validate", "--content", path, "--today", "2026-11-25", "--no-prose")
    assert result.code == 1
    assert result.out.splitlines() == [
        f"{path}:first.explanation: required-field: this text is required and is blank",
        f"{path}:second.summary: wrong-type: expected text, found a number (42)",
    ]


def test_warnings_fail_only_under_strict(cli: Cli, write_json: Callable[..., Path]) -> None:
    path = write_json(catalog_with(good_cause(summary="One. Two.")))
    loose = cli("validate", "--content", path, "--today", "2026-11-25")
    strict = cli("validate", "--content", path, "--today", "2026-11-25", "--strict")
    assert (loose.code, strict.code) == (0, 1)
    assert loose.out.endswith("(warning)\n")


def test_validate_as_json(cli: Cli, write_json: Callable[..., Path]) -> None:
    path = write_json(catalog_with(good_cause(sources=())))
    result = cli(
        "validate", "--content", path, "--format", "json", "--today", "2026-11-25", "--no-prose"
    )
    assert result.code == 1
    report = json.loads(result.out)
    assert report["errors"] == 1
    assert report["problems"] == [
        {
            "pack": str(path),
            "where": "test-cause.sources",
            "rule": "no-sources",
            "severity": "error",
            "message": "cite at least one source a reader can open",
        }
    ]


def test_validate_review_age_option(cli: Cli, write_json: Callable[..., Path]) -> None:
    path = write_json(catalog_with(good_cause()))
    result = cli("validate", "--content", path, "--today", "2026-11-25", "--max-review-age", "10")
    assert result.code == 0
    assert "review-date-stale" in result.out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["validate", "--content", "missing.json"],
            "twitchfacts: error: missing.json: no such file",
        ),
        (["validate", "--content", "no_such_module_xyz"], "no module or file of that name"),
        (["validate", "--today", "yesterday"], "--today: 'yesterday' is not a date"),
        (
            ["export", "--format", "json", "--cause", "als"],
            "--cause only applies to --format jsonld",
        ),
        (["export", "--format", "jsonld", "--cause", "alss"], "did you mean 'als'"),
        (
            ["export", "--format", "json", "--output", "no/such/dir/out.json"],
            "cannot write no/such/dir/out.json: No such file",
        ),
        (["validate", "--max-review-age", "-5"], "-5 days makes no sense"),
        (["validate", "--max-review-age", "0"], "0 days makes no sense"),
        (["validate", "--max-review-age", "soon"], "'soon' is not a whole number of days"),
    ],
)
def test_usage_and_loading_errors_exit_2(cli: Cli, args: list[str], message: str) -> None:
    result = cli(*args)
    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"schema_version": 1, "causes": [', "pack.json:1:34: not valid JSON"),
        ('{"schema_version": 1, "causes": [1]}', "causes[0]: expected an object"),
    ],
)
def test_broken_json_packs_exit_2(
    cli: Cli, write_json: Callable[..., Path], text: str, message: str
) -> None:
    result = cli("validate", "--content", write_json(text))
    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("CAUSES = (\n", "syntax error in pack"),
        ("raise RuntimeError('boom')\n", "raised RuntimeError: boom"),
    ],
)
def test_broken_python_packs_exit_2(cli: Cli, tmp_path: Path, source: str, message: str) -> None:
    path = tmp_path / "broken.py"
    path.write_text(source, encoding="utf-8")
    result = cli("validate", "--content", path)
    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err


def test_bad_arguments_exit_2_with_usage(cli: Cli) -> None:
    result = cli("export", "--format", "yaml")
    assert result.code == 2
    assert "invalid choice: 'yaml'" in result.err


def test_export_json_round_trips_and_validates(cli: Cli, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    assert cli("export", "--format", "json", "--output", first).code == 0
    again = cli("export", "--format", "json", "--content", first)
    assert again.code == 0
    assert again.out == first.read_text(encoding="utf-8")
    assert (
        cli("validate", "--strict", "--no-prose", "--today", "2026-11-25", "--content", first).code
        == 0
    )


def test_export_jsonschema(cli: Cli) -> None:
    result = cli("export", "--format", "jsonschema")
    assert result.code == 0
    assert json.loads(result.out)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_export_jsonld(cli: Cli) -> None:
    catalog = json.loads(cli("export", "--format", "jsonld").out)
    assert catalog["@type"] == "MedicalWebPage"
    one = json.loads(cli("export", "--format", "jsonld", "--cause", "als").out)
    assert [node["identifier"] for node in one["about"]["cause"]] == ["als"]


def test_export_jsonld_refuses_malformed_content(cli: Cli, write_json: Callable[..., Path]) -> None:
    path = write_json({"schema_version": 1, "causes": [{"id": "x", "codes": ["R25.3"]}]})
    result = cli("export", "--format", "jsonld", "--content", path)
    assert result.code == 1
    assert "JSON-LD needs well-formed content" in result.err


def test_export_json_of_content_json_cannot_hold(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "sets.py"
    path.write_text("CAUSES = [{'id': 'x', 'aliases': {'a'}}]\n", encoding="utf-8")
    result = cli("export", "--format", "json", "--content", path)
    assert result.code == 1
    assert "cannot export: a set value" in result.err


def test_version(cli: Cli) -> None:
    import twitchfacts

    assert cli("--version").out == f"twitchfacts {twitchfacts.__version__}\n"


def test_json_format_of_catalog_from_cli_matches_library(cli: Cli, builtin: Catalog) -> None:
    assert cli("export", "--format", "json").out == json_format.dumps(builtin)


# --- never lose or corrupt a file ------------------------------------------------------------


def _fail_at(monkeypatch: pytest.MonkeyPatch, name: str, error: OSError) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise error

    monkeypatch.setattr(os, name, fail)


@pytest.mark.parametrize(
    ("step", "error", "reason"),
    [
        ("fsync", OSError(errno.ENOSPC, "No space left on device"), "No space left on device"),
        ("replace", PermissionError(errno.EACCES, "Permission denied"), "Permission denied"),
    ],
)
def test_a_failed_export_leaves_the_earlier_file_intact(  # noqa: PLR0917 - fixtures and cases
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    step: str,
    error: OSError,
    reason: str,
) -> None:
    from twitchfacts.cli import main

    target = tmp_path / "catalog.json"
    target.write_text("the earlier export\n", encoding="utf-8")
    _fail_at(monkeypatch, step, error)
    code = main(["export", "--format", "json", "--output", str(target)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"cannot write {target}: {reason}; nothing was changed" in err
    assert target.read_text(encoding="utf-8") == "the earlier export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catalog.json"]


def test_an_export_replaces_the_file_whole_and_keeps_its_permissions(
    cli: Cli, tmp_path: Path, builtin: Catalog
) -> None:
    target = tmp_path / "catalog.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    assert cli("export", "--format", "json", "--output", target).code == 0
    assert target.read_text(encoding="utf-8") == json_format.dumps(builtin)
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catalog.json"]


@pytest.mark.parametrize("command", [["list"], ["export", "--format", "json"], ["show", "als"]])
def test_a_reader_that_goes_away_is_not_an_error(tmp_path: Path, command: list[str]) -> None:
    # `twitchfacts list | head -1`, made certain: the reader has gone before
    # anything is written, so every write meets a closed pipe.
    for _ in range(3):
        process = subprocess.Popen(
            [sys.executable, "-m", "twitchfacts", *command],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=tmp_path,
        )
        assert process.stdout is not None
        process.stdout.close()
        _, err = process.communicate(timeout=60)
        assert (process.returncode, err.decode()) == (0, "")


def test_list_piped_into_head_in_a_shell(tmp_path: Path) -> None:
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", f"{sys.executable} -m twitchfacts list | head -1"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert len(done.stdout.splitlines()) == 1


def test_a_module_pack_in_the_current_folder_is_found(tmp_path: Path) -> None:
    # The installed `twitchfacts` script, not `python -m`, which would put the
    # current folder on sys.path by itself.
    (tmp_path / "clinic_pack.py").write_text(
        "from twitchfacts import load\nCAUSES = (load().get('als'),)\n", encoding="utf-8"
    )
    script = Path(sys.executable).parent / "twitchfacts"
    done = subprocess.run(
        [str(script), "list", "--content", "clinic_pack"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.split() == ["als", "ALS", "(motor", "neurone", "disease)"]


def test_one_cause_is_counted_in_the_singular(cli: Cli, write_json: Callable[..., Path]) -> None:
    path = write_json(catalog_with(good_cause()))
    result = cli("validate", "--content", path, "--today", "2026-11-25", "--no-prose")
    assert "1 cause checked: 0 errors, 0 warnings" in result.err


def test_no_vale_keeps_the_reading_levels(cli: Cli, write_json: Callable[..., Path]) -> None:
    hard = (
        "Fasciculations are involuntary, spontaneous contractions of individual motor units,"
        " characteristically intermittent, and generally considered physiologically benign."
    )
    path = write_json(catalog_with(good_cause(summary=hard)))
    result = cli("validate", "--content", path, "--today", "2026-11-25", "--no-vale")
    assert result.code == 1
    assert "summary: reading-level:" in result.out
    assert "prose-unchecked" not in result.out
    assert "(Vale style not checked: --no-vale)" in result.err


def test_show_prints_places_of_the_wrong_type_as_they_are(
    cli: Cli, write_json: Callable[..., Path]
) -> None:
    data = json.loads(json_format.dumps(catalog_with(good_cause())))
    data["causes"][0]["places"] = [["eyelid"], "legs-and-feet"]
    result = cli("show", "test-cause", "--content", write_json(data))
    assert result.code == 0, result.err
    assert "['eyelid'], Legs and feet" in result.out
