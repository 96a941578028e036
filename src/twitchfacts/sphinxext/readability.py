"""``twitch:readability``: reading levels measured from the content at build time.

The measure follows the language the content is shown in. English is
measured in Flesch-Kincaid grades (lower is easier) against the grade
targets of the style; Spanish on the INFLESZ scale (Szigriszt-Pazos, higher
is easier) against its own targets, because English grades say nothing
about Spanish text. Numbers are written as the build's language writes
them (8.5 in English, 8,5 in Spanish).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes

from twitchfacts.i18n.apply import candidates
from twitchfacts.sphinxext import render
from twitchfacts.sphinxext.directives import TwitchDirective
from twitchfacts.sphinxext.words import READABILITY

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from twitchfacts.catalog import Catalog

__all__ = ["ReadabilityDirective"]

#: The fields whose name heads a row, by their key in the labels.
_FIELDS = ("summary", "explanation", "self_care", "questions", "feels_like", "usual_cause")


class ReadabilityDirective(TwitchDirective):
    """``twitch:readability``: how easy the content is to read, by field and by cause."""

    #: Writes a figure as the build's language does; set by :meth:`build`.
    number: Callable[[float], str]

    def build(self) -> list[nodes.Node]:
        catalog = self.content_view.whole()
        language = self.content_view.language
        self.number = _number_format(language)
        if candidates(language)[-1] == "es":
            tables = self._spanish(catalog)
        else:
            tables = self._english(catalog)
        for node in tables:
            self.set_source_info(node)
        return tables

    def _english(self, catalog: Catalog) -> list[nodes.Node]:
        number = self.number
        from twitchfacts.prose import reading  # noqa: PLC0415 - textstat only here

        readings = reading.measure(catalog)
        summary = reading.overall(readings, catalog)
        rows = [
            [
                self._field(field),
                render.paragraph(READABILITY["grade_or_lower"].format(target=f"{f['target']:g}")),
                render.paragraph(number(f["mean_grade"])),
                render.paragraph(number(f["max_grade"])),
                render.paragraph(
                    READABILITY["count_of"].format(count=f["over_target"], total=f["count"])
                ),
            ]
            for field, f in summary["fields"].items()
        ]
        headings = ["target_grade", "average_grade", "highest_grade", "over_target"]
        whole = summary["all_text"]
        overall = READABILITY["all_text_grade"].format(
            grade=number(whole["grade"]), ease=number(whole["ease"]), words=whole["words"]
        )
        grades: dict[str, dict[str, float]] = {}
        for measured in readings:
            grades.setdefault(measured.subject, {})[measured.field] = measured.grade
        fields = list(summary["fields"])
        return self._tables(catalog, rows, headings, overall, fields=fields, scores=grades)

    def _spanish(self, catalog: Catalog) -> list[nodes.Node]:
        number = self.number
        from twitchfacts.prose.reading_es import measure_catalog  # noqa: PLC0415

        summary = measure_catalog(catalog)
        rows = [
            [
                self._field(field),
                render.paragraph(READABILITY["ease_or_higher"].format(target=f"{f['target']:g}")),
                render.paragraph(number(f["mean"])),
                render.paragraph(number(f["lowest"])),
                render.paragraph(
                    READABILITY["count_of"].format(count=f["under_target"], total=f["count"])
                ),
            ]
            for field, f in summary["fields"].items()
        ]
        headings = ["target_ease", "average_ease", "lowest_ease", "under_target"]
        whole = summary["all_text"]
        overall = READABILITY["all_text_ease"].format(
            ease=number(whole["ease"]), band=whole["band"], words=whole["words"]
        )
        return self._tables(
            catalog,
            rows,
            headings,
            overall,
            fields=list(summary["fields"]),
            scores=summary["scores"],
        )

    def _field(self, field: str) -> nodes.paragraph:
        return render.paragraph(READABILITY[field] if field in _FIELDS else field)

    def _tables(
        self,
        catalog: Catalog,
        rows: Sequence[Sequence[nodes.Node]],
        headings: Sequence[str],
        overall: str,
        *,
        fields: Sequence[str],
        scores: dict[str, dict[str, float]],
    ) -> list[nodes.Node]:
        by_kind = render.table(
            [READABILITY["text"], *(READABILITY[heading] for heading in headings)],
            rows,
            "twitch-readability",
        )
        whole = render.paragraph(overall, "twitch-readability-overall")
        # Only the fields causes have; movements are measured in the first table.
        cause_fields = [
            field
            for field in fields
            if any(field in scores.get(cause.id, {}) for cause in catalog.causes)
        ]
        per_cause = render.table(
            [
                READABILITY["cause"],
                *(READABILITY[field] if field in _FIELDS else field for field in cause_fields),
            ],
            [
                [
                    nodes.paragraph(
                        "", "", render.xref("cause", cause.id, cause.name, self.env.docname)
                    ),
                    *(
                        render.paragraph(
                            self.number(scores[cause.id][field])
                            if field in scores.get(cause.id, {})
                            else "-"
                        )
                        for field in cause_fields
                    ),
                ]
                for cause in catalog.causes
                if cause.id in scores
            ],
            "twitch-readability-causes",
        )
        return [by_kind, whole, per_cause]


def _number_format(language: str) -> Callable[[float], str]:
    """Write a figure with one decimal as *language* writes numbers (Babel's locale data)."""
    from babel.core import UnknownLocaleError  # noqa: PLC0415 - with it
    from babel.numbers import format_decimal  # noqa: PLC0415 - only for this table

    def write(value: Any) -> str:
        try:
            return str(format_decimal(float(value), format="0.0", locale=language))
        except (ValueError, LookupError, UnknownLocaleError):
            return f"{float(value):.1f}"

    return write
