"""The extension's configuration values, declared once and checked at start.

Each value is a primitive (never a callable, which would force a full
rebuild on every run) and carries its rebuild kind: ``env`` when it changes
what documents contain, ``html`` when it only changes the HTML around them.
A value of the wrong type or out of range is reported as a
``twitchfacts.config`` warning and replaced by its default, so a typo in
``conf.py`` never stops a build.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

from twitchfacts.rules.base import DEFAULT_REVIEW_INTERVAL_DAYS
from twitchfacts.sphinxext.messages import warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

__all__ = ["SETTINGS", "Setting", "Settings", "check_config", "declare", "settings"]

_Rebuild = Literal["env", "html", ""]


@dataclass(frozen=True)
class Setting:
    """One ``twitchfacts_*`` configuration value.

    :param name: The full name, with its ``twitchfacts_`` prefix.
    :param default: Used when the value is unset or invalid.
    :param rebuild: What Sphinx must redo when it changes.
    :param types: The Python types accepted.
    :param choices: The accepted values, for values with a fixed set.
    :param minimum: The smallest accepted value, for numbers.
    :param description: One line for the documentation.
    """

    name: str
    default: object
    rebuild: _Rebuild
    types: tuple[type, ...]
    description: str
    choices: tuple[object, ...] = ()
    minimum: int | None = None


SETTINGS: Final = (
    Setting(
        "twitchfacts_content",
        None,
        "env",
        (str, type(None)),
        "The content pack to render: a module name or a .py or .json path (relative paths"
        " are relative to the configuration directory). None means the built-in content.",
    ),
    Setting(
        "twitchfacts_page_disclaimer",
        "top",
        "env",
        (str,),
        "Where every page shows the site-wide disclaimer: 'top' (under the page title) or"
        " 'none' (only where a twitch:disclaimer directive puts it).",
        ("top", "none"),
    ),
    Setting(
        "twitchfacts_jsonld",
        True,
        "html",
        (bool,),
        "Whether pages that show causes carry schema.org JSON-LD in the head of their HTML.",
    ),
    Setting(
        "twitchfacts_help_page",
        None,
        "env",
        (str, type(None)),
        "The document that says when to see a doctor (for example"
        " 'when-to-see-a-doctor'). When set, every page's disclaimer links to it, so"
        " readers on a phone find it without opening the menu.",
    ),
    Setting(
        "twitchfacts_review_interval",
        DEFAULT_REVIEW_INTERVAL_DAYS,
        "env",
        (int,),
        "Days a review holds: a cause without its own next_review date shows 'Next review"
        " due' this long after its last review (the validator's --max-review-age).",
        minimum=1,
    ),
    Setting(
        "twitchfacts_require_every_cause",
        True,
        "",
        (bool,),
        "Whether a cause or category that no twitch:cause or twitch:category directive"
        " renders is reported (twitchfacts.unrendered).",
    ),
)


@dataclass(frozen=True)
class Settings:
    """The checked values, read through :func:`settings`."""

    content: str | None
    page_disclaimer: str
    help_page: str | None
    jsonld: bool
    review_interval: int
    require_every_cause: bool


def declare(app: Sphinx) -> None:
    """Register every value with Sphinx."""
    for setting in SETTINGS:
        app.add_config_value(
            setting.name,
            setting.default,
            setting.rebuild,
            types=setting.types,
            description=setting.description,
        )


def check_config(app: Sphinx, config: Config) -> None:
    """At ``config-inited``: replace invalid values by defaults, with a warning."""
    for setting in SETTINGS:
        value = getattr(config, setting.name)
        wrong_type = not isinstance(value, setting.types) or (
            bool not in setting.types and isinstance(value, bool)
        )
        too_small = (
            not wrong_type
            and setting.minimum is not None
            and isinstance(value, int)
            and value < setting.minimum
        )
        if wrong_type or too_small or (setting.choices and value not in setting.choices):
            if setting.choices:
                expected = " or ".join(repr(choice) for choice in setting.choices)
            else:
                expected = " or ".join(
                    "None" if kind is type(None) else kind.__name__ for kind in setting.types
                )
                if setting.minimum is not None:
                    expected += f" of at least {setting.minimum}"
            warn(
                f"{setting.name} = {value!r} is not valid (expected {expected});"
                f" using {setting.default!r}",
                "config",
            )
            setattr(config, setting.name, setting.default)


def settings(config: Config) -> Settings:
    """The extension's settings, typed."""
    return Settings(
        content=config.twitchfacts_content,
        page_disclaimer=config.twitchfacts_page_disclaimer,
        help_page=config.twitchfacts_help_page,
        jsonld=config.twitchfacts_jsonld,
        review_interval=config.twitchfacts_review_interval,
        require_every_cause=config.twitchfacts_require_every_cause,
    )
