"""Never half a file: unwritable destinations, cancellation and write failures leave no trace."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop_app.export import ExportOptions, ExportScope, OutputError, export_report
from desktop_app.workspace import Cancelled, CancelToken, Workspace

OLD = b"an older report the user still has"


_AS_NOBODY = """
import os, sys
from pathlib import Path
from desktop_app.export import ExportOptions, ExportScope, OutputError, export_report
from desktop_app.workspace import open_workspace
ws = open_workspace(sys.argv[1], seed=False)
ws.documents()
import docx, encodings.cp437  # noqa: E401  load what the export needs while still allowed
docx.Document()
os.setgid(65534)
os.setuid(65534)  # from here on folder permissions apply, the open library stays usable
try:
    export_report(ws, ExportScope("all"), ExportOptions(), Path(sys.argv[2]))
except OutputError as exc:
    print("OutputError:", exc)
"""


def test_read_only_folder_raises_output_error_and_leaves_nothing(library: Workspace,
                                                                  tmp_path: Path) -> None:
    # Directly under the system temp folder: pytest's own folders are private to their owner.
    folder = Path(tempfile.mkdtemp(prefix="chugiai-locked-"))
    folder.chmod(0o555)
    try:
        if os.geteuid() != 0:
            with pytest.raises(OutputError, match="permission denied"):
                export_report(library, ExportScope("all"), ExportOptions(), folder / "r.docx")
        else:  # root ignores permissions: export as an unprivileged user instead
            result = subprocess.run(
                [sys.executable, "-c", _AS_NOBODY, str(library.folder), str(folder / "r.docx")],
                capture_output=True, text=True, timeout=120, check=True,
            )
            assert "OutputError: cannot write" in result.stdout, result.stderr
            assert "permission denied" in result.stdout, result.stdout
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


@pytest.mark.parametrize("make", ["parent-is-file", "missing-folder", "is-folder"])
def test_unwritable_destinations_raise_output_error(library: Workspace, tmp_path: Path,
                                                    make: str) -> None:
    if make == "parent-is-file":
        (tmp_path / "file").write_text("x")
        out = tmp_path / "file" / "r.docx"
    elif make == "missing-folder":
        out = tmp_path / "nowhere" / "r.docx"
    else:
        out = tmp_path / "r.docx"
        out.mkdir()
    with pytest.raises(OutputError, match="cannot write"):
        export_report(library, ExportScope("all"), ExportOptions(), out)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        {"parent-is-file": ["file"], "missing-folder": [], "is-folder": ["r.docx"]}[make])


def test_cancel_midway_keeps_old_file_and_leaves_no_temp(library: Workspace,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "report.docx"
    out.write_bytes(OLD)
    token = CancelToken()
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, what: str) -> None:
        seen.append((done, total, what))
        if done == 2:
            token.cancel()

    with pytest.raises(Cancelled):
        export_report(library, ExportScope("all"), ExportOptions(full_text=True), out,
                      progress=progress, cancel=token)
    assert out.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]
    assert seen[-1][0] == 2 and seen[0][1] == len(library.documents()) + 1


def test_success_replaces_old_file_and_reports_progress_to_the_end(library: Workspace,
                                                                   tmp_path: Path) -> None:
    out = tmp_path / "report.docx"
    out.write_bytes(OLD)
    seen: list[tuple[int, int, str]] = []
    export_report(library, ExportScope("all"), ExportOptions(), out,
                  progress=lambda d, t, w: seen.append((d, t, w)))
    assert out.read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]
    assert seen[-1] == (seen[-1][1], seen[-1][1], "done")
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)


_FAILING_WRITE = """
import resource, signal, sys
from pathlib import Path
from desktop_app.export import ExportOptions, ExportScope, OutputError, export_report
from desktop_app.workspace import open_workspace
ws = open_workspace(sys.argv[1], seed=False)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
try:
    export_report(ws, ExportScope("all"), ExportOptions(full_text=True), Path(sys.argv[2]))
except OutputError as exc:
    print("OutputError:", exc)
"""


def test_write_failure_midway_keeps_old_file(library: Workspace, tmp_path: Path) -> None:
    """A real write error (file size limit, like a full disk) in the middle of saving."""
    out = tmp_path / "report.docx"
    out.write_bytes(OLD)
    result = subprocess.run(
        [sys.executable, "-c", _FAILING_WRITE, str(library.folder), str(out)],
        capture_output=True, text=True, timeout=120, check=True,
    )
    assert "OutputError: cannot write" in result.stdout
    assert out.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]
