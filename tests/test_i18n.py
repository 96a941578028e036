"""Translations: catalogs beside a pack, the lang= API and CLI, and the translation rules."""

from __future__ import annotations

import io
import re
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo as babel_read_mo
from babel.messages.pofile import read_po, write_po

import twitchfacts
from conftest import Result
from factories import TODAY, catalog_with, good_cause
from twitchfacts.errors import LanguageError
from twitchfacts.exports import json_format
from twitchfacts.i18n import candidates, source_texts, translate
from twitchfacts.i18n.mo import read_mo
from twitchfacts.model import TranslatedText, Translation
from twitchfacts.packs import load_pack
from twitchfacts.rules import Settings, validate

PACK = """
    import datetime

    from twitchfacts.model import Cause, RedFlag, Source

    CAUSES = (
        Cause(
            id="clinic-cramp",
            name="Night cramps",
            category="daily-life",
            summary="{summary}",
            explanation="A muscle tightens in the night.",
            self_care=("Stretch your calf.", "Drink water."),
            see_a_doctor=(RedFlag(text="Cramps spoil your sleep.", urgency="routine"),),
            questions=("Why do I get cramps?",),
            disclaimer="Talk to a doctor if you are worried.",
            sources=(Source(title="Leg cramps", publisher="NHS", url="https://www.nhs.uk/"),),
            aliases=("leg cramp",),
            last_reviewed=datetime.date(2026, 1, 1),
        ),
    )
    MOVEMENTS = ()
"""

SPANISH = {
    "clinic-cramp.name": "Calambres nocturnos",
    "clinic-cramp.summary": "Un músculo se tensa de noche.",
    "clinic-cramp.explanation": "Un músculo se pone duro por la noche.",
    "clinic-cramp.self_care[0]": "Estire la pantorrilla.",
    "clinic-cramp.self_care[1]": "Tome agua.",
    "clinic-cramp.questions[0]": "¿Por qué tengo calambres?",
    "clinic-cramp.see_a_doctor[0].text": "Los calambres no lo dejan dormir.",
    "clinic-cramp.disclaimer": "Hable con un médico si le preocupa.",
    "clinic-cramp.aliases": "calambre; calambre en la pierna",
}


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    """A module pack with one cause and the built-in categories and site texts."""
    folder = tmp_path / "clinic"
    folder.mkdir()
    _write_pack(folder, "A muscle in your leg tightens at night.")
    return folder


def _write_pack(folder: Path, summary: str) -> None:
    (folder / "clinic_pack.py").write_text(
        textwrap.dedent(PACK.replace("{summary}", summary)), encoding="utf-8"
    )


def _fill(po: Path, texts: dict[str, str]) -> None:
    """Translate entries as a translator would in a PO editor."""
    with po.open("rb") as stream:
        catalog = read_po(stream)
    for message in catalog:
        if message.context in texts:
            message.string = texts[message.context]
            message.flags.discard("fuzzy")
    buffer = io.BytesIO()
    write_po(buffer, catalog)
    po.write_bytes(buffer.getvalue())


def _spanish_catalog(cli: Callable[..., Result], folder: Path) -> Path:
    """Update, translate every text (site texts too) and compile the clinic's catalog."""
    pack = folder / "clinic_pack.py"
    assert cli("translations", "update", "--lang", "es", "--content", pack).code == 0
    po = folder / "locales" / "es" / "LC_MESSAGES" / "content.po"
    english = source_texts(load_pack(str(pack)).catalog)
    _fill(po, {where: SPANISH.get(where, f"[es] {text}") for where, text in english.items()})
    assert cli("translations", "compile", "--content", pack).code == 0
    return po


def test_languages_fall_back_from_region_to_language() -> None:
    assert candidates("es-MX") == ["es_MX", "es"]
    assert candidates("es_mx") == ["es_MX", "es"]
    assert candidates("ES") == ["es"]


def test_a_pack_in_spanish_from_catalog_to_api_and_cli(
    clinic: Path, cli: Callable[..., Result]
) -> None:
    po = _spanish_catalog(cli, clinic)
    pack = str(clinic / "clinic_pack.py")
    assert po.with_suffix(".mo").is_file()
    cause = twitchfacts.get("clinic-cramp", pack, lang="es")
    assert cause.summary == "Un músculo se tensa de noche."
    assert cause.self_care == ("Estire la pantorrilla.", "Tome agua.")
    assert cause.see_a_doctor[0].text == "Los calambres no lo dejan dormir."
    assert cause.see_a_doctor[0].urgency == "routine"  # not translated
    assert cause.aliases == ("calambre", "calambre en la pierna")
    assert cause.id == "clinic-cramp" and cause.sources[0].url == "https://www.nhs.uk/"
    assert twitchfacts.get("clinic-cramp", pack, lang="es_MX") == cause
    assert twitchfacts.search("calambre en la pierna", pack, lang="es") == (cause,)
    assert twitchfacts.get("clinic-cramp", pack).summary.startswith("A muscle")
    shown = cli("show", "clinic-cramp", "--content", pack, "--lang", "es")
    assert shown.code == 0
    assert "Un músculo se tensa de noche." in shown.out
    checked = cli("validate", "--content", pack, "--no-prose", "--today", "2026-06-01")
    assert checked.code == 0, checked.out + checked.err


def test_changing_the_english_makes_the_spanish_stale_until_it_is_updated(
    clinic: Path, cli: Callable[..., Result]
) -> None:
    po = _spanish_catalog(cli, clinic)
    pack = clinic / "clinic_pack.py"
    _write_pack(clinic, "Your leg muscle may tighten at night.")
    found = cli("validate", "--content", pack, "--no-prose", "--today", "2026-06-01")
    assert found.code == 1
    assert "clinic-cramp.summary[es]: translation-stale: the English changed" in found.out
    with pytest.raises(LanguageError, match="1 were translated from English that has since"):
        twitchfacts.get("clinic-cramp", str(pack), lang="es")
    # The translator's tools: the entry becomes fuzzy, keeping the old text for review.
    cli("translations", "update", "--lang", "es", "--content", pack)
    with po.open("rb") as stream:
        entry = next(m for m in read_po(stream) if m.context == "clinic-cramp.summary")
    assert entry.fuzzy
    assert entry.string == "Un músculo se tensa de noche."
    assert '#| msgid "A muscle in your leg tightens at night."' in po.read_text(encoding="utf-8")
    assert cli("translations", "check", "--content", pack).code == 1  # .mo is now behind
    cli("translations", "compile", "--content", pack)
    fuzzy = cli("validate", "--content", pack, "--no-prose", "--today", "2026-06-01")
    assert "clinic-cramp.summary[es]: translation-stale: marked fuzzy" in fuzzy.out
    assert "clinic-cramp.summary[es]: translation-missing" in fuzzy.out
    _fill(po, {"clinic-cramp.summary": "Puede que el músculo de la pierna se tense de noche."})
    cli("translations", "compile", "--content", pack)
    again = cli("validate", "--content", pack, "--no-prose", "--today", "2026-06-01")
    assert again.code == 0, again.out
    assert cli("translations", "check", "--content", pack).code == 0


def test_the_mo_reader_reads_what_babel_wrote(clinic: Path, cli: Callable[..., Result]) -> None:
    mo = _spanish_catalog(cli, clinic).with_suffix(".mo")
    with mo.open("rb") as stream:
        expected = {
            (_text(message.context), _text(message.id), _text(message.string))
            for message in babel_read_mo(stream)
            if message.id
        }
    assert set(read_mo(mo)) == expected
    assert len(expected) == len(source_texts(load_pack(str(clinic / "clinic_pack.py")).catalog))


def _text(value: object) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def test_a_message_may_hold_the_context_separator(tmp_path: Path) -> None:
    from babel.messages.catalog import Catalog as PoCatalog
    from babel.messages.mofile import write_mo

    catalog = PoCatalog(locale="es", fuzzy=False)
    catalog.add("a\x04b", "c", context="cause-x.summary")
    catalog.add("Plain word", "Palabra")
    mo = tmp_path / "content.mo"
    with mo.open("wb") as stream:
        write_mo(stream, catalog)
    assert sorted(read_mo(mo)) == [
        ("", "Plain word", "Palabra"),
        ("cause-x.summary", "a\x04b", "c"),
    ]


def test_a_broken_mo_file_is_a_clear_pack_error(tmp_path: Path) -> None:
    from twitchfacts.errors import PackError

    broken = tmp_path / "content.mo"
    broken.write_bytes(b"not a catalog at all")
    with pytest.raises(PackError, match="not a compiled gettext catalog"):
        read_mo(broken)


def _complete(catalog: twitchfacts.catalog.Catalog, **texts: str) -> Translation:
    return Translation(
        language="es",
        texts=tuple(
            TranslatedText(context=where, source=english, text=texts.get(where, f"ES {english}"))
            for where, english in source_texts(catalog).items()
        ),
    )


def test_json_export_and_load_keep_translations(write_json: Callable[..., Path]) -> None:
    base = catalog_with(good_cause())
    catalog = base.replace(translations=(_complete(base),))
    loaded = twitchfacts.load(write_json(catalog))
    assert loaded == catalog
    assert translate(loaded, "es").get("test-cause").summary.startswith("ES ")


def test_an_unknown_or_partial_language_is_refused_with_what_there_is() -> None:
    base = catalog_with(good_cause())
    with pytest.raises(LanguageError, match=r"available in en$"):
        translate(base, "fr")
    partial = _complete(base)
    partial = Translation(language="es", texts=partial.texts[1:])
    with pytest.raises(LanguageError, match="1 texts have no translation"):
        translate(base.replace(translations=(partial,)), "es")
    assert translate(base, "en-GB") is base


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        ("El músculo salta. Suele pasar. No es grave.", []),
        (
            "La fasciculación benigna se caracteriza por contracciones involuntarias"
            " intermitentes de unidades motoras aisladas en pacientes sin enfermedad.",
            ["test-cause.summary[es]"],
        ),
    ],
)
def test_spanish_texts_are_measured_on_the_inflesz_scale(summary: str, expected: list[str]) -> None:
    base = catalog_with(good_cause())
    spanish = _complete(base, **{"test-cause.summary": summary})
    spanish = Translation(
        language="es",
        texts=tuple(
            text
            if text.context == "test-cause.summary"
            else TranslatedText(context=text.context, source=text.source, text="Es fácil.")
            for text in spanish.texts
        ),
    )
    problems = validate(
        base.replace(translations=(spanish,)), Settings(today=TODAY, prose=True, vale=False)
    )
    found = [problem for problem in problems if problem.rule.id == "reading-level-es"]
    assert [problem.where for problem in found] == expected
    if found:
        assert "below the target of 65" in found[0].message


def test_translations_of_a_json_pack_are_edited_in_the_file(
    write_json: Callable[..., Path], cli: Callable[..., Result]
) -> None:
    path = write_json(catalog_with(good_cause()))
    result = cli("translations", "update", "--lang", "es", "--content", path)
    assert result.code == 2
    assert "keeps its translations in its 'translations' part" in result.err


# --- the built-in content in Spanish ---------------------------------------------------


def test_the_builtin_content_is_complete_and_current_in_spanish() -> None:
    english = twitchfacts.load()
    spanish = twitchfacts.load(lang="es")
    assert [cause.id for cause in spanish.causes] == [cause.id for cause in english.causes]
    for ours, theirs in zip(spanish.causes, english.causes, strict=True):
        assert ours.summary != theirs.summary
        assert [flag.urgency for flag in ours.see_a_doctor] == [
            flag.urgency for flag in theirs.see_a_doctor
        ]
        assert ours.codes == theirs.codes and ours.sources == theirs.sources
    problems = validate(english, Settings(today=TODAY, prose=True, vale=False, languages=("es",)))
    assert [problem.format("builtin") for problem in problems] == []
    assert twitchfacts.get("als", lang="es").summary.startswith("La ELA es rara.")
    assert twitchfacts.search("tic en el ojo", lang="es")[0].id == "eyelid-twitching"


def test_changing_a_builtin_english_summary_makes_its_spanish_stale() -> None:
    import dataclasses

    english = twitchfacts.load()
    als = english.get("als")
    changed = english.replace(
        causes=tuple(
            dataclasses.replace(cause, summary="A new English summary.") if cause is als else cause
            for cause in english.causes
        )
    )
    stale = [
        p for p in validate(changed, Settings(today=TODAY)) if p.rule.id == "translation-stale"
    ]
    assert [problem.where for problem in stale] == ["als.summary[es]"]
    with pytest.raises(LanguageError, match="not complete"):
        translate(changed, "es")


def test_the_builtin_catalog_is_compiled(cli: Callable[..., Result]) -> None:
    result = cli("translations", "check")
    assert result.code == 0, result.out + result.err
    shown = cli("show", "als", "--lang", "es")
    assert "La ELA es rara." in shown.out


# --- bad input ------------------------------------------------------------------------------


def test_malformed_translations_are_located_problems_not_crashes(
    write_json: Callable[..., Path],
) -> None:
    base = catalog_with(good_cause())
    data = json_format.to_data(base.replace(translations=(_complete(base),)))
    texts = data["translations"][0]["texts"]
    texts[0]["context"] = ["not", "text"]
    texts[1]["text"] = 5
    data["translations"].append({"language": 5, "texts": []})
    data["translations"].append({"language": "fr", "texts": "abc"})
    path = write_json(data)
    catalog = twitchfacts.load(path)
    found = {
        (problem.rule.id, problem.where)
        for problem in validate(catalog, Settings(today=TODAY, prose=True, vale=False))
    }
    assert ("wrong-type", "catalog:translations[0].texts[0].context") in found
    assert ("wrong-type", "catalog:translations[0].texts[1].text") in found
    assert ("bad-language", "catalog:translations[1].language") in found
    assert ("wrong-type", "catalog:translations[2].texts") in found
    with pytest.raises(LanguageError, match="not complete"):
        twitchfacts.load(path, lang="es")
    with pytest.raises(LanguageError, match=r"available in en, es$"):
        twitchfacts.load(path, lang="de")


def test_of_two_causes_with_one_id_the_shown_one_gets_its_own_translation() -> None:
    base = catalog_with(good_cause(), good_cause(summary="Another summary."))
    spanish = translate(base.replace(translations=(_complete(base),)), "es")
    assert spanish.causes[0].summary == "ES This cause is only used in tests."
    assert spanish.causes[1].summary == "Another summary."  # not shown; left as it is


def test_validate_lang_follows_the_same_fallback_as_reading(
    cli: Callable[..., Result],
) -> None:
    mexico = cli("validate", "--no-prose", "--lang", "es-MX", "--today", "2026-12-01")
    assert mexico.code == 0, mexico.out
    french = cli("validate", "--no-prose", "--lang", "fr", "--today", "2026-12-01")
    assert french.code == 1
    assert "catalog:translations[fr]: translation-missing: this content has no fr" in french.out


def test_a_blank_or_odd_language_is_refused_and_spellings_share_one_copy() -> None:
    with pytest.raises(LanguageError, match="is not a language"):
        twitchfacts.load(lang="")
    assert twitchfacts.load(lang="ES") is twitchfacts.load(lang="es-MX")


def test_translations_update_names_catalogs_as_gettext_does(
    clinic: Path, cli: Callable[..., Result]
) -> None:
    pack = clinic / "clinic_pack.py"
    assert cli("translations", "update", "--lang", "es-MX", "--content", pack).code == 0
    assert (clinic / "locales" / "es_MX" / "LC_MESSAGES" / "content.po").is_file()
    english = cli("translations", "update", "--lang", "en", "--content", pack)
    assert english.code == 2
    assert "English is the language the content is written in" in english.err
    odd = cli("translations", "update", "--lang", "../x", "--content", pack)
    assert odd.code == 2
    assert "is not a language tag" in odd.err


def test_a_translation_without_words_is_not_measured() -> None:
    base = catalog_with(good_cause())
    spanish = _complete(base, **{"test-cause.summary": "…"})
    problems = validate(
        base.replace(translations=(spanish,)), Settings(today=TODAY, prose=True, vale=False)
    )
    assert not [problem for problem in problems if problem.rule.id == "reading-level-es"]


def test_twitchfacts_own_words_are_translated_for_every_content_language() -> None:
    from twitchfacts import labels
    from twitchfacts.i18n.catalogs import _current

    content_languages = {translation.language for translation in twitchfacts.load().translations}
    for language in content_languages:
        po = labels.LOCALES / language / "LC_MESSAGES" / f"{labels.DOMAIN}.po"
        with po.open("rb") as stream:
            found = {message.id: message.string for message in read_po(stream) if message.id}
        with po.open("rb") as stream:
            fuzzy = [message.id for message in read_po(stream) if message.id and message.fuzzy]
        assert set(found) == set(labels.messages()), language
        forms = {
            word: list(text) if isinstance(text, (tuple, list)) else [text]
            for word, text in found.items()
        }
        assert all(all(texts) for texts in forms.values()), [
            word for word, texts in forms.items() if not all(texts)
        ]
        assert fuzzy == [], f"awaiting review, so shown in English: {fuzzy}"
        for english, texts in forms.items():
            # A translator must keep every {placeholder}, or rendering would fail.
            source = english[0] if isinstance(english, tuple) else english
            for text in texts:
                assert re.findall(r"\{\w+\}", source) == re.findall(r"\{\w+\}", text), english
        assert _current(po, po.with_suffix(".mo")), f"{po} is not compiled"
        word = labels.translator(language)
        assert word("When to see a doctor") != "When to see a doctor"
    assert labels.translator("es_MX")("Sources") == "Fuentes"
    assert labels.translator(None)("Sources") == "Sources"


def test_show_in_spanish_has_spanish_headings(cli: Callable[..., Result]) -> None:
    shown = cli("show", "statins", "--lang", "es")
    assert "Cuándo consultar a un médico" in shown.out
    assert "Categoría: Medicamentos" in shown.out
    assert "Dónde aparece" in shown.out
    assert "Última revisión: 2026-" in shown.out
    assert "Urgente: busque ayuda hoy mismo si:" in shown.out


def test_json_ld_says_which_language_it_is_in(cli: Callable[..., Result]) -> None:
    import json

    spanish = json.loads(
        cli("export", "--format", "jsonld", "--cause", "als", "--lang", "es-MX").out
    )
    assert spanish["inLanguage"] == "es"
    assert spanish["about"]["name"] == "Contracciones musculares"
    assert spanish["about"]["cause"][0]["description"] == twitchfacts.get("als", lang="es").summary
    english = json.loads(cli("export", "--format", "jsonld", "--cause", "als").out)
    assert english["inLanguage"] == "en"


def test_the_same_english_has_the_same_spanish_wherever_it_appears() -> None:
    # A warning sign shared by a cause and a movement (content/signs.py) is
    # one text in English; its translations must not drift apart either.
    from collections import defaultdict

    for translation in twitchfacts.load().translations:
        wordings: dict[str, set[str]] = defaultdict(set)
        for text in translation.texts:
            wordings[text.source].add(text.text)
        drifted = {english: sorted(texts) for english, texts in wordings.items() if len(texts) > 1}
        assert drifted == {}, translation.language
