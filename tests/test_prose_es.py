"""The Spanish Vale style (TwitchFactsEs): each rule catches its wording and passes the right one.

Spelling needs Debian's ``hunspell-es`` dictionaries, which ``nox`` installs
and names in ``$DICPATH``; without them these tests fail and say so.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
STYLES = ROOT / "src" / "twitchfacts" / "prose" / "styles"
#: Where Debian's hunspell-es puts its dictionaries, unless $DICPATH says otherwise.
DEBIAN_DICTIONARIES = "/usr/share/hunspell"


@pytest.fixture(scope="module")
def dicpath() -> str:
    found = os.environ.get("DICPATH") or DEBIAN_DICTIONARIES
    if not (Path(found) / "es_MX.dic").is_file():
        pytest.fail(
            f"The Spanish dictionaries are needed and not in {found}. Run the tests through"
            " `nox -s tests` (which installs them), or `sudo apt-get install -y hunspell-es`,"
            " or set $DICPATH to a folder with es_MX.dic and es_ES.dic."
        )
    return found


def _alerts(vale: str, dicpath: str, tmp_path: Path, text: str) -> set[str]:
    (tmp_path / ".vale.ini").write_text(
        f"StylesPath = {STYLES}\n[*.md]\nBasedOnStyles = TwitchFactsEs\n",
        encoding="utf-8",
    )
    (tmp_path / "page.md").write_text(text + "\n", encoding="utf-8")
    done = subprocess.run(
        [vale, "--no-global", "--output=JSON", "page.md"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env={**os.environ, "DICPATH": dicpath},
    )
    assert done.returncode in (0, 1), done.stderr
    report = json.loads(done.stdout or "{}")
    return {alert["Check"] for alerts in report.values() for alert in alerts}


CASES = [
    ("Usted", "Si te preocupa, descanse.", "Si le preocupa, descanse."),
    ("Usted", "Hable con tu médico.", "Hable con su médico."),
    (
        "DejarMedicamento",
        "Deje de tomar la medicación.",
        "No deje de tomar la medicación sin hablar con su médico.",
    ),
    (
        "DejarMedicamento",
        "Deje de tomar la estatina y descanse.",
        "Deje de tomar la estatina y llame de inmediato a su médico.",
    ),
    ("Absolutos", "Nunca es grave.", "Casi nunca es grave, siempre que descanse."),
    # (rule, wording it must catch, wording it must pass)
    (
        "Usted",
        "Si tú notas una contracción, puedes descansar.",
        "Si usted nota una contracción, puede descansar.",
    ),
    ("Alarmista", "Es una enfermedad mortal y aterradora.", "Es una enfermedad rara."),
    (
        "Absolutos",
        "Las contracciones siempre desaparecerán solas.",
        "Las contracciones casi siempre se calman solas.",
    ),
    (
        "DejarMedicamento",
        "Si tiene calambres, deje de tomar su medicamento.",
        "No deje de tomar su medicamento sin hablar con su médico.",
    ),
    (
        "Ortografia",
        "Las contraciones del parpado suelen ser inofensivas.",
        "Las contracciones del párpado suelen ser inofensivas.",
    ),
]


@pytest.mark.parametrize(
    ("rule", "bad", "good"), CASES, ids=[f"{case[0]}-{index}" for index, case in enumerate(CASES)]
)
def test_each_spanish_rule_catches_its_wording(
    vale: str, dicpath: str, tmp_path: Path, *, rule: str, bad: str, good: str
) -> None:
    assert f"TwitchFactsEs.{rule}" in _alerts(vale, dicpath, tmp_path, bad)
    assert _alerts(vale, dicpath, tmp_path, good) == set()


def test_medical_terms_readers_search_for_are_accepted(
    vale: str, dicpath: str, tmp_path: Path
) -> None:
    text = "Las fasciculaciones y el blefaroespasmo no son lo mismo que la ELA."
    assert _alerts(vale, dicpath, tmp_path, text) == set()


def test_the_spanish_site_is_checked_with_the_spanish_style_only(
    vale: str, dicpath: str, tmp_path: Path
) -> None:
    # The prose session's configuration for es/ pages, on a built page with
    # a sign, a source title and English words Spanish spelling would flag.
    config = (ROOT / ".vale-es.ini").read_text(encoding="utf-8")
    (tmp_path / ".vale-es.ini").write_text(
        config.replace("StylesPath = src/twitchfacts/prose/styles", f"StylesPath = {STYLES}"),
        encoding="utf-8",
    )
    page = (
        "<html><body><main><p>Si tú nota una contracción, descanse.</p>"
        '<div class="twitch-flag-urgent"><p>Si tiene calambres, deje de tomar su medicamento.'
        "</p></div>"
        '<ul class="twitch-sources"><li>Twitching eyes and muscles, NHS</li></ul>'
        "</main></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    done = subprocess.run(
        [vale, "--no-global", "--config=.vale-es.ini", "--output=JSON", "page.html"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env={**os.environ, "DICPATH": dicpath},
    )
    report = json.loads(done.stdout or "{}")
    checks = sorted(alert["Check"] for alerts in report.values() for alert in alerts)
    # The urgent sign is checked too: it says to stop without whom to call.
    assert checks == ["TwitchFactsEs.DejarMedicamento", "TwitchFactsEs.Usted"]


def test_vale_with_the_english_configuration_needs_no_spanish_dictionaries() -> None:
    assert "TwitchFactsEs" not in (ROOT / ".vale.ini").read_text(encoding="utf-8")
