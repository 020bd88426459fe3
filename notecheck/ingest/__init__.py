"""Loading call transcripts and collector notes from every supported file format."""

from notecheck.ingest.errors import LoadError
from notecheck.ingest.loader import FORMATS, CallStream, Skipped, discover, is_supported, load_call, open_call

__all__ = ["FORMATS", "CallStream", "LoadError", "Skipped", "discover", "is_supported", "load_call", "open_call"]
