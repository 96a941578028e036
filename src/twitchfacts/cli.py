"""The ``twitchfacts`` command: read, check and export content.

Exit codes are part of the interface: 0 when all is well, 1 when content
has problems (or cannot be exported), 2 for usage and loading errors (a
missing file, an unknown module or id, a pack that does not parse). A user
error prints one clear message on standard error and never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

from twitchfacts import __version__
from twitchfacts.catalog import Catalog, UnknownIdError
from twitchfacts.errors import ExportError, TwitchfactsError
from twitchfacts.files import write_atomically
from twitchfacts.labels import (
    CAUSE_PARTS,
    PLACE_NAMES,
    URGENCY_ACTIONS,
    URGENCY_TITLES,
    WORDS,
    translator,
)
from twitchfacts.model import URGENCIES, Cause
from twitchfacts.packs import BUILTIN, Pack, load_pack
from twitchfacts.reviews import DEFAULT_REVIEW_INTERVAL_DAYS, next_review

if TYPE_CHECKING:
    from twitchfacts.rules import Problem, Settings

__all__ = ["main"]

OK: Final = 0
CONTENT_PROBLEMS: Final = 1
USAGE_ERROR: Final = 2

_WIDTH: Final = 78


class _UsageError(TwitchfactsError):
    """An argument that parses but makes no sense (a bad date, say)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``).

    :returns: The exit code.
    """
    parser = _parser()
    args = parser.parse_args(argv)
    command: Callable[[argparse.Namespace], int] = args.run
    try:
        code = command(args)
        sys.stdout.flush()  # here, not at exit, so that a closed pipe is caught below
    except BrokenPipeError:
        # The reader went away (`twitchfacts list | head -1`): that is their
        # choice, not an error. Point stdout at nothing so that Python's own
        # flush at exit cannot fail again and print a traceback.
        _silence_stdout()
        return OK
    except ExportError as error:
        _error(f"cannot export: {error}")
        return CONTENT_PROBLEMS
    except (TwitchfactsError, UnknownIdError) as error:
        _error(str(error))
        return USAGE_ERROR
    except OSError as error:
        _error(f"{error.filename or ''}: {error.strerror or error}".lstrip(": "))
        return USAGE_ERROR
    return code


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _error(message: str) -> None:
    print(f"twitchfacts: error: {message}", file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="twitchfacts",
        description="Read, check and export patient-education content about muscle twitching.",
        epilog="Exit codes: 0 clean, 1 content problems, 2 usage or loading errors.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    content = argparse.ArgumentParser(add_help=False)
    content.add_argument(
        "--content",
        metavar="PACK",
        help=f"a content pack: module name, .py or .json path (default: {BUILTIN})",
    )

    language = argparse.ArgumentParser(add_help=False)
    language.add_argument(
        "--lang",
        metavar="LANG",
        help="the content in this language (es, es_MX ...); refused unless its translation"
        " is complete and current",
    )

    listing = commands.add_parser(
        "list",
        parents=[content, language],
        help="list the causes",
        description="List the causes.",
    )
    listing.add_argument("--category", metavar="ID", help="only the causes in this category")
    listing.set_defaults(run=_list)

    show = commands.add_parser(
        "show",
        parents=[content, language],
        help="show one cause",
        description="Show one cause in full.",
    )
    show.add_argument("id", metavar="ID", help="the cause's id (see `twitchfacts list`)")
    show.set_defaults(run=_show)

    rules = commands.add_parser(
        "rules", help="list the validation rules", description="List the validation rules."
    )
    rules.set_defaults(run=_rules)

    validate = commands.add_parser(
        "validate",
        parents=[content],
        help="check content against every rule",
        description="Check content against every rule and report every problem at once.",
    )
    validate.add_argument(
        "--strict", action="store_true", help="fail on warnings as well as errors"
    )
    validate.add_argument(
        "--lang",
        metavar="LANG",
        action="append",
        help="check only the translations into this language (repeat for more;"
        " default: every translation the pack has)",
    )
    validate.add_argument("--format", choices=("text", "json"), default="text")
    validate.add_argument(
        "--max-review-age",
        type=_days,
        metavar="DAYS",
        default=730,
        help="warn when a review is older than this (default: %(default)s)",
    )
    validate.add_argument(
        "--no-prose",
        action="store_true",
        help="skip the reading-level and Vale style rules (they are on by default)",
    )
    validate.add_argument(
        "--no-vale",
        action="store_true",
        help="skip only the Vale style rules and keep the reading levels (where Vale is missing)",
    )
    validate.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help="judge review dates as if today were this date (default: today)",
    )
    validate.set_defaults(run=_validate)

    readability = commands.add_parser(
        "readability",
        parents=[content],
        help="measure reading levels",
        description=(
            "Measure the reading level of each summary, explanation and self-care text"
            " (Flesch-Kincaid grade, Flesch reading ease, words) against its target."
        ),
    )
    readability.add_argument("--format", choices=("text", "json"), default="text")
    readability.set_defaults(run=_readability)

    export = commands.add_parser(
        "export",
        parents=[content, language],
        help="export content as JSON, its JSON Schema, or JSON-LD",
        description="Export content as JSON, its JSON Schema, or schema.org JSON-LD.",
    )
    export.add_argument("--format", choices=("json", "jsonschema", "jsonld"), required=True)
    export.add_argument(
        "--cause", metavar="ID", help="JSON-LD for this one cause instead of the whole catalog"
    )
    export.add_argument("--output", metavar="FILE", help="write here instead of standard output")
    export.set_defaults(run=_export)

    translations = commands.add_parser(
        "translations",
        parents=[content],
        help="update, compile or check a module pack's translation catalogs",
        description=(
            "Keep the gettext catalogs of a module pack (locales/<lang>/LC_MESSAGES/content.po)"
            " in step with its English: 'update' adds new texts and marks changed ones fuzzy,"
            " 'compile' writes each content.mo, 'check' reports fuzzy entries and .mo files"
            " that are not current."
        ),
    )
    translations.add_argument("action", choices=("update", "compile", "check"))
    translations.add_argument(
        "--lang", metavar="LANG", action="append", help="for update: the language (repeatable)"
    )
    translations.set_defaults(run=_translations)

    serve = commands.add_parser(
        "serve",
        parents=[content],
        help="answer Infobutton and CDS Hooks requests from EHRs (needs twitchfacts[serve])",
        description=(
            "Answer Infobutton look-ups (GET /service, MedlinePlus Connect's parameters) and"
            " CDS Hooks calls (GET /cds-services, POST /cds-services/ID) with links to the"
            " published site's cause pages. Stateless and read-only."
        ),
    )
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    serve.add_argument(
        "--port",
        type=_port,
        default=8000,
        help="port to listen on; 0 picks a free one (default: %(default)s)",
    )
    serve.add_argument(
        "--site-url",
        metavar="URL",
        required=True,
        help="the published site the answers link to (https://...); Spanish pages under es/",
    )
    serve.set_defaults(run=_serve)
    return parser


def _pack(args: argparse.Namespace) -> Pack:
    # Like `python -m twitchfacts`, a module pack may live in the current folder.
    return load_pack(args.content, search=(str(Path.cwd()),))


# --- list and show ---------------------------------------------------------------


def _in_language(args: argparse.Namespace, catalog: Catalog) -> Catalog:
    """The catalog in the language of ``--lang``, if one was given."""
    if not getattr(args, "lang", None):
        return catalog
    from twitchfacts.i18n import translate  # noqa: PLC0415 - only when a language is asked

    return translate(catalog, args.lang)


def _list(args: argparse.Namespace) -> int:
    catalog = _in_language(args, _pack(args).catalog)
    causes = catalog.by_category(args.category) if args.category else catalog.causes
    width = max((len(str(cause.id)) for cause in causes), default=0)
    for cause in causes:
        print(f"{cause.id!s:<{width}}  {cause.name}")
    return OK


def _show(args: argparse.Namespace) -> int:
    catalog = _in_language(args, _pack(args).catalog)
    print(render_cause(catalog.get(args.id), catalog, language=args.lang), end="")
    return OK


def render_cause(
    cause: Cause,
    catalog: Catalog,
    review_interval: int = DEFAULT_REVIEW_INTERVAL_DAYS,
    language: str | None = None,
) -> str:
    """A cause as plain text for a terminal, every field included.

    Content that has not passed validation is shown as it is, not refused:
    seeing a broken cause is how an editor finds what to fix. The headings
    are in *language* where twitchfacts has its words in it.
    """
    word = translator(language)
    try:
        category = catalog.get_category(cause.category)
        category_line = f"{category.title} ({category.group})"
    except UnknownIdError:
        category_line = cause.category

    def block(title: str, lines: list[str]) -> list[str]:
        return ["", title, *lines] if lines else []

    def wrap(text: object, bullet: str = "") -> list[str]:
        return textwrap.wrap(
            str(text),
            _WIDTH,
            initial_indent=f"  {bullet}",
            subsequent_indent="  " + " " * len(bullet),
        )

    lines = [
        f"{cause.name} ({cause.id})",
        word(WORDS["category_line"]).format(category=category_line),
        "",
    ]
    lines += wrap(cause.summary)
    lines += block(word(CAUSE_PARTS["explanation"]), wrap(cause.explanation))
    lines += block(
        word(CAUSE_PARTS["self_care"]),
        [line for item in _items(cause.self_care) for line in wrap(item, "- ")],
    )
    lines += ["", word(CAUSE_PARTS["see_a_doctor"])] if cause.see_a_doctor else []
    for urgency, flags in _by_urgency(_items(cause.see_a_doctor)):
        title = (
            word(URGENCY_TITLES[urgency])
            if isinstance(urgency, str) and urgency in URGENCY_TITLES
            else f"Urgency {urgency!r} (not a known level)"
        )
        known = isinstance(urgency, str) and urgency in URGENCY_ACTIONS
        action = word(URGENCY_ACTIONS[urgency]) if known else ""  # type: ignore[index]
        lines += ["", f"  {title}:", *(wrap(action, "  ") if action else [])]
        lines += [line for flag in flags for line in wrap(getattr(flag, "text", flag), "  - ")]
    lines += block(
        word(CAUSE_PARTS["questions"]),
        [line for item in _items(cause.questions) for line in wrap(item, "- ")],
    )
    lines += block(word(CAUSE_PARTS["disclaimer"]), wrap(cause.disclaimer))
    lines += block(
        word(CAUSE_PARTS["sources"]),
        [line for source in _items(cause.sources) for line in wrap(_citation(source), "- ")],
    )
    lines += block(
        word(CAUSE_PARTS["codes"]),
        [f"  {_fields(code, 'system', 'code', 'display')}" for code in _items(cause.codes)],
    )
    if cause.aliases:
        names = ", ".join(map(str, _items(cause.aliases)))
        lines += ["", *wrap(word(WORDS["also_called"]).format(names=names))]
    if cause.places:
        where = (
            word(PLACE_NAMES[place]) if isinstance(place, str) and place in PLACE_NAMES else place
            for place in _items(cause.places)
        )
        lines += block(word(WORDS["where_it_shows"]), wrap(", ".join(map(str, where))))
    due = next_review(cause, review_interval)
    reviewed = cause.last_reviewed or word(WORDS["unknown"])
    lines += ["", word(WORDS["last_reviewed"]).format(date=reviewed)]
    lines += [word(WORDS["next_review"]).format(date=due)] if due else []
    return "\n".join(lines) + "\n"


def _items(value: object) -> tuple[object, ...]:
    return value if isinstance(value, tuple) else (value,)


def _by_urgency(flags: tuple[object, ...]) -> list[tuple[object, list[object]]]:
    """Red flags grouped by urgency, most urgent first; unknown urgencies last."""
    groups: dict[object, list[object]] = {urgency: [] for urgency in URGENCIES}
    for flag in flags:
        groups.setdefault(getattr(flag, "urgency", None), []).append(flag)
    return [(urgency, found) for urgency, found in groups.items() if found]


def _citation(source: object) -> str:
    """A source on one line: title, publisher, address and any DOI or PMID."""
    text = _fields(source, "title", "publisher", "url")
    for name, label in (("doi", "doi:"), ("pmid", "PMID ")):
        value = getattr(source, name, "")
        if value:
            text += f" | {label}{value}"
    return text


def _fields(record: object, *names: str) -> str:
    return " | ".join(str(getattr(record, name, record)) for name in names)


# --- translations ------------------------------------------------------------------


def _catalog_problems(pack: Pack, settings: Settings) -> list[Problem]:
    """Fuzzy entries and stale ``.mo`` files of a module pack's catalogs."""
    locales = pack.locales
    if locales is None or not locales.is_dir():
        return []
    from twitchfacts.i18n import catalogs  # noqa: PLC0415 - Babel, only when there are catalogs

    languages = settings.languages
    return [
        problem
        for problem in catalogs.check(locales)
        if languages is None or any(problem.where.endswith(f"[{lang}]") for lang in languages)
    ]


def _translations(args: argparse.Namespace) -> int:
    from twitchfacts.i18n import catalogs  # noqa: PLC0415 - Babel, only for this command

    pack = _pack(args)
    locales = pack.locales
    if locales is None:
        _error(f"{pack.label}: a JSON pack keeps its translations in its 'translations' part")
        return USAGE_ERROR
    if args.action == "update":
        if not args.lang:
            _error("translations update: say which language with --lang (for example --lang es)")
            return USAGE_ERROR
        for language in args.lang:
            added, changed, removed = catalogs.update(pack.catalog, locales, language)
            print(
                f"{catalogs.po_path(locales, catalogs.catalog_language(language))}:"
                f" {added} new, {changed} changed"
                f" (marked fuzzy), {removed} removed"
            )
        return OK
    if args.action == "compile":
        for path in catalogs.compile_catalogs(locales):
            print(f"wrote {path}")
        return OK
    problems = catalogs.check(locales) if locales.is_dir() else []
    for problem in problems:
        print(problem.format(pack.label))
    return CONTENT_PROBLEMS if problems else OK


# --- rules and validate ----------------------------------------------------------


def _rules(args: argparse.Namespace) -> int:
    from twitchfacts.rules import RULES  # noqa: PLC0415 - only this command needs it

    width = max(len(rule.id) for rule in RULES)
    for rule in RULES:
        print(f"{rule.id:<{width}}  {rule.severity:<7}  {rule.description}")
    return OK


def _validate(args: argparse.Namespace) -> int:
    from twitchfacts.rules import Settings, Severity, failed, validate  # noqa: PLC0415

    settings = Settings(
        today=_date(args.today),
        max_review_age_days=args.max_review_age,
        prose=not args.no_prose,
        vale=not args.no_vale,
        languages=tuple(args.lang) if args.lang else None,
    )
    pack = _pack(args)
    problems = validate(pack.catalog, settings) + _catalog_problems(pack, settings)
    errors = sum(problem.severity is Severity.ERROR for problem in problems)
    warnings = len(problems) - errors
    causes = len(pack.catalog.causes)
    movements = len(pack.catalog.movements) if isinstance(pack.catalog.movements, tuple) else 0
    if args.format == "json":
        report = {
            "pack": pack.label,
            "causes": causes,
            "movements": movements,
            "errors": errors,
            "warnings": warnings,
            "problems": [problem.to_dict(pack.label) for problem in problems],
        }
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        for problem in problems:
            print(problem.format(pack.label))
        skipped = (
            " (prose not checked: --no-prose)"
            if args.no_prose
            else " (Vale style not checked: --no-vale)"
            if args.no_vale
            else ""
        )
        checked = _count(causes, "cause")
        if movements:
            checked += f" and {_count(movements, 'movement')}"
        print(
            f"{pack.label}: {checked} checked: {_count(errors, 'error')},"
            f" {_count(warnings, 'warning')}{skipped}",
            file=sys.stderr,
        )
    return CONTENT_PROBLEMS if failed(problems, strict=args.strict) else OK


def _readability(args: argparse.Namespace) -> int:
    from twitchfacts.prose import reading  # noqa: PLC0415 - textstat only here

    pack = _pack(args)
    readings = reading.measure(pack.catalog)
    summary = reading.overall(readings, pack.catalog)
    if args.format == "json":
        report = {
            "pack": pack.label,
            "readings": [measured.to_dict() for measured in readings],
            "overall": summary,
        }
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return OK
    width = max((len(measured.subject) for measured in readings), default=5)
    print(
        f"{'cause':<{width}}  {'field':<11}  {'grade':>5}  {'target':>6}  {'ease':>5}  {'words':>5}"
    )
    for measured in readings:
        flag = "  over target" if measured.over_target else ""
        print(
            f"{measured.subject:<{width}}  {measured.field:<11}  {measured.grade:>5.1f}"
            f"  {measured.target:>6.1f}  {measured.ease:>5.1f}  {measured.words:>5}{flag}"
        )
    print()
    for field, figures in summary["fields"].items():
        print(
            f"{field}: mean grade {figures['mean_grade']:.1f}, highest {figures['max_grade']:.1f},"
            f" target {figures['target']:.1f}, {figures['over_target']} of {figures['count']}"
            " over target"
        )
    whole = summary["all_text"]
    print(
        f"all measured text: grade {whole['grade']:.1f}, reading ease {whole['ease']:.1f},"
        f" {whole['words']} words"
    )
    return OK


def _date(text: str | None) -> datetime.date:
    if text is None:
        return datetime.date.today()
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise _UsageError(f"--today: {text!r} is not a date (YYYY-MM-DD)") from None


def _days(text: str) -> int:
    """An argparse type: a whole number of days, one or more."""
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days") from None
    if days < 1:
        raise argparse.ArgumentTypeError(f"{days} days makes no sense; give 1 or more")
    return days


def _port(text: str) -> int:
    """An argparse type: a TCP port, 0 to 65535."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port (0 to 65535)")
    return port


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


# --- export ----------------------------------------------------------------------


def _export(args: argparse.Namespace) -> int:
    if args.cause and args.format != "jsonld":
        raise _UsageError("--cause only applies to --format jsonld")
    if args.format == "jsonschema":
        from twitchfacts.exports.json_schema import schema  # noqa: PLC0415

        text = json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"
    else:
        written = _pack(args).catalog
        catalog = _in_language(args, written)
        if args.format == "json":
            from twitchfacts.exports.json_format import dumps  # noqa: PLC0415

            text = dumps(catalog)
        else:
            from twitchfacts.exports import json_ld  # noqa: PLC0415
            from twitchfacts.rules import Settings, Severity, structure  # noqa: PLC0415

            broken = [
                problem
                for problem in structure.check(catalog, Settings())
                if problem.severity is Severity.ERROR
            ]
            if broken:
                raise ExportError(
                    f"JSON-LD needs well-formed content, and {_count(len(broken), 'problem')}"
                    f" stand in the way (first: {broken[0].format(args.content or BUILTIN)});"
                    " run `twitchfacts validate`"
                )
            from twitchfacts.i18n import resolve  # noqa: PLC0415

            language = resolve(written, args.lang) if args.lang else "en"
            document = (
                json_ld.cause_document(catalog.get(args.cause), language=language)
                if args.cause
                else json_ld.catalog_document(catalog, language=language)
            )
            text = json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n"
    if args.output:
        write_atomically(args.output, text)
    else:
        sys.stdout.write(text)
    return OK


# --- serve -----------------------------------------------------------------------


def _serve(args: argparse.Namespace) -> int:
    from twitchfacts.server import INSTALL_HINT, missing  # noqa: PLC0415 - no web stack needed

    absent = missing()
    if absent:
        verb = "is" if len(absent) == 1 else "are"
        raise _UsageError(
            f"serve needs {' and '.join(absent)}, which {verb} not installed here: {INSTALL_HINT}"
        )
    from twitchfacts.server.run import serve  # noqa: PLC0415 - Starlette and uvicorn only here

    # Ctrl-C is how a foreground server is meant to stop: not an error.
    with contextlib.suppress(KeyboardInterrupt):
        serve(host=args.host, port=args.port, content=args.content, site_url=args.site_url)
    return OK
