"""B-cubed precision and recall of request linking over many mailboxes parsed as ONE input.

The truth is "every message belongs to the request of its own file" (each dev mailbox
holds one request). The linker never sees file names as a signal for mailboxes; this
script only uses them to score. Referral requests a thread opens count as part of their
parent's request family (``--strict`` scores them as separate requests).

    .venv/bin/python scripts/bcubed.py ../shared/dev/mailboxes
    .venv/bin/python scripts/bcubed.py ../shared/dev/mailboxes --min 0.98
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from correspondence import ParseOptions, parse


def bcubed(truth: dict[object, str], predicted: dict[object, str]) -> tuple[float, float]:
    """B-cubed (precision, recall) of ``predicted`` against ``truth`` (item -> cluster)."""
    items = list(truth)
    by_truth: dict[str, set[object]] = defaultdict(set)
    by_pred: dict[str, set[object]] = defaultdict(set)
    for item in items:
        by_truth[truth[item]].add(item)
        by_pred[predicted[item]].add(item)
    precision = recall = 0.0
    for item in items:
        pred = by_pred[predicted[item]]
        gold = by_truth[truth[item]]
        both = len(pred & gold)
        precision += both / len(pred)
        recall += both / len(gold)
    n = len(items) or 1
    return precision / n, recall / n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", help="folder of mailboxes, one request per file")
    ap.add_argument("--min", type=float, default=None, help="exit 1 if precision or recall is below")
    ap.add_argument("--strict", action="store_true", help="referral requests count as separate")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misplaced messages")
    args = ap.parse_args(argv)
    paths = sorted(p for p in Path(args.folder).iterdir() if p.is_file() or p.is_dir())
    result = parse(paths, ParseOptions())
    root: dict[str, str] = {}
    parents = {r.key: r.parent_key for r in result.requests}
    for key in parents:
        k = key
        while not args.strict and parents.get(k):
            k = parents[k]  # type: ignore[assignment]
        root[key] = k
    truth: dict[object, str] = {}
    pred: dict[object, str] = {}
    for m in result.messages:
        item = (m.source, m.index)
        truth[item] = m.source
        pred[item] = root.get(m.request_key or "", m.request_key or f"unlinked:{item}")
    p, r = bcubed(truth, pred)
    print(f"messages {len(truth)}  files {len(set(truth.values()))}  requests {len(set(pred.values()))}")
    print(f"bcubed_precision {p:.4f}")
    print(f"bcubed_recall {r:.4f}")
    if args.verbose:
        majority: dict[str, str] = {}
        for src in set(truth.values()):
            keys = [pred[i] for i in truth if truth[i] == src]
            majority[src] = max(set(keys), key=keys.count)
        for item in sorted(truth, key=str):
            if pred[item] != majority[truth[item]]:
                print(f"  {item}: in {pred[item]}, its file's request is {majority[truth[item]]}")
    if args.min is not None and (p < args.min or r < args.min):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
