#!/usr/bin/env python3
"""Build the held-out threads (raw mbox) and their gold labels from the specs in specs_*.py.

The text of every message was written by hand for this set; this script only wraps it in
RFC 5322 headers, MIME parts (plain + optional HTML alternative, quoted-printable), reply
threading and quoted history, and writes the gold JSON beside it so the labels and the
mail can never drift apart.

    python eval/heldout/build.py          # rewrites threads/*.mbox and *.json
"""
from __future__ import annotations

import hashlib
import html
import json
import mailbox
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
UNSET = object()


@dataclass
class M:
    frm: tuple[str, str]
    to: tuple[str, str]
    date: str  # "YYYY-MM-DD HH:MM:SS +ZZZZ", the sender's local time
    subject: str
    body: str
    role: str
    events: list[str]
    starts: str
    optional: list[str] = field(default_factory=list)
    tracking: object = UNSET  # UNSET: no label; None: must have none; str: the number
    fields: dict = field(default_factory=dict)
    portal: str | None = None
    html: bool = False  # add a text/html alternative
    html_only: bool = False
    quote: str | None = None  # "gmail", "outlook" or "above_line": quote the previous message
    quote_of: int | None = None  # index of the quoted message (default: the previous one)
    headers: dict = field(default_factory=dict)
    cc: tuple[str, str] | None = None
    sender: str | None = None  # gold sender (default: display name)
    duplicate_of: int | None = None
    note: str | None = None


@dataclass
class Thread:
    name: str
    title: str
    agency: str
    requester: str
    tracking_number: str | None
    status: str
    messages: list[M]
    secrets: list[str] = field(default_factory=list)


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M:%S %z")


def _to_html(text: str, portal: str | None) -> str:
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    out = []
    for p in paras:
        esc = html.escape(p)
        esc = re.sub(r"(https?://[^\s)&]+(?:&amp;[^\s)]+)*)", r'<a href="\1">\1</a>', esc)
        out.append("<p style=\"margin:0 0 12px 0;font-size:14px;line-height:20px;\">"
                   + esc.replace("\n", "<br>\n") + "</p>")
    inner = "\n".join(out)
    if portal:
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
                "<body style=\"margin:0;background:#f3f4f6;font-family:Arial,sans-serif;\">\n"
                "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
                "<tr><td align=\"center\" style=\"padding:20px 8px;\">\n"
                "<table role=\"presentation\" width=\"620\" style=\"background:#ffffff;\">"
                "<tr><td style=\"padding:24px 28px;\">\n" + inner +
                "\n</td></tr></table></td></tr></table>\n</body></html>\n")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head><body><div dir=\"ltr\" style=\"font-family:Calibri,Arial,sans-serif;\">\n"
            + inner + "\n</div></body></html>\n")


def _quoted(kind: str, prev: M, prev_date: datetime) -> str:
    name, addr = prev.frm
    body = prev.body.rstrip()
    if kind == "gmail":
        when = prev_date.strftime("%a, %b %-d, %Y at %-I:%M %p")
        lines = "\n".join(("> " + ln) if ln else ">" for ln in body.splitlines())
        return f"\n\nOn {when} {name} <{addr}> wrote:\n{lines}\n"
    if kind == "outlook":
        when = prev_date.strftime("%A, %B %-d, %Y %-I:%M %p")
        to = prev.to[0] or prev.to[1]
        return (f"\n\n________________________________\nFrom: {name} <{addr}>\nSent: {when}\n"
                f"To: {to}\nSubject: {prev.subject}\n\n{body}\n")
    if kind == "above_line":
        when = prev_date.strftime("%m/%d/%Y %-I:%M %p")
        return f"\n\n--- Please respond above this line ---\n\nOn {when}, {name} wrote:\n{body}\n"
    raise ValueError(kind)


def build(thread: Thread) -> None:
    threads_dir = HERE / "threads"
    threads_dir.mkdir(exist_ok=True)
    path = threads_dir / f"{thread.name}.mbox"
    if path.exists():
        path.unlink()
    box = mailbox.mbox(str(path))
    ids: list[str] = []
    gold_msgs = []
    for i, m in enumerate(thread.messages):
        dt = _dt(m.date)
        domain = m.frm[1].split("@")[1]
        digest = hashlib.sha1(f"{thread.name}/{i}/{m.date}".encode()).hexdigest()
        msgid = f"<{digest[:24]}.{digest[24:34]}@{domain}>"
        ids.append(msgid)
        text = m.body.rstrip() + "\n"
        if m.quote:
            q = i - 1 if m.quote_of is None else m.quote_of
            text += _quoted(m.quote, thread.messages[q], _dt(thread.messages[q].date))
        msg = EmailMessage()
        msg["From"] = formataddr(m.frm)
        msg["To"] = formataddr(m.to)
        if m.cc:
            msg["Cc"] = formataddr(m.cc)
        msg["Subject"] = m.subject
        msg["Date"] = format_datetime(dt)
        msg["Message-ID"] = msgid
        if i and m.subject.lower().startswith(("re:", "fw:", "fwd:")):
            msg["In-Reply-To"] = ids[i - 1]
            msg["References"] = " ".join(ids[max(0, i - 3):i])
        for k, v in m.headers.items():
            msg[k] = v
        if m.html_only:
            msg.set_content(_to_html(text, m.portal), subtype="html", cte="quoted-printable")
        else:
            msg.set_content(text, cte="quoted-printable")
            if m.html:
                msg.add_alternative(_to_html(text, m.portal), subtype="html", cte="quoted-printable")
        mm = mailbox.mboxMessage(msg)
        mm.set_from(m.frm[1], time.gmtime(dt.timestamp()))
        box.add(mm)
        g: dict = {"sender": m.sender or m.frm[0], "role": m.role, "portal": m.portal,
                   "starts": m.starts, "events": m.events}
        if m.optional:
            g["optional"] = m.optional
        if m.tracking is not UNSET:
            g["tracking_number"] = m.tracking
        if m.fields:
            g["fields"] = m.fields
        if m.duplicate_of is not None:
            g["duplicate_of"] = m.duplicate_of
        g["date"] = dt.date().isoformat()
        if m.note:
            g["note"] = m.note
        gold_msgs.append(g)
    box.flush()
    box.close()
    gold = {"thread": f"threads/{thread.name}.mbox", "title": thread.title, "agency": thread.agency,
            "requester": thread.requester, "tracking_number": thread.tracking_number,
            "status": thread.status, "secrets": thread.secrets, "messages": gold_msgs}
    lines = [json.dumps({k: v for k, v in gold.items() if k != "messages"}, ensure_ascii=False)[:-1]
             + ', "messages": [']
    lines.append(",\n".join("    " + json.dumps(g, ensure_ascii=False) for g in gold_msgs))
    lines.append("]}")
    (HERE / f"{thread.name}.json").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    sys.path.insert(0, str(HERE))
    threads: list[Thread] = []
    for spec in sorted(HERE.glob("specs_*.py")):
        ns: dict = {"M": M, "Thread": Thread}
        exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), ns)
        threads.extend(ns["THREADS"])
    for t in threads:
        build(t)
    print(f"built {len(threads)} threads, {sum(len(t.messages) for t in threads)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
