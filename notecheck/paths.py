"""Where notecheck finds its shipped files and keeps the user's data."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
SHIPPED_RULES = PROJECT_DIR / "rules"
RESOURCES = PROJECT_DIR / "resources"
SAMPLES = RESOURCES / "samples"


def data_dir() -> Path:
    """The user's notecheck data folder (created on first use)."""
    path = user_data_path("notecheck", appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path
