"""The prose checks, through the real Vale: every rule with a text that must
trigger it and one that must not, and every alert traced to its field.
"""

from __future__ import annotations

import json
import re
import stat
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import Result
from factories import TODAY, catalog_with, good_cause
from twitchfacts.catalog import Catalog
from twitchfacts.model import Category, RedFlag
from twitchfacts.prose import reading, style
from twitchfacts.prose import vale as vale_runner
from twitchfacts.rules import RULES, Settings, validate

ROOT = Path(__file__).parent.parent


def _alerts(catalog: Catalog, vale: str) -> list[vale_runner.Alert]:
    return vale_runner.check(catalog, vale)


@dataclass(frozen=True)
class Case:
    """Text that must trigger *rule* in *field*, and text that must not.

    With an *urgency*, the field is ``see_a_doctor`` and the texts are the
    first red flag, at that urgency.
    """

    rule: str
    field: str
    bad: str
    good: str
    urgency: str = ""

    def catalog(self, text: str) -> Catalog:
        if self.urgency:
            return catalog_with(
                good_cause(see_a_doctor=(RedFlag(text=text, urgency=self.urgency),))
            )
        if self.field == "self_care":
            return catalog_with(good_cause(self_care=(text,)))
        return catalog_with(good_cause(**{self.field: text}))

    @property
    def where(self) -> str:
        if self.urgency:
            return f"test-cause.{self.field}[0].text"
        return f"test-cause.{self.field}" + ("[0]" if self.field == "self_care" else "")


STOP_WITH_HELP = "Stop taking your statin and call your doctor or 111 straight away."


LONG = " ".join(["The twitch can come back"] * 6) + "."
HARD = (
    "Electrolyte disturbances, particularly hypomagnesemia accompanying chronic"
    " alcoholism, predispose peripheral motor axons to spontaneous depolarisation."
)

CASES = [
    Case(
        "TwitchFacts.Alarmist",
        "explanation",
        "It feels like a mini explosion under the skin.",
        "It feels like a small flicker under the skin.",
    ),
    Case(
        "TwitchFacts.Alarmist",
        "summary",
        "ALS is notorious for twitching.",
        "ALS is a rare nerve disease.",
    ),
    Case(
        "TwitchFacts.Absolutes",
        "summary",
        "Twitching is always harmless.",
        "Twitching is usually harmless.",
    ),
    Case("TwitchFacts.Absolutes", "explanation", "Rest will cure it.", "Rest can help."),
    Case(
        "TwitchFacts.Jargon",
        "explanation",
        "Fasciculations are common.",
        "Doctors call these small twitches fasciculations.",
    ),
    Case(
        "TwitchFacts.Jargon",
        "explanation",
        "A fasciculation is common.",
        "Muscle twitches (fasciculations) are common.",
    ),
    Case("TwitchFacts.Jargon", "disclaimer", "Utilize the advice here.", "Use the advice here."),
    Case(
        "TwitchFacts.Diagnosing",
        "explanation",
        "This means you have ALS.",
        "If you have ALS, your care team can help.",
    ),
    Case(
        "TwitchFacts.Diagnosing",
        "summary",
        "Your twitching is a sign of MS.",
        "Twitching alone is not a sign of MS.",
    ),
    Case(
        "TwitchFacts.StopMedicine",
        "disclaimer",
        "Stop taking your statin.",
        "Do not stop taking your statin without advice.",
    ),
    Case(
        "TwitchFacts.StopMedicine",
        "disclaimer",
        "Skip your inhaler for a day.",
        "Keep using your inhaler.",
    ),
    Case(
        # Self-care never tells the reader to stop, even with a contact.
        "TwitchFacts.StopMedicine",
        "self_care",
        STOP_WITH_HELP,
        "Keep taking your statin and ask your doctor about the aches.",
    ),
    Case(
        "TwitchFacts.StopMedicine",
        "disclaimer",
        STOP_WITH_HELP,
        "Keep taking a prescribed medicine unless a red flag below says otherwise.",
    ),
    Case(
        # A routine sign never tells the reader to stop, even with a contact.
        "TwitchFacts.StopMedicine",
        "see_a_doctor",
        STOP_WITH_HELP,
        "Keep taking your statin and book an appointment with your doctor.",
        urgency="routine",
    ),
    Case(
        "TwitchFacts.StopMedicineUrgent",
        "see_a_doctor",
        "Your muscles ache for no reason: stop taking your statin.",
        STOP_WITH_HELP,
        urgency="urgent",
    ),
    Case(
        "TwitchFacts.StopMedicineUrgent",
        "see_a_doctor",
        "Stop taking your lithium and call your doctor next week.",
        "Call 999 now, then stop taking your lithium until a doctor has seen you.",
        urgency="emergency",
    ),
    Case(
        "TwitchFacts.StopMedicineUrgent",
        "see_a_doctor",
        "Come off your medicine straight away.",
        "Call your emergency number now. Do not take another dose of your medicine.",
        urgency="emergency",
    ),
    Case(
        "TwitchFacts.Vague", "explanation", "Various things can cause it.", "Caffeine can cause it."
    ),
    Case("TwitchFacts.SentenceLength", "explanation", LONG, "The twitch can come back."),
    Case("TwitchFacts.ReadingLevel", "explanation", HARD, "Low salts can make nerves fire."),
    Case(
        "TwitchFacts.ReadingLevelSummary",
        "summary",
        "Electrolyte imbalances can provoke involuntary twitching.",
        "Low salts can make nerves fire.",
    ),
    Case(
        "Vale.Spelling", "explanation", "The muscel twitches.", "Salbutamol can make hands shake."
    ),
    Case("Vale.Repetition", "explanation", "Rest the the muscle.", "Rest the muscle."),
    Case("Vale.Terms", "explanation", "Read the medlineplus page.", "Read the MedlinePlus page."),
]


def test_every_prose_rule_has_a_case() -> None:
    from twitchfacts.rules import prose

    style_rules = {rule.id for rule in style.rules()}
    assert style_rules <= {case.rule for case in CASES}
    tested_elsewhere = {"reading-level", "prose-unchecked"}  # tests further down
    assert {rule.id for rule in prose.RULES} == {case.rule for case in CASES} | tested_elsewhere
    assert {rule.id for rule in prose.RULES} <= {rule.id for rule in RULES}


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.rule}:{case.bad[:20]}")
def test_bad_text_triggers_the_rule(vale: str, case: Case) -> None:
    found = [(p.check, p.where) for p in _alerts(case.catalog(case.bad), vale)]
    assert (case.rule, case.where) in found


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.rule}:{case.good[:20]}")
def test_good_text_passes_the_rule(vale: str, case: Case) -> None:
    found = [p.check for p in _alerts(case.catalog(case.good), vale)]
    assert case.rule not in found


@pytest.mark.parametrize("urgency", ["urgent", "emergency"])
def test_an_urgent_red_flag_may_say_to_stop_with_whom_to_call(vale: str, urgency: str) -> None:
    flags = (RedFlag(text=STOP_WITH_HELP, urgency=urgency),)
    catalog = catalog_with(good_cause(see_a_doctor=flags))
    assert _alerts(catalog, vale) == []


def test_the_stop_rules_share_their_phrases() -> None:
    """StopMedicineUrgent wraps exactly the phrases StopMedicine forbids."""
    folder = style.STYLES_PATH / style.STYLE
    strict = folder.joinpath("StopMedicine.yml").read_text(encoding="utf-8")
    urgent = folder.joinpath("StopMedicineUrgent.yml").read_text(encoding="utf-8")
    phrases = re.findall(r"^  - '?(.+?)'?$", strict, flags=re.MULTILINE)
    assert len(phrases) == 3
    for token in re.findall(r"^  - '(.+)'$", urgent, flags=re.MULTILINE):
        assert "|".join(phrases) in token


def test_summary_and_explanation_have_different_targets(vale: str) -> None:
    text = "Dehydration can upset the balance of salts in your muscles."  # grade 7.2
    as_summary = _alerts(catalog_with(good_cause(summary=text)), vale)
    as_explanation = _alerts(catalog_with(good_cause(explanation=text)), vale)
    assert "TwitchFacts.ReadingLevelSummary" in {p.check for p in as_summary}
    assert not {"TwitchFacts.ReadingLevel", "TwitchFacts.ReadingLevelSummary"} & {
        p.check for p in as_explanation
    }


def test_alerts_point_at_the_item_of_a_list_field(vale: str) -> None:
    cause = good_cause(
        self_care=("Rest.", "Drink water.", "It is always fine."),
        see_a_doctor=(
            RedFlag(text="It lasts weeks.", urgency="routine"),
            RedFlag(text="It feels deadly.", urgency="emergency"),
        ),
    )
    catalog = catalog_with(
        cause,
        categories=(
            Category(
                id="daily-life",
                title="T",
                description="It is never serious.",
                group="physiological",
            ),
        ),
        red_flags=(
            RedFlag(text="Help.", urgency="emergency"),
            RedFlag(text="Stop taking your tablets.", urgency="routine"),
        ),
        disclaimer="Nothing to worry about.",
    )
    found = {(p.check, p.where) for p in _alerts(catalog, vale)}
    assert ("TwitchFacts.Absolutes", "test-cause.self_care[2]") in found
    assert ("TwitchFacts.Alarmist", "test-cause.see_a_doctor[1].text") in found
    assert ("TwitchFacts.Absolutes", "category:daily-life.description") in found
    assert ("TwitchFacts.StopMedicine", "catalog:red_flags[1].text") in found
    assert ("TwitchFacts.Absolutes", "catalog:disclaimer") in found


def test_the_builtin_content_passes_the_style(vale: str, builtin: Catalog) -> None:
    assert _alerts(builtin, vale) == []


def test_markup_in_content_reaches_vale_as_text(vale: str) -> None:
    catalog = catalog_with(good_cause(explanation="<b>It is always</b> *fine* `never`.\n- 1. x"))
    rules = [p.check for p in _alerts(catalog, vale)]
    assert rules.count("TwitchFacts.Absolutes") == 2


# --- validate, with and without Vale ---------------------------------------------------


def test_validate_reports_prose_problems_with_cause_and_field(
    vale: str, cli: Callable[..., Result], write_json: Callable[..., Path]
) -> None:
    path = write_json(catalog_with(good_cause(summary="It is always fine.")))
    result = cli("validate", "--content", path, "--today", "2026-11-25")
    assert result.code == 1
    assert result.out.splitlines() == [
        f"{path}:test-cause.summary: TwitchFacts.Absolutes: 'always' promises a certainty"
        " medicine does not have. Say 'usually', 'most', 'can' or 'may' instead."
    ]
    assert cli("validate", "--content", path, "--today", "2026-11-25", "--no-prose").code == 0


def test_without_vale_validate_says_so_and_strict_fails(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cli: Callable[..., Result],
    write_json: Callable[..., Path],
) -> None:
    monkeypatch.setenv("TWITCHFACTS_VALE", str(tmp_path / "no-vale-here"))
    path = write_json(catalog_with(good_cause()))
    loose = cli("validate", "--content", path, "--today", "2026-11-25")
    strict = cli("validate", "--content", path, "--today", "2026-11-25", "--strict")
    assert (loose.code, strict.code) == (0, 1)
    assert "prose-unchecked: Vale was not found" in strict.out
    tried = f"$TWITCHFACTS_VALE is '{tmp_path / 'no-vale-here'}', and that is not a file"
    assert tried in strict.out
    assert vale_runner.INSTALL_HINT in strict.out
    assert "--no-vale" in strict.out


def test_a_broken_vale_is_a_clear_error(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cli: Callable[..., Result],
    write_json: Callable[..., Path],
) -> None:
    fake = tmp_path / "vale"
    fake.write_text("#!/bin/sh\necho 'not json' >&2\nexit 3\n", encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("TWITCHFACTS_VALE", str(fake))
    result = cli("validate", "--content", write_json(catalog_with(good_cause())))
    assert result.code == 2
    assert f"Vale ({fake}) failed with exit code 3: not json" in result.err
    assert "Traceback" not in result.err


# --- reading levels --------------------------------------------------------------------


def test_targets_come_from_the_style() -> None:
    assert style.grade_target("summary") == 6.0
    assert style.grade_target("explanation") == 8.0
    assert style.grade_target("self_care") == 8.0
    assert style.grade_target("name") is None
    for field, rule in style.FIELD_TARGETS.items():
        text = (style.STYLES_PATH / style.STYLE / f"{rule}.yml").read_text()
        assert f'condition: "> {style.grade_target(field)}"' in text


def test_the_builtin_content_meets_every_target(builtin: Catalog) -> None:
    readings = reading.measure(builtin)
    assert len(readings) == 4 * len(builtin.causes) + 2 * len(builtin.movements)
    assert {r.subject for r in readings} >= {"movement:cramp", "movement:tremor"}
    assert [r.where for r in readings if r.over_target] == []


def test_reading_level_problems_name_cause_and_field() -> None:
    catalog = catalog_with(good_cause(summary=HARD))
    problems = validate(catalog, Settings(today=TODAY, prose=True))
    level = [p for p in problems if p.rule.id == "reading-level"]
    assert [p.where for p in level] == ["test-cause.summary"]
    assert "above the target of 6 for summary text" in level[0].message


def test_readability_command(cli: Callable[..., Result]) -> None:
    text = cli("readability")
    assert text.code == 0
    assert re.search(r"^als\s+summary\s+\d+\.\d\s+6\.0\s", text.out, re.MULTILINE)
    assert "all measured text: grade" in text.out
    data = json.loads(cli("readability", "--format", "json").out)
    assert {r["field"] for r in data["readings"]} == {
        "summary",
        "explanation",
        "self_care",
        "questions",
        "feels_like",
        "usual_cause",
    }
    assert data["overall"]["fields"]["summary"]["target"] == 6.0


def test_the_vale_version_is_pinned_once() -> None:
    noxfile = (ROOT / "noxfile.py").read_text(encoding="utf-8")
    assert f'VALE_VERSION = "{vale_runner.VALE_VERSION}"' in noxfile


def test_the_rules_command_lists_the_style(cli: Callable[..., Result]) -> None:
    listed = {line.split()[0] for line in cli("rules").out.splitlines()}
    assert {"TwitchFacts.Absolutes", "TwitchFacts.Jargon", "reading-level"} <= listed


# --- the site: the repository's .vale.ini on reader pages ---------------------------------


def _vale_on(vale: str, *paths: Path) -> list[dict[str, object]]:
    done = subprocess.run(
        [vale, "--no-global", f"--config={ROOT / '.vale.ini'}", "--output=JSON", *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    report = json.loads(done.stdout or "{}")
    return [alert for alerts in report.values() for alert in alerts]


def test_the_reader_pages_pass(vale: str) -> None:
    pages = [ROOT / "docs" / f"{name}.md" for name in ("index", "when-to-see-a-doctor", "about")]
    assert _vale_on(vale, *pages) == []


def test_vale_passes_on_the_whole_docs_folder(vale: str) -> None:
    # Relative, as a maintainer types it: .vale.ini's sections match paths
    # as given, from the repository root.
    alerts = _vale_on(vale, Path("docs"))
    assert alerts == []


def test_each_part_of_the_docs_folder_gets_its_own_style(vale: str, tmp_path: Path) -> None:
    # The repository's .vale.ini, pointed at the real styles, over a copy of
    # the folder layout with the same text in every kind of page.
    config = (ROOT / ".vale.ini").read_text(encoding="utf-8")
    styles = ROOT / "src" / "twitchfacts" / "prose" / "styles"
    (tmp_path / ".vale.ini").write_text(
        re.sub(r"(?m)^StylesPath = .*$", f"StylesPath = {styles}", config), encoding="utf-8"
    )
    text = "Utilize the the advice."
    html = f"<html><body><main><p>{text}</p></main></body></html>"
    pages = {
        "docs/about.md": f"# About\n\n{text}\n",
        "docs/developers/api.md": f"# API\n\n{text}\n",
        "docs/_build/html/causes/medicines/statins.html": html,
        "docs/_build/html/developers/api.html": html,
    }
    for name, page in pages.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(page, encoding="utf-8")
    done = subprocess.run(
        [vale, "--no-global", "--output=JSON", "docs"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    report = json.loads(done.stdout or "{}")
    checks = {name: {alert["Check"] for alert in alerts} for name, alerts in report.items()}
    assert checks == {
        "docs/about.md": {"TwitchFacts.Jargon", "Vale.Repetition"},
        "docs/developers/api.md": {"Vale.Repetition"},
        "docs/_build/html/causes/medicines/statins.html": {"TwitchFacts.Jargon", "Vale.Repetition"},
    }


def test_the_built_site_check_sees_words_from_directives(vale: str, project: object) -> None:
    from sphinx_project import Project
    from twitchfacts.exports import json_format
    from twitchfacts.model import Source

    assert isinstance(project, Project)
    cause = good_cause(
        name="A deadly cause",
        aliases=("fasciculation",),
        sources=(
            Source(
                title="Hypomagnesemia and fasciculations", publisher="P", url="https://example.org/"
            ),
        ),
    )
    project.write(
        {
            "pack.json": json_format.dumps(catalog_with(cause)),
            "index.md": "```{twitch:cause} test-cause\n```\n",
        }
    )
    project.build(
        twitchfacts_content="pack.json", twitchfacts_require_every_cause=False, html_theme="furo"
    )
    alerts = _vale_on(vale, project.app.outdir / "index.html")
    checks = [alert["Check"] for alert in alerts]
    assert "TwitchFacts.Alarmist" in checks  # the name, rendered by the directive
    assert "TwitchFacts.Jargon" not in checks  # aliases and source titles are not prose
