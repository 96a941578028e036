"""Hostile content renders as inert text: in the page body, in links and in
the JSON-LD.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

import twitchfacts
from sphinx_project import Project
from twitchfacts.exports import json_format
from twitchfacts.model import Movement, RedFlag, Source

PAYLOADS = [
    "<script>alert('x')</script>",
    '</script><script>alert("y")</script>',
    "<img src=x onerror=alert(1)>",
    "<!-- comment --> & \"double\" 'single'",
    "**bold** `code` :ref:`label` |sub| _target_",
    "{twitch:cause}`als` $math$ [link](javascript:alert(2))",
]
HOSTILE = " ".join(PAYLOADS)


@pytest.fixture
def hostile(project: Project) -> Project:
    base = twitchfacts.get("als")
    cause = dataclasses.replace(
        base,
        name=f"Name {PAYLOADS[0]}",
        summary=f"Summary {HOSTILE}",
        explanation=f"Explanation {HOSTILE}",
        self_care=(f"Care {HOSTILE}",),
        aliases=(PAYLOADS[1], PAYLOADS[2]),
        sources=(
            Source(title=f"Title {PAYLOADS[2]}", publisher=PAYLOADS[3], url="javascript:alert(3)"),
            Source(title="Real", publisher="NHS", url='https://example.org/"><script>x</script>'),
        ),
    )
    catalog = twitchfacts.load().replace(
        causes=(cause,),
        movements=(
            Movement(
                id="hostile",
                name=f"Move {PAYLOADS[0]}",
                also_called=PAYLOADS[1],
                feels_like=f"Feels {HOSTILE}",
                usual_cause=f"Cause {HOSTILE}",
                get_help=(RedFlag(text=f"Help {HOSTILE}", urgency="routine"),),
                causes=("als",),
                sources=(Source(title="Real", publisher="NHS", url="https://www.nhs.uk/"),),
            ),
        ),
        disclaimer=f"Disclaimer {HOSTILE}",
    )
    project.write({"pack.json": json_format.dumps(catalog)})
    project.write(
        {
            "index.rst": "Home\n====\n\n.. toctree::\n\n   cause\n   lists\n",
            "cause.rst": ".. twitch:cause:: als\n",
            "lists.md": "# Lists\n\n```{twitch:causes}\n```\n```{twitch:causes}\n:layout: table\n"
            ":columns: name, sources\n```\n```{twitch:red-flags}\n```\n"
            "```{twitch:movements}\n```\n",
        }
    )
    project.build(
        twitchfacts_content="pack.json", twitchfacts_require_every_cause=False, warnings=True
    )
    return project


def _body(html: str) -> str:
    return html.split("</head>", 1)[1]


@pytest.mark.parametrize("page", ["cause", "lists", "index"])
def test_payloads_show_as_text_in_the_body(hostile: Project, page: str) -> None:
    body = _body(hostile.html(page))
    assert "<script>alert" not in body
    assert "<img src=x" not in body
    assert "onerror=alert" not in body.replace("&lt;img src=x onerror=alert(1)&gt;", "")
    if page != "index":
        assert "&lt;script&gt;alert('x')&lt;/script&gt;" in body
        assert "\u2018" not in body  # no smart quotes: the text is what the editor typed
    assert 'href="javascript:' not in body
    assert "<strong>bold</strong>" not in body


def test_markup_in_content_is_not_interpreted(hostile: Project) -> None:
    body = _body(hostile.html("cause"))
    assert "**bold** <span" not in body
    assert "**bold**" in body
    assert "{twitch:cause}`als`" in body
    assert "[link](javascript:alert(2))" in body


def test_a_source_that_is_not_a_web_address_is_left_out_with_a_warning(
    hostile: Project,
) -> None:
    (warning,) = hostile.warnings
    assert "pack.json:als.sources[0].url: source-url: 'javascript:alert(3)'" in warning
    assert warning.endswith("left out of the pages [twitchfacts.content]")
    body = _body(hostile.html("cause"))
    assert "Title &lt;img src=x onerror=alert(1)&gt;" not in body


def test_only_http_urls_become_links(hostile: Project) -> None:
    body = _body(hostile.html("cause"))
    assert 'href="https://example.org/%22%3E%3Cscript%3Ex%3C/script%3E"' in body or (
        'href="https://example.org/&quot;&gt;&lt;script&gt;x&lt;/script&gt;"' in body
    )


def test_json_ld_stays_inside_its_script_element(hostile: Project) -> None:
    head = hostile.html("cause").split("</head>", 1)[0]
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', head, re.S)
    assert len(blocks) == 1
    text = blocks[0]
    assert "<" not in text
    assert ">" not in text
    document = json.loads(text)
    cause = document["about"]["cause"][0]
    assert cause["name"] == f"Name {PAYLOADS[0]}"
    assert cause["description"] == f"Summary {HOSTILE}"
    assert cause["alternateName"] == [PAYLOADS[1], PAYLOADS[2]]


def test_the_build_writes_only_into_its_output_folder_and_reads_only_the_pack(
    tmp_path: Path,
) -> None:
    import subprocess
    import sys

    project = tmp_path / "project"
    project.mkdir()
    (project / "pack.json").write_text(json_format.dumps(twitchfacts.load()), encoding="utf-8")
    (project / "conf.py").write_text(
        'extensions = ["twitchfacts.sphinxext"]\ntwitchfacts_content = "pack.json"\n'
        "twitchfacts_require_every_cause = False\n",
        encoding="utf-8",
    )
    (project / "index.rst").write_text(".. twitch:cause:: als\n\n.. twitch:red-flags::\n")
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    probe = """
import json, sys
opened = []
sys.addaudithook(lambda event, args: opened.append(str(args[0]))
                 if event == "open" and isinstance(args[0], str) else None)
from sphinx.cmd.build import main
code = main(["-q", "-b", "html", sys.argv[1], sys.argv[2]])
print(json.dumps({"code": code, "opened": opened,
                  "builtin": "twitchfacts.content" in sys.modules}))
"""
    done = subprocess.run(
        [sys.executable, "-c", probe, str(project), str(project / "_build")],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    after = {
        p: p.stat().st_mtime_ns
        for p in tmp_path.rglob("*")
        if p.is_file() and "_build" not in p.relative_to(tmp_path).parts
    }
    assert after == before  # nothing written or changed outside the output folder
    content_dir = str(Path(twitchfacts.__file__).parent / "content")
    assert not [path for path in report["opened"] if path.startswith(content_dir)]
    assert not report["builtin"]
    assert str(project / "pack.json") in report["opened"]


def test_a_hostile_movement_renders_as_text(hostile: Project) -> None:
    body = _body(hostile.html("lists"))
    table = body[
        body.index('<table class="twitch-movements') : body.index(
            "</table>", body.index("twitch-movements")
        )
    ]
    assert "Move &lt;script&gt;alert('x')&lt;/script&gt;" in table
    assert "Help &lt;script&gt;" in table
    assert "<script>" not in table
    assert "**bold**" in table
