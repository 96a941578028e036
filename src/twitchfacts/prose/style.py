"""The packaged Vale style and the reading-grade targets it defines.

The style ships inside the package (``styles/``) so that ``twitchfacts
validate`` can check any content pack wherever it is installed; the
repository's ``.vale.ini`` points at the same folder for the docs. Each
reading-level rule's ``condition`` is the one place a target grade is
written down: :func:`grade_target` reads it from there, so Vale and the
textstat measurement always enforce the same numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

__all__ = [
    "FIELD_TARGETS",
    "STOP_ALLOWED_URGENCIES",
    "STOP_MEDICINE",
    "STOP_MEDICINE_URGENT",
    "STYLE",
    "STYLES_PATH",
    "VOCABULARY",
    "StyleRule",
    "grade_target",
    "rules",
]

#: The folder Vale's ``StylesPath`` points at.
STYLES_PATH: Final = Path(__file__).parent / "styles"
#: The project's own style, and its vocabulary of accepted terms.
STYLE: Final = "TwitchFacts"
VOCABULARY: Final = "TwitchFacts"

#: Which reading-level rule sets the target for each field that has one.
FIELD_TARGETS: Final = {
    "summary": "ReadingLevelSummary",
    "explanation": "ReadingLevel",
    "self_care": "ReadingLevel",
    "questions": "ReadingLevel",
    "feels_like": "ReadingLevel",
    "usual_cause": "ReadingLevel",
}

#: The rule that forbids telling a reader to stop a medicine, and the one
#: that allows it in a red flag of :data:`STOP_ALLOWED_URGENCIES` provided the
#: same item says whom to contact straight away. The NHS statin pages say
#: exactly that ("stop taking it and call 111 or a doctor straight away" for
#: unexplained muscle pain); self-care tips and disclaimers never may.
STOP_MEDICINE: Final = "StopMedicine"
STOP_MEDICINE_URGENT: Final = "StopMedicineUrgent"
STOP_ALLOWED_URGENCIES: Final = ("emergency", "urgent")

_CONDITION = re.compile(r"""^condition:\s*["']?>\s*([0-9.]+)""", re.MULTILINE)
_DESCRIPTION = re.compile(r"^description:\s*(.+)$", re.MULTILINE)
_LEVEL = re.compile(r"^level:\s*(\w+)", re.MULTILINE)


@dataclass(frozen=True)
class StyleRule:
    """One rule of the Vale style, as ``twitchfacts rules`` lists it."""

    id: str
    level: str
    description: str


@cache
def rules() -> tuple[StyleRule, ...]:
    """Every rule of the style, read from its YAML files, by name."""
    found = []
    for path in sorted((STYLES_PATH / STYLE).glob("*.yml")):
        text = path.read_text(encoding="utf-8")
        description = _DESCRIPTION.search(text)
        level = _LEVEL.search(text)
        found.append(
            StyleRule(
                id=f"{STYLE}.{path.stem}",
                level=level.group(1) if level else "warning",
                description=description.group(1).strip() if description else path.stem,
            )
        )
    return tuple(found)


@cache
def grade_target(field: str) -> float | None:
    """The highest reading grade allowed for a field, or None if it has none."""
    rule = FIELD_TARGETS.get(field)
    if rule is None:
        return None
    text = (STYLES_PATH / STYLE / f"{rule}.yml").read_text(encoding="utf-8")
    match = _CONDITION.search(text)
    if match is None:  # pragma: no cover - a broken style is caught by the tests
        msg = f"{rule}.yml has no 'condition: \"> N\"' line"
        raise ValueError(msg)
    return float(match.group(1))
