"""Suite-wide fixtures: no test may touch the user's real library or settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
                   ) -> Iterator[None]:
    """Point the default library, XDG folders and HOME at a temporary place."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("CHUGIAI_HOME", str(home / "library"))
    yield


@pytest.fixture
def seeds_path() -> Path:
    return Path(__file__).resolve().parent.parent / "seeds"
