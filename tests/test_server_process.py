"""`twitchfacts serve` as a real process: it answers, logs no patient data, exits cleanly.

Every server here listens on 127.0.0.1 on a port the system picks, runs for
a few seconds at most and is always stopped, even when a test fails.
"""

from __future__ import annotations

import json
import os
import re
import selectors
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import feedparser
import httpx
import pytest

from server_client import SERVICE, condition, hook_request

STARTUP_SECONDS = 30
_LISTENING = re.compile(rb"listening on (http://127\.0\.0\.1:\d+)")


@dataclass
class Running:
    process: subprocess.Popen[bytes]
    url: str
    output: bytearray = field(default_factory=bytearray)

    def stop(self) -> str:
        """Stop the server (as Ctrl-C does) and return everything it printed."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        assert self.process.stdout is not None
        if not self.process.stdout.closed:
            with self.process.stdout:
                self.output += self.process.stdout.read()
        return self.output.decode("utf-8", "replace")


def _start(*arguments: str, cwd: Path) -> Running:
    process = subprocess.Popen(
        [sys.executable, "-m", "twitchfacts", "serve", "--port", "0", *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        cwd=cwd,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    output = bytearray()
    deadline = time.monotonic() + STARTUP_SECONDS
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if not selector.select(timeout=0.5):
                if process.poll() is not None:
                    break
                continue
            # os.read, not readline: a buffered reader could hold the line
            # back while select() waits on an empty pipe.
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                break
            output += chunk
            found = _LISTENING.search(output)
            if found:
                return Running(process, found.group(1).decode(), output)
    process.kill()
    process.wait(timeout=10)
    process.stdout.close()
    raise AssertionError(f"the server did not start: {output.decode(errors='replace')}")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Running]:
    running = _start("--site-url", "https://facts.example/", cwd=tmp_path)
    try:
        yield running
    finally:
        running.stop()


def test_a_real_server_answers_all_three_interfaces(server: Running) -> None:
    with httpx.Client(base_url=server.url, timeout=10) as client:
        atom = client.get(
            "/service",
            params={
                "mainSearchCriteria.v.cs": "2.16.840.1.113883.6.90",
                "mainSearchCriteria.v.c": "E83.42",
            },
        )
        feed = feedparser.parse(atom.text)
        assert not feed.bozo
        assert [e.link for e in feed.entries] == [
            "https://facts.example/causes/body-chemistry/low-magnesium.html"
        ]
        assert client.get("/cds-services").json()["services"][0]["hook"] == "patient-view"
        cards = client.post(SERVICE, json=hook_request(condition("E83.42"))).json()["cards"]
        assert len(cards) == 1
        assert "server" not in {name.lower() for name in atom.headers}


def test_patient_data_never_reaches_the_log(server: Running) -> None:
    patient = "patient-4f81c2-secret"
    with httpx.Client(base_url=server.url, timeout=10) as client:
        client.get(
            "/service",
            params={
                "mainSearchCriteria.v.cs": "2.16.840.1.113883.6.90",
                "mainSearchCriteria.v.c": "G12.21",
                "mainSearchCriteria.v.dn": patient,
            },
        )
        request = hook_request(condition("G12.21"), context={"patientId": patient})
        client.post(SERVICE, json=request)
        client.post(SERVICE, content=b'{"broken": "' + patient.encode())
        client.get(f"/{patient}")
    log = server.stop()
    assert "Started server process" in log  # the log is really read
    for secret in (patient, "G12.21", "G1221", "/service", SERVICE):
        assert secret not in log


def test_the_server_stops_cleanly_on_ctrl_c(server: Running) -> None:
    log = server.stop()
    assert server.process.returncode == 0, log
    assert "Traceback" not in log


def _run(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "twitchfacts", "serve", *arguments],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["--site-url", "facts.example"], "--site-url"),
        (["--site-url", "https://facts.example/?x=1"], "query or fragment"),
        (["--site-url", "https://facts.example/", "--content", "missing.json"], "missing.json"),
        (["--site-url", "https://facts.example/", "--port", "70000"], "not a port"),
        (["--port", "0"], "--site-url"),
    ],
)
def test_bad_arguments_are_one_line_and_exit_2(
    tmp_path: Path, arguments: list[str], words: str
) -> None:
    done = _run(*arguments, cwd=tmp_path)
    assert done.returncode == 2
    assert words in done.stderr
    assert "Traceback" not in done.stderr


def test_a_port_in_use_is_one_line_and_exit_2(server: Running, tmp_path: Path) -> None:
    port = server.url.rsplit(":", 1)[1]
    done = _run("--site-url", "https://facts.example/", "--port", port, cwd=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_without_the_extra_serve_says_how_to_install_it(tmp_path: Path) -> None:
    probe = (
        "import importlib.util, sys\n"
        "real = importlib.util.find_spec\n"
        "importlib.util.find_spec = lambda name, *a: None if name == 'uvicorn' else real(name)\n"
        "from twitchfacts.cli import main\n"
        "sys.exit(main(['serve', '--site-url', 'https://facts.example/']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert (
        done.stderr.strip()
        == (
            "twitchfacts: error: serve needs uvicorn, which are not installed:"
            ' pip install "twitchfacts[serve]"'
        )
        or 'pip install "twitchfacts[serve]"' in done.stderr
    )
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_importing_twitchfacts_imports_no_web_stack() -> None:
    script = (
        "import json, sys, twitchfacts, twitchfacts.server; print(json.dumps(list(sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    loaded = {name.split(".")[0] for name in json.loads(done.stdout)}
    assert not loaded & {"starlette", "uvicorn", "httpx", "anyio", "h11"}


def test_the_app_factory_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from twitchfacts.server.app import from_environment
    from twitchfacts.server.site import SiteUrlError

    monkeypatch.delenv("TWITCHFACTS_SITE_URL", raising=False)
    with pytest.raises(SiteUrlError, match="TWITCHFACTS_SITE_URL"):
        from_environment()
    monkeypatch.setenv("TWITCHFACTS_SITE_URL", "https://facts.example")
    assert from_environment() is not None


def test_the_listening_socket_is_tcp_so_asyncio_turns_nagle_off() -> None:
    # With proto 0, asyncio leaves Nagle's algorithm on and every answer waits
    # for a delayed ACK (44 ms): the load benchmark fell from ~6,800 to 730/s.
    from twitchfacts.server.run import _bind

    with _bind("127.0.0.1", 0) as sock:
        assert sock.proto == socket.IPPROTO_TCP
