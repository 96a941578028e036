"""``python -m twitchfacts``: the same as the ``twitchfacts`` command."""

from __future__ import annotations

import sys

from twitchfacts.cli import main

if __name__ == "__main__":
    sys.exit(main())
