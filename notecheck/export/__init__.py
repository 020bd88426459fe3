"""Exporting flags to CSV, JSON Lines and Excel, optionally with personal numbers masked."""

from notecheck.export.masking import mask_text
from notecheck.export.writers import COLUMNS, FORMATS, export_rows

__all__ = ["COLUMNS", "FORMATS", "export_rows", "mask_text"]
