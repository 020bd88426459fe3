"""`python -m notecheck` is the `notecheck` command."""

import sys

from notecheck.cli import main

if __name__ == "__main__":
    sys.exit(main())
