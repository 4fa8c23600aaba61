"""The program as users install it: from the wheel, not from the source tree.

An editable install finds ``resources/`` beside the code, so it hides package data the wheel
forgets (ARCHITECTURE, pitfalls). This builds the wheel, unpacks it into a directory of its own
and runs the program from there, in a working directory outside the checkout, with that
directory first on the path (so nothing comes from the source tree)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    source = tmp_path_factory.mktemp("source")  # a copy: building in the checkout would leave build/ there
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for name in ("terminal", "hardware", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(out)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    wheel = next(out.glob("loyalty_terminal-*.whl"))
    target = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(target)
    return target, names


def run_installed(target: Path, cwd: Path, code: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=cwd, env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_wheel_ships_every_resource_and_no_screenshots(installed):
    _target, names = installed
    for needed in ("loyalty_resources/receipts/receipt.tmpl",
                   "loyalty_resources/fonts/DejaVuSansMono.ttf", "loyalty_resources/translations/loyalty_tr.qm",
                   "loyalty_resources/styles/till.qss", "loyalty_resources/demo/program.toml", "loyalty_resources/demo/demo.db"):
        assert needed in names, needed
    assert not [n for n in names if "screenshots" in n]


def test_installed_hardware_and_terminal_find_their_resources(installed, tmp_path):
    target, _ = installed
    answer = run_installed(target, tmp_path, """
        import json, hardware, terminal
        from hardware.resource_files import resources_dir
        from hardware.receipts import CardSlip, StoreHeader, render_png, render_text
        from hardware.receipts.barcodes import mono_font
        from terminal.resource_files import resource_path
        slip = CardSlip(store=StoreHeader("Corner Market"), member_name="Ada", card_number="2900100000017",
                        issued_at="2026-03-03 12:00")
        page = render_png(slip, "slip.png")
        print(json.dumps({"hardware": hardware.__file__, "terminal": terminal.__file__,
                          "resources": str(resources_dir()), "same": resource_path() == resources_dir(),
                          "text": render_text(slip, 48), "font": type(mono_font(20)).__name__,
                          "png": page.image.size[1]}))
    """)
    for key in ("hardware", "terminal", "resources"):
        assert answer[key].startswith(str(target)), answer
    assert answer["same"]
    assert "2900100000017" in answer["text"]
    assert answer["font"] == "FreeTypeFont"        # the bundled DejaVu, not Pillow's fallback
    assert answer["png"] > 200 and (tmp_path / "slip.png").stat().st_size > 1000


def test_installed_till_loads_its_style_and_turkish(installed, tmp_path):
    target, _ = installed
    answer = run_installed(target, tmp_path, """
        import json
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication
        from terminal.ui.i18n import Translations
        from terminal.ui.main import stylesheet
        app = QApplication([])
        translations = Translations()
        translations.install("tr")
        print(json.dumps({"qss": len(stylesheet()),
                          "tr": QCoreApplication.translate("SalePanel", "Complete sale (F12)")}))
    """)
    assert answer["qss"] > 1000
    assert answer["tr"] == "Satışı tamamla (F12)"


def test_no_module_looks_for_resources_beside_its_own_file():
    """Resources are found through one helper (hardware.resource_files), never by a path
    computed from a module's ``__file__`` (which only works in the source tree)."""
    offenders = []
    for top in ("terminal", "hardware"):
        for path in (ROOT / top).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if path.name != "resource_files.py" and "__file__" in text and "resources" in text:
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
