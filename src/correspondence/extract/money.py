"""Fee amounts.

Amounts are "$25.00", "$1,234.50", "25 dollars", "USD 25". A unit price ("$0.10 per
page", "$25/hour", "$0.25 each") is never the fee: when the text gives a total we take
it, and when it gives only a unit price and a page count we return nothing rather than
multiply (agencies round, waive the first pages, add postage). Among several amounts the
one labelled total / amount due / balance wins, else the largest amount labelled an
estimate, a fee or a payment (a deposit is a part of it: "a deposit of $40,800.92 (50% of
$81,601.83)"), else the largest non-unit amount (the sum of the lines). "No fee" is 0 only when the text says so.
"""

from __future__ import annotations

import re

# "$25.00" starts with a literal, which the engine finds fast; "25 dollars" / "USD 25" are
# rare and only looked for when the words are there.
_DOLLAR = re.compile(r"\$\s?(?P<a>\d{1,3}(?:,\d{3})+|\d+)(?P<c>\.\d{1,2})?(?![\d,]\d)")
_WORDED = re.compile(
    r"\busd\s?(?P<a>\d{1,3}(?:,\d{3})+|\d+)(?P<c>\.\d{1,2})?\b"
    r"|\b(?P<b>\d{1,3}(?:,\d{3})+|\d+)(?P<d>\.\d{1,2})?\s+(?:dollars|usd)\b",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    r"^\s*(?:per\b|/\s*(?:page|pg|hour|hr|copy|sheet|disc|cd|dvd|minute|item|file|record)|"
    r"an?\s+(?:page|hour|copy|sheet|minute)\b|each\b|for each\b|hourly\b|for every\b)",
    re.IGNORECASE,
)
_TOTAL_BEFORE = re.compile(
    r"\b(?:total|totals|totaling|totalling|amount due|balance|balance due|amount of|"
    r"sum of|estimated (?:cost|fee|fees|charges?|total)|estimates?|estimated|cost estimate|fee estimate|"
    r"invoice total|due|owed|owe|remit|pay|paid|payment of)\b[^$.\n]{0,60}$",
    re.IGNORECASE,
)
_STRONG_TOTAL = re.compile(r"\b(?:total|amount due|balance due|grand total)\b[^$\n]{0,30}$", re.IGNORECASE)
# "Revised estimate: 4.5 hours x $26.08/hour = $117.36": the result after "=" on a line
# headed by a total or an estimate is that total (a line item "Copies: 125 x $0.10 = $12.50"
# is not).
_EQUALS = re.compile(r"=\s*$")
_TOTAL_LINE = re.compile(
    r"[ \t*•-]*(?:(?:revised|updated|new|amended|corrected|final)\s+)?"
    r"(?:total|estimate|estimated (?:cost|fee|fees|total|charges?)|fee estimate|cost estimate|amount due)\b",
    re.IGNORECASE,
)
# An amount the letter says no longer holds ("the original estimate of $247.76").
_SUPERSEDED = re.compile(
    r"\b(?:original|originally|previous|previously|prior|initial|earlier|old)\s+"
    r"(?:estimated?|total|fee|fees|invoice|amount|quote|cost)\b[^$.]{0,40}$",
    re.IGNORECASE,
)
_NO_FEE = re.compile(
    r"\b(?:no (?:fee|fees|charge|charges|cost)|free of charge|at no (?:cost|charge)|"
    r"(?:fee|fees|charges?) (?:has|have|is|are|will be) (?:been )?waived|waive[ds]? (?:the |all |any )?(?:fee|fees|charges?)|"
    r"without (?:charge|cost)|will not (?:be )?charge)\b",
    re.IGNORECASE,
)


def _value(m: re.Match[str]) -> float:
    g = m.groupdict()
    whole = (g.get("a") or g["b"]).replace(",", "")
    cents = g.get("c") or g.get("d") or ""
    return float(whole + cents)


def find_amount(text: str) -> float | None:
    """The fee the text asks for or reports as paid, in dollars; None when unclear."""
    totals: list[float] = []
    strong: list[float] = []
    plain: list[float] = []
    matches = list(_DOLLAR.finditer(text))
    low = text.lower()
    if "dollar" in low or "usd" in low:
        matches.extend(_WORDED.finditer(text))
        matches.sort(key=lambda m: m.start())
    for m in matches:
        after = text[m.end() : m.end() + 25]
        if _UNIT_AFTER.match(after):
            continue
        value = _value(m)
        before = text[max(0, m.start() - 80) : m.start()]
        if _SUPERSEDED.search(before):
            continue
        if _EQUALS.search(before):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _TOTAL_LINE.match(text, line_start, m.start()):
                strong.append(value)
                continue
        if _STRONG_TOTAL.search(before):
            strong.append(value)
        elif _TOTAL_BEFORE.search(before):
            totals.append(value)
        else:
            plain.append(value)
    if strong:
        return strong[-1]
    if totals:
        return max(totals)
    if plain:
        return max(plain)
    if ("fee" in low or "charge" in low or "cost" in low) and _NO_FEE.search(text):
        return 0.0
    return None
