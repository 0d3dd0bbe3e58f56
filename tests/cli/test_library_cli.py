"""The library commands as a script would use them: exit codes and JSON shapes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from seed_expectations import SEED_METADATA

from desktop_app.cli.main import main


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_fresh_library_lists_the_seeds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = run_json(capsys, "--library", str(tmp_path), "list")
    got = {d["file_name"][:3]: (d["title"], d["date"], d["author"]) for d in docs}
    assert got == SEED_METADATA
    assert all(d["entity_count"] > 0 for d in docs)


def test_show_seed_004_has_its_lead_once_and_no_furniture(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = run_json(capsys, "--library", str(tmp_path), "list")
    (seed,) = [d for d in docs if d["file_name"].startswith("004_")]
    shown = run_json(capsys, "--library", str(tmp_path), "show", str(seed["id"]))
    text = shown["clean_text"]
    lead = "Bảo vệ chính trị nội bộ là một bộ phận trọng yếu trong công tác xây dựng Đảng;"
    assert text.count(lead) == 1
    for furniture in ("Hưởng ứng “Ngày thế giới", "Tổng số điểm", "Click để đánh giá",
                      "Đang truy cập", "Tổng lượt truy cập", "Bạn đã không sử dụng Site",
                      "Những tin mới hơn", "laichau.gov.vn", "Thứ tư - 13/09/2023"):
        assert furniture not in text, furniture
    assert text.splitlines()[-1] not in {"top", "down"}
    removed = " ".join(block["text"] for block in shown["furniture"])
    assert "Tổng lượt truy cập" in removed and "Click để đánh giá" in removed
    assert {"entities", "legal_refs", "roles", "annotations"} <= shown.keys()


def test_import_reports_failures_and_exits_non_zero(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Bài viết về Đà Nẵng\n\nThành phố Đà Nẵng phát triển du lịch.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "import", str(good), str(empty), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [r["path"] for r in report["added"]] == [str(good)]
    assert report["failed"][0]["path"] == str(empty) and report["failed"][0]["reason"]


def test_remove_and_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = str(tmp_path)
    docs = run_json(capsys, "--library", lib, "list")
    removed = run_json(capsys, "--library", lib, "remove", str(docs[0]["id"]))
    assert removed == {"removed": [docs[0]["id"]], "missing": []}
    assert main(["--library", lib, "remove", "9999"]) == 1
    capsys.readouterr()
    check = run_json(capsys, "--library", lib, "check")
    assert check["ok"] and check["documents"] == 4


def test_console_script_and_module_entry_point(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--library", str(tmp_path), "list", "--json"],
        capture_output=True, text=True, check=True, timeout=120,
    )
    assert len(json.loads(out.stdout)) == 5


def test_entities_lists_canonical_entities(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(capsys, "--library", str(tmp_path), "entities", "--type", "LEGAL_DOC")
    by_key = {r["key"]: r for r in rows}
    assert by_key["Chỉ thị 39-CT/TW"]["documents"] == 2
    assert all(r["type"] == "LEGAL_DOC" for r in rows)
    people = run_json(capsys, "--library", str(tmp_path), "entities", "--type", "person")
    assert any(r["key"] == "Phan Thăng An" and r["mentions"] >= 4 for r in people)


def test_reextract_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = run_json(capsys, "--library", str(tmp_path), "reextract")
    assert out["documents"] == 5 and out["entities"] > 100
