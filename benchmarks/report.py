"""The Markdown table of a benchmark run, for the docs' Performance page."""

from __future__ import annotations

from typing import Any


def _t(stats: dict[str, float], unit: str = "s") -> str:
    return f"{stats['median']:.2f} {unit} ({stats['min']:.2f}–{stats['max']:.2f})"


def _verdict(value: float, target: float, *, below: bool = True) -> str:
    met = value <= target if below else value >= target
    return f"{'met' if met else '**missed**'} (target {'≤' if below else '≥'} {target:g})"


def markdown(results: dict[str, Any]) -> str:
    """Every figure of *results*, as Markdown tables with the targets."""
    env = results["environment"]
    targets = results["targets"]
    lines = [
        f"Measured {env['date']} on {env['machine']}, Python {env['python']}"
        f" ({env.get('duration_s', '?')} s in all).",
        "Packages: " + ", ".join(f"{k} {v}" for k, v in env["packages"].items()) + ".",
        "Times are medians of the runs shown, with (min–max); memory is peak resident size.",
        "",
        "### Site builds: the extension against plain MyST and against sphinx-needs",
        "",
        "| Causes | twitchfacts | plain MyST | sphinx-needs | twitchfacts / plain (time, memory)"
        " | twitchfacts / sphinx-needs (time, memory) |",
        "|---|---|---|---|---|---|",
    ]
    for size, fig in results["sites"].items():
        lines.append(
            f"| {int(size):,} | {_t(fig['twitch']['seconds'])}, {fig['twitch']['peak_mb']['median']:.0f} MB"
            f" | {_t(fig['plain']['seconds'])}, {fig['plain']['peak_mb']['median']:.0f} MB"
            f" | {_t(fig['needs']['seconds'])}, {fig['needs']['peak_mb']['median']:.0f} MB"
            f" | {fig['overhead_time']:.2f}, {fig['overhead_memory']:.2f}"
            f" | {fig['peer_time']:.2f}, {fig['peer_memory']:.2f} |"
        )
    worst = max(
        max(fig["overhead_time"], fig["overhead_memory"]) for fig in results["sites"].values()
    )
    largest = results["sites"][max(results["sites"], key=int)]
    lines += [
        "",
        f"Extension overhead: worst ratio {worst:.2f}, {_verdict(worst, targets['overhead'])}."
        f" Against sphinx-needs at the largest size: {largest['peer_time']:.2f},"
        f" {_verdict(largest['peer_time'], targets['peer'])}.",
        "",
        "### Incremental build after editing one cause",
        "",
    ]
    inc = results["incremental"]
    lines += [
        "| Build | Time | Documents read | Pages written |",
        "|---|---|---|---|",
        f"| Full, {inc['pages']} pages | {_t(inc['full']['seconds'])} | all | all |",
        f"| One cause edited | {_t(inc['edit']['seconds'])} | {', '.join(inc['edit']['read']) or 'none'}"
        f" | {', '.join(inc['edit']['written']) or 'none'} |",
        f"| Nothing changed | {_t(inc['noop']['seconds'])} | {', '.join(inc['noop']['read']) or 'none'}"
        f" | {', '.join(inc['noop']['written']) or 'none'} |",
        "",
        f"Pages that show the edited cause: {', '.join(inc['pages_showing_cause'])}."
        f" Rebuild time as a fraction of a full build: {inc['fraction']:.2f},"
        f" {_verdict(inc['fraction'], targets['incremental'])}.",
        "",
        "### Parallel build",
        "",
    ]
    par = results["parallel"]
    lines += [
        "| -j 1 | -j 2 | -j 2 / -j 1 |",
        "|---|---|---|",
        f"| {_t(par['j1']['seconds'])} | {_t(par['j2']['seconds'])} | {par['ratio_time']:.2f} |",
        "",
        "### Validation",
        "",
        "| Causes | Build the records | Structure rules | per cause | All rules (with Vale) | per cause |",
        "|---|---|---|---|---|---|",
    ]
    val = results["validation"]
    for size, fig in val.items():
        prose = fig.get("all")
        lines.append(
            f"| {int(size):,} | {_t(fig['build_records'])} | {_t(fig['structure']['seconds'])}"
            f" | {fig['structure']['per_cause_us']:.1f} µs"
            + (
                f" | {_t(prose['seconds'])} | {prose['per_cause_us']:.0f} µs |"
                if prose
                else " | not run: see below | |"
            )
        )
    structure = [fig["structure"]["per_cause_us"] for fig in val.values()]
    prose_per = [fig["all"]["per_cause_us"] for fig in val.values() if "all" in fig]
    flat = max(structure) / min(structure)
    flat_all = max(prose_per) / min(prose_per) if prose_per else 0.0
    ten_k = val.get("10000")
    versus = (
        ten_k["structure"]["seconds"]["median"] / ten_k["build_records"]["median"] if ten_k else 0.0
    )
    load = max(fig["load_tables"]["median"] for fig in val.values())
    fixed_all = max(
        (fig["all"]["fixed"]["median"] for fig in val.values() if "all" in fig), default=0.0
    )
    lines += [
        "",
        f"Time per cause, largest over smallest: structure rules {flat:.2f},"
        f" {_verdict(flat, targets['validation_flat'])}; all rules {flat_all:.2f},"
        f" {_verdict(flat_all, targets['validation_flat'])}. Structure rules on 10,000 causes take"
        f" {versus:.1f}× the time to build the records, {_verdict(versus, targets['structure_vs_build'])}."
        f" Loading the ICD-10-CM tables once takes about {load:.1f} s, and each run with all"
        f" rules has a fixed part (starting Vale, loading textstat) of about {fixed_all:.1f} s;"
        " both are set apart from the time per cause."
        + (
            f" All rules are not run at {max(int(n) for n in val):,} causes: Vale alone would"
            f" take about {max(prose_per) * max(int(n) for n in val) / 1e6 / 60:.0f} minutes per"
            " run, more than the whole benchmark may take; per cause it is flat up to"
            f" {max(int(n) for n in val if 'all' in val[n]):,}."
            if any("all" not in fig for fig in val.values())
            else ""
        ),
        "",
        "### Import",
        "",
    ]
    imp = results["import"]
    lines += [
        "| `import twitchfacts` | `import json` | ratio | Heavy modules loaded |",
        "|---|---|---|---|",
        f"| {_t(imp['twitchfacts']['seconds'])} | {_t(imp['json']['seconds'])}"
        f" | {imp['ratio_time']:.2f}, {_verdict(imp['ratio_time'], targets['import'])}"
        f" | {', '.join(imp['heavy_modules']) or 'none'} |",
        "",
    ]
    lang = results.get("languages")
    if lang:
        lines += [
            "### The site in every language",
            "",
            f"Measured {results.get('measured', {}).get('languages', env['date'])}: the"
            " documentation site itself, each"
            " build fresh.",
            "",
            "| Build | Time | Peak memory |",
            "|---|---|---|",
            f"| {lang['languages'][0]} only | {_t(lang['one']['seconds'])}"
            f" | {lang['one']['peak_mb']['median']:.0f} MB |",
            f"| {', '.join(lang['languages'])} | {_t(lang['every']['seconds'])}"
            f" | {lang['every']['peak_mb']['median']:.0f} MB |",
            "",
            f"Every language against one: {lang['ratio_time']:.2f},"
            f" {_verdict(lang['ratio_time'], targets['languages'])}. Each language is its own"
            " Sphinx build, so the cost grows with the number of languages; the extension's"
            " share of it is loading one translated catalog per build.",
            "",
        ]
    return "\n".join(lines)
