"""Annotation commands as a script would use them: real libraries, real files, exit codes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.workspace import open_workspace

ASTRAL_DOC = (
    "Biên bản 😀 họp 𝔘 chi bộ 𠀋\n\n"
    "Đồng chí Nguyễn Văn An phát biểu về kế hoạch 😀 số 12-KH/ĐU năm 2023.\n\n"
    "Hội nghị thống nhất giao Văn phòng 𝔘 tổng hợp ý kiến. Hội nghị kết thúc lúc 11 giờ."
)


@pytest.fixture(scope="module")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One seeded library, copied for each test (seeding runs the extractor: slow)."""
    lib = tmp_path_factory.mktemp("template") / "lib"
    assert main(["--library", str(lib), "list"]) == 0
    return lib


@pytest.fixture
def lib(seeded_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    target = tmp_path / "lib"
    shutil.copytree(seeded_template, target)
    capsys.readouterr()
    return target


def run(capsys: pytest.CaptureFixture[str], *argv: str, code: int = 0) -> str:
    assert main(list(argv)) == code
    captured = capsys.readouterr()
    return captured.out if code == 0 else captured.err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    return json.loads(run(capsys, *argv, "--json"))


def custom_library(folder: Path, files: dict[str, str]) -> dict[str, int]:
    """A library holding only ``files`` (name -> text); returns name -> document id."""
    src = folder.parent / (folder.name + "-src")
    src.mkdir(parents=True)
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    with open_workspace(folder, seed=False) as ws:
        report = ws.import_paths([src])
        assert report.ok, report.failed
        return {Path(path).name: doc_id for path, doc_id in report.added}


def first_doc(capsys: pytest.CaptureFixture[str], lib: Path) -> dict:
    docs = run_json(capsys, "--library", str(lib), "list")
    return min(docs, key=lambda d: d["id"])


def test_annotate_stores_quote_note_tags_and_lists_them(lib, capsys):
    doc = first_doc(capsys, lib)
    shown = run_json(capsys, "--library", str(lib), "show", str(doc["id"]))
    text = shown["clean_text"]
    saved = run_json(capsys, "--library", str(lib), "annotate", str(doc["id"]),
                     "--quote", "Hội nghị", "--occurrence", "2", "--note", "**quan trọng**",
                     "--tag", "sự kiện", "--tag", "cần kiểm tra", "--colour", "#85c1e9",
                     "--author", "Lan")
    second = text.index("Hội nghị", text.index("Hội nghị") + 1)
    assert (saved["start"], saved["end"]) == (second, second + len("Hội nghị"))
    assert text[saved["start"]:saved["end"]] == saved["quote"] == "Hội nghị"
    assert saved["prefix"] == text[max(0, second - len(saved["prefix"])):second]
    assert saved["tags"] == ["sự kiện", "cần kiểm tra"]
    assert (saved["note"], saved["colour"], saved["author"]) == ("**quan trọng**", "#85c1e9", "Lan")

    listed = run_json(capsys, "--library", str(lib), "annotations")
    assert [n["id"] for n in listed] == [saved["id"]]
    assert listed[0]["document_title"] == doc["title"]
    assert run_json(capsys, "--library", str(lib), "annotations", "--tag", "sự kiện") == listed
    assert run_json(capsys, "--library", str(lib), "annotations", "--tag", "khác") == []
    out = run(capsys, "--library", str(lib), "annotations", "--document", str(doc["id"]))
    assert "sự kiện, cần kiểm tra" in out and "1 note(s)" in out


def test_annotate_reports_a_missing_quote_clearly(lib, capsys):
    doc = first_doc(capsys, lib)
    err = run(capsys, "--library", str(lib), "annotate", str(doc["id"]),
              "--quote", "không hề có trong văn bản", code=1)
    assert "không hề có trong văn bản" in err and "occurs 0 time" in err
    err = run(capsys, "--library", str(lib), "annotate", str(doc["id"]),
              "--quote", "Hội nghị", "--occurrence", "500", code=1)
    assert "occurrence 500" in err
    err = run(capsys, "--library", str(lib), "annotate", "9999", "--quote", "x", code=1)
    assert "no document #9999" in err
    err = run(capsys, "--library", str(lib), "annotate", str(doc["id"]), "--quote", "Hội nghị",
              "--colour", "red; evil", code=1)
    assert "colour" in err
    assert run_json(capsys, "--library", str(lib), "annotations") == []


def test_astral_characters_do_not_shift_offsets(tmp_path, capsys):
    lib = tmp_path / "lib"
    ids = custom_library(lib, {"bien-ban.txt": ASTRAL_DOC})
    doc_id = ids["bien-ban.txt"]
    quote = "kế hoạch 😀 số 12-KH/ĐU"
    saved = run_json(capsys, "--library", str(lib), "annotate", str(doc_id), "--quote", quote)
    with open_workspace(lib, seed=False) as ws:
        text = ws.document(doc_id).clean_text
    assert text[saved["start"]:saved["end"]] == quote == saved["quote"]
    assert saved["start"] == text.index(quote)


def test_export_then_import_into_a_new_library_gives_the_same_notes(lib, tmp_path, capsys):
    docs = run_json(capsys, "--library", str(lib), "list")
    by_id = {d["id"]: d for d in docs}
    a, b = sorted(by_id)[:2]
    run(capsys, "--library", str(lib), "annotate", str(a), "--quote", "Hội nghị",
        "--note", "ghi chú *một*\n- ý 1\n- ý 2", "--tag", "sự kiện", "--author", "Lan")
    run(capsys, "--library", str(lib), "annotate", str(b), "--quote", "Chỉ thị",
        "--occurrence", "2", "--tag", "văn bản", "--tag", "sự kiện", "--colour", "#c39bd3")
    run(capsys, "--library", str(lib), "annotate", str(b), "--quote", "Hội nghị")  # highlight
    out_file = tmp_path / "notes.jsonld"
    run(capsys, "--library", str(lib), "export-annotations", "--out", str(out_file))
    exported = json.loads(out_file.read_text(encoding="utf-8"))
    assert exported["type"] == "AnnotationCollection" and exported["total"] == 3

    fresh = tmp_path / "fresh"
    result = run_json(capsys, "--library", str(fresh), "import-annotations", str(out_file))
    assert len(result["imported"]) == 3
    assert result["orphaned"] == result["unmatched"] == result["already_present"] == []

    def comparable(library: Path) -> list[tuple]:
        notes = run_json(capsys, "--library", str(library), "annotations")
        return sorted((n["document_title"], n["start"], n["end"], n["quote"], n["prefix"],
                       n["suffix"], n["note"], tuple(n["tags"]), n["colour"], n["author"],
                       n["created"], n["modified"], n["orphaned"]) for n in notes)

    assert comparable(fresh) == comparable(lib)
    # Importing the same file again adds nothing.
    again = run_json(capsys, "--library", str(fresh), "import-annotations", str(out_file))
    assert again["imported"] == [] and len(again["already_present"]) == 3
    assert len(comparable(fresh)) == 3


def test_export_of_one_document_only(lib, tmp_path, capsys):
    a, b = sorted(d["id"] for d in run_json(capsys, "--library", str(lib), "list"))[:2]
    run(capsys, "--library", str(lib), "annotate", str(a), "--quote", "Hội nghị")
    run(capsys, "--library", str(lib), "annotate", str(b), "--quote", "Hội nghị")
    out_file = tmp_path / "one.jsonld"
    assert run_json(capsys, "--library", str(lib), "export-annotations", "--out", str(out_file),
                    "--document", str(b))["exported"] == 1
    err = run(capsys, "--library", str(lib), "export-annotations", "--out", str(out_file),
              "--document", "9999", code=1)
    assert "#9999" in err
    err = run(capsys, "--library", str(lib), "export-annotations",
              "--out", str(tmp_path / "no-such-folder" / "x.jsonld"), code=1)
    assert "does not exist" in err
    assert json.loads(out_file.read_text(encoding="utf-8"))["total"] == 1  # untouched


def test_import_reanchors_against_changed_text_and_reports_orphans(tmp_path, capsys):
    old_text = ("Báo cáo tổng kết\n\nĐoạn mở đầu nói về công tác năm qua.\n\n"
                "Đoạn hai nêu kết quả kiểm tra tại 12 đơn vị.\n\nĐoạn ba sẽ bị xoá hẳn khỏi bản sau.")
    new_text = ("Báo cáo tổng kết\n\nPhần mới thêm vào đầu văn bản, đủ dài để dời mọi vị trí.\n\n"
                "Đoạn mở đầu nói về công tác năm qua.\n\nĐoạn hai nêu kết quả kiểm tra tại 12 đơn vị.")
    old_lib, new_lib = tmp_path / "old", tmp_path / "new"
    old_id = custom_library(old_lib, {"bao-cao.txt": old_text})["bao-cao.txt"]
    new_id = custom_library(new_lib, {"bao-cao.txt": new_text})["bao-cao.txt"]
    run(capsys, "--library", str(old_lib), "annotate", str(old_id),
        "--quote", "kết quả kiểm tra tại 12 đơn vị", "--note", "số liệu")
    run(capsys, "--library", str(old_lib), "annotate", str(old_id),
        "--quote", "sẽ bị xoá hẳn", "--note", "đoạn này sẽ mất")
    out_file = tmp_path / "x.jsonld"
    run(capsys, "--library", str(old_lib), "export-annotations", "--out", str(out_file))
    out = run(capsys, "--library", str(new_lib), "import-annotations", str(out_file))
    assert "1 imported, 1 orphaned (to re-attach), 0 unmatched" in out
    notes = {n["note"]: n for n in run_json(capsys, "--library", str(new_lib), "annotations")}
    moved = notes["số liệu"]
    assert moved["document_id"] == new_id and not moved["orphaned"]
    assert new_text[moved["start"]:moved["end"]] == "kết quả kiểm tra tại 12 đơn vị"
    lost = notes["đoạn này sẽ mất"]
    assert lost["orphaned"] and lost["quote"] == "sẽ bị xoá hẳn"  # kept for review, not dropped


def test_import_lists_notes_of_unknown_documents(lib, tmp_path, capsys):
    other = tmp_path / "other"
    doc_id = custom_library(other, {"rieng.txt": ASTRAL_DOC})["rieng.txt"]
    run(capsys, "--library", str(other), "annotate", str(doc_id), "--quote", "chi bộ")
    out_file = tmp_path / "x.jsonld"
    run(capsys, "--library", str(other), "export-annotations", "--out", str(out_file))
    result = run_json(capsys, "--library", str(lib), "import-annotations", str(out_file))
    assert result["imported"] == [] and len(result["unmatched"]) == 1
    assert result["unmatched"][0]["quote"] == "chi bộ"
    bad = tmp_path / "bad.jsonld"
    bad.write_text('{"type": "Nothing"}', encoding="utf-8")
    err = run(capsys, "--library", str(lib), "import-annotations", str(bad), code=1)
    assert "not a W3C annotation document" in err
    bad.write_text("{not json", encoding="utf-8")
    assert "not JSON" in run(capsys, "--library", str(lib), "import-annotations", str(bad), code=1)


@pytest.mark.slow
def test_note_survives_sigkill_right_after_success(lib, capsys):
    doc = first_doc(capsys, lib)
    with subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--library", str(lib), "annotate", str(doc["id"]),
         "--quote", "Hội nghị", "--note", "ghi chú không được mất", "--tag", "bền vững"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        line = proc.stdout.readline().decode("utf-8")
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        problem = proc.stderr.read().decode("utf-8")
    assert line.startswith("note #"), problem
    note_id = int(line.split()[1].lstrip("#"))
    with open_workspace(lib, seed=False) as ws:
        notes = ws.annotations(doc["id"])
        assert [(n.id, n.note, n.tags) for n in notes] == [
            (note_id, "ghi chú không được mất", ("bền vững",))]
        assert ws.store.db.integrity_problems() == []
