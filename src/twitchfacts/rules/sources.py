"""Rules about sources: addresses readers can open, papers reviewers can find.

A reader checks a page by opening its sources, so each address must be a
secure web address; a reviewer checks a figure by finding the exact paper,
so each journal article carries its DOI or PubMed id; and every cause
should rest on at least one publisher of patient information that readers
and clinicians recognise, not only on studies or on other websites.

The publishers the ``source-authority`` rule recognises are listed once,
in :data:`RECOGNISED_PUBLISHERS`; a pack adds its own with ``AUTHORITIES``
(a module pack) or ``authorities`` (a JSON pack).
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterable, Iterator, Mapping
from typing import Final
from urllib.parse import urlsplit

from twitchfacts._text import describe
from twitchfacts.catalog import Catalog
from twitchfacts.model import SOURCE_KINDS, Source
from twitchfacts.rules.base import Problem, Rule, Settings, Severity
from twitchfacts.subjects import (
    cause_subject,
    causes_of,
    items_of,
    movement_subject,
    movements_of,
)

__all__ = ["RECOGNISED_PUBLISHERS", "RULES", "SCHOLARLY_HOSTS", "check", "host_of"]

SOURCE_URL = Rule("source-url", Severity.ERROR, "A source URL is not an absolute http(s) address.")
SOURCE_HTTPS = Rule(
    "source-https", Severity.WARNING, "A source URL uses http: readers should get https."
)
SOURCE_KIND = Rule("source-kind", Severity.ERROR, "A source's kind is not 'page' or 'article'.")
SOURCE_IDENTIFIER = Rule(
    "source-identifier",
    Severity.ERROR,
    "A journal article has no DOI or PMID, an identifier is malformed, or a journal's"
    " address is cited as a page.",
)
SOURCE_AUTHORITY = Rule(
    "source-authority",
    Severity.WARNING,
    "A cause or movement cites no recognised publisher of patient information (a national health"
    " service, NIH/MedlinePlus, CDC, Mayo Clinic, Cleveland Clinic, a specialist society).",
)
BAD_AUTHORITY = Rule(
    "bad-authority", Severity.ERROR, "A pack's recognised publisher is not a web host name."
)

RULES: Final = (
    SOURCE_URL,
    SOURCE_HTTPS,
    SOURCE_KIND,
    SOURCE_IDENTIFIER,
    SOURCE_AUTHORITY,
    BAD_AUTHORITY,
)

#: Publishers of patient information that readers and clinicians recognise,
#: by web host. A source counts when its address is on one of these hosts or
#: below it (``www.nhs.uk`` is below ``nhs.uk``). The research databases of
#: the NIH (PubMed, PMC) are deliberately absent: they publish studies, not
#: patient information.
RECOGNISED_PUBLISHERS: Final[Mapping[str, str]] = {
    # National health services and health departments
    "nhs.uk": "NHS (England), including NHS hospital trusts",
    "nhsinform.scot": "NHS inform (Scotland)",
    "nhslothian.scot": "NHS Lothian (Scotland)",
    "wales.nhs.uk": "NHS Wales",
    "hse.ie": "Health Service Executive (Ireland)",
    "healthdirect.gov.au": "healthdirect (Australia)",
    "healthify.nz": "Healthify He Puna Waiora (New Zealand)",
    "nice.org.uk": "National Institute for Health and Care Excellence",
    "cdc.gov": "Centers for Disease Control and Prevention",
    "fda.gov": "U.S. Food and Drug Administration",
    "epa.gov": "U.S. Environmental Protection Agency",
    "who.int": "World Health Organization",
    # The U.S. National Institutes of Health and National Library of Medicine
    "medlineplus.gov": "MedlinePlus (NLM)",
    "ninds.nih.gov": "National Institute of Neurological Disorders and Stroke",
    "niddk.nih.gov": "National Institute of Diabetes and Digestive and Kidney Diseases",
    "nimh.nih.gov": "National Institute of Mental Health",
    "rarediseases.info.nih.gov": "Genetic and Rare Diseases Information Center",
    "ods.od.nih.gov": "NIH Office of Dietary Supplements",
    # Clinical publishers of patient information
    "mayoclinic.org": "Mayo Clinic",
    "clevelandclinic.org": "Cleveland Clinic",
    "msdmanuals.com": "MSD Manuals",
    # National specialist societies and charities
    "mssociety.org.uk": "MS Society (UK)",
    "nationalmssociety.org": "National Multiple Sclerosis Society (US)",
    "mndassociation.org": "Motor Neurone Disease Association",
    "als.org": "ALS Association",
    "dystonia.org.uk": "Dystonia UK",
    "dystonia-foundation.org": "Dystonia Medical Research Foundation",
    "tourettes-action.org.uk": "Tourettes Action",
    "kidney.org": "National Kidney Foundation",
    "kidneycareuk.org": "Kidney Care UK",
    "btf-thyroid.org": "British Thyroid Foundation",
    "thyroid.org": "American Thyroid Association",
    "asthmaandlung.org.uk": "Asthma + Lung UK",
    "alcoholchange.org.uk": "Alcohol Change UK",
    "aao.org": "American Academy of Ophthalmology",
    "rcpsych.ac.uk": "Royal College of Psychiatrists",
}

#: Hosts that publish journal articles: a source there is an ``article``.
SCHOLARLY_HOSTS: Final = (
    "doi.org",
    "ncbi.nlm.nih.gov",
    "link.springer.com",
    "onlinelibrary.wiley.com",
    "sciencedirect.com",
    "neurology.org",
    "jamanetwork.com",
    "thelancet.com",
    "nejm.org",
    "academic.oup.com",
    "journals.lww.com",
    "tandfonline.com",
    "karger.com",
    "frontiersin.org",
    "mdpi.com",
    "cambridge.org",
    "sagepub.com",
    "pn.bmj.com",
    "jnnp.bmj.com",
)

_DOI: Final = re.compile(r"10\.\d{4,9}/\S+")
_PMID: Final = re.compile(r"[1-9]\d{0,8}")
_HOST: Final = re.compile(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")


def host_of(url: str) -> str:
    """The lower-case host of *url*, or ``""`` if it has none."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def _on(host: str, hosts: Iterable[str]) -> bool:
    return any(host == known or host.endswith("." + known) for known in hosts)


def check(catalog: Catalog, settings: Settings) -> Iterator[Problem]:
    """Every source problem, cause by cause and movement by movement, then the publishers."""
    del settings
    extra = yield from _check_authorities(catalog.authorities)
    recognised = (*RECOGNISED_PUBLISHERS, *extra)
    for index, cause in causes_of(catalog):
        yield from _check_cited(cause.sources, cause_subject(cause, index), recognised)
    for index, movement in movements_of(catalog):
        yield from _check_cited(movement.sources, movement_subject(movement, index), recognised)


def _check_cited(value: object, subject: str, recognised: tuple[str, ...]) -> Iterator[Problem]:
    """The problems of one record's sources, and whether any publisher is recognised."""
    sources = list(items_of(value, Source))
    for position, source in sources:
        yield from _check_source(source, f"{subject}.sources[{position}]")
    hosts = [host_of(source.url) for _, source in sources if isinstance(source.url, str)]
    if sources and not any(_on(host, recognised) for host in hosts):
        yield SOURCE_AUTHORITY.problem(
            f"{subject}.sources",
            "none of these sources is a recognised publisher of patient information; cite"
            " a national health service, MedlinePlus or NIH, CDC, Mayo Clinic, Cleveland"
            " Clinic or a specialist society as well (a pack can recognise more hosts"
            " in AUTHORITIES)",
        )


def _check_authorities(value: object) -> Generator[Problem, None, tuple[str, ...]]:
    """Report malformed entries; return the usable ones."""
    if not isinstance(value, tuple):
        yield BAD_AUTHORITY.problem(
            "catalog:authorities", f"expected a tuple of host names, found {describe(value)}"
        )
        return ()
    usable = []
    for index, host in enumerate(value):
        if isinstance(host, str) and _HOST.fullmatch(host):
            usable.append(host)
        else:
            yield BAD_AUTHORITY.problem(
                f"catalog:authorities[{index}]",
                f"{describe(host)} is not a host name; write it as in an address,"
                " lower case and without https:// (for example 'nhs.uk')",
            )
    return tuple(usable)


def _check_source(source: Source, where: str) -> Iterator[Problem]:
    url: object = source.url
    host = ""
    if isinstance(url, str):
        if not _is_web_address(url):
            yield SOURCE_URL.problem(
                f"{where}.url",
                f"{url!r} is not an absolute http:// or https:// address;"
                " readers must be able to open it, and nothing else may become a link",
            )
        else:
            host = host_of(url)
            if url.startswith("http://"):
                yield SOURCE_HTTPS.problem(
                    f"{where}.url",
                    f"{url!r} is not secure; use the page's https:// address",
                )
    kind: object = source.kind
    if isinstance(kind, str) and kind not in SOURCE_KINDS:
        yield SOURCE_KIND.problem(
            f"{where}.kind",
            f"{kind!r} is not a kind of source; use 'page' (written for the public)"
            " or 'article' (a journal article)",
        )
    doi, pmid = source.doi, source.pmid
    if isinstance(doi, str) and doi and not _DOI.fullmatch(doi):
        yield SOURCE_IDENTIFIER.problem(
            f"{where}.doi",
            f"{doi!r} is not a DOI; write it as 10.xxxx/... without https://doi.org/",
        )
    if isinstance(pmid, str) and pmid and not _PMID.fullmatch(pmid):
        yield SOURCE_IDENTIFIER.problem(
            f"{where}.pmid", f"{pmid!r} is not a PubMed id; write only its digits"
        )
    if kind == "article" and not doi and not pmid:
        yield SOURCE_IDENTIFIER.problem(
            where,
            "a journal article needs its DOI or PMID, so readers and reviewers find the"
            " exact paper; add doi= or pmid=",
        )
    elif kind == "page" and host and _on(host, SCHOLARLY_HOSTS):
        yield SOURCE_IDENTIFIER.problem(
            f"{where}.kind",
            f"{host} publishes journal articles; set kind='article' and give the"
            " article's DOI or PMID",
        )


def _is_web_address(url: str) -> bool:
    if url != url.strip() or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in {"http", "https"} and bool(parts.hostname)
