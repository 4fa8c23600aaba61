"""Where the shipped resources are (receipt templates, fonts, translations, styles, demo data).

One helper for every package: the terminal's ``terminal.resource_files`` re-exports it, and the
hardware layer uses it directly (it may not import ``terminal``). The wheel installs
``resources/`` as the package ``loyalty_resources``, found with :mod:`importlib.resources`; an
editable install maps that name onto the source tree; a bare checkout that was never installed
falls back to the ``resources/`` directory beside the code.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources, util
from pathlib import Path

PACKAGE = "loyalty_resources"
_SOURCE_TREE = Path(__file__).resolve().parents[1] / "resources"


class ResourcesMissing(RuntimeError):
    """The program's resources cannot be found: a broken or partial installation."""


def _installed_dir() -> Path | None:
    try:
        spec = util.find_spec(PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    try:
        root = resources.files(PACKAGE)
    except (OSError, TypeError, ValueError):
        # An editable install made before the package had an __init__.py maps it as a namespace
        # package whose path also holds a setuptools path hook: Python 3.11's reader refuses it.
        root = None
    if isinstance(root, Path):
        return root if root.is_dir() else None
    if root is not None and not any(Path(entry).is_dir() for entry in spec.submodule_search_locations or ()):
        # A zipped install: every consumer (fonts, Qt translations) needs real files.
        raise ResourcesMissing(f"the package {PACKAGE} is not installed as files ({root}); reinstall it with pip")
    return next((Path(entry) for entry in spec.submodule_search_locations or () if Path(entry).is_dir()), None)


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    found = _installed_dir()
    if found is not None:
        return found
    if _SOURCE_TREE.is_dir():
        return _SOURCE_TREE
    raise ResourcesMissing(f"cannot find the package {PACKAGE} nor {_SOURCE_TREE}; reinstall loyalty-terminal")


def resource_path(*parts: str) -> Path:
    """``resource_path("receipts", "receipt.tmpl")``: the path of a shipped file (it may not exist)."""
    return resources_dir().joinpath(*parts)
