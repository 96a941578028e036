"""Synthetic content packs and the three sites built from them.

Every pack has realistic field lengths, ten categories in both groups, and
cross-references: each category page links to causes in other categories.
The three sites hold the same text:

* ``twitch``: the twitchfacts extension renders the pack through directives;
* ``plain``: hand-written MyST pages, generated here, with the same text,
  headings, lists, admonitions, cards and links;
* ``needs``: the same records as sphinx-needs ``need`` objects with the same
  fields, and a ``needtable`` where twitchfacts shows a ``twitch:causes`` table.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Iterator
from pathlib import Path

from twitchfacts.catalog import Catalog
from twitchfacts.exports import json_format
from twitchfacts.model import Category, Cause, Code, RedFlag, Source

WORDS = [
    "rest",
    "sleep",
    "water",
    "salt",
    "nerve",
    "muscle",
    "twitch",
    "calm",
    "stress",
    "coffee",
    "tea",
    "walk",
    "stretch",
    "leg",
    "arm",
    "eye",
    "hand",
    "foot",
    "day",
    "week",
    "night",
    "body",
    "blood",
    "test",
    "doctor",
    "nurse",
    "signal",
    "small",
    "short",
    "light",
    "warm",
    "cool",
    "food",
    "meal",
    "fruit",
    "bean",
    "nut",
    "green",
    "grain",
    "drink",
    "run",
    "swim",
    "read",
    "hot",
    "cold",
]
CODES = [
    Code(code="R25.3", display="Fasciculation"),
    Code(code="E83.42", display="Hypomagnesemia"),
    Code(code="E87.6", display="Hypokalemia"),
    Code(code="G12.21", display="Amyotrophic lateral sclerosis"),
    Code(code="Z73.3", display="Stress, not elsewhere classified"),
]
CATEGORIES = 10


def _sentence(rng: random.Random, words: int) -> str:
    chosen = rng.sample(WORDS, words)  # no word twice, as in real prose
    return " ".join(chosen).capitalize() + "."


def _text(rng: random.Random, sentences: int, words: int = 10) -> str:
    return " ".join(_sentence(rng, words) for _ in range(sentences))


def catalog(size: int, seed: int = 7) -> Catalog:
    """A valid catalog of *size* causes."""
    rng = random.Random(seed)
    categories = tuple(
        Category(
            id=f"cat-{index:02d}",
            title=f"Category {index}",
            description=_text(rng, 2),
            group="physiological" if index < CATEGORIES // 2 else "neurological",
        )
        for index in range(CATEGORIES)
    )
    causes = tuple(
        Cause(
            id=f"cause-{index:05d}",
            name=f"Synthetic cause {index}",
            category=f"cat-{index % CATEGORIES:02d}",
            summary=_sentence(rng, 7),
            explanation=_text(rng, 5, 12),
            self_care=tuple(_sentence(rng, 9) for _ in range(3)),
            see_a_doctor=(
                RedFlag(text=_sentence(rng, 8), urgency="routine"),
                RedFlag(text=_sentence(rng, 10), urgency="emergency"),
            ),
            disclaimer=_text(rng, 2),
            sources=(
                Source(title=_sentence(rng, 4), publisher="NHS", url=f"https://www.nhs.uk/{index}"),
                Source(
                    title=_sentence(rng, 5),
                    publisher="MedlinePlus",
                    url="https://medlineplus.gov/mlp",
                ),
            ),
            codes=(CODES[index % len(CODES)],),
            aliases=(f"synthetic alias {index}", f"other name {index}"),
            last_reviewed=datetime.date(2026, 1, 1) + datetime.timedelta(days=index % 300),
        )
        for index in range(size)
    )
    return Catalog(
        categories=categories,
        causes=causes,
        disclaimer=_text(rng, 3),
        reassurance=_text(rng, 2),
        red_flags=(
            RedFlag(text=_sentence(rng, 9), urgency="emergency"),
            RedFlag(text=_sentence(rng, 9), urgency="routine"),
        ),
    )


def _see_also(data: Catalog, cause: Cause) -> list[Cause]:
    """Two causes in other categories, for the cross-references on each page."""
    index = data.causes.index(cause)
    picks = [data.causes[(index + step) % len(data.causes)] for step in (7, 13)]
    return [pick for pick in picks if pick.id != cause.id]


def _conf(extensions: list[str], extra: str = "") -> str:
    # No sidebars: the theme's site navigation costs pages x pages on every
    # side alike, and would only hide the differences measured here.
    return (
        f"extensions = {extensions!r}\n"
        'html_theme = "alabaster"\n'
        "html_sidebars = {'**': []}\n"
        'exclude_patterns = ["_build"]\n' + extra
    )


def _page(category: str, cause: Cause) -> str:
    return f"{category}/{cause.id}"


def write_twitch(root: Path, data: Catalog) -> None:
    """The site rendered through the twitchfacts directives: a page per cause."""
    root.mkdir(parents=True, exist_ok=True)
    write_pack(root / "pack.json", data)
    (root / "conf.py").write_text(
        _conf(["myst_parser", "twitchfacts.sphinxext"], 'twitchfacts_content = "pack.json"\n'),
        encoding="utf-8",
    )
    toctree = "\n".join(category.id for category in data.categories)
    (root / "index.md").write_text(
        "# Causes\n\n```{twitch:causes}\n:layout: table\n```\n\n"
        f"```{{toctree}}\n{toctree}\n```\n",
        encoding="utf-8",
    )
    for category in data.categories:
        (root / f"{category.id}.md").write_text(
            f"```{{twitch:category}} {category.id}\n:toctree: {category.id}\n```\n",
            encoding="utf-8",
        )
        (root / category.id).mkdir(exist_ok=True)
        for cause in data.by_category(category.id):
            links = ", ".join(f"{{twitch:cause}}`{c.id}`" for c in _see_also(data, cause))
            (root / f"{_page(category.id, cause)}.md").write_text(
                f"```{{twitch:cause}} {cause.id}\n```\n\nSee also {links}.\n", encoding="utf-8"
            )


def _escape(text: str) -> str:
    return text.replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")


def _heading(title: str) -> str:
    """A heading outside the table of contents, as twitch:cause renders its parts."""
    return f"```{{rubric}} {title}\n:heading-level: 2\n```\n"


def _plain_cause(data: Catalog, cause: Cause) -> Iterator[str]:
    category = data.get_category(cause.category)
    yield f"(cause-{cause.id})=\n# {_escape(cause.name)}\n"
    yield f":::{{note}} Medical disclaimer\n{_escape(data.disclaimer)}\n:::\n"
    yield f"{{bdg-secondary}}`{category.title}` Also called: {', '.join(cause.aliases)}\n"
    yield f"{_escape(cause.summary)}\n"
    yield f":::{{note}} Please note\n{_escape(cause.disclaimer)}\n:::\n"
    yield f"{_heading('How it can cause twitching')}\n{_escape(cause.explanation)}\n"
    yield (
        _heading("What you can do")
        + "\n"
        + "".join(f"- {_escape(item)}\n" for item in cause.self_care)
    )
    yield _heading("When to see a doctor")
    for urgency, title in (
        ("emergency", "Get emergency help now if"),
        ("routine", "See a doctor if"),
    ):
        items = "".join(
            f"- {_escape(f.text)}\n" for f in cause.see_a_doctor if f.urgency == urgency
        )
        yield f":::{{admonition}} {title}\n{items}:::\n"
    yield (
        _heading("Sources")
        + "\n"
        + "".join(f"- [{_escape(s.title)}]({s.url}), {s.publisher}\n" for s in cause.sources)
    )
    reviewed = cause.last_reviewed.isoformat() if cause.last_reviewed else ""
    yield f"Last reviewed: {reviewed}\n"
    yield (
        _heading("Medical codes")
        + "\n"
        + "".join(f"- `{c.code}` {c.display} ({c.system})\n" for c in cause.codes)
    )
    links = ", ".join(f"{{ref}}`{_escape(c.name)} <cause-{c.id}>`" for c in _see_also(data, cause))
    yield f"See also {links}.\n"


def write_plain(root: Path, data: Catalog) -> None:
    """The same text as hand-written MyST pages, without the extension."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "conf.py").write_text(
        _conf(["myst_parser", "sphinx_design"], 'myst_enable_extensions = ["colon_fence"]\n'),
        encoding="utf-8",
    )
    rows = "".join(
        f"| {{ref}}`{_escape(c.name)} <cause-{c.id}>` | {data.get_category(c.category).title}"
        f" | {_escape(c.summary)} |\n"
        for c in data.causes
    )
    toctree = "\n".join(category.id for category in data.categories)
    (root / "index.md").write_text(
        f"# Causes\n\n:::{{note}} Medical disclaimer\n{_escape(data.disclaimer)}\n:::\n\n"
        f"| Cause | Category | In short |\n|---|---|---|\n{rows}\n"
        f"```{{toctree}}\n{toctree}\n```\n",
        encoding="utf-8",
    )
    for category in data.categories:
        members = data.by_category(category.id)
        cards = "".join(
            f":::{{grid-item-card}} {_escape(c.name)}\n:link: cause-{c.id}\n:link-type: ref\n\n"
            f"{_escape(c.summary)}\n:::\n"
            for c in members
        )
        pages = "\n".join(_page(category.id, c) for c in members)
        (root / f"{category.id}.md").write_text(
            "\n".join(
                [
                    f"# {category.title}\n",
                    f":::{{note}} Medical disclaimer\n{_escape(data.disclaimer)}\n:::\n",
                    f"{_escape(category.description)}\n",
                    f"::::{{grid}} 1 2 2 2\n{cards}::::\n",
                    f"```{{toctree}}\n:hidden:\n\n{pages}\n```\n",
                ]
            ),
            encoding="utf-8",
        )
        (root / category.id).mkdir(exist_ok=True)
        for cause in members:
            (root / f"{_page(category.id, cause)}.md").write_text(
                "\n".join(_plain_cause(data, cause)), encoding="utf-8"
            )


def _need_id(cause: Cause) -> str:
    return "C_" + cause.id.split("-")[1]


def write_needs(root: Path, data: Catalog) -> None:
    """The same records as sphinx-needs needs, and a needtable."""
    root.mkdir(parents=True, exist_ok=True)
    fields = ["category", "summary", "disclaimer", "codes", "aliases", "reviewed"]
    conf = _conf(
        ["myst_parser", "sphinx_needs"],
        "needs_types = [dict(directive='cause', title='Cause', prefix='C_', color='#BFD8D2',"
        " style='node')]\n"
        "needs_fields = {name: {'description': name, 'nullable': True}"
        f" for name in {fields!r}}}\n"
        "needs_id_regex = '^C_[0-9]+'\n",
    )
    (root / "conf.py").write_text(conf, encoding="utf-8")
    toctree = "\n".join(category.id for category in data.categories)
    (root / "index.md").write_text(
        "# Causes\n\n```{needtable}\n:types: cause\n:columns: title, category, summary\n"
        ":style: table\n```\n\n"
        f"```{{toctree}}\n{toctree}\n```\n",
        encoding="utf-8",
    )
    for category in data.categories:
        members = data.by_category(category.id)
        pages = "\n".join(_page(category.id, c) for c in members)
        (root / f"{category.id}.md").write_text(
            f"# {category.title}\n\n{_escape(category.description)}\n\n"
            f"```{{toctree}}\n:hidden:\n\n{pages}\n```\n",
            encoding="utf-8",
        )
        (root / category.id).mkdir(exist_ok=True)
        for cause in members:
            reviewed = cause.last_reviewed.isoformat() if cause.last_reviewed else ""
            body = "\n".join(
                [
                    _escape(cause.explanation),
                    "",
                    *(f"- {_escape(item)}" for item in cause.self_care),
                    "",
                    *(f"- {_escape(flag.text)}" for flag in cause.see_a_doctor),
                    "",
                    *(f"- [{_escape(s.title)}]({s.url}), {s.publisher}" for s in cause.sources),
                ]
            )
            links = ", ".join(f"{{need}}`{_need_id(c)}`" for c in _see_also(data, cause))
            (root / f"{_page(category.id, cause)}.md").write_text(
                f"# {_escape(cause.name)}\n\n"
                f"```{{cause}} {_escape(cause.name)}\n:id: {_need_id(cause)}\n"
                f":category: {cause.category}\n:summary: {cause.summary}\n"
                f":disclaimer: {cause.disclaimer}\n"
                f":codes: {', '.join(c.code for c in cause.codes)}\n"
                f":aliases: {', '.join(cause.aliases)}\n:reviewed: {reviewed}\n\n{body}\n```\n\n"
                f"See also {links}.\n",
                encoding="utf-8",
            )


def write_pack(path: Path, data: Catalog) -> None:
    """The catalog as a JSON content pack."""
    path.write_text(json_format.dumps(data), encoding="utf-8")


__all__ = ["catalog", "write_needs", "write_pack", "write_plain", "write_twitch"]
