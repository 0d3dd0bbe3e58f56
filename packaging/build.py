"""Build the one-folder application for this platform and smoke-test it (``make package``).

Steps: render icons, write the Windows version resource, run PyInstaller on ``chugiai.spec``,
lay out the Linux desktop files beside the binary, print the bundle size, then run the built
binary offscreen on a fresh library: list the seeds, search, export a DOCX, take a screenshot.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
APP_ID = "io.github.chugiai.ChuGiai"


def run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    print("+", " ".join(cmd), flush=True)
    return subprocess.run(cmd, check=True, text=True, **kwargs)  # type: ignore[call-overload]


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from desktop_app import __version__

    return __version__


def write_windows_version_file(ver: str) -> None:
    parts = [int(p) for p in (ver.split(".") + ["0", "0", "0"])[:4]]
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple(parts)}, prodvers={tuple(parts)}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[StringFileInfo([StringTable('042A04B0', [
      StringStruct('CompanyName', 'The Chú Giải developers'),
      StringStruct('FileDescription', 'Chú Giải — Vietnamese document reader'),
      StringStruct('FileVersion', '{ver}'), StringStruct('InternalName', 'chugiai'),
      StringStruct('OriginalFilename', 'chugiai.exe'), StringStruct('ProductName', 'Chú Giải'),
      StringStruct('ProductVersion', '{ver}')])]),
    VarFileInfo([VarStruct('Translation', [0x042A, 1200])])]
)
"""
    target = ROOT / "build" / "version_info.txt"
    target.parent.mkdir(exist_ok=True)
    target.write_text(text, encoding="utf-8")


def install_linux_desktop_files(app_dir: Path) -> None:
    share = app_dir / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy(PACKAGING / "linux" / f"{APP_ID}.desktop", share / "applications")
    shutil.copy(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml", share / "metainfo")
    shutil.copytree(PACKAGING / "icons" / "build" / "hicolor", share / "icons" / "hicolor",
                    dirs_exist_ok=True)
    for tool, args in (("desktop-file-validate", [str(share / "applications" / f"{APP_ID}.desktop")]),
                       ("appstreamcli", ["validate", "--no-net",
                                         str(share / "metainfo" / f"{APP_ID}.metainfo.xml")])):
        if shutil.which(tool):
            run([tool, *args])
        else:
            print(f"({tool} not installed: skipped validation)")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def smoke_test(binary: Path) -> None:
    """Run the frozen app like a user would, offscreen, on a fresh library."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        lib = Path(tmp) / "library"
        common = ["--library", str(lib)]
        out = run([str(binary), *common, "list", "--json"], env=env, capture_output=True)
        docs = json.loads(out.stdout)
        assert len(docs) == 5, f"expected the five seeds, got {len(docs)}"
        out = run([str(binary), *common, "search", "bảo vệ chính trị nội bộ", "--json"], env=env,
                  capture_output=True)
        assert json.loads(out.stdout)["total"] == 5, "search did not find the seeds"
        report = Path(tmp) / "report.docx"
        run([str(binary), *common, "export", "--all", "--out", str(report)], env=env)
        with zipfile.ZipFile(report) as docx:
            assert "word/document.xml" in docx.namelist()
        shot = Path(tmp) / "window.png"
        run([str(binary), *common, "gui", "--open", str(docs[0]["id"]), "--screenshot", str(shot)],
            env=env, timeout=120)
        assert shot.stat().st_size > 10_000, "the window screenshot is empty"
    print("smoke test passed: seeds listed, search, DOCX export, window rendered")


def main() -> int:
    ver = version()
    run([sys.executable, str(PACKAGING / "icons" / "make_icons.py"), str(PACKAGING / "icons" / "build")])
    if sys.platform == "win32":
        write_windows_version_file(ver)
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", str(DIST),
         "--workpath", str(ROOT / "build" / "pyinstaller"), str(PACKAGING / "chugiai.spec")])
    app_dir = DIST / "chugiai"
    if sys.platform.startswith("linux"):
        install_linux_desktop_files(app_dir)
    size = folder_size(app_dir)
    print(f"bundle: {app_dir} — {size / 2**20:.0f} MiB in "
          f"{sum(1 for p in app_dir.rglob('*') if p.is_file())} files (chugiai {ver})")
    binary = app_dir / ("chugiai.exe" if sys.platform == "win32" else "chugiai")
    smoke_test(binary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
