"""`chugiai gui --screenshot` works on a machine without a display (it switches to offscreen)."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from desktop_app.paths import headless_platform


def test_screenshot_without_a_display(tmp_path: Path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    out = tmp_path / "shot.png"
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "gui", "--library", str(tmp_path / "lib"),
         "--screenshot", str(out), "--size", "1300x800"],
        capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1300, 800)


def test_offscreen_only_when_needed():
    env: dict[str, str] = {}
    headless_platform(True, env, "linux")
    assert env == {"QT_QPA_PLATFORM": "offscreen"}
    for environ, platform in (({"DISPLAY": ":0"}, "linux"), ({"WAYLAND_DISPLAY": "w"}, "linux"),
                              ({"QT_QPA_PLATFORM": "xcb"}, "linux"), ({}, "win32"),
                              ({}, "darwin")):
        before = dict(environ)
        headless_platform(True, environ, platform)
        assert environ == before
    env = {}
    headless_platform(False, env, "linux")
    assert env == {}
