"""The extension's configuration values, declared once and checked at start.

Each value is one field of :class:`Settings`: its name (``twitchfacts_``
and the field's name), type, default, rebuild kind, allowed values and
description are written there and nowhere else; registering the values
with Sphinx, checking them and reading them all loop over those fields.

Each value is a primitive (never a callable, which would force a full
rebuild on every run) and carries its rebuild kind: ``env`` when it changes
what documents contain, ``html`` when it only changes the HTML around them.
A value of the wrong type or out of range is reported as a
``twitchfacts.config`` warning and replaced by its default, so a typo in
``conf.py`` never stops a build.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Literal

from twitchfacts.reviews import DEFAULT_REVIEW_INTERVAL_DAYS
from twitchfacts.sphinxext.messages import warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

__all__ = ["PREFIX", "SETTINGS", "Setting", "Settings", "check_config", "declare", "settings"]

#: What every configuration value's name starts with.
PREFIX: Final = "twitchfacts_"

_Rebuild = Literal["env", "html", ""]


def _value(
    default: object,
    rebuild: _Rebuild,
    types: tuple[type, ...],
    description: str,
    *,
    choices: tuple[object, ...] = (),
    minimum: int | None = None,
) -> Any:
    """A field of :class:`Settings`, with what Sphinx and the checks need to know."""
    metadata = {
        "rebuild": rebuild,
        "types": types,
        "description": description,
        "choices": choices,
        "minimum": minimum,
    }
    return dataclasses.field(default=default, metadata=metadata)


@dataclass(frozen=True)
class Settings:
    """Every ``twitchfacts_*`` value, checked, as :func:`settings` reads it."""

    content: str | None = _value(
        None,
        "env",
        (str, type(None)),
        "The content pack to render: a module name or a .py or .json path (relative paths"
        " are relative to the configuration directory; a module is looked for there too)."
        " None means the built-in content.",
    )
    page_disclaimer: str = _value(
        "content",
        "env",
        (str,),
        "Where the site-wide disclaimer goes: 'content' (under the title of every page that"
        " shows twitchfacts content), 'top' (under the title of every page) or 'none' (only"
        " where a twitch:disclaimer directive puts it).",
        choices=("content", "top", "none"),
    )
    jsonld: bool = _value(
        True,
        "html",
        (bool,),
        "Whether pages that show causes carry schema.org JSON-LD in the head of their HTML.",
    )
    help_page: str | None = _value(
        None,
        "env",
        (str, type(None)),
        "The document that says when to see a doctor (for example"
        " 'when-to-see-a-doctor'). When set, every page's disclaimer links to it, so"
        " readers on a phone find it without opening the menu.",
    )
    review_interval: int = _value(
        DEFAULT_REVIEW_INTERVAL_DAYS,
        "env",
        (int,),
        "Days a review holds: a cause without its own `next_review` date shows 'Next review"
        " due' this long after its last review (the validator's --max-review-age).",
        minimum=1,
    )
    precompress: bool = _value(
        False,
        "",
        (bool,),
        "Whether an HTML build writes gzip copies (and brotli copies, where the brotli"
        " package is installed) beside every text file, for static hosts that serve them.",
    )
    lean_pages: bool = _value(
        False,
        "html",
        (bool,),
        "Whether each HTML page links only the stylesheets and scripts it uses (code"
        " colours, sphinx-design, Sphinx's search scripts) and defers its scripts.",
    )
    require_every_cause: bool = _value(
        False,
        "",
        (bool,),
        "Whether a cause, or a category with causes, that no twitch:cause or"
        " twitch:category directive renders is reported (twitchfacts.unrendered). Turn it"
        " on in a site that publishes a whole pack.",
    )
    languages: Sequence[str] = _value(
        (),
        "html",
        (tuple, list),
        "The site's languages, when it is built once per language (['en', 'es']): the"
        " first at the root of the output, each other one in a folder named after it"
        " (sphinx-build -D language=es docs out/es). Every page then links to its copies"
        " in the other languages. Empty: a site in one language.",
    )
    untranslated: Sequence[str] = _value(
        (),
        "env",
        (tuple, list),
        "Pages kept in the first of the site's languages only, as glob patterns"
        " ('developers/**'): the other languages' builds leave them out, with their"
        " table-of-contents entries.",
    )


@dataclass(frozen=True)
class Setting:
    """One configuration value as Sphinx and the documentation see it."""

    name: str
    default: object
    rebuild: _Rebuild
    types: tuple[type, ...]
    description: str
    choices: tuple[object, ...]
    minimum: int | None


#: Every value, in the order :class:`Settings` declares them.
SETTINGS: Final = tuple(
    Setting(name=PREFIX + field.name, default=field.default, **field.metadata)
    for field in dataclasses.fields(Settings)
)


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


def _problem(setting: Setting, value: object) -> str | None:
    """Why *value* is not valid for *setting*, or ``None`` if it is."""
    wrong_type = not isinstance(value, setting.types) or (
        bool not in setting.types and isinstance(value, bool)
    )
    if setting.choices and (wrong_type or value not in setting.choices):
        return " or ".join(repr(choice) for choice in setting.choices)
    expected = " or ".join(
        "None" if kind is type(None) else kind.__name__ for kind in setting.types
    )
    if setting.minimum is not None:
        expected += f" of at least {setting.minimum}"
        if not wrong_type and isinstance(value, int) and value < setting.minimum:
            return expected
    return expected if wrong_type else None


def check_config(app: Sphinx, config: Config) -> None:
    """At ``config-inited``: replace invalid values by defaults, with a warning."""
    for setting in SETTINGS:
        value = getattr(config, setting.name)
        expected = _problem(setting, value)
        if expected is not None:
            warn(
                f"{setting.name} = {value!r} is not valid (expected {expected});"
                f" using {setting.default!r}",
                "config",
            )
            setattr(config, setting.name, setting.default)


def settings(config: Config) -> Settings:
    """The extension's settings, typed."""
    return Settings(
        **{
            field.name: getattr(config, PREFIX + field.name)
            for field in dataclasses.fields(Settings)
        }
    )
