"""Where ``resources/`` is: one helper for the whole program, kept in the hardware layer (which
may not import ``terminal``); see :mod:`hardware.resource_files`."""

from __future__ import annotations

from hardware.resource_files import ResourcesMissing, resource_path, resources_dir

__all__ = ["ResourcesMissing", "resource_path", "resources_dir"]
