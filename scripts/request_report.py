"""Request records against what is known: gold threads and MuckRock's own statuses.

    .venv/bin/python scripts/request_report.py gold ../shared/eval/gold
    .venv/bin/python scripts/request_report.py muckrock ../shared/real/muckrock \
        --completed ../shared/real/muckrock-completed-2022-12-01.requests.json

``gold``: for every labelled thread, how many requests it yields (top-level and with the
referral requests it opens), whether the request's tracking number is the thread's, and
its status against the label. ``muckrock``: for every MuckRock JSON thread, our final
status next to MuckRock's (threads in the completed list are all "done"), with the last
events, so each disagreement can be explained.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from correspondence import ParseOptions, parse
from correspondence.models import Request


def _pick(requests: list[Request], tracking: str | None) -> Request | None:
    """The scorer's choice: the request carrying the thread's number, else the first."""
    for r in requests:
        if tracking and any(t.value == tracking for t in r.tracking_numbers):
            return r
    return requests[0] if requests else None


def gold(folder: Path, root: Path) -> int:
    ok = total = one = tn_ok = tn_total = 0
    for f in sorted(folder.rglob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        result = parse(root / g["thread"], ParseOptions())
        top = [r for r in result.requests if not r.parent_key]
        r = _pick(result.requests, g.get("tracking_number"))
        one += len(top) == 1
        if g.get("tracking_number"):
            tn_total += 1
            tn_ok += bool(r and r.tracking_number == g["tracking_number"])
        mark = "  "
        if g.get("status"):
            total += 1
            good = bool(r and r.status == g["status"])
            ok += good
            mark = "ok" if good else "XX"
        print(f"{mark} {f.stem[:42]:42} requests {len(top)}+{len(result.requests) - len(top)}"
              f"  number {r.tracking_number if r else None} (gold {g.get('tracking_number')})"
              f"  status {r.status if r else None} (gold {g.get('status')})")
    print(f"one request per thread: {one}/{len(list(folder.rglob('*.json')))}")
    print(f"request tracking number = thread's: {tn_ok}/{tn_total}")
    print(f"request status = gold: {ok}/{total}")
    return 0


def muckrock(folder: Path, completed: Path | None) -> int:
    done_ids: set[int] = set()
    if completed:
        done_ids = {d["id"] for d in json.loads(completed.read_text(encoding="utf-8"))}
    counts: Counter[str] = Counter()
    listed: Counter[str] = Counter()
    for f in sorted(folder.glob("*.json")):
        foia = json.loads(f.read_text(encoding="utf-8"))
        result = parse(f, ParseOptions())
        r = _pick([x for x in result.requests if not x.parent_key], None)
        status = (r.status if r else None) or "-"
        counts[status] += 1
        in_list = foia.get("id") in done_ids
        if in_list:
            listed[status] += 1
        tail = []
        for m in result.messages[-3:]:
            tail.append(f"{m.role or '?'}:{'+'.join(e.type for e in m.events) or '-'}")
        flag = "  " if status in ("done", "partial") else "<>"
        print(f"{flag} {f.stem[:45]:45} {'listed' if in_list else '      '} {status:10}"
              f" {r.disposition if r else ''!s:26} last: {', '.join(tail)}")
    n = sum(counts.values())
    agree = counts["done"] + counts["partial"]
    print(f"done or partial: {agree}/{n}  {dict(counts)}")
    if done_ids:
        m = sum(listed.values())
        print(f"  of those in the completed list: {listed['done'] + listed['partial']}/{m}  {dict(listed)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    g = sub.add_parser("gold")
    g.add_argument("folder", type=Path)
    g.add_argument("--root", type=Path, default=None, help="folder the gold 'thread' paths start from")
    m = sub.add_parser("muckrock")
    m.add_argument("folder", type=Path)
    m.add_argument("--completed", type=Path, default=None)
    args = ap.parse_args(argv)
    if args.what == "gold":
        return gold(args.folder, args.root or args.folder.resolve().parent.parent)
    return muckrock(args.folder, args.completed)


if __name__ == "__main__":
    sys.exit(main())
