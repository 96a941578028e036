"""Running the application with uvicorn, for ``twitchfacts serve``.

The socket is bound here, before uvicorn starts, so that the command knows
the real port (``--port 0`` asks the system for a free one) and prints it,
and so that an address already in use is a one-line error, not a traceback.
uvicorn's access log stays off: Infobutton query strings carry diagnosis
codes, and CDS Hooks calls carry patient data; neither may reach a log.
"""

from __future__ import annotations

import socket
import sys

import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send

from twitchfacts.server.app import create_app, load_catalogs
from twitchfacts.server.site import Site

__all__ = ["serve"]


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named explicitly: asyncio switches Nagle's algorithm off
    # (TCP_NODELAY) only on sockets that say they are TCP. With it on, every
    # answer waited for a delayed ACK: 44 ms each, 730 requests a second.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def _announcing(app: ASGIApp, line: str) -> ASGIApp:
    """*app*, saying *line* once uvicorn is ready: its signal handlers are in place by then.

    A script that waits for this line and then stops the server with Ctrl-C
    (SIGINT) always gets a clean shutdown.
    """

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "lifespan":
            await app(scope, receive, send)
            return
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                sys.stderr.write(line)
                sys.stderr.flush()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    return wrapped


def serve(*, host: str, port: int, content: str | None, site_url: str) -> None:
    """Load the content, bind *host*:*port* and answer requests until interrupted.

    :raises twitchfacts.errors.TwitchfactsError: for a bad site address or a
        pack that does not load, before anything listens.
    :raises OSError: if the address cannot be bound.
    """
    site = Site(site_url)
    catalogs = load_catalogs(content)
    app = create_app(catalogs, site)
    sock = _bind(host, port)
    bound_host, bound_port = sock.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    ready = (
        f"twitchfacts serve: listening on http://{shown}:{bound_port}"
        f" ({len(catalogs['en'].causes)} causes; {', '.join(catalogs)}; links to {site.url})\n"
    )
    config = uvicorn.Config(
        _announcing(app, ready),
        access_log=False,
        log_level="info",
        server_header=False,
        proxy_headers=False,
        lifespan="on",
    )
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
