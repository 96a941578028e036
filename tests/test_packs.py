"""Loading content packs: modules, .py files and JSON files, and every way
loading can fail with a message that says where.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from twitchfacts.catalog import Catalog
from twitchfacts.errors import PackError
from twitchfacts.exports import json_format
from twitchfacts.packs import BUILTIN, load, load_pack

CLINIC_PACK = """
import datetime
from twitchfacts.model import Cause, Category, RedFlag, Source

CATEGORIES = (
    Category(id="clinic", title="Clinic", description="Our own causes.", group="neurological"),
)
CAUSES = (
    Cause(
        id="clinic-cause",
        name="Clinic cause",
        category="clinic",
        summary="A cause only this clinic describes.",
        explanation="It shows that a clinic can add its own causes.",
        self_care=("Rest.",),
        see_a_doctor=(RedFlag(text="It lasts more than 2 weeks.", urgency="routine"),),
        disclaimer="Ask your clinic.",
        sources=(Source(title="Clinic", publisher="Clinic", url="https://clinic.example/"),),
        last_reviewed=datetime.date(2026, 1, 1),
    ),
)
"""


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_the_builtin_pack_is_a_module_pack() -> None:
    pack = load_pack()
    assert pack.label == BUILTIN
    assert len(pack.catalog.causes) >= 20
    assert any(file.endswith("content/neurological.py") for file in pack.files)
    assert all(Path(file).is_absolute() and Path(file).is_file() for file in pack.files)


def test_a_module_pack_by_dotted_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "clinic_pack_by_name" / "__init__.py", CLINIC_PACK)
    monkeypatch.syspath_prepend(str(tmp_path))
    pack = load_pack("clinic_pack_by_name")
    assert pack.label == "clinic_pack_by_name"
    assert [cause.id for cause in pack.catalog.causes] == ["clinic-cause"]
    assert [category.id for category in pack.catalog.categories] == ["clinic"]
    assert pack.files == (str((tmp_path / "clinic_pack_by_name" / "__init__.py").resolve()),)


def test_a_module_pack_by_path_inherits_what_it_leaves_out(tmp_path: Path) -> None:
    path = _write(tmp_path / "clinic.py", CLINIC_PACK)
    pack = load_pack(path)
    builtin = load()
    assert pack.label == str(path)
    assert pack.catalog.disclaimer == builtin.disclaimer
    assert pack.catalog.red_flags == builtin.red_flags
    assert pack.catalog.reassurance == builtin.reassurance
    assert pack.files == (str(path.resolve()),)


def test_a_module_pack_may_extend_the_builtin_causes(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "extended.py",
        "from twitchfacts.content import CAUSES as BUILTIN\n"
        + CLINIC_PACK.replace("CAUSES = (", "CAUSES = (*BUILTIN,"),
    )
    catalog = load(path)
    assert catalog.causes[-1].id == "clinic-cause"
    assert catalog.causes[0].id == "stress-and-anxiety"


def test_a_module_pack_may_use_dicts(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "dicts.py",
        """
        CAUSES = [{"id": "x", "name": "X", "sources": [{"title": "T", "publisher": "P",
                   "url": "https://x.example/"}], "last_reviewed": "2026-01-01"}]
        CATEGORIES = [{"id": "c", "title": "C", "description": "D", "group": "neurological"}]
        RED_FLAGS = [{"text": "Help.", "urgency": "emergency"}]
        DISCLAIMER = "Mine."
        """,
    )
    catalog = load(path)
    assert catalog.causes[0].sources[0].url == "https://x.example/"
    assert str(catalog.causes[0].last_reviewed) == "2026-01-01"
    assert catalog.red_flags[0].urgency == "emergency"
    assert catalog.disclaimer == "Mine."


def test_a_json_pack(small: Catalog, write_json: Callable[..., Path]) -> None:
    path = write_json(small)
    pack = load_pack(path)
    assert pack.catalog == small
    assert pack.files == (str(path.resolve()),)


def test_a_json_pack_keeps_wrong_types_for_the_validator(write_json: Callable[..., Path]) -> None:
    data = {
        "schema_version": 1,
        "causes": [
            {
                "id": "x",
                "summary": 42,
                "self_care": "Rest.",
                "sources": ["https://x.example/"],
                "last_reviewed": "2026-02-30",
            }
        ],
    }
    cause = load(write_json(data)).causes[0]
    assert cause.summary == 42
    assert cause.self_care == "Rest."
    assert cause.sources == ("https://x.example/",)
    assert cause.last_reviewed == "2026-02-30"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"schema_version": 1, "causes": [}', r"pack\.json:1:34: not valid JSON"),
        ("[]", "expected a JSON object at the top, found a list"),
        (
            '{"causes": []}',
            "schema_version: this version of twitchfacts reads versions 1, 2, 3, 4, found None",
        ),
        ('{"schema_version": 1}', "causes: missing"),
        ('{"schema_version": 1, "causes": {}}', "causes: expected a list, found an object"),
        (
            '{"schema_version": 1, "causes": [3]}',
            r"causes\[0\]: expected an object, found a number",
        ),
        (
            '{"schema_version": 1, "causes": [{"id": "x", "colour": "red"}]}',
            r"causes\[0\]: unknown key 'colour'",
        ),
        ('{"schema_version": 1, "causes": [], "extra": 1}', "extra: unknown key"),
        (
            '{"schema_version": 1, "causes": [{"see_a_doctor": [{"txt": "x"}]}]}',
            r"causes\[0\]\.see_a_doctor\[0\]: unknown key 'txt'",
        ),
        (
            '{"schema_version": 4, "causes": [], "movements": [{"feels": "x"}]}',
            r"movements\[0\]: unknown key 'feels'; a movement has also_called, causes,",
        ),
        (
            '{"schema_version": 4, "causes": [], "movements": {}}',
            "movements: expected a list, found an object",
        ),
    ],
)
def test_json_packs_that_cannot_load(
    write_json: Callable[..., Path], text: str, expected: str
) -> None:
    with pytest.raises(PackError, match=expected):
        load(write_json(text))


def test_every_json_placement_problem_is_listed_at_once(write_json: Callable[..., Path]) -> None:
    data = {"schema_version": 99, "causes": [1, {"bad": 1}], "what": 0}
    with pytest.raises(PackError) as raised:
        load(write_json(data))
    assert len(raised.value.problems) == 4
    assert str(raised.value).startswith(f"{write_json(data)}: cannot load this content\n  ")


def test_non_utf8_json(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"disclaimer": "\xe9"}')
    with pytest.raises(PackError, match="cannot read"):
        load(path)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("missing.json", "missing.json: no such file"),
        ("missing.py", "missing.py: no such file"),
        ("no_such_pack_module", "no_such_pack_module: no module or file of that name"),
        ("twitchfacts.no_such_module", "no module or file of that name"),
        ("json", "json: defines no CAUSES"),
    ],
)
def test_packs_that_do_not_exist(spec: str, expected: str) -> None:
    with pytest.raises(PackError, match=expected):
        load(spec)


def test_a_file_that_is_neither_python_nor_json(tmp_path: Path) -> None:
    path = _write(tmp_path / "pack.yaml", "causes: []")
    with pytest.raises(PackError, match=r"a content pack is a \.py or \.json file"):
        load(path)


def test_a_pack_with_a_syntax_error_says_where(tmp_path: Path) -> None:
    path = _write(tmp_path / "broken.py", "CAUSES = (\n  1 +\n")
    with pytest.raises(PackError) as raised:
        load(path)
    assert str(raised.value).startswith(f"{path.resolve()}:")
    assert "syntax error in pack" in str(raised.value)


def test_a_pack_that_raises_on_import_says_where(tmp_path: Path) -> None:
    path = _write(tmp_path / "raises.py", "x = 1\nraise ValueError('bad pack')\n")
    with pytest.raises(PackError) as raised:
        load(path)
    assert str(raised.value) == (
        f"{path.resolve()}:2: importing pack {path} raised ValueError: bad pack"
    )


def test_a_pack_importing_a_missing_module_is_not_called_missing(tmp_path: Path) -> None:
    path = _write(tmp_path / "imports.py", "import no_such_dependency_xyz\nCAUSES = ()\n")
    with pytest.raises(PackError, match="raised ModuleNotFoundError: No module named"):
        load(path)


def test_module_entries_that_are_not_causes(tmp_path: Path) -> None:
    path = _write(tmp_path / "junk.py", "CAUSES = (1, 'two')\nCATEGORIES = 'x'\n")
    with pytest.raises(PackError) as raised:
        load(path)
    assert raised.value.problems == (
        "CAUSES[0]: expected a Cause (or a dict of its fields), found int 1",
        "CAUSES[1]: expected a Cause (or a dict of its fields), found str 'two'",
        "CATEGORIES: expected a tuple of Category records, found 'x'",
    )


def test_json_export_then_load_gives_the_same_catalog(builtin: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "builtin.json"
    path.write_text(json_format.dumps(builtin), encoding="utf-8")
    assert load(path) == builtin
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 4


def test_a_version_1_pack_with_two_urgencies_still_loads_and_validates(
    write_json: Callable[..., Path],
) -> None:
    """Packs written before the urgent level, and before sources had identifiers."""
    from factories import TODAY, catalog_with, good_cause
    from twitchfacts.rules import Settings, validate

    data = json.loads(json_format.dumps(catalog_with(good_cause())))
    data["schema_version"] = 1
    del data["authorities"]
    cause = data["causes"][0]
    del cause["next_review"]
    for source in cause["sources"]:
        for key in ("kind", "doi", "pmid"):
            del source[key]
    cause["see_a_doctor"] = [
        {"text": "It lasts more than 2 weeks.", "urgency": "routine"},
        {"text": "You cannot breathe: call your emergency number.", "urgency": "emergency"},
    ]
    catalog = load(write_json(data))
    assert [flag.urgency for flag in catalog.causes[0].see_a_doctor] == ["routine", "emergency"]
    assert validate(catalog, Settings(today=TODAY)) == []
