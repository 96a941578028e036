"""Run Vale over every text field of a catalog and locate each alert.

Each field becomes one small Markdown file named ``<subject>.<field>.md``
(list fields hold one item per paragraph), so ``.vale.ini`` sections can
give summaries and explanations different reading-level rules, and every
alert can be traced back to its cause, field and item. Vale runs once over
the whole folder with JSON output.

The files are Markdown because Vale computes its reading-level metrics only
for markup formats, not for plain text. Every Markdown character in the
content is escaped, so that Vale reads exactly the words the reader sees:
nothing can hide in a code span or turn into a list.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from twitchfacts.catalog import Catalog
from twitchfacts.errors import TwitchfactsError
from twitchfacts.model import URGENCIES, Category, Cause, RedFlag
from twitchfacts.prose.style import (
    FIELD_TARGETS,
    STOP_ALLOWED_URGENCIES,
    STOP_MEDICINE,
    STOP_MEDICINE_URGENT,
    STYLE,
    STYLES_PATH,
    VOCABULARY,
)
from twitchfacts.subjects import (
    category_subject,
    cause_subject,
    items_of,
    movement_subject,
    movements_of,
)

__all__ = [
    "INSTALL_HINT",
    "VALE_VERSION",
    "Alert",
    "ValeError",
    "check",
    "documents",
    "find_vale",
    "why_not_found",
]

#: The Vale release this project's style is written and tested against.
VALE_VERSION: Final = "3.19.0"
#: How to get it where Go is available (Vale is a Go program).
INSTALL_HINT: Final = f"go install github.com/errata-ai/vale/v3/cmd/vale@v{VALE_VERSION}"
_ENV: Final = "TWITCHFACTS_VALE"
_TIMEOUT: Final = 600


class ValeError(TwitchfactsError):
    """Vale could not run, or said something that is not a report."""


def find_vale() -> str | None:
    """The Vale binary: ``$TWITCHFACTS_VALE`` if set, else ``vale`` on PATH."""
    configured = os.environ.get(_ENV)
    if configured:
        return configured if Path(configured).is_file() else None
    return shutil.which("vale")


def why_not_found() -> str:
    """What :func:`find_vale` tried, for a message when it found nothing."""
    configured = os.environ.get(_ENV)
    if configured:
        return f"${_ENV} is {configured!r}, and that is not a file"
    return f"${_ENV} is not set, and no `vale` is on PATH"


@dataclass(frozen=True)
class Document:
    """One field of one subject (or one part of a list field), as Vale will read it.

    :param subject: How problems name the owner (``als``, ``category:x``, ``catalog:``).
    :param field: The field name.
    :param items: The texts; one for a plain field, several for a list.
    :param indices: For a list field, each item's index in the field (the
        items of one document need not be neighbours: red flags are split by
        urgency); ``None`` for a plain field.
    :param variant: What else ``.vale.ini`` sections may select on; red
        flags carry their urgency here.
    :param item_suffix: How an item is addressed (``.text`` for red flags).
    """

    subject: str
    field: str
    items: tuple[str, ...]
    indices: tuple[int, ...] | None = None
    variant: str = ""
    item_suffix: str = ""

    @property
    def filename(self) -> str:
        """The file name, which carries the field (and variant) for ``.vale.ini`` globs."""
        safe = self.subject.replace(":", "--").rstrip("-") or "catalog"
        variant = f".{self.variant}" if self.variant else ""
        return f"{safe}.{self.field}{variant}.md"

    def where(self, line: int) -> str:
        """The ``<subject>.<field>[item]`` an alert on *line* belongs to."""
        separator = "" if self.subject.endswith(":") else "."
        base = f"{self.subject}{separator}{self.field}"
        if self.indices is None:
            return base
        position = min(max((line - 1) // 2, 0), len(self.indices) - 1)
        return f"{base}[{self.indices[position]}]{self.item_suffix}"

    def text(self) -> str:
        """The file's contents: items as single-line paragraphs."""
        return "\n\n".join(_escape(" ".join(item.split())) for item in self.items) + "\n"


def _list_document(subject: str, field: str, items: list[tuple[int, str]]) -> Iterator[Document]:
    if items:
        indices, texts = zip(*items, strict=True)
        yield Document(subject, field, texts, indices)


def _red_flag_documents(subject: str, field: str, flags: object) -> Iterator[Document]:
    """One document per urgency, since the rules differ by urgency (see the style)."""
    by_urgency: dict[str, list[tuple[int, str]]] = {}
    for index, flag in items_of(flags, RedFlag):
        if isinstance(flag.text, str) and flag.text.strip() and isinstance(flag.urgency, str):
            # An unknown urgency (reported by the structure rules) gets the
            # strictest rules.
            urgency: str = flag.urgency if flag.urgency in URGENCIES else "routine"
            by_urgency.setdefault(urgency, []).append((index, flag.text))
    for urgency, items in by_urgency.items():
        indices, texts = zip(*items, strict=True)
        yield Document(subject, field, texts, indices, variant=urgency, item_suffix=".text")


_MARKDOWN: Final = re.compile(r"([\\`*_{}\[\]<>#+\-!|~.()])")


def _escape(text: str) -> str:
    """*text* with every Markdown punctuation character backslash-escaped."""
    return _MARKDOWN.sub(r"\\\1", text)


def documents(catalog: Catalog) -> Iterator[Document]:
    """Every text field of *catalog* that readers see, as documents.

    Aliases, and a movement's ``also_called``, are left out on purpose: they
    are the names readers search for, medical terms included. Values of the
    wrong type are left out too: the structure rules report them.
    """
    for index, cause in items_of(catalog.causes, Cause):
        subject = cause_subject(cause, index)
        for name in ("name", "summary", "explanation", "disclaimer"):
            value = getattr(cause, name)
            if isinstance(value, str) and value.strip():
                yield Document(subject, name, (value,))
        yield from _list_document(subject, "self_care", list(items_of(cause.self_care, str)))
        yield from _list_document(subject, "questions", list(items_of(cause.questions, str)))
        yield from _red_flag_documents(subject, "see_a_doctor", cause.see_a_doctor)
    for index, category in items_of(catalog.categories, Category):
        for name in ("title", "description"):
            value = getattr(category, name)
            if isinstance(value, str) and value.strip():
                yield Document(category_subject(category, index), name, (value,))
    for name in ("disclaimer", "reassurance"):
        value = getattr(catalog, name)
        if isinstance(value, str) and value.strip():
            yield Document("catalog:", name, (value,))
    yield from _red_flag_documents("catalog:", "red_flags", catalog.red_flags)
    for index, movement in movements_of(catalog):
        subject = movement_subject(movement, index)
        for name in ("name", "feels_like", "usual_cause"):
            value = getattr(movement, name)
            if isinstance(value, str) and value.strip():
                yield Document(subject, name, (value,))
        yield from _red_flag_documents(subject, "get_help", movement.get_help)


def config_text() -> str:
    """The ``.vale.ini`` for content fields: every rule, with each field's target."""
    lines = [
        f"StylesPath = {STYLES_PATH}",
        "MinAlertLevel = suggestion",
        f"Vocab = {VOCABULARY}",
        "",
        "[*.md]",
        f"BasedOnStyles = Vale, {STYLE}",
    ]
    levels = sorted(set(FIELD_TARGETS.values()))
    lines += [f"{STYLE}.{rule} = NO" for rule in levels]
    lines.append(f"{STYLE}.{STOP_MEDICINE_URGENT} = NO")
    for field, rule in FIELD_TARGETS.items():
        lines += ["", f"[*.{field}.md]", f"{STYLE}.{rule} = YES"]
    # Red flags that send the reader for help now or today may say to stop a
    # medicine when they also say whom to contact; nothing else may.
    lines += [
        "",
        f"[*.{{{','.join(STOP_ALLOWED_URGENCIES)}}}.md]",
        f"{STYLE}.{STOP_MEDICINE} = NO",
        f"{STYLE}.{STOP_MEDICINE_URGENT} = YES",
    ]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Alert:
    """What Vale said about one field (or item) of the content.

    :param where: ``<subject>.<field>[item]``, as problems name it.
    :param check: The Vale rule, such as ``TwitchFacts.Absolutes``.
    :param level: Vale's level: ``error``, ``warning`` or ``suggestion``.
    """

    where: str
    check: str
    level: str
    message: str


def check(catalog: Catalog, vale: str) -> list[Alert]:
    """Run Vale on every text field of *catalog*; one alert per finding.

    :param vale: The Vale binary.
    :raises ValeError: if Vale fails or does not answer with a JSON report.
    """
    docs = list(documents(catalog))
    if not docs:
        return []
    with tempfile.TemporaryDirectory(prefix="twitchfacts-prose-") as folder:
        root = Path(folder)
        (root / ".vale.ini").write_text(config_text(), encoding="utf-8")
        fields = root / "fields"
        fields.mkdir()
        by_name: dict[str, Document] = {}
        for doc in docs:
            (fields / doc.filename).write_text(doc.text(), encoding="utf-8")
            by_name[doc.filename] = doc
        report = _run(vale, root)
    found = []
    for path, alerts in sorted(report.items()):
        owner = by_name.get(Path(path).name)
        if owner is None:
            continue
        for alert in alerts:
            line = alert.get("Line", 1)
            found.append(
                Alert(
                    where=owner.where(line if isinstance(line, int) else 1),
                    check=str(alert.get("Check")),
                    level=str(alert.get("Severity")),
                    message=str(alert.get("Message")),
                )
            )
    return found


def _run(vale: str, root: Path) -> dict[str, list[dict[str, object]]]:
    command = [
        vale,
        "--no-global",
        "--no-exit",
        f"--config={root / '.vale.ini'}",
        "--output=JSON",
        str(root / "fields"),
    ]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=_TIMEOUT, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ValeError(f"cannot run Vale ({vale}): {error}") from None
    said = (done.stderr or done.stdout).strip() or "it printed nothing"
    try:
        report = json.loads(done.stdout or "{}")
    except json.JSONDecodeError:
        raise ValeError(
            f"Vale ({vale}) did not give a JSON report (exit code {done.returncode}): {said}"
        ) from None
    if done.returncode != 0 or not isinstance(report, dict):
        raise ValeError(f"Vale ({vale}) failed with exit code {done.returncode}: {said}")
    return report
