"""Where ``resources/`` is: inside the source tree, or installed as ``loyalty_resources``."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    try:
        import loyalty_resources  # installed wheel or editable install
        return Path(next(iter(loyalty_resources.__path__)))
    except ImportError:
        return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
