"""`python -m notecheck` is the `notecheck` command."""

import sys

from notecheck.cli import main

sys.exit(main())
