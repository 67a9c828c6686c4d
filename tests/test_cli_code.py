"""The real ``redline`` command in a subprocess: outputs, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from redline.schema import validation_errors

REPO = Path(__file__).resolve().parent.parent
STORY = ("# title: Standoff\n# published: 2021-12-06\n\n"
         "Russia denied on Monday that it plans to invade Ukraine. \"We threaten no one,\" "
         "Kremlin spokesman Dmitry Peskov said. NATO foreign ministers met in Riga.\n")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "redline", *args], capture_output=True,
                          text=True, input=stdin, timeout=300, cwd=REPO)


def test_cli_version_does_not_load_spacy() -> None:
    code = "import sys; from redline.cli import main; main(['--version'])"
    out = subprocess.run([sys.executable, "-c", code + "; "], capture_output=True, text=True)
    assert out.stdout.startswith("redline ")
    probe = subprocess.run([sys.executable, "-c", "import sys\nfrom redline.cli import app, "
                            "_register_plugins\n_register_plugins()\nprint('spacy' in sys.modules)"],
                           capture_output=True, text=True)
    assert probe.stdout.strip() == "False"


@pytest.mark.parametrize("args", [["--help"], ["code", "--help"], ["bench", "--help"]])
def test_cli_help_does_not_load_spacy(args: list[str]) -> None:
    code = (f"import sys\nfrom redline.cli import main\ntry:\n    main({args!r})\n"
            "except SystemExit:\n    pass\nprint('spacy loaded:', 'spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "Usage" in out.stdout
    assert out.stdout.strip().endswith("spacy loaded: False")


@pytest.mark.parametrize(("args", "message"), [
    (["code", "/no/such/file"], "no such file"),
    (["code", "--format", "xml", "x"], "unknown --format"),
    (["code", "--published", "soon", "-"], "--published"),
    (["eval", "plover", "--data", "/no/such.jsonl"], "not found"),
])
def test_cli_usage_errors_exit_2_with_one_line(args: list[str], message: str) -> None:
    out = run(*args, stdin="")
    assert out.returncode == 2
    assert message in out.stderr
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_cli_code_text_html_jsonl_validate(tmp_path: Path) -> None:
    from tests.test_ingest_formats import HTML

    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.html").write_text(HTML)
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c1", "text": STORY}) + "\n")
    out = run("code", str(tmp_path / "a.txt"), str(tmp_path / "b.html"), str(tmp_path / "c.jsonl"))
    assert out.returncode == 0, out.stderr
    docs = [json.loads(line) for line in out.stdout.splitlines()]
    assert [d["title"] for d in docs] == ["Standoff", "Talks in Geneva", None]
    for doc in docs:
        assert validation_errors(doc) == []
        assert doc["sentences"] and not doc["errors"]


@pytest.mark.slow
def test_cli_batch_with_bad_files_writes_every_document_and_exits_1(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(STORY)
    (src / "empty.txt").write_text("")
    (src / "blob.html").write_bytes(bytes(range(256)) * 16)
    (src / "batch.jsonl").write_text('{"text": "Iran rejected the offer."}\n{oops\n')
    out = run("code", str(src), "-o", str(tmp_path / "out.jsonl"))
    assert out.returncode == 1
    docs = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert len(docs) == 5
    codes = sorted(e["code"] for d in docs for e in d["errors"])
    assert codes == ["binary", "empty", "json"]
    assert "Traceback" not in out.stderr


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["json", "csv", "parquet"])
def test_cli_code_other_formats(tmp_path: Path, fmt: str) -> None:
    src = tmp_path / "a.txt"
    src.write_text(STORY)
    dest = tmp_path / f"out.{fmt}"
    out = run("code", str(src), "--format", fmt, "-o", str(dest))
    assert out.returncode == 0, out.stderr
    if fmt == "json":
        assert json.loads(dest.read_text())[0]["title"] == "Standoff"
    elif fmt == "csv":
        assert dest.read_text().startswith("doc_id,")
    else:
        import pyarrow.parquet as pq

        assert "doc_id" in pq.read_table(dest).column_names


def test_cli_every_command_is_documented_in_readme() -> None:
    from redline.cli import _register_plugins, app, eval_app

    _register_plugins()
    readme = (REPO / "README.md").read_text()
    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    names += [f"eval {c.name}" for c in eval_app.registered_commands]
    missing = [n for n in names if f"redline {n}" not in readme]
    assert not missing, f"commands missing from README: {missing}"


@pytest.mark.parametrize("command", ["code", "ingest"])
def test_cli_dask_refuses_user_dictionaries(tmp_path: Path, command: str) -> None:
    out = run(command, str(tmp_path), "--engine", "dask", "--dictionaries", str(tmp_path),
              "-o" if command == "code" else "--db", str(tmp_path / "out"))
    assert out.returncode == 2 and "not supported with --engine dask" in out.stderr
