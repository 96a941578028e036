"""Every validation rule, with content that breaks it and content that passes."""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass

import pytest

from factories import TODAY, catalog_with, good_cause, good_movement
from twitchfacts.catalog import Catalog
from twitchfacts.model import Category, Code, RedFlag, Source
from twitchfacts.rules import RULES, Settings, Severity, failed, validate

SETTINGS = Settings(today=TODAY)


@dataclass(frozen=True)
class Case:
    """Content that breaks *rule* at *where*, and content that does not."""

    rule: str
    where: str
    bad: Catalog
    good: Catalog
    message: str = ""


def _cases() -> list[Case]:
    fine = catalog_with(good_cause())
    other = good_cause(id="other-cause", name="Other cause", aliases=("other alias",))
    routine_only = (RedFlag(text="See a doctor.", urgency="routine"),)
    return [
        Case(
            "wrong-type",
            "test-cause.summary",
            catalog_with(good_cause(summary=42)),
            fine,
            "expected text, found a number (42)",
        ),
        Case(
            "wrong-type",
            "test-cause.self_care",
            catalog_with(good_cause(self_care="Rest.")),
            fine,
            "expected a tuple of texts",
        ),
        Case(
            "wrong-type",
            "test-cause.sources[0]",
            catalog_with(good_cause(sources=("https://medlineplus.gov/",))),
            fine,
            "expected a Source record",
        ),
        Case("wrong-type", "causes[1]", catalog_with(good_cause(), "not a cause"), fine),  # type: ignore[arg-type]
        Case(
            "required-field",
            "test-cause.explanation",
            catalog_with(good_cause(explanation="   ")),
            fine,
            "blank",
        ),
        Case("required-field", "test-cause.summary", catalog_with(good_cause(summary="")), fine),
        Case("required-field", "test-cause.category", catalog_with(good_cause(category="")), fine),
        Case(
            "required-field", "test-cause.disclaimer", catalog_with(good_cause(disclaimer="")), fine
        ),
        Case(
            "required-field",
            "test-cause.see_a_doctor",
            catalog_with(good_cause(see_a_doctor=())),
            fine,
            "at least one red flag",
        ),
        Case(
            "required-field", "catalog:disclaimer", catalog_with(good_cause(), disclaimer=""), fine
        ),
        Case("bad-id", "causes[0].id", catalog_with(good_cause(id="Test_Cause")), fine, "slug"),
        Case(
            "duplicate-id",
            "test-cause.id",
            catalog_with(good_cause(), good_cause(name="Another", aliases=())),
            catalog_with(good_cause(), other),
            "already the id of causes[0]",
        ),
        Case(
            "unknown-category",
            "test-cause.category",
            catalog_with(good_cause(category="dialy-life")),
            fine,
            "did you mean 'daily-life'",
        ),
        Case(
            "unknown-place",
            "test-cause.places[1]",
            catalog_with(good_cause(places=("eyelid", "eylid"))),
            fine,
            "did you mean 'eyelid'",
        ),
        Case(
            "unknown-group",
            "category:test.group",
            catalog_with(
                good_cause(category="test"),
                categories=(
                    Category(id="test", title="Test", description="Test.", group="psychological"),
                ),
            ),
            catalog_with(
                good_cause(category="test"),
                categories=(
                    Category(id="test", title="Test", description="Test.", group="neurological"),
                ),
            ),
            "use one of physiological, neurological",
        ),
        Case(
            "summary-one-sentence",
            "test-cause.summary",
            catalog_with(good_cause(summary="It is common. It is harmless.")),
            fine,
        ),
        Case("no-sources", "test-cause.sources", catalog_with(good_cause(sources=())), fine),
        Case(
            "bad-urgency",
            "test-cause.see_a_doctor[0].urgency",
            catalog_with(good_cause(see_a_doctor=(RedFlag(text="Soon.", urgency="soon"),))),
            fine,
        ),
        Case(
            "no-emergency-flags",
            "catalog:red_flags",
            catalog_with(good_cause(), red_flags=routine_only),
            fine,
        ),
        Case(
            "ambiguous-alias",
            "other-cause.aliases[0]",
            catalog_with(
                good_cause(aliases=("Coffee",)),
                good_cause(id="other-cause", name="Other cause", aliases=("coffee",)),
            ),
            catalog_with(good_cause(), other),
            "'coffee' also names test-cause",
        ),
        Case(
            "code-unknown",
            "test-cause.codes[0].code",
            catalog_with(good_cause(codes=(Code(code="R99.99", display="Nothing"),))),
            fine,
        ),
        Case(
            "code-not-assignable",
            "test-cause.codes[0].code",
            catalog_with(good_cause(codes=(Code(code="G35", display="Multiple sclerosis"),))),
            catalog_with(
                good_cause(codes=(Code(code="G35.D", display="Multiple sclerosis, unspecified"),))
            ),
            "G35.A",
        ),
        Case(
            "code-display",
            "test-cause.codes[0].display",
            catalog_with(good_cause(codes=(Code(code="R25.3", display="Twitching"),))),
            fine,
            "'Fasciculation'",
        ),
        Case(
            "code-system",
            "test-cause.codes[0].system",
            catalog_with(good_cause(codes=(Code(system="SNOMED CT", code="1", display="x"),))),
            fine,
        ),
        Case(
            "review-date-missing",
            "test-cause.last_reviewed",
            catalog_with(good_cause(last_reviewed=None)),
            fine,
        ),
        Case(
            "review-date-invalid",
            "test-cause.last_reviewed",
            catalog_with(good_cause(last_reviewed="2026-13-01")),
            fine,
        ),  # type: ignore[arg-type]
        Case(
            "review-date-invalid",
            "test-cause.last_reviewed",
            catalog_with(good_cause(last_reviewed=datetime.datetime(2026, 1, 1))),
            fine,
        ),
        Case(
            "review-date-future",
            "test-cause.last_reviewed",
            catalog_with(good_cause(last_reviewed=datetime.date(2026, 11, 26))),
            fine,
        ),
        Case(
            "review-date-stale",
            "test-cause.last_reviewed",
            catalog_with(good_cause(last_reviewed=datetime.date(2024, 11, 24))),
            catalog_with(good_cause(last_reviewed=datetime.date(2024, 11, 25))),
            "the next review was due on 2026-11-24",
        ),
        Case(
            "review-date-stale",
            "test-cause.next_review",
            catalog_with(good_cause(next_review=datetime.date(2026, 11, 24))),
            catalog_with(good_cause(next_review=datetime.date(2026, 11, 25))),
            "due on 2026-11-24",
        ),
        Case(
            "review-date-invalid",
            "test-cause.next_review",
            catalog_with(good_cause(next_review="2027-02-30")),  # type: ignore[arg-type]
            fine,
        ),
        Case(
            "review-date-order",
            "test-cause.next_review",
            catalog_with(good_cause(next_review=datetime.date(2026, 1, 1))),
            catalog_with(good_cause(next_review=datetime.date(2027, 1, 1))),
            "not after the last review",
        ),
        *_source_cases(fine),
        *_code_cases(fine),
    ]


def _source(**fields: str) -> Source:
    defaults = {"title": "T", "publisher": "P", "url": "https://medlineplus.gov/x.html"}
    return Source(**{**defaults, **fields})


def _with_sources(*sources: Source) -> Catalog:
    return catalog_with(good_cause(sources=sources))


def _source_cases(fine: Catalog) -> list[Case]:
    article = {"kind": "article", "url": "https://doi.org/10.1000/xyz"}
    return [
        *(
            Case(
                "source-url",
                "test-cause.sources[0].url",
                _with_sources(_source(url=url)),
                fine,
                "not an absolute http:// or https:// address",
            )
            for url in (
                "javascript:alert(1)",
                "ftp://example.org/",
                "https://",
                "/relative",
                "https://example.org/a b",
                " https://example.org/",
            )
        ),
        Case(
            "source-https",
            "test-cause.sources[0].url",
            _with_sources(_source(url="http://medlineplus.gov/x.html")),
            fine,
            "use the page's https:// address",
        ),
        Case(
            "source-kind",
            "test-cause.sources[0].kind",
            _with_sources(_source(kind="forum")),
            fine,
            "'page'",
        ),
        Case(
            "source-identifier",
            "test-cause.sources[1]",
            _with_sources(_source(), _source(**article)),
            _with_sources(_source(), _source(**article, doi="10.1000/xyz")),
            "needs its DOI or PMID",
        ),
        Case(
            "source-identifier",
            "test-cause.sources[1].kind",
            _with_sources(_source(), _source(url="https://pmc.ncbi.nlm.nih.gov/articles/PMC1/")),
            _with_sources(
                _source(),
                _source(
                    url="https://pmc.ncbi.nlm.nih.gov/articles/PMC1/", kind="article", pmid="1"
                ),
            ),
            "set kind='article'",
        ),
        Case(
            "source-identifier",
            "test-cause.sources[1].doi",
            _with_sources(_source(), _source(**article, doi="https://doi.org/10.1000/xyz")),
            _with_sources(_source(), _source(**article, doi="10.1000/xyz")),
            "without https://doi.org/",
        ),
        Case(
            "source-identifier",
            "test-cause.sources[1].pmid",
            _with_sources(_source(), _source(**article, pmid="PMID 123")),
            _with_sources(_source(), _source(**article, pmid="123")),
            "only its digits",
        ),
        Case(
            "source-authority",
            "test-cause.sources",
            _with_sources(_source(url="https://www.example.org/twitching")),
            catalog_with(
                good_cause(sources=(_source(url="https://www.example.org/twitching"),)),
                authorities=("example.org",),
            ),
            "recognised publisher of patient information",
        ),
        Case(
            "source-authority",
            "test-cause.sources",
            _with_sources(_source(**article, pmid="123")),
            _with_sources(_source(**article, pmid="123"), _source(url="https://www.nhs.uk/x/")),
        ),
        Case(
            "bad-authority",
            "catalog:authorities[0]",
            catalog_with(good_cause(), authorities=("https://example.org/",)),
            catalog_with(good_cause(), authorities=("example.org",)),
            "without https://",
        ),
    ]


def _with_movement(**changes: object) -> Catalog:
    return catalog_with(good_cause(), movements=(good_movement(**changes),))


def _movement_cases() -> list[Case]:
    fine = _with_movement()
    return [
        Case(
            "unknown-cause",
            "movement:test-movement.causes[0]",
            _with_movement(causes=("test-caus",)),
            fine,
            "no cause has id 'test-caus'; did you mean 'test-cause'?",
        ),
        Case(
            "required-field",
            "movement:test-movement.feels_like",
            _with_movement(feels_like=" "),
            fine,
            "blank",
        ),
        Case(
            "required-field",
            "movement:test-movement.get_help",
            _with_movement(get_help=()),
            fine,
            "at least one red flag",
        ),
        Case(
            "wrong-type",
            "movement:test-movement.also_called",
            _with_movement(also_called=("a", "b")),
            fine,
            "expected text, found a list",
        ),
        Case(
            "wrong-type",
            "movements[1]",
            catalog_with(good_cause(), movements=(good_movement(), "a cramp")),
            fine,
            "expected a Movement record",
        ),
        Case(
            "duplicate-id",
            "movement:test-movement.id",
            catalog_with(good_cause(), movements=(good_movement(), good_movement())),
            fine,
            "already the id of movements[0]",
        ),
        Case(
            "bad-urgency",
            "movement:test-movement.get_help[0].urgency",
            _with_movement(get_help=(RedFlag(text="Soon.", urgency="soon"),)),
            fine,
        ),
        Case("no-sources", "movement:test-movement.sources", _with_movement(sources=()), fine),
        Case(
            "source-url",
            "movement:test-movement.sources[0].url",
            _with_movement(sources=(Source(title="T", publisher="P", url="medlineplus.gov"),)),
            fine,
        ),
        Case(
            "source-authority",
            "movement:test-movement.sources",
            _with_movement(
                sources=(Source(title="T", publisher="P", url="https://example.org/cramp"),)
            ),
            fine,
        ),
    ]


def _with_spanish(**changes: object) -> Catalog:
    """The good catalog with a complete Spanish translation, changed as asked."""
    from twitchfacts.i18n import source_texts
    from twitchfacts.model import TranslatedText, Translation

    base = catalog_with(good_cause())
    texts = {
        where: TranslatedText(context=where, source=english, text=f"ES {english}")
        for where, english in source_texts(base).items()
    }
    for key, change in changes.items():
        where = key.replace("__", ".")
        if change is None:
            del texts[where]
        else:
            texts[where] = TranslatedText(context=where, **change)  # type: ignore[arg-type]
    return base.replace(translations=(Translation(language="es", texts=tuple(texts.values())),))


def _translation_cases() -> list[Case]:
    fine = _with_spanish()
    return [
        Case(
            "translation-missing",
            "test-cause.summary[es]",
            _with_spanish(**{"test-cause__summary": None}),
            fine,
            "no es translation of this text",
        ),
        Case(
            "translation-stale",
            "test-cause.summary[es]",
            _with_spanish(
                **{"test-cause__summary": {"source": "An older summary.", "text": "Un resumen."}}
            ),
            fine,
            "the English changed since this was translated (from 'An older summary.')",
        ),
        Case(
            "translation-orphan",
            "test-cause.gone[es]",
            _with_spanish(**{"test-cause__gone": {"source": "Gone.", "text": "Ya no."}}),
            fine,
            "no longer has",
        ),
        Case(
            "bad-language",
            "catalog:translations[0].language",
            fine.replace(translations=(dataclasses.replace(fine.translations[0], language="en"),)),
            fine,
            "is English",
        ),
        Case(
            "bad-language",
            "catalog:translations[1].language",
            fine.replace(translations=fine.translations * 2),
            fine,
            "has two translations",
        ),
        Case(
            "bad-language",
            "catalog:translations[0].language",
            fine.replace(
                translations=(dataclasses.replace(fine.translations[0], language="Spanish"),)
            ),
            fine,
            "not a language tag",
        ),
    ]


def _with_codes(*codes: tuple[str, str]) -> Catalog:
    return catalog_with(
        good_cause(codes=tuple(Code(code=code, display=display) for code, display in codes))
    )


def _code_cases(fine: Catalog) -> list[Case]:
    ckd = ("N18.9", "Chronic kidney disease, unspecified")
    statin = (
        "T46.6X5A",
        "Adverse effect of antihyperlipidemic and antiarteriosclerotic drugs, initial encounter",
    )
    return [
        Case(
            "code-excludes",
            "test-cause.codes[1].code",
            _with_codes(ckd, ("N19", "Unspecified kidney failure")),
            _with_codes(ckd),
            "N19 (Unspecified kidney failure) has the Excludes1 note 'chronic kidney disease"
            " (N18.-)'",
        ),
        Case(
            # The note sits on a heading above the code (R25: abnormal
            # involuntary movements excludes G20-G26), and names a range.
            "code-excludes",
            "test-cause.codes[1].code",
            _with_codes(("R25.3", "Fasciculation"), ("G25.1", "Drug-induced tremor")),
            _with_codes(("G25.1", "Drug-induced tremor")),
            "G20-G26",
        ),
        Case(
            "code-excludes",
            "test-cause.codes[1].code",
            _with_codes(("Z72.820", "Sleep deprivation"), ("G47.00", "Insomnia, unspecified")),
            _with_codes(("Z72.820", "Sleep deprivation")),
            "'insomnia (G47.0-)'",
        ),
        Case(
            "code-first",
            "test-cause.codes[0].code",
            _with_codes(statin),
            _with_codes(("G72.0", "Drug-induced myopathy"), statin),
            "code the effect itself first",
        ),
        Case(
            "code-first",
            "test-cause.codes[0].code",
            _with_codes(
                statin, ("X50.3XXA", "Overexertion from repetitive movements, initial encounter")
            ),
            _with_codes(statin, ("M79.10", "Myalgia, unspecified site")),
            "R25.3 (Fasciculation)",
        ),
    ]


CASES = _cases() + _movement_cases() + _translation_cases()


def test_every_rule_has_a_case() -> None:
    from twitchfacts.rules import prose

    prose_rules = {rule.id for rule in prose.RULES}  # tested through Vale in test_prose.py
    prose_rules.add("reading-level-es")  # needs prose checks: tested in test_i18n.py
    assert {case.rule for case in CASES} == {rule.id for rule in RULES} - prose_rules


def test_rule_ids_are_unique_and_described() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    assert all(rule.description.endswith(".") for rule in RULES)


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.rule}@{case.where}")
def test_bad_content_breaks_the_rule(case: Case) -> None:
    found = [(p.rule.id, p.where) for p in validate(case.bad, SETTINGS)]
    assert (case.rule, case.where) in found
    message = next(
        p.message
        for p in validate(case.bad, SETTINGS)
        if (p.rule.id, p.where) == (case.rule, case.where)
    )
    assert case.message in message


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.rule}@{case.where}")
def test_good_content_passes_the_rule(case: Case) -> None:
    assert validate(case.good, SETTINGS) == []


def test_a_wrong_type_is_reported_once() -> None:
    problems = validate(catalog_with(good_cause(summary=42)), SETTINGS)
    assert [p.rule.id for p in problems] == ["wrong-type"]


def test_every_problem_is_reported_at_once() -> None:
    catalog = catalog_with(
        good_cause(id="first", name="First", aliases=(), explanation=""),
        good_cause(id="second", name="Second", aliases=(), sources=()),
        good_cause(id="third", name="Third", aliases=(), last_reviewed=datetime.date(2030, 1, 1)),
    )
    problems = validate(catalog, SETTINGS)
    assert [(p.where, p.rule.id) for p in problems] == [
        ("first.explanation", "required-field"),
        ("second.sources", "no-sources"),
        ("third.last_reviewed", "review-date-future"),
    ]


def test_problems_follow_catalog_order_across_concerns() -> None:
    catalog = catalog_with(
        good_cause(id="first", name="First", aliases=(), last_reviewed=None),
        good_cause(id="second", name="Second", aliases=(), summary=""),
    )
    assert [p.where for p in validate(catalog, SETTINGS)] == [
        "first.last_reviewed",
        "second.summary",
    ]


def test_a_single_code_has_nothing_to_conflict_with() -> None:
    problems = validate(_with_codes(("N19", "Unspecified kidney failure")), SETTINGS)
    assert problems == []


def test_a_next_review_date_replaces_the_interval() -> None:
    late = good_cause(
        last_reviewed=datetime.date(2020, 1, 1), next_review=datetime.date(2027, 1, 1)
    )
    assert validate(catalog_with(late), SETTINGS) == []


def test_the_review_age_is_configurable() -> None:
    catalog = catalog_with(good_cause(last_reviewed=datetime.date(2026, 1, 1)))
    strict_age = Settings(today=TODAY, max_review_age_days=100)
    assert [p.rule.id for p in validate(catalog, strict_age)] == ["review-date-stale"]
    assert validate(catalog, SETTINGS) == []


def test_strict_makes_warnings_fail() -> None:
    problems = validate(catalog_with(good_cause(summary="One. Two.")), SETTINGS)
    assert [p.severity for p in problems] == [Severity.WARNING]
    assert not failed(problems, strict=False)
    assert failed(problems, strict=True)


def test_problem_format_names_pack_where_rule_and_message() -> None:
    problem = validate(catalog_with(good_cause(sources=())), SETTINGS)[0]
    assert problem.format("clinic.json") == (
        "clinic.json:test-cause.sources: no-sources: cite at least one source a reader can open"
    )
    warning = validate(catalog_with(good_cause(summary="A. B.")), SETTINGS)[0]
    assert warning.format("p").endswith("(warning)")
    assert warning.to_dict("p") == {
        "pack": "p",
        "where": "test-cause.summary",
        "rule": "summary-one-sentence",
        "severity": "warning",
        "message": warning.message,
    }
