"""Runs one fixture (an input beside its ``.expected.json``) and lists what differs.

The expected-file format is written in docs/fixtures.md. Every listed key is checked;
keys left out are not.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

from correspondence import ParseOptions, parse
from correspondence.export import write

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", (text or "").lower())


def fixture_cases() -> list[tuple[Path, Path]]:
    cases = []
    for expected in sorted(FIXTURES.rglob("*.expected.json")):
        stem = expected.name[: -len(".expected.json")]
        inputs = [p for p in expected.parent.iterdir()
                  if p.name != expected.name and (p.stem == stem or p.name == stem)
                  and not p.name.endswith(".expected.json")]
        if len(inputs) != 1:
            raise AssertionError(f"{expected}: want exactly one input named {stem}.*, found {inputs}")
        cases.append((inputs[0], expected))
    return cases


def run_fixture(path: Path, expected_file: Path) -> tuple[list[str], set[str], str]:
    """Return (differences, rule ids that fired, the JSONL output)."""
    want: dict[str, Any] = json.loads(expected_file.read_text(encoding="utf-8"))
    options = ParseOptions(reader=want.get("reader_override"), as_of=None)
    result = parse(path, options)
    out = io.StringIO()
    write("jsonl", result.messages, result.requests, out)
    raw = out.getvalue()
    records = [json.loads(line) for line in raw.splitlines()]
    got = [r for r in records if r["kind"] == "message"]
    reqs = [r for r in records if r["kind"] == "request"]
    diffs: list[str] = []
    rules = {e.rule for m in result.messages for e in m.events if e.rule}
    wanted = want.get("messages", [])
    if len(got) != len(wanted):
        diffs.append(f"{len(got)} messages, want {len(wanted)}: "
                     + " | ".join(repr(m['body'][:50]) for m in got))
    for i, (w, g) in enumerate(zip(wanted, got, strict=False)):
        where = f"message {i}"
        for key in ("sender", "role", "portal", "duplicate_of", "tracking_number"):
            if key in w and g.get(key) != w[key]:
                diffs.append(f"{where}: {key} {g.get(key)!r}, want {w[key]!r}")
        if "sent_at" in w and str(g.get("sent_at") or "")[: len(w["sent_at"])] != w["sent_at"]:
            diffs.append(f"{where}: sent_at {g.get('sent_at')!r}, want {w['sent_at']!r}")
        if "events" in w:
            types = sorted({e["type"] for e in g["events"]})
            if types != sorted(set(w["events"])):
                diffs.append(f"{where}: events {types}, want {sorted(set(w['events']))}")
        if "tracking_numbers" in w and sorted(g["tracking_numbers"]) != sorted(w["tracking_numbers"]):
            diffs.append(f"{where}: tracking_numbers {g['tracking_numbers']}, want {w['tracking_numbers']}")
        for snippet in w.get("body_contains", []):
            if _squash(snippet) not in _squash(g["body"]):
                diffs.append(f"{where}: body lacks {snippet!r}: {g['body'][:200]!r}")
        for snippet in w.get("body_excludes", []):
            if _squash(snippet) in _squash(g["body"]):
                diffs.append(f"{where}: body still has {snippet!r}")
        if "quoted_messages" in w and len(g["quoted_messages"]) != w["quoted_messages"]:
            diffs.append(f"{where}: {len(g['quoted_messages'])} quoted messages, want {w['quoted_messages']}")
        for name, value in (w.get("fields") or {}).items():
            if not _field_ok(g["events"], name, value):
                diffs.append(f"{where}: no event with {name}={value!r}: {g['events']}")
    for i, w in enumerate(want.get("requests", [])):
        if i >= len(reqs):
            diffs.append(f"request {i} missing")
            continue
        for key, value in w.items():
            if reqs[i].get(key) != value:
                diffs.append(f"request {i}: {key} {reqs[i].get(key)!r}, want {value!r}")
    for secret in want.get("secrets", []):
        if secret in raw:
            diffs.append(f"secret {secret[:6]}... reached the output")
    return diffs, rules, raw


def _field_ok(events: list[dict[str, Any]], name: str, want: Any) -> bool:
    if name == "documents":
        return any(len(e.get("documents") or []) == want for e in events)
    if name == "reason_contains":
        return any(_squash(want) in _squash(e.get("reason") or "") for e in events)
    if name == "amount":
        return any(e.get("amount") is not None and abs(float(e["amount"]) - want) < 0.01 for e in events)
    if name == "exemptions":
        return any(sorted(e.get("exemptions") or []) == sorted(want) for e in events)
    return any(str(e.get(name) or "")[:10] == str(want) for e in events)
