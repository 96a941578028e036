"""Prose rules: reading levels (textstat) and the Vale style.

They run only when :attr:`Settings.prose` is on, as it is for
``twitchfacts validate``: they are slower than the structure rules and Vale
is an external program. When Vale cannot be found, that is reported as a
``prose-unchecked`` warning, so ``--strict`` fails rather than passing a
check that never ran.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from twitchfacts.catalog import Catalog
from twitchfacts.rules.base import Problem, Rule, Settings, Severity

__all__ = ["RULES", "check"]

READING_LEVEL = Rule(
    "reading-level",
    Severity.ERROR,
    "A summary, explanation or self-care text is above its reading-grade target.",
)
UNCHECKED = Rule(
    "prose-unchecked",
    Severity.WARNING,
    "Vale is not installed, so the style rules did not run.",
)
#: Vale's own rules that the style turns on, with what they check.
_VALE_BUILT_IN: Final = {
    "Vale.Spelling": "A word is not in the dictionary or the project's vocabulary.",
    "Vale.Repetition": "A word is repeated (the the).",
    "Vale.Terms": "A vocabulary term is written with the wrong case.",
}


def _style_rules() -> tuple[Rule, ...]:
    from twitchfacts.prose.style import rules  # noqa: PLC0415 - reads the style's files

    built_in = tuple(
        Rule(rule_id, Severity.ERROR, description)
        for rule_id, description in _VALE_BUILT_IN.items()
    )
    return built_in + tuple(
        Rule(
            rule.id,
            Severity.ERROR if rule.level == "error" else Severity.WARNING,
            rule.description,
        )
        for rule in rules()
    )


RULES: Final = (READING_LEVEL, UNCHECKED, *_style_rules())


def check(catalog: Catalog, settings: Settings) -> Iterator[Problem]:
    """Every reading-level and style problem, if prose checks are on."""
    if not settings.prose:
        return
    from twitchfacts.prose import reading, vale  # noqa: PLC0415 - textstat and Vale

    for measured in reading.measure(catalog):
        if measured.over_target:
            yield READING_LEVEL.problem(
                measured.where,
                f"reading grade {measured.grade:g} is above the target of"
                f" {measured.target:g} for {measured.field.replace('_', '-')} text;"
                " use shorter sentences and everyday words",
            )
    if not settings.vale:
        return
    binary = vale.find_vale()
    if binary is None:
        yield UNCHECKED.problem(
            "catalog:prose",
            f"Vale was not found ({vale.why_not_found()}), so the style rules did not run;"
            f" install it with `{vale.INSTALL_HINT}` or run `nox`, which does; or skip"
            " only the style rules knowingly with --no-vale",
        )
        return
    for alert in vale.check(catalog, binary):
        severity = Severity.ERROR if alert.level == "error" else Severity.WARNING
        rule = Rule(alert.check, severity, "A rule of the Vale style.")
        yield rule.problem(alert.where, alert.message)
