"""Before Qt starts: can it open a window on this machine?

Qt's xcb platform plugin needs a dozen system libraries (``libxcb-cursor0``, ``libxcb-icccm4``,
``libxcb-keysyms1``...) that a fresh Debian or Ubuntu desktop may lack. Without them Qt prints
"Could not load the Qt platform plugin" and aborts with a core dump. :func:`platform_problem`
finds out first, with ``ldd`` on the plugin (no Qt is loaded to ask), and says in one plain
sentence what is missing and the ``apt-get`` line that installs it. No Qt import here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Shared libraries of Qt 6's xcb and offscreen plugins (and of QtGui under them) and the
# Debian/Ubuntu packages that ship them. README's apt-get line is this list.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def plugin_path(platform: str) -> Path | None:
    """Where PySide6 keeps the platform plugin ``platform`` (``xcb``, ``offscreen``...)."""
    try:
        import PySide6  # the package only: no Qt library is loaded by this
    except ImportError:
        return None
    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / f"libq{platform}.so"
    return path if path.exists() else None


def missing_libraries(library: Path, ldd: str | None = None) -> list[str]:
    """The shared libraries ``library`` needs that the dynamic linker cannot find."""
    ldd = ldd or shutil.which("ldd")
    if ldd is None:
        return []
    try:
        output = subprocess.run([ldd, str(library)], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(set(_NOT_FOUND.findall(output)))


def explain_missing(missing: list[str]) -> str:
    packages = sorted({DEBIAN_PACKAGES.get(name, name) for name in missing})
    return ("Loyalty Terminal cannot open its window because this computer lacks system libraries that Qt needs "
            f"({', '.join(missing)}); on Debian or Ubuntu install them with: "
            f"sudo apt-get install {' '.join(packages)}")


def platform_problem(environ: dict | None = None, *, system: str = sys.platform,
                     find_plugin=plugin_path, find_missing=missing_libraries) -> str | None:
    """One sentence saying why Qt could not open a window here, or None when nothing is in the way."""
    env = os.environ if environ is None else environ
    if not system.startswith("linux"):
        return None
    platform = (env.get("QT_QPA_PLATFORM") or "").split(";")[0].split(":")[0].strip()
    if not platform:
        if env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY"):
            return None  # Qt picks Wayland; its plugin needs no extra xcb libraries
        platform = "xcb"
    if platform == "xcb" and not env.get("DISPLAY"):
        return ("Loyalty Terminal cannot open its window because there is no display: start it from the desktop "
                "session (DISPLAY is not set), or set QT_QPA_PLATFORM=offscreen to run it without a screen.")
    plugin = find_plugin(platform)
    if plugin is None:
        return None
    missing = find_missing(plugin)
    return explain_missing(missing) if missing else None
