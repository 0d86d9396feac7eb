"""Benchmark: read and parse a large synthetic mailbox (not a test).

    python bench/bench_mailbox.py                    # 10,000 and 100,000 messages
    python bench/bench_mailbox.py --sizes 10000      # one size
    python bench/bench_mailbox.py --compare-mime     # stdlib compat32 / policy.default / mail-parser

Generates a varied mbox (portal notices plain and HTML-only, agency letters with PDF
attachments, replies quoting earlier mail, forwarded messages attached as message/rfc822,
UTF-8, Latin-1, Windows-1252 and mislabelled charsets, encoded-word headers), then runs
each measurement in a fresh subprocess, so peak memory (ru_maxrss) belongs to that
measurement alone:

(a) read: ``correspondence.sources.read`` (split + MIME + headers + body choice + attachments)
(b) whole parse: ``pipeline.stream`` (every stage, linking, requests) + JSONL export to
    /dev/null, exactly what ``correspondence parse --format jsonl`` does

Figures printed as JSON lines and as a table; docs/performance.md quotes them. msg/cpu-s
counts the main process only; "reader MiB" is the peak of the forked reading process of
a two-process parse (inputs of 2 MB or more), "peak MiB" that of the main process.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from email.utils import format_datetime
from pathlib import Path
from quopri import encodestring

# --- synthetic corpus (invented agencies and people) -----------------------------------

AGENCIES = [
    ("Riverbend County Sheriff's Office", "records@riverbendsheriff.example.gov", "RCSO"),
    ("City of Lake Marlow", "cityclerk@lakemarlow.example.gov", "LM"),
    ("Department of Coastal Permits", "foia@coastalpermits.example.gov", "DCP"),
    ("Northfield Unified School District", "publicrecords@nusd.example.org", "NUSD"),
    ("State Bureau of Weights and Measures", "openrecords@sbwm.example.gov", "SBWM"),
]
PEOPLE = [
    ("Marisol Quintero-Byrne", "marisol.qb@example.net"),
    ("Dieter Åkesson", "dieter.akesson@example.org"),
    ("Zoë Hartwell", "zoe.hartwell@example.com"),
    ("Anselm Okafor", "anselm.okafor@example.net"),
]
ZONES = ["-0500", "-0400", "-0600", "-0700", "-0800", "+0000"]
PARAS = [
    "We have received your request for records under the state public records act and "
    "assigned it the tracking number shown above. Please refer to it in all correspondence.",
    "Due to the volume of responsive material and the need to consult with other offices, "
    "we require an additional ten business days to respond to your request.",
    "The estimated cost to fulfil your request is {fee}. Payment may be made by check or "
    "through the portal. Work will begin once the deposit is received.",
    "Some records have been redacted under the exemption for personal privacy; the "
    "redacted portions are marked on each page, and you may appeal this decision.",
    "Attached please find the records responsive to your request. This completes our "
    "response and the request is now closed.",
    "A search of our files found no records responsive to your request as written. "
    "You may wish to narrow or rephrase the request and submit it again.",
    "Could you please clarify the date range you are interested in? Without a range the "
    "search would cover more than twenty years of paper files held off site.",
]
REPLIES = [
    "Thank you for the update. Could you tell me when I can expect the first installment?",
    "I agree to narrow the request to the calendar years 2021 and 2022 as you suggest.",
    "Please find my payment confirmation below. I look forward to receiving the records.",
    "I believe the withholding is overbroad and ask that you reconsider the redactions.",
]
ACCENTED = "Café façade, naïve coöperation, São Tomé, Zoë, Ångström, déjà vu — “quoted” ‘words’"


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing ``lines`` (Helvetica), built without any library."""
    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "72 740 Td"]
    ops += [f"({esc(line)}) Tj T*" for line in lines]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _fake_pdf(rng: random.Random) -> bytes:
    lines = [rng.choice(PARAS)[:90].format(fee="$25.00") for _ in range(rng.randint(10, 40))]
    return make_pdf(lines)


def _qp(text: str, charset: str) -> str:
    return encodestring(text.encode(charset, "replace")).decode("ascii")


def _b64(data: bytes) -> str:
    enc = base64.encodebytes(data).decode("ascii")
    return enc


def _html(paras: list[str]) -> str:
    cells = "".join(f"<tr><td>Item {i}</td><td>Page {i * 3}</td></tr>" for i in range(1, 6))
    inner = "".join(f'<p style="margin:0 0 12px 0;font-family:Arial">{p}</p>' for p in paras)
    return (
        '<html><head><meta charset="utf-8"><style>p{margin:0} .x{color:#333}</style></head>'
        f'<body><div class="wrapper" style="max-width:600px">{inner}'
        f'<table border="1">{cells}</table><ul><li>Incident_Report_2024.pdf</li>'
        '<li>Dispatch_Log.xlsx</li></ul><p><a href="https://portal.example.gov/r/abc">View request</a></p>'
        '<img src="https://track.example.com/p.gif" width="1" height="1"></div></body></html>'
    )


def _headers(rng: random.Random, i: int, sender: str, to: str, subject: str, when: float, zone: str,
             extra: str = "") -> str:
    import datetime as dt

    hours = int(zone[:3])
    tz = dt.timezone(dt.timedelta(hours=hours))
    date = format_datetime(dt.datetime.fromtimestamp(when, tz))
    return (
        f"From: {sender}\nTo: {to}\nSubject: {subject}\nDate: {date}\n"
        f"Message-ID: <{i}.{rng.randint(10**8, 10**9)}@bench.example>\n"
        f"X-Mailer: Bench 1.0\nMIME-Version: 1.0\n{extra}"
    )


def generate_message(rng: random.Random, i: int, when: float) -> str:
    """One raw message (text, 7-bit transfer encodings) of a varied kind."""
    thread = i // 6  # threads of about six messages per request
    agency, agency_addr, prefix = AGENCIES[thread % len(AGENCIES)]
    person, person_addr = PEOPLE[thread % len(PEOPLE)]
    number = f"{prefix}-2025-{thread:06d}"
    zone = rng.choice(ZONES)
    kind = rng.random()
    paras = [p.format(fee=f"${rng.randint(5, 900)}.{rng.randint(0, 99):02d}")
             for p in rng.sample(PARAS, rng.randint(2, 4))]
    boundary = f"=_b{i}_{rng.randint(0, 10**6)}"
    quoted = ""
    if rng.random() < 0.5:
        earlier = "\n".join("> " + line for p in rng.sample(PARAS, 3) for line in p.split(". "))
        quoted = f"\n\nOn Mon, 3 Mar 2025 at 10:02 AM {agency} <{agency_addr}> wrote:\n{earlier}\n"
    if kind < 0.30:  # portal notice: plain + HTML alternative
        subject = f"[Records Portal] Request {number} update"
        text = "\n\n".join(paras) + f"\n\nRequest: {number}\nView it at https://portal.example.gov/r/{i}\n"
        head = _headers(rng, i, f'"{agency}" <{agency_addr}>', f"{person} <{person_addr}>", subject, when, zone,
                        f'Content-Type: multipart/alternative; boundary="{boundary}"\n')
        return (f"{head}\n--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
                f"Content-Transfer-Encoding: quoted-printable\n\n{_qp(text, 'utf-8')}\n"
                f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                f"{_qp(_html(paras), 'utf-8')}\n--{boundary}--\n")
    if kind < 0.50:  # HTML-only portal notice
        subject = f"=?utf-8?q?Request_{number}_=E2=80=93_status?="
        head = _headers(rng, i, f"{agency} <{agency_addr}>", person_addr, subject, when, zone,
                        "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n")
        return f"{head}\n{_qp(_html(paras), 'utf-8')}\n"
    if kind < 0.58:  # agency letter with a PDF attached (dev mailboxes: 6-8% of messages)
        subject = f"{number} - response letter"
        text = f"Dear {person},\n\n" + "\n\n".join(paras) + f"\n\nSincerely,\nRecords Officer\n{agency}\n"
        pdf = _fake_pdf(rng)
        head = _headers(rng, i, f"Records Officer <{agency_addr}>", f'"{person}" <{person_addr}>', subject, when, zone,
                        f'Content-Type: multipart/mixed; boundary="{boundary}"\n')
        return (f"{head}\n--{boundary}\nContent-Type: text/plain; charset=windows-1252\n"
                f"Content-Transfer-Encoding: quoted-printable\n\n{_qp(text + ACCENTED, 'cp1252')}\n"
                f"--{boundary}\nContent-Type: application/pdf; name=\"{number}_Letter.pdf\"\n"
                f"Content-Disposition: attachment; filename=\"{number}_Letter.pdf\"\n"
                f"Content-Transfer-Encoding: base64\n\n{_b64(pdf)}--{boundary}--\n")
    if kind < 0.85:  # requester reply quoting the agency, Latin-1 or mislabelled
        subject = f"Re: {number} - response letter"
        text = rng.choice(REPLIES) + f"\n\nBest,\n{person}\n" + quoted
        charset, label = rng.choice([("utf-8", "utf-8"), ("latin-1", "iso-8859-1"), ("latin-1", "utf-8")])
        name = f"=?utf-8?b?{base64.b64encode(person.encode()).decode()}?="
        head = _headers(rng, i, f"{name} <{person_addr}>", f"{agency} <{agency_addr}>", subject, when, zone,
                        f"In-Reply-To: <{i - 1}.1@bench.example>\nReferences: <{i - 2}.1@bench.example> <{i - 1}.1@bench.example>\n"
                        f"Content-Type: text/plain; charset={label}\nContent-Transfer-Encoding: quoted-printable\n")
        return f"{head}\n{_qp(text + ACCENTED, charset)}\n"
    # forwarded message attached as message/rfc822
    subject = f"FW: Referral of request {number}"
    inner_head = _headers(rng, i + 10**7, "Other Office <referrals@other.example.gov>", agency_addr,
                          f"Referral {number}", when - 86400, zone, "Content-Type: text/plain; charset=utf-8\n")
    inner = f"{inner_head}\n" + "\n\n".join(paras) + "\n"
    head = _headers(rng, i, f"{agency} <{agency_addr}>", person_addr, subject, when, zone,
                    f'Content-Type: multipart/mixed; boundary="{boundary}"\n')
    return (f"{head}\n--{boundary}\nContent-Type: text/plain; charset=utf-8\n\nSee the attached referral.\n{quoted}\n"
            f"--{boundary}\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=\"referral.eml\"\n\n"
            f"{inner}\n--{boundary}--\n")


def generate(path: Path, n: int, seed: int = 7) -> Path:
    """Write an mbox of ``n`` messages, streaming (never all in memory)."""
    import datetime as dt

    rng = random.Random(seed)
    when = 1_700_000_000.0
    with path.open("w", encoding="utf-8", newline="\n") as fh:  # 8-bit To: names, as some clients send
        for i in range(n):
            when += rng.randint(60, 4000)
            stamp = dt.datetime.fromtimestamp(when, dt.UTC).strftime("%a %b %d %H:%M:%S %Y")
            raw = generate_message(rng, i, when)
            raw = raw.replace("\nFrom ", "\n>From ")
            fh.write(f"From bench@example {stamp}\n{raw}\n")
    return path


# --- measurements (each in its own process) -----------------------------------------


def _maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(mode: str, path: Path, extras: bool = True) -> dict[str, object]:
    if not extras:  # as if the optional 'attachments' extra were not installed
        sys.modules["pypdf"] = None  # type: ignore[assignment]
        sys.modules["docx"] = None  # type: ignore[assignment]
    from correspondence import pipeline, sources
    from correspondence.export.writers import write_jsonl
    from correspondence.models import Message
    from correspondence.options import ParseOptions

    base = _maxrss_mib()
    t0 = time.perf_counter()
    c0 = time.process_time()
    count = 0
    if mode == "read":
        for _ in sources.read(path):
            count += 1
    elif mode == "parse":
        def counted(items):  # type: ignore[no-untyped-def]
            nonlocal count
            for item in items:
                count += isinstance(item, Message)
                yield item

        with open(os.devnull, "w", encoding="utf-8") as out:
            write_jsonl(counted(pipeline.stream([path], ParseOptions())), out)
    else:
        raise SystemExit(f"unknown mode {mode}")
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    # CPU time too: on a shared machine wall time swings with the neighbours' load.
    return {"mode": mode if extras else f"{mode}-noextras", "messages": count, "seconds": round(seconds, 2),
            "msg_per_s": round(count / seconds, 1), "msg_per_cpu_s": round(count / cpu, 1),
            "peak_rss_mib": round(_maxrss_mib(), 1),
            # the forked reading process of a two-process parse (0 when there was none)
            "reader_peak_rss_mib": round(
                resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
            "rss_after_imports_mib": round(base, 1), "mbox_mib": round(path.stat().st_size / 2**20, 1)}


def run_child(mode: str, path: Path, extras: bool = True) -> dict[str, object]:
    flags = [] if extras else ["--no-attachment-text"]
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(path), *flags], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- MIME library comparison --------------------------------------------------------


def compare_mime(paths: list[Path], limit: int) -> list[dict[str, object]]:
    """Time three ways of turning raw messages into headers + body + attachments."""
    import email
    import email.policy
    import email.utils

    import mailparser

    from correspondence.sources import mbox as mbox_reader
    from correspondence.sources.mime import parse_bytes

    raws: list[bytes] = []
    for p in paths:
        for _line, raw in mbox_reader.iter_raw(p):
            raws.append(raw)
            if len(raws) >= limit:
                break
    results = []

    def ours(raw: bytes) -> tuple[object, str, int]:
        m = parse_bytes(raw, "x")
        return m.sent_at, m.body, len(m.attachments)

    def default_policy(raw: bytes) -> tuple[object, str, int]:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for name in ("From", "To", "Cc", "Subject", "Message-ID", "In-Reply-To", "References"):
            str(msg.get(name, ""))
        date = msg["Date"]
        sent = date.datetime if date is not None else None
        part = msg.get_body(preferencelist=("plain", "html"))
        body = part.get_content() if part is not None else ""
        atts = 0
        for a in msg.iter_attachments():
            a.get_payload(decode=True)
            atts += 1
        return sent, body, atts

    def mail_parser(raw: bytes) -> tuple[object, str, int]:
        mp = mailparser.parse_from_bytes(raw)
        _ = (mp.from_, mp.to, mp.subject, mp.message_id, mp.headers.get("In-Reply-To"))
        body = "\n".join(mp.text_plain) or "\n".join(mp.text_html)
        return mp.date, body, len(mp.attachments)

    def compat32_bare(raw: bytes) -> tuple[object, str, int]:
        msg = email.message_from_bytes(raw)
        for name in ("From", "To", "Cc", "Subject", "Message-ID", "In-Reply-To", "References"):
            msg.get(name)
        sent = email.utils.parsedate_to_datetime(msg["Date"]) if msg["Date"] else None
        body, atts = "", 0
        for part in msg.walk():
            if part.is_multipart():
                continue
            data = part.get_payload(decode=True) or b""
            if part.get_content_type() == "text/plain" and not body:
                body = data.decode(part.get_content_charset() or "utf-8", "replace")
            elif part.get_filename():
                atts += 1
        return sent, body, atts

    from correspondence.sources import mime

    def ours_no_attachment_text(raw: bytes) -> tuple[object, str, int]:
        saved = dict(mime._TEXT_EXTRACTORS)
        mime._TEXT_EXTRACTORS.clear()
        try:
            return ours(raw)
        finally:
            mime._TEXT_EXTRACTORS.update(saved)

    reference = [ours(r) for r in raws]
    for name, fn in (("correspondence (compat32 + own decoding)", ours),
                     ("correspondence, no PDF/DOCX text", ours_no_attachment_text),
                     ("stdlib compat32, bare", compat32_bare),
                     ("stdlib policy.default", default_policy),
                     ("mail-parser", mail_parser)):
        for r in raws[:50]:  # warm up: lazy imports are not the library's speed
            fn(r)
        t0 = time.process_time()  # CPU time: neighbours' load on a shared machine does not count
        got = [fn(r) for r in raws]
        secs = time.process_time() - t0
        same_date = sum(1 for g, r in zip(got, reference, strict=True)
                        if g[0] is not None and r[0] is not None
                        and str(g[0])[:19] == str(r[0])[:19] and getattr(g[0], "utcoffset", lambda: 0)() == r[0].utcoffset())
        empty = sum(1 for g in got if not str(g[1]).strip())
        replaced = sum(1 for g in got if "\ufffd" in str(g[1]))
        results.append({"library": name, "messages": len(raws), "ms_per_msg": round(1000 * secs / len(raws), 3),
                        "msg_per_s": round(len(raws) / secs), "date_and_offset_as_ours": same_date,
                        "empty_bodies": empty, "bodies_with_U+FFFD": replaced})
    return results


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--keep", help="folder to keep the generated mailboxes in (default: a temp folder)")
    ap.add_argument("--modes", nargs="+", default=["read", "parse"])
    ap.add_argument("--compare-mime", nargs="*", metavar="MBOX",
                    help="compare MIME libraries on these mboxes (default: a generated 5,000)")
    ap.add_argument("--no-attachment-text", action="store_true",
                    help="measure as if pypdf/python-docx (extra 'attachments') were not installed")
    ap.add_argument("--child", nargs=2, metavar=("MODE", "MBOX"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child[0], Path(args.child[1]), not args.no_attachment_text)))
        return
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-mailbox-"))
    folder.mkdir(parents=True, exist_ok=True)
    if args.compare_mime is not None:
        paths = [Path(p) for p in args.compare_mime]
        if not paths:
            paths = [generate(folder / "compare-5000.mbox", 5000)]
        for row in compare_mime(paths, 5000):
            print(json.dumps(row, ensure_ascii=False))
        return
    rows = []
    for n in args.sizes:
        path = folder / f"synthetic-{n}.mbox"
        if not path.exists():
            t0 = time.perf_counter()
            generate(path, n)
            print(f"# generated {path} ({path.stat().st_size / 2**20:.0f} MiB) in {time.perf_counter() - t0:.0f} s",
                  file=sys.stderr)
        for mode in args.modes:
            row = run_child(mode, path, not args.no_attachment_text)
            rows.append(row)
            print(json.dumps(row))
    print(f"\n{'mode':14} {'messages':>9} {'msg/s':>8} {'msg/cpu-s':>10} {'peak MiB':>9} "
          f"{'reader MiB':>10} {'seconds':>8}")
    for r in rows:
        print(f"{r['mode']:14} {r['messages']:>9} {r['msg_per_s']:>8} {r.get('msg_per_cpu_s', ''):>10} "
              f"{r['peak_rss_mib']:>9} {r.get('reader_peak_rss_mib', ''):>10} {r['seconds']:>8}")


if __name__ == "__main__":
    main()
