"""schema.org JSON-LD, so search engines and health apps can read a page.

Only types and properties that schema.org defines are used:

* the page is a ``MedicalWebPage`` for a ``Patient`` audience, with
  ``lastReviewed`` and a ``citation`` for each source (a journal article is a
  ``ScholarlyArticle`` whose DOI and PMID are ``identifier`` values);
* what it is about is the ``MedicalSymptom`` "Muscle twitching" (ICD-10-CM
  R25.3), whose ``cause`` property lists ``MedicalCause`` nodes;
* each cause carries its ``name``, ``alternateName`` (aliases),
  ``description`` (summary) and ``code`` (``MedicalCode`` with
  ``codeValue`` and ``codingSystem``), and ``subjectOf`` the page section
  that explains it, with that section's own review date and sources.

JSON-LD summarises content for machines; the JSON export is the lossless
format. Text is copied exactly, never reworded, so both agree.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Collection, Iterable, Mapping
from typing import Any, Final

from twitchfacts.catalog import Catalog
from twitchfacts.labels import SYMPTOM_NAME, translator
from twitchfacts.model import Cause, Code, Source

__all__ = ["SYMPTOM_CODE", "catalog_document", "cause_document", "cause_node", "script_text"]

_CONTEXT: Final = "https://schema.org"
#: The ICD-10-CM code of the symptom every cause explains.
SYMPTOM_CODE: Final = Code(code="R25.3", display="Fasciculation")


def _medical_code(code: Code) -> dict[str, Any]:
    return {"@type": "MedicalCode", "codeValue": code.code, "codingSystem": code.system}


def _citation(source: Source) -> dict[str, Any]:
    """A source as a ``CreativeWork``; a journal article as a ``ScholarlyArticle``.

    An article's DOI and PMID become ``identifier`` values, so tools that
    read the page find the exact paper.
    """
    article = source.kind == "article"
    node: dict[str, Any] = {
        "@type": "ScholarlyArticle" if article else "CreativeWork",
        "name": source.title,
        "publisher": {"@type": "Organization", "name": source.publisher},
        "url": source.url,
    }
    identifiers = [
        {"@type": "PropertyValue", "propertyID": name, "value": value}
        for name, value in (("DOI", source.doi), ("PMID", source.pmid))
        if value
    ]
    if identifiers:
        node["identifier"] = identifiers
    return node


def _date(value: object) -> str | None:
    return value.isoformat() if isinstance(value, datetime.date) else None


def cause_node(cause: Cause, *, url: str | None = None, brief: bool = False) -> dict[str, Any]:
    """The ``MedicalCause`` node for one cause.

    :param url: The address of the cause's canonical place, when known (the
        documentation site passes it); it becomes the node's ``@id``.
    :param brief: Only what names the cause, for a page that lists it and
        links to the page that describes it in full: its ``@id`` (that
        page's address, where the full node carries the ``identifier``) or,
        without an address, its ``identifier``; and its name. List pages
        mention dozens of causes, so each byte here counts many times over.
    """
    if brief:
        short: dict[str, Any] = {"@type": "MedicalCause"}
        if url:
            short["@id"] = url
        else:
            short["identifier"] = cause.id
        short["name"] = cause.name
        return short
    section: dict[str, Any] = {"@type": "MedicalWebPage"}
    if url:
        section["url"] = url
    reviewed = _date(cause.last_reviewed)
    if reviewed:
        section["lastReviewed"] = reviewed
    section["citation"] = [_citation(source) for source in cause.sources]
    node: dict[str, Any] = {"@type": "MedicalCause"}
    if url:
        node["@id"] = url
    node["identifier"] = cause.id
    node["name"] = cause.name
    if cause.aliases:
        node["alternateName"] = list(cause.aliases)
    node["description"] = cause.summary
    if cause.codes:
        node["code"] = [_medical_code(code) for code in cause.codes]
    node["subjectOf"] = section
    return node


def _page(
    name: str,
    causes: Iterable[Cause],
    urls: dict[str, str] | None,
    url: str | None,
    full: Collection[str] | None = None,
    *,
    language: str = "en",
    translations: Mapping[str, str] | None = None,
    original: tuple[str, str] | None = None,
) -> dict[str, Any]:
    causes = list(causes)
    urls = urls or {}
    described = [cause for cause in causes if full is None or cause.id in full]
    ids = {cause.id for cause in described}
    page: dict[str, Any] = {"@context": _CONTEXT, "@type": "MedicalWebPage", "name": name}
    if url:
        page["url"] = url
    # schema.org wants an IETF tag (es-MX); gettext names it es_MX.
    page["inLanguage"] = language.replace("_", "-")
    if translations:
        page["workTranslation"] = [_work(url, tag) for tag, url in translations.items()]
    if original:
        page["translationOfWork"] = _work(original[1], original[0])
    page["audience"] = {"@type": "Patient"}
    dates = [date for date in (_date(cause.last_reviewed) for cause in described) if date]
    if dates:
        # The page as a whole was reviewed no later than its oldest section.
        page["lastReviewed"] = min(dates)
    page["about"] = {
        "@type": "MedicalSymptom",
        "name": translator(language)(SYMPTOM_NAME),
        "alternateName": "Fasciculation",
        "code": _medical_code(SYMPTOM_CODE),
        "cause": [
            cause_node(cause, url=urls.get(cause.id), brief=cause.id not in ids) for cause in causes
        ],
    }
    citations = {source.url: _citation(source) for cause in described for source in cause.sources}
    if citations:  # a list page cites nothing itself: its causes' pages do
        page["citation"] = list(citations.values())
    return page


def _work(url: str, language: str) -> dict[str, Any]:
    """The same page in another language, for ``workTranslation`` and ``translationOfWork``."""
    return {"@type": "MedicalWebPage", "url": url, "inLanguage": language.replace("_", "-")}


def cause_document(cause: Cause, *, url: str | None = None, language: str = "en") -> dict[str, Any]:
    """A complete JSON-LD document for a page about one cause, in *language*."""
    return _page(cause.name, [cause], {cause.id: url} if url else None, url, language=language)


def catalog_document(
    catalog: Catalog,
    causes: Iterable[Cause] | None = None,
    *,
    name: str = "Causes of muscle twitching",
    urls: dict[str, str] | None = None,
    url: str | None = None,
    full: Collection[str] | None = None,
    language: str = "en",
    translations: Mapping[str, str] | None = None,
    original: tuple[str, str] | None = None,
) -> dict[str, Any]:
    """A complete JSON-LD document for a page showing several causes.

    :param causes: The causes the page shows; all of the catalog's by default.
    :param urls: Each cause's canonical address, by cause id, where known.
    :param full: The ids of the causes this page describes in full; the
        others get brief nodes that point at their own page. All by default.
    :param language: The language of the page and its texts (``inLanguage``).
    :param translations: The page's translations, as addresses by language
        (``workTranslation``), on the page in the original language.
    :param original: The language and address of the page this one
        translates (``translationOfWork``).
    """
    causes = catalog.causes if causes is None else causes
    return _page(
        name,
        causes,
        urls,
        url,
        full,
        language=language,
        translations=translations,
        original=original,
    )


def script_text(document: dict[str, Any]) -> str:
    r"""*document* as JSON that is safe inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` are written as ``\\u`` escapes, which JSON parsers
    read back as the same characters, so no content (not even the text
    ``</script>``) can end the element or open a comment early. The line
    and paragraph separators U+2028 and U+2029 are escaped too.
    """
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)


#: What :func:`script_text` escapes, in one pass over the text.
_SCRIPT_SAFE: Final = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)
