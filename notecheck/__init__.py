"""notecheck: audit debt-collection calls and collector notes for prohibited practices.

The core (ingest, rulebook, matching, store, review) never imports Qt; `notecheck.qt` is the
only package that does.
"""

__version__ = "0.1.0"
