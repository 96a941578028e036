"""HTTP caching: entity tags and the ``Cache-Control`` each kind of answer carries.

Every look-up is a pure function of its query and of the content the server
started with, so a CDN or an EHR may keep answers. The entity tag is a hash
of the body itself, not of a start-up time: every worker and every replica
behind a load balancer gives the same tag for the same answer, and a
revalidation (``If-None-Match``) gets ``304 Not Modified`` from any of them.
"""

from __future__ import annotations

import hashlib
from typing import Final

__all__ = ["NO_STORE", "PUBLIC", "entity_tag", "not_modified"]

#: For answers to GET look-ups: anyone may keep them for an hour and then
#: revalidate. Content changes with a release, never within a day.
PUBLIC: Final = "public, max-age=3600"
#: For errors and for answers to requests that carry patient data (CDS
#: Hooks calls): nobody keeps them.
NO_STORE: Final = "no-store"


def entity_tag(body: bytes) -> str:
    """A strong entity tag for *body*: the same bytes always give the same tag."""
    return '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'


def not_modified(if_none_match: str | None, tag: str) -> bool:
    """Whether a request's ``If-None-Match`` header already names *tag*.

    As RFC 9110 asks for ``If-None-Match``, tags are compared weakly (a
    ``W/`` prefix is ignored), a list matches if any of its tags does, and
    ``*`` matches any current answer.
    """
    if not if_none_match:
        return False
    for candidate in if_none_match.split(","):
        value = candidate.strip()
        if value == "*":
            return True
        if value.removeprefix("W/") == tag:
            return True
    return False
