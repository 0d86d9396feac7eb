"""The command line, as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from correspondence.cli import main

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "email" / "plain-acknowledgement.eml"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_parse_jsonl_follows_the_contract(capsys):
    code, out, _ = run(capsys, "parse", str(FIXTURE), "--format", "jsonl")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    messages = [r for r in records if r["kind"] == "message"]
    assert len(messages) == 1
    m = messages[0]
    for key in ("source", "index", "request_key", "sender", "role", "portal", "sent_at", "body",
                "tracking_numbers", "duplicate_of", "events", "quoted_messages"):
        assert key in m
    assert m["sent_at"].startswith("2026-03-02")
    assert m["index"] == 0


def test_parse_csv_has_one_row_per_event(capsys):
    code, out, _ = run(capsys, "parse", str(FIXTURE), "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and rows[0]["source"].endswith("plain-acknowledgement.eml")
    assert "type" in rows[0] and "evidence" in rows[0]


def test_parse_sqlite_for_datasette(tmp_path, capsys):
    db = tmp_path / "out.db"
    code, _, _ = run(capsys, "parse", str(FIXTURE), "--format", "sqlite", "-o", str(db))
    assert code == 0
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from messages").fetchone()[0] == 1
    tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    assert {"messages", "events", "requests"} <= tables


def test_parse_parquet(tmp_path, capsys):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    code, _, _ = run(capsys, "parse", str(FIXTURE), "--format", "parquet", "-o", str(path))
    assert code == 0
    assert pq.read_table(path).num_rows >= 1


def test_binary_format_needs_output_file(capsys):
    code, _, err = run(capsys, "parse", str(FIXTURE), "--format", "sqlite")
    assert code == 2
    assert "needs -o" in err


def test_missing_file_is_one_line_error_and_others_still_parse(capsys, tmp_path):
    missing = tmp_path / "nope.mbox"
    code, out, err = run(capsys, "parse", str(missing), str(FIXTURE))
    assert code == 1
    assert err.strip().splitlines() == [f"correspondence: error: {missing}: no such file or folder"]
    assert len([line for line in out.splitlines() if '"kind": "message"' in line]) == 1


def test_unrecognised_file_names_the_reason(capsys, tmp_path):
    junk = tmp_path / "photo.bin"
    junk.write_bytes(bytes(range(256)) * 10)
    code, _, err = run(capsys, "parse", str(junk))
    assert code == 1
    assert str(junk) in err and "not a format" in err


def test_unknown_reader(capsys):
    code, _, err = run(capsys, "parse", str(FIXTURE), "--reader", "nosuch")
    assert code != 0
    assert "no reader named 'nosuch'" in err


def test_schema_prints_the_event_union(capsys):
    code, out, _ = run(capsys, "schema", "event")
    assert code == 0
    schema = json.loads(out)
    assert schema["discriminator"]["propertyName"] == "type"
    assert len(schema["oneOf"]) == 19


def test_summary_goes_to_stdout_with_output_file(capsys, tmp_path):
    dest = tmp_path / "out" / "events.jsonl"
    code, out, _ = run(capsys, "parse", str(FIXTURE), "--summary", "-o", str(dest))
    assert code == 0
    assert dest.exists() and dest.read_text().count('"kind": "message"') == 1
    assert "1 messages" in out and "wrote 1 messages" in out


def test_every_command_is_documented_in_the_readme():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    for command in ("parse", "requests", "schema", "readers"):
        assert f"correspondence {command}" in readme


def test_python_dash_m_runs():
    proc = subprocess.run([sys.executable, "-m", "correspondence", "--version"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and "correspondence" in proc.stdout
