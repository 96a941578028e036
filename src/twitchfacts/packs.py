"""Content packs: where a catalog comes from.

A pack is either

* a Python module, named by its dotted name (``twitchfacts.content``, the
  built-in pack) or by the path of a ``.py`` file, that defines ``CAUSES``
  and may define ``CATEGORIES``, ``DISCLAIMER``, ``REASSURANCE``, ``RED_FLAGS``,
  ``AUTHORITIES`` and ``MOVEMENTS``, with its translations as gettext
  catalogs in a ``locales`` folder beside it; or
* a JSON file in the export format (:mod:`twitchfacts.exports.json_format`),
  read by :mod:`twitchfacts.parse`.

Whatever a pack leaves out comes from the built-in pack, so a clinic can
ship only its own causes and still get the standard categories, disclaimer
and red flags (``AUTHORITIES`` only adds to the publishers the validator
recognises, so it has no default; ``MOVEMENTS`` link to causes by id, so
they have none either: the built-in ones would point at causes a clinic's
pack may not have). Every failure to load becomes a
:class:`~twitchfacts.errors.PackError` whose message says where the problem
is; loading never lets a traceback through.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
import os
import sys
import traceback
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Final

from twitchfacts.catalog import Catalog
from twitchfacts.errors import PackError
from twitchfacts.i18n.mo import DOMAIN, read_translations
from twitchfacts.model import Category, Cause, Movement, RedFlag
from twitchfacts.parse import (
    parse_catalog,
    parse_category,
    parse_cause,
    parse_movement,
    parse_red_flag,
)

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["BUILTIN", "Pack", "load", "load_pack", "locales_of", "looks_like_path"]

#: The dotted name of the pack that ships with twitchfacts.
BUILTIN: Final = "twitchfacts.content"


@dataclass(frozen=True, slots=True)
class Pack:
    """A loaded content pack.

    :param label: How messages name the pack: its module name or its path
        as the user wrote it.
    :param catalog: The content.
    :param files: Absolute paths of every file the content was read from, so
        that a documentation build can rebuild the pages that show it when one
        of them changes.
    :param locales: A module pack's ``locales`` folder of gettext catalogs,
        where ``twitchfacts translations`` writes (``None`` for a JSON pack).
    """

    label: str
    catalog: Catalog
    files: tuple[str, ...]
    locales: Path | None = None


def load(spec: str | os.PathLike[str] | None = None) -> Catalog:
    """The catalog of a pack; ``None`` means the built-in content.

    :raises PackError: if the pack cannot be loaded.
    """
    return load_pack(spec).catalog


def load_pack(spec: str | os.PathLike[str] | None = None, *, search: Sequence[str] = ()) -> Pack:
    """Load a pack from a module name, a ``.py`` path or a ``.json`` path.

    :param search: Folders to look for a module pack in before ``sys.path``,
        as ``python -m`` looks in the current folder first. The command line
        passes the current folder; the Sphinx extension passes the
        configuration folder and the current folder.
    :raises PackError: if the pack cannot be found, does not parse, raises on
        import (or exits), or holds entries that are not causes.
    """
    if spec is None:
        spec = BUILTIN
    text = os.fspath(spec)
    if looks_like_path(text):
        path = Path(text)
        if not path.is_file():
            raise PackError(f"{text}: no such file")
        if path.suffix == ".json":
            return _from_json(text, path)
        if path.suffix == ".py":
            return _from_module(text, _exec_file(text, path))
        raise PackError(f"{text}: a content pack is a .py or .json file")
    return _from_module(text, _import(text, search))


def looks_like_path(text: str) -> bool:
    """Whether a pack spec names a file rather than a module."""
    return (
        text.endswith((".py", ".json"))
        or "/" in text
        or os.sep in text
        or not all(part.isidentifier() for part in text.split("."))
    )


# --- JSON packs ----------------------------------------------------------------


def _from_json(label: str, path: Path) -> Pack:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise PackError(f"{label}: cannot read: {error}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise PackError(
            f"{label}:{error.lineno}:{error.colno}: not valid JSON: {error.msg}"
        ) from None
    fields = parse_catalog(data, label)
    return Pack(label, _with_defaults(fields), (str(path.resolve()),))


# --- Python packs --------------------------------------------------------------


def _import(name: str, search: Sequence[str] = ()) -> ModuleType:
    extra = [folder for folder in dict.fromkeys(search) if folder not in sys.path]
    sys.path[:0] = extra
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name is not None and (name == error.name or name.startswith(error.name + ".")):
            raise PackError(
                f"{name}: no module or file of that name"
                " (a file pack needs its .py or .json suffix)"
            ) from None
        raise _import_failure(name, error) from None
    except (Exception, SystemExit) as error:  # a pack is user code: anything may go wrong
        raise _import_failure(name, error) from None
    finally:
        for folder in extra:
            sys.path.remove(folder)


def _exec_file(label: str, path: Path) -> ModuleType:
    resolved = path.resolve()
    digest = hashlib.sha256(str(resolved).encode()).hexdigest()[:12]
    module_name = f"_twitchfacts_pack_{digest}"
    spec = importlib.util.spec_from_file_location(module_name, resolved)
    if spec is None or spec.loader is None:
        raise PackError(f"{label}: cannot be loaded as a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses and pickling look modules up here
    try:
        spec.loader.exec_module(module)
    except (Exception, SystemExit) as error:  # a pack is user code: anything may go wrong
        del sys.modules[module_name]
        raise _import_failure(label, error) from None
    return module


def _import_failure(label: str, error: BaseException) -> PackError:
    if isinstance(error, SyntaxError):
        where = f"{error.filename}:{error.lineno}" if error.filename else label
        return PackError(f"{where}: syntax error in pack {label}: {error.msg}")
    if isinstance(error, SystemExit):
        return PackError(f"importing pack {label} called sys.exit({error.code!r})")
    frames = traceback.extract_tb(error.__traceback__)
    own = [frame for frame in frames if not _is_import_machinery(frame.filename)]
    place = f"{own[-1].filename}:{own[-1].lineno}: " if own else ""
    return PackError(
        f"{place}importing pack {label} raised {type(error).__name__}: {error}".rstrip(": ")
    )


def _is_import_machinery(filename: str) -> bool:
    return filename.startswith("<frozen importlib") or filename == __file__


def _from_module(label: str, module: ModuleType) -> Pack:
    if not hasattr(module, "CAUSES"):
        raise PackError(
            f"{label}: defines no CAUSES; a pack module lists its causes in a CAUSES tuple"
        )
    errors: list[str] = []
    fields: dict[str, object] = {
        "causes": _entries(module.CAUSES, "CAUSES", Cause, parse_cause, errors)
    }
    readers: dict[str, tuple[str, type[object], Callable[[object, str, list[str]], object]]] = {
        "categories": ("CATEGORIES", Category, parse_category),
        "red_flags": ("RED_FLAGS", RedFlag, parse_red_flag),
        "movements": ("MOVEMENTS", Movement, parse_movement),
    }
    for field, (attribute, kind, parse) in readers.items():
        if hasattr(module, attribute):
            fields[field] = _entries(getattr(module, attribute), attribute, kind, parse, errors)
    for field, attribute in (
        ("disclaimer", "DISCLAIMER"),
        ("reassurance", "REASSURANCE"),
        ("authorities", "AUTHORITIES"),
    ):
        if hasattr(module, attribute):
            fields[field] = getattr(module, attribute)
    if errors:
        raise PackError(f"{label}: cannot load this content", tuple(errors))
    files = _module_files(module)
    locales = locales_of(module)
    if locales.is_dir():
        fields["translations"] = read_translations(locales)
        files = tuple(sorted({*files, *map(str, locales.glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))}))
    return Pack(label, _with_defaults(fields), files, locales)


def locales_of(module: ModuleType) -> Path:
    """Where a module pack keeps its translations (the folder may not exist yet).

    A package keeps them inside its folder (the built-in pack's are in
    ``twitchfacts/content/locales``); a single-file pack beside its file.
    """
    origin = getattr(module, "__file__", None) or "."
    return Path(origin).resolve().parent / "locales"


def _entries(
    value: object,
    attribute: str,
    kind: type[object],
    parse: Callable[[object, str, list[str]], object],
    errors: list[str],
) -> tuple[object, ...]:
    if not isinstance(value, list | tuple):
        errors.append(f"{attribute}: expected a tuple of {kind.__name__} records, found {value!r}")
        return ()
    items: list[object] = []
    for index, item in enumerate(value):
        where = f"{attribute}[{index}]"
        if isinstance(item, kind):
            items.append(item)
        elif isinstance(item, Mapping):
            items.append(parse(item, where, errors))
        else:
            errors.append(
                f"{where}: expected a {kind.__name__} (or a dict of its fields),"
                f" found {type(item).__name__} {item!r}"
            )
    return tuple(items)


def _module_files(module: ModuleType) -> tuple[str, ...]:
    """The source files of a pack module and of its loaded submodules."""
    files: set[str] = set()
    prefix = module.__name__ + "."
    for name, loaded in list(sys.modules.items()):
        if name == module.__name__ or name.startswith(prefix):
            origin = getattr(loaded, "__file__", None)
            if origin and Path(origin).is_file():
                files.add(str(Path(origin).resolve()))
    return tuple(sorted(files))


# --- defaults ------------------------------------------------------------------


def _with_defaults(fields: dict[str, object]) -> Catalog:
    missing = {"categories", "disclaimer", "reassurance", "red_flags"} - fields.keys()
    if missing:
        builtin = _import(BUILTIN)
        defaults = {
            "categories": builtin.CATEGORIES,
            "disclaimer": builtin.DISCLAIMER,
            "reassurance": builtin.REASSURANCE,
            "red_flags": builtin.RED_FLAGS,
        }
        for field in missing:
            fields[field] = defaults[field]
    return Catalog(**fields)  # type: ignore[arg-type]
