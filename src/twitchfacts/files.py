"""Writing files so that a failure never leaves a half-written one.

An export that runs out of disk space, or is interrupted, must not replace a
good earlier file with a truncated one. So the text goes to a temporary file
beside the target (same folder, hence same file system), is flushed to disk,
and only then renamed over the target, which is atomic on POSIX and Windows.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from twitchfacts.errors import TwitchfactsError

__all__ = ["OutputError", "write_atomically"]


class OutputError(TwitchfactsError):
    """A file could not be written; any earlier file at that path is intact."""


def write_atomically(path: str | os.PathLike[str], text: str | bytes) -> None:
    """Replace *path* with *text* (UTF-8 if it is text) in one step, or leave it as it was.

    A new file gets the permissions any new file would get (the umask
    applies); a replaced file keeps its own.

    :raises OutputError: naming *path* and the reason, when any step fails;
        the temporary file is removed and the earlier file is untouched.
    """
    target = Path(path)
    temporary: str | None = None
    try:
        mode = _mode_for(target)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
        data = text.encode("utf-8") if isinstance(text, str) else text
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).chmod(mode)
        Path(temporary).replace(target)
        temporary = None
    except OSError as error:
        reason = error.strerror or str(error)
        raise OutputError(f"cannot write {target}: {reason}; nothing was changed") from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()


def _mode_for(target: Path) -> int:
    """The permission bits the written file should have."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
