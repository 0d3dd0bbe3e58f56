"""Where things live: the library folder and the bundled resources.

The library folder is chosen, in order, by ``--library DIR``, the ``CHUGIAI_HOME`` environment
variable, and the per-user data folder that appdirs gives for this platform. Every difference
between Windows, macOS and Linux that the app cares about (folders, whether a display exists) is
decided in this module and nowhere else.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

APP_NAME = "ChuGiai"
ENV_HOME = "CHUGIAI_HOME"


def default_library_dir() -> Path:
    """The per-user library folder (e.g. ``~/.local/share/ChuGiai/library`` on Linux)."""
    import appdirs  # small, but only needed here

    return Path(appdirs.user_data_dir(APP_NAME, False)) / "library"


def resolve_library_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The library folder to use, from the command line, the environment or the default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    return default_library_dir()


def bundle_root() -> Path:
    """Folder holding ``seeds/`` and ``resources/``: the source checkout or a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def seeds_dir() -> Path:
    """The sample documents a new library starts with."""
    return bundle_root() / "seeds"


def resources_dir() -> Path:
    """Icons, translations and gazetteers shipped with the app."""
    return bundle_root() / "resources"


def headless_platform(screenshot: bool, environ: MutableMapping[str, str],
                      platform: str = sys.platform) -> None:
    """Render screenshots offscreen on a display-less X11/Wayland system (CI, servers).

    Without a display Qt aborts with "could not load the Qt platform plugin xcb"; a picture
    needs no window on screen. Windows and macOS have no DISPLAY variable and need none, and
    an explicit QT_QPA_PLATFORM is respected.
    """
    if (screenshot and platform not in ("win32", "darwin") and "QT_QPA_PLATFORM" not in environ
            and not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY")):
        environ["QT_QPA_PLATFORM"] = "offscreen"
