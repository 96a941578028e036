"""Run one measured task in this process and print its figures as JSON.

The benchmark script starts a fresh interpreter for every measurement, so
that each one starts cold and its peak memory (``ru_maxrss``) is its own.

    python _run.py sphinx SRC OUT [-j N]   a Sphinx HTML build
    python _run.py validate N structure|all   build N records, then validate them
"""

from __future__ import annotations

import datetime
import json
import re
import resource
import sys
import time
from contextlib import redirect_stdout
from io import StringIO


def _sphinx(source: str, out: str, extra: list[str]) -> dict[str, object]:
    status = StringIO()
    start = time.perf_counter()
    from sphinx.cmd.build import main

    with redirect_stdout(status):
        code = main(["-b", "html", "-N", *extra, source, out])
    seconds = time.perf_counter() - start
    text = status.getvalue()
    read = re.findall(r"^reading sources\.\.\. \[\s*\d+%\] (\S+)", text, re.M)
    written = re.findall(r"^writing output\.\.\. \[\s*\d+%\] (\S+)", text, re.M)
    return {"code": code, "seconds": seconds, "read": read, "written": written}


def _validate(size: int, rules: str) -> dict[str, object]:
    import synthetic

    from twitchfacts.catalog import Catalog
    from twitchfacts.model import Cause
    from twitchfacts.rules import Settings, codes, validate

    template = synthetic.catalog(min(size, 1000))
    blueprints = [
        {field: getattr(cause, field) for field in cause.__dataclass_fields__}
        for cause in template.causes
    ]
    fields = [
        {
            **blueprints[index % len(blueprints)],
            "id": f"cause-{index:06d}",
            "name": f"Synthetic cause {index}",
            "aliases": (f"synthetic alias {index}", f"other name {index}"),
        }
        for index in range(size)
    ]
    start = time.perf_counter()
    codes._tables()
    tables = time.perf_counter() - start
    start = time.perf_counter()
    catalog = template.replace(causes=tuple(Cause(**values) for values in fields))
    assert isinstance(catalog, Catalog)
    build = time.perf_counter() - start
    settings = Settings(today=datetime.date(2026, 11, 25), prose=rules == "all")
    # The cost of validating a single cause: the fixed part of every run
    # (starting Vale, loading textstat), measured so it can be set apart.
    one = catalog.replace(causes=catalog.causes[:1])
    validate(one, settings)  # warm up: imports and first-use loading are not per run
    start = time.perf_counter()
    validate(one, settings)
    fixed = time.perf_counter() - start
    start = time.perf_counter()
    problems = validate(catalog, settings)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "fixed": fixed,
        "build_records": build,
        "load_tables": tables,
        "problems": len(problems),
    }


def main(argv: list[str]) -> None:
    kind = argv[0]
    if kind == "sphinx":
        result = _sphinx(argv[1], argv[2], argv[3:])
    else:
        result = _validate(int(argv[1]), argv[2])
    result["peak_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print("RESULT " + json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
