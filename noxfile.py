# /// script
# dependencies = ["nox>=2026.10.20"]
# ///
"""Every check twitchfacts runs, as nox sessions.

``nox`` with no arguments runs the default set, which is what CI runs;
``nox -l`` lists every session with its purpose. Options after ``--`` go to
the tool a session runs (``nox -s tests -- -k packs``).
"""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"
# uv creates environments in about a fifth of the time pip takes; nox falls
# back to virtualenv where uv is missing.
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True
nox.options.sessions = [
    "lint",
    "validate",
    "tests",
    "sdist",
    "docs",
    "linkcheck",
    "prose",
    "site",
    "lighthouse",
]

# uv reaches the package index itself: make it trust the system's
# certificates, and never try to download an interpreter.
os.environ.setdefault("UV_SYSTEM_CERTS", "1")
os.environ.setdefault("UV_PYTHON_DOWNLOADS", "never")

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
SITE = ROOT / "docs" / "_build" / "html"


def _group(name: str) -> list[str]:
    return list(nox.project.dependency_groups(PYPROJECT, name))


#: The Vale release the style is written and tested against (keep in step
#: with twitchfacts.prose.vale.VALE_VERSION; a test checks).
VALE_VERSION = "3.19.0"
VALE_MODULE = "github.com/errata-ai/vale/v3/cmd/vale"
VALE_CACHE = ROOT / ".nox" / "_tools" / f"vale-{VALE_VERSION}"


#: Where Debian's hunspell-es puts the dictionaries of the Spanish Vale style.
DICPATH = Path("/usr/share/hunspell")


def _spanish_dictionaries(session: nox.Session) -> None:
    """Debian's hunspell-es, for the Spanish style's spelling; Vale finds it through $DICPATH."""
    dicpath = Path(os.environ.get("DICPATH", DICPATH))
    if dicpath == DICPATH:
        _system_package(session, str(DICPATH / "es_MX.dic"), "hunspell-es")
    session.env["DICPATH"] = str(dicpath)


def _vale(session: nox.Session) -> str:
    """Make Vale available to the session and return its path.

    In order: ``$TWITCHFACTS_VALE``; ``vale`` on PATH; a copy this project
    built before (cached in .nox); a build from the Go module proxy with
    ``go install`` (Vale is a Go program; about a minute the first time);
    the PyPI ``vale`` wrapper, which downloads the binary from GitHub and so
    needs the internet. If none works the session stops and says why.
    """
    configured = os.environ.get("TWITCHFACTS_VALE")
    candidates = [configured] if configured else []
    candidates += [shutil.which("vale"), str(VALE_CACHE / "vale")]
    binary = next((c for c in candidates if c and Path(c).is_file()), None)
    if binary is None and shutil.which("go"):
        session.log(f"Building Vale {VALE_VERSION} with Go (cached in {VALE_CACHE})")
        session.run(
            "go",
            "install",
            "-ldflags",
            f"-s -w -X main.version={VALE_VERSION}",
            f"{VALE_MODULE}@v{VALE_VERSION}",
            env={"GOBIN": str(VALE_CACHE), "GOFLAGS": "-modcacherw"},
            external=True,
        )
        binary = str(VALE_CACHE / "vale")
    if binary is None:
        session.log("No Go toolchain: trying the PyPI vale wrapper (needs GitHub).")
        session.install(f"vale=={VALE_VERSION}.0")
        try:
            session.run("vale", "--version", silent=True)
            binary = shutil.which("vale", path=session.bin) or "vale"
        except nox.command.CommandFailed:
            session.error(
                "Vale is needed for the prose checks and could not be installed: it is not"
                " on PATH or in $TWITCHFACTS_VALE, Go is not installed to build it"
                f" (`go install {VALE_MODULE}@v{VALE_VERSION}`), and the PyPI wrapper could"
                " not download it. Install one of these and run nox again."
            )
    assert binary is not None
    session.env["TWITCHFACTS_VALE"] = binary
    session.env["PATH"] = os.pathsep.join([str(Path(binary).parent), os.environ["PATH"]])
    session.log(f"Using Vale at {binary}")
    return binary


@nox.session
def lint(session: nox.Session) -> None:
    """Lint and format-check with ruff, then type-check src/ with mypy --strict."""
    session.install("-e", ".[serve]", *_group("lint"), *_group("docs"))
    session.run("ruff", "check", *session.posargs)
    session.run("ruff", "format", "--check", *session.posargs)
    session.run("mypy", "--strict", "src")


@nox.session
def validate(session: nox.Session) -> None:
    """Check the built-in content against every rule (twitchfacts validate --strict)."""
    _vale(session)
    session.install(".")
    session.run("twitchfacts", "validate", "--strict", *session.posargs)


@nox.session(default=False)
def translations(session: nox.Session) -> None:
    """Update the translation catalogs (content, labels, site pages) from the English.

    Pass languages to add them: `nox -s translations -- es`. Without any,
    every language the content already has is updated. `validate` then
    reports what the translators have left to do.
    """
    session.install("-e", ".", *_group("docs"), *_group("translations"))
    locales = ROOT / "src" / "twitchfacts" / "content" / "locales"
    languages = list(session.posargs) or sorted(
        path.parent.parent.name for path in locales.glob("*/LC_MESSAGES/content.po")
    )
    if not languages:
        session.log("the built-in content has no translations yet; name a language to add one")
        return
    for language in languages:
        session.run("twitchfacts", "translations", "update", "--lang", language)
        # twitchfacts' own words (headings, box titles) have a catalog of their own.
        session.run(
            "python",
            "-c",
            "import sys; from twitchfacts.i18n.catalogs import update_labels;"
            " print(update_labels(sys.argv[1]))",
            language,
        )
    # The site's page prose: Sphinx's message templates, as each language's
    # build reads the site, merged into its catalogs in docs/locales.
    templates = ROOT / "docs" / "_build" / "gettext"
    for language in languages:
        shutil.rmtree(templates, ignore_errors=True)
        session.run(
            "sphinx-build",
            "-q",
            "-b",
            "gettext",
            "-D",
            f"language={language}",
            "docs",
            str(templates),
        )
        session.run(
            "sphinx-intl", "update", "-p", str(templates), "-l", language, "-d", "docs/locales"
        )
    session.run("twitchfacts", "translations", "compile")
    session.run(
        "python",
        "-c",
        "from twitchfacts import labels; from twitchfacts.i18n.catalogs import compile_catalogs;"
        " print(compile_catalogs(labels.LOCALES))",
    )


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite with coverage (pytest --strict-markers --strict-config)."""
    _vale(session)
    _spanish_dictionaries(session)
    session.install("-e", ".[serve]", *_group("tests"), *_group("docs"))
    session.run(
        "pytest",
        "--strict-markers",
        "--strict-config",
        "--cov",
        "--cov-report=term-missing",
        "-m",
        "not site and not lighthouse",
        *session.posargs,
    )


@nox.session
def sdist(session: nox.Session) -> None:
    """Build the sdist, unpack it, install it and run the tests from there, as a packager would."""
    _vale(session)
    _spanish_dictionaries(session)
    work = Path(session.create_tmp()) / "sdist"
    shutil.rmtree(work, ignore_errors=True)
    session.run("uv", "build", "--sdist", "--out-dir", str(work), external=True)
    (archive,) = work.glob("twitchfacts-*.tar.gz")
    shutil.unpack_archive(archive, work)
    unpacked = work / archive.name.removesuffix(".tar.gz")
    session.install(f"{unpacked}[serve]", *_group("tests"), *_group("docs"))
    session.chdir(unpacked)
    session.run(
        "pytest",
        "-p",
        "no:cacheprovider",
        "-m",
        "not site and not lighthouse",
        "-q",
        *session.posargs,
    )


#: The site's languages: the first is built at the root of the output, each
#: other one into a folder named after it (keep in step with docs/conf.py's
#: twitchfacts_languages; a test checks).
SITE_LANGUAGES = ("en", "es")


def _build_site(session: nox.Session, output: Path, *options: str, **run: object) -> None:
    """Build every language of the site into *output*: English at its root, Spanish in es/."""
    for language in SITE_LANGUAGES:
        target = output if language == SITE_LANGUAGES[0] else output / language
        session.run(
            "sphinx-build",
            *options,
            "-b",
            "html",
            "-D",
            f"language={language}",
            "docs",
            str(target),
            **run,
        )


@nox.session
def docs(session: nox.Session) -> None:
    """Build the site into docs/_build/html (Spanish in es/), failing on any warning."""
    session.install("-e", ".", *_group("docs"))
    _build_site(session, SITE, "-W", "--keep-going", "-n", *session.posargs)
    session.log(f"The site is built: open {SITE / 'index.html'} (Spanish: es/index.html)")


#: A host every source list relies on; if it answers, the network is open.
_PROBE = ("medlineplus.gov", 443)


def _network_open() -> bool:
    try:
        with socket.create_connection(_PROBE, timeout=5):
            return True
    except OSError:
        return False


@nox.session
def linkcheck(session: nox.Session) -> None:
    """Check the site's links: internal ones always, external ones if the network allows."""
    session.install("-e", ".", *_group("docs"))
    offline = not _network_open()
    host, port = _PROBE
    notice = (
        f"EXTERNAL LINKS NOT CHECKED: {host}:{port} cannot be reached from this machine. Only"
        " links inside the site are checked. Run `nox -s linkcheck` where the network is open"
        " to check the sources readers click."
    )
    if offline:
        session.warn(notice)
    else:
        session.log("Network open: checking internal and external links.")
    options = ["-D", r"linkcheck_ignore=^https?://"] if offline else []
    session.run(
        "sphinx-build",
        "-b",
        "linkcheck",
        "-W",
        "--keep-going",
        *options,
        "docs",
        str(ROOT / "docs" / "_build" / "linkcheck"),
        *session.posargs,
    )
    if offline:
        session.warn(notice)


#: The pages written for readers; the developer pages are technical writing.
READER_PAGES = [
    "index",
    "when-to-see-a-doctor",
    "warning-signs",
    "is-it-a-twitch",
    "about",
    "reviews",
    "sources",
    "causes/index",
    "places/index",
    "tools/index",
    "tools/diary",
    "tools/questions",
]


@nox.session
def prose(session: nox.Session) -> None:
    """Vale on the reader pages (source, and built in each language) and on every text field."""
    vale = _vale(session)
    _spanish_dictionaries(session)
    session.install("-e", ".", *_group("docs"))
    config = f"--config={ROOT / '.vale.ini'}"
    session.run(
        vale, "--no-global", config, *(f"docs/{page}.md" for page in READER_PAGES), external=True
    )
    built = ROOT / "docs" / "_build" / "prose"
    _build_site(session, built, "-q")
    # Each language's reader pages, each with its own style.
    for language in SITE_LANGUAGES:
        root = built if language == SITE_LANGUAGES[0] else built / language
        pages = [root / f"{page}.html" for page in READER_PAGES]
        for folder in ("causes", "places"):
            pages += sorted(set((root / folder).rglob("*.html")) - set(pages))
        ini = ROOT / (".vale.ini" if language == "en" else f".vale-{language}.ini")
        session.run(vale, "--no-global", f"--config={ini}", *map(str, pages), external=True)
    session.run("twitchfacts", "validate", "--strict", *session.posargs)


def _system_package(session: nox.Session, command: str, package: str) -> None:
    """Install a Debian package the checks need, or stop with the command to run.

    *command* is what the package provides: a program on PATH, or an
    absolute path to a file (a dictionary, say).
    """
    if shutil.which(command) or (Path(command).is_absolute() and Path(command).is_file()):
        return
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        session.log(f"{command} is missing: installing the Debian package {package}")
        env = {"DEBIAN_FRONTEND": "noninteractive"}
        session.run("apt-get", "update", "-q", external=True, env=env)
        session.run(
            "apt-get",
            "install",
            "-y",
            "-q",
            "--no-install-recommends",
            package,
            external=True,
            env=env,
        )
        return
    session.error(
        f"{command} is needed for the site checks. Install it with"
        f" `sudo apt-get install -y {package}` and run nox again."
    )


SCHEMA_DTS = "schema-dts@2.1.0"


def _schema_dts(session: nox.Session) -> Path:
    """Google's schema.org typings from npm, the vocabulary the JSON-LD is checked against."""
    folder = ROOT / ".nox" / "_tools" / SCHEMA_DTS.replace("@", "-")
    typings = folder / "package" / "dist" / "schema.d.ts"
    if not typings.is_file():
        _system_package(session, "npm", "npm")
        folder.mkdir(parents=True, exist_ok=True)
        session.run("npm", "pack", SCHEMA_DTS, "--silent", external=True, silent=True)
        archive = next(ROOT.glob("schema-dts-*.tgz"))
        session.run("tar", "-xzf", str(archive), "-C", str(folder), external=True)
        archive.unlink()
    return typings


@nox.session
def site(session: nox.Session) -> None:
    """Check the built site: axe in Chromium, phones, focus, Nu HTML Checker, JSON-LD, safety."""
    _system_package(session, "chromium", "chromium")
    _system_package(session, "java", "default-jre-headless")
    session.install("-e", ".[serve]", *_group("tests"), *_group("docs"), *_group("site"))
    typings = _schema_dts(session)
    built = ROOT / "docs" / "_build" / "site-check"
    _build_site(session, built, "-q", "-E", env={"SOURCE_DATE_EPOCH": "1764028800"})
    session.run(
        "pytest",
        "--strict-markers",
        "--strict-config",
        "-m",
        "site",
        *session.posargs,
        env={"TWITCHFACTS_SITE": str(built), "TWITCHFACTS_SCHEMA_DTS": str(typings)},
    )


#: The Lighthouse release the scores are checked with, pinned so that the
#: scores do not move with Lighthouse's releases. 13.x wants Node 22 and
#: Debian has Node 20; 12.2.3 installs and runs cleanly here.
LIGHTHOUSE = "lighthouse@12.2.3"


def _lighthouse(session: nox.Session) -> Path:
    """The npm Lighthouse command, installed once into .nox/_tools."""
    folder = ROOT / ".nox" / "_tools" / LIGHTHOUSE.replace("@", "-")
    command = folder / "node_modules" / ".bin" / "lighthouse"
    if not command.is_file():
        _system_package(session, "npm", "npm")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "package.json").write_text('{"private": true}\n', encoding="utf-8")
        session.run(
            "npm",
            "install",
            "--save-exact",
            "--no-audit",
            "--no-fund",
            "--prefix",
            str(folder),
            LIGHTHOUSE,
            external=True,
        )
    return command


@nox.session
def lighthouse(session: nox.Session) -> None:
    """Lighthouse (mobile) on four reader pages per language: 100 everywhere; writes the figures."""
    _system_package(session, "chromium", "chromium")
    command = _lighthouse(session)
    session.install("-e", ".[serve]", *_group("tests"), *_group("docs"), *_group("site"))
    built = ROOT / "docs" / "_build" / "lighthouse"
    # Built as it is published, at an address: Lighthouse wants absolute
    # hreflang and canonical links. The address is a free port here, where
    # the test serves the site.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = f"-Dhtml_baseurl=http://127.0.0.1:{port}/"
    _build_site(session, built, "-q", "-E", address, env={"SOURCE_DATE_EPOCH": "1764028800"})
    figures = ROOT / "benchmarks" / "results" / "reader.md"
    session.run(
        "pytest",
        "--strict-markers",
        "--strict-config",
        "-m",
        "lighthouse",
        *session.posargs,
        env={
            "TWITCHFACTS_SITE": str(built),
            "TWITCHFACTS_LIGHTHOUSE": str(command),
            "TWITCHFACTS_READER_RESULTS": str(figures),
            "TWITCHFACTS_SITE_PORT": str(port),
        },
    )
    session.log(f"Reader-side figures written to {figures}")


@nox.session(default=False)
def bench(session: nox.Session) -> None:
    """Benchmarks: the extension against plain MyST and sphinx-needs, and scaling (~15 min)."""
    _vale(session)
    session.install("-e", ".", *_group("docs"), *_group("bench"))
    session.run("python", "benchmarks/bench.py", *session.posargs)


@nox.session(default=False)
def serve_bench(session: nox.Session) -> None:
    """Load of `twitchfacts serve` with wrk on loopback: requests/s, p50/p99, RSS (~2 min)."""
    _system_package(session, "wrk", "wrk")
    session.install("-e", ".[serve]")
    session.run("python", "benchmarks/serve_bench.py", *session.posargs)


if __name__ == "__main__":
    nox.main()
