#!/usr/bin/env python3
"""Build an invented evaluation set: SET/specs/NAME.txt -> SET/threads/NAME.mbox + SET/NAME.json.

One builder for eval/blind, eval/train2 and eval/train3 (rebuilds are byte-identical). One
spec holds a thread's facts and its messages, so the mailbox and its labels cannot drift
apart. Run from anywhere:

    python3 eval/build.py eval/blind                  # every spec of a set
    python3 eval/build.py eval/train3/specs/X.txt     # one spec

Spec format (see specs/*.txt): a header of `key: value` lines (title, agency, requester,
tracking_number, status, secrets separated by ` | `), then one block per message opening
with a line `--- message`. A block is `key: value` lines, a blank line, then the plain
body. Keys: from, to, cc, date (YYYY-MM-DD HH:MM +ZZZZ), subject, format (plain | alt | html |
portal | portalhtml: portal table layout with no plain part), brand (portal banner), headers (`Name: value ; Name: value`), sender, role, portal, events, optional,
tracking (a number, or `null` to label "names none"; absent = not labelled), fields (JSON),
dup (index), note, quote (`gmail N` | `outlook N` | `original N` | `forward N`: append
message N as quoted history, or as a Gmail "Forwarded message" block), starts (the snippet
that identifies the message).

A body may end with one or more attachments: a line `=== attach NAME.txt` starts one;
the text after it (to the next such line) is sent as a text/plain attachment
(Content-Disposition: attachment), not as part of the body.
"""
from __future__ import annotations

import email.utils
import hashlib
import html
import json
import mailbox
import re
import sys
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

URL = re.compile(r"https?://[^\s)>\]]+")


def parse_spec(text: str) -> tuple[dict, list[dict]]:
    head, *blocks = re.split(r"^--- message\s*$", text, flags=re.M)
    meta = dict(_kv(line) for line in head.strip().splitlines() if line.strip())
    msgs = []
    for block in blocks:
        block = block.lstrip("\n")
        top, _, body = block.partition("\n\n")
        m = dict(_kv(line) for line in top.splitlines() if line.strip())
        body, *atts = re.split(r"^=== attach ", body, flags=re.M)
        m["body"] = body.rstrip() + "\n"
        m["attachments"] = [(a.partition("\n")[0].strip(), a.partition("\n")[2].strip() + "\n") for a in atts]
        msgs.append(m)
    return meta, msgs


def _kv(line: str) -> tuple[str, str]:
    key, _, value = line.partition(":")
    return key.strip(), value.strip()


def when(m: dict) -> datetime:
    return datetime.strptime(m["date"], "%Y-%m-%d %H:%M %z")


def quote_block(kind: str, q: dict) -> str:
    dt = when(q)
    body = q["own"].rstrip()
    if kind == "forward":
        stamp = dt.strftime("%a, %b %-d, %Y at %-I:%M %p")
        return (f"\n\n---------- Forwarded message ---------\nFrom: {q['from']}\nDate: {stamp}\n"
                f"Subject: {q['subject']}\nTo: {q['to']}\n\n{body}\n")
    if kind == "gmail":
        stamp = dt.strftime("%a, %b %-d, %Y at %-I:%M %p")
        lines = "\n".join(("> " + ln) if ln else ">" for ln in body.splitlines())
        return f"\n\nOn {stamp} {q['from'].replace(chr(34), '')} wrote:\n{lines}\n"
    stamp = dt.strftime("%A, %B %-d, %Y %-I:%M %p")
    head = (f"From: {q['from']}\nSent: {stamp}\nTo: {q['to']}\nSubject: {q['subject']}\n\n")
    rule = "________________________________" if kind == "outlook" else "-----Original Message-----"
    return f"\n\n{rule}\n{head}{body}\n"


def to_html(text: str, portal: bool, title: str = "") -> str:
    parts = []
    for para in re.split(r"\n\s*\n", text.strip()):
        first, _, rest = para.partition("\n")
        if para.startswith("On ") and first.rstrip().endswith("wrote:"):
            inner = "<br>\n".join(html.escape(ln[1:].lstrip(" ")) for ln in rest.splitlines())
            parts.append(f'<div class="gmail_quote"><div class="gmail_attr">{html.escape(first)}</div>'
                         f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                         f'border-left:1px #ccc solid;padding-left:1ex">{inner}</blockquote></div>')
            continue
        esc = html.escape(para)
        esc = URL.sub(lambda mm: f'<a href="{mm.group(0)}">{mm.group(0)}</a>', esc)
        parts.append("<p>" + esc.replace("\n", "<br>\n") + "</p>")
    inner = "\n".join(parts)
    if not portal:
        return f'<html><body><div dir="ltr" style="font-family:Arial,sans-serif">\n{inner}\n</div></body></html>\n'
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>"
        "<body style=\"margin:0;background:#f2f4f6;font-family:Helvetica,Arial,sans-serif\">\n"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr>"
        "<td align=\"center\" style=\"padding:20px\">\n"
        "<table role=\"presentation\" width=\"600\" style=\"background:#fff;border:1px solid #d5dae0\">\n"
        f"<tr><td style=\"padding:16px 28px;border-bottom:3px solid #2a5d8f;font-size:19px;"
        f"font-weight:bold\">{html.escape(title)}</td></tr>\n"
        f"<tr><td style=\"padding:22px 28px;font-size:14px;line-height:21px\">\n{inner}\n</td></tr>\n"
        "</table></td></tr></table>\n</body></html>\n"
    )


def build_message(m: dict, meta: dict, idx: int, name: str) -> mailbox.mboxMessage:
    dt = when(m)
    msg = EmailMessage()
    msg["From"] = m["from"]
    msg["To"] = m["to"]
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = email.utils.format_datetime(dt)
    addr = email.utils.parseaddr(m["from"])[1]
    domain = addr.split("@")[-1] or "example.org"
    digest = hashlib.sha1(f"{name}/{idx}".encode()).hexdigest()
    msg["Message-ID"] = f"<{digest[:24]}.{idx}@{domain}>"
    for h in filter(None, (x.strip() for x in m.get("headers", "").split(" ; "))):
        k, _, v = h.partition(":")
        msg[k.strip()] = v.strip()
    body = m["full"]
    fmt = m.get("format", "plain")
    cte = "quoted-printable" if fmt in ("alt", "portal", "html", "portalhtml") else None
    title = m.get("brand") or email.utils.parseaddr(m["from"])[0]
    if fmt == "html":
        msg.set_content(to_html(body, False), subtype="html", cte=cte)
    elif fmt == "portalhtml":
        msg.set_content(to_html(body, True, title), subtype="html", cte=cte)
    else:
        msg.set_content(body, cte=cte) if cte else msg.set_content(body)
        if fmt in ("alt", "portal"):
            msg.add_alternative(to_html(body, fmt == "portal", title), subtype="html", cte=cte)
            # a fixed boundary keeps rebuilt mailboxes byte-identical
            msg.set_boundary(f"=_{digest[:20]}")
    for n, (fname, text) in enumerate(m.get("attachments", [])):
        msg.add_attachment(text, subtype="plain", filename=fname)
        msg.set_boundary(f"=_mixed{n}_{digest[:16]}")
    box_msg = mailbox.mboxMessage(msg)
    box_msg.set_from(addr or "MAILER-DAEMON", dt.astimezone(tz=None).utctimetuple())
    return box_msg


def gold_message(m: dict) -> dict:
    g: dict = {
        "sender": m.get("sender") or email.utils.parseaddr(m["from"])[0] or email.utils.parseaddr(m["from"])[1],
        "role": m["role"],
        "portal": None if m.get("portal", "null") == "null" else m["portal"],
        "starts": m["starts"],
        "events": m["events"].split(),
    }
    if m.get("optional"):
        g["optional"] = m["optional"].split()
    if "tracking" in m:
        g["tracking_number"] = None if m["tracking"] == "null" else m["tracking"]
    if m.get("fields"):
        g["fields"] = json.loads(m["fields"])
    if m.get("dup"):
        g["duplicate_of"] = int(m["dup"])
    if m.get("note"):
        g["note"] = m["note"]
    g["date"] = m["date"][:10]
    return g


def build(spec: Path) -> None:
    name = spec.stem
    folder = spec.resolve().parent.parent  # SET/specs/NAME.txt
    meta, msgs = parse_spec(spec.read_text(encoding="utf-8"))
    for m in msgs:
        m["own"] = m["body"]
        m["full"] = m["body"]
        if m.get("quote"):
            kind, n = m["quote"].split()
            m["full"] = m["body"].rstrip() + quote_block(kind, msgs[int(n)])
    out = folder / "threads" / f"{name}.mbox"
    out.parent.mkdir(exist_ok=True)
    out.unlink(missing_ok=True)
    box = mailbox.mbox(out)
    box.lock()
    try:
        for i, m in enumerate(msgs):
            box.add(build_message(m, meta, i, name))
        box.flush()
    finally:
        box.unlock()
        box.close()
    gold = {
        "thread": f"threads/{name}.mbox",
        "title": meta["title"],
        "agency": meta["agency"],
        "requester": meta["requester"],
        # "null" in a spec means the thread never gets a number, as it does for a message
        "tracking_number": None if meta.get("tracking_number", "null") == "null" else meta["tracking_number"],
        "status": meta["status"],
        "secrets": [s.strip() for s in meta.get("secrets", "").split(" | ") if s.strip()],
        "messages": [gold_message(m) for m in msgs],
    }
    lines = ",\n".join("    " + json.dumps(g, ensure_ascii=False) for g in gold["messages"])
    head = {k: v for k, v in gold.items() if k != "messages"}
    text = json.dumps(head, ensure_ascii=False, indent=2)[:-2] + ',\n  "messages": [\n' + lines + "\n  ]\n}\n"
    (folder / f"{name}.json").write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    specs: list[Path] = []
    for arg in map(Path, argv):
        specs.extend(sorted((arg / "specs").glob("*.txt")) if arg.is_dir() else [arg])
    for spec in specs:
        build(spec)
        print(f"built {spec.stem}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
