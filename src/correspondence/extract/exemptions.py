"""Statutes cited for withholding or redacting.

We keep each citation as printed, with spacing normalised ("§6254" -> "§ 6254",
"552 (b) (6)" -> "552(b)(6)"), in order of first appearance, each once. A citation that
sits inside a longer one ("(b)(6)" inside "5 U.S.C. § 552(b)(6)") is not repeated.

Accepted families: the federal FOIA ("5 U.S.C. § 552(b)(6)", "(b)(7)(C)", "Exemption 6",
"FOIA exemption (b)(5)"), the Privacy Act ("5 U.S.C. § 552a(j)(2)"), state codes written
with a code name and a section ("Gov. Code § 7922.000", "Cal. Gov't Code 6254(f)",
"Government Code section 6254(k)", "Evidence Code section 1040", "NMSA 1978, § 14-2-1(A)",
"RCW 42.56.240", "5 ILCS 140/7(1)(c)", "C.R.S. § 24-72-204(3)(a)", "Fla. Stat. § 119.071").
A bare section number without a code name is not a citation we can name, so it is left out.
"""

from __future__ import annotations

import re

_SUB = r"(?:\s?\((?:[a-zA-Z]{1,4}|\d{1,3})\))"
_SECTION = r"(?:§§?|sec(?:tion|\.)?s?)"
_PATTERNS = [
    # 5 U.S.C. § 552(b)(6); 5 USC 552a(k)(2)
    r"\b\d{1,2}\s?U\.?\s?S\.?\s?C\.?\s?(?:A\.?\s?)?" + _SECTION + r"?\s?\d+[a-z]?" + _SUB + r"*",
    # 28 C.F.R. § 16.10
    r"\b\d{1,2}\s?C\.?\s?F\.?\s?R\.?\s?" + _SECTION + r"?\s?\d+(?:\.\d+)?" + _SUB + r"*",
    # FOIA exemption (b)(5); Exemption 6; Exemptions 7(C)
    r"\b(?:FOIA\s+)?exemptions?\s+(?:\(b\)" + _SUB + r"+|\d(?:\s?\([A-F]\))?)(?!\d|\.\d)",
    # (b)(7)(C)
    r"\(b\)" + _SUB + r"+",
    # NMSA 1978, § 14-2-1(A)
    r"\bNMSA(?:\s+1978)?,?\s*" + _SECTION + r"?\s?\d+-\d+[A-Z]?-\d+(?:\.\d+)?" + _SUB + r"*",
    # RCW 42.56.240(1)
    r"\bRCW\s+\d+[A-Z]?\.\d+[A-Z]?\.\d+" + _SUB + r"*",
    # Statute books named by an abbreviation: ORS 192.355(9), NRS 239.010, KRS 61.878(1)(a),
    # MCL 15.243, HRS 92F-13, A.R.S. 39-121, 1 V.S.A. § 317(c)(7) (capitals only: "2 hrs 30")
    r"(?-i:\b(?:\d{1,2}\s)?(?:ORS|NRS|KRS|MCL|ORC|RSMo|HRS|A\.R\.S\.|V\.S\.A\.|M\.G\.L\.|G\.S\.|W\.S\.))"
    r"\s*(?:c\.\s*)?(?:§+\s*)?\d+[A-Z]?(?:[.:-]\d+[A-Za-z]?)*" + _SUB + r"*",
    # 5 ILCS 140/7(1)(c)
    r"\b\d{1,3}\s+ILCS\s+\d+/\d+(?:\.\d+)?" + _SUB + r"*",
    # (Cal.) Gov(ernmen)t Code (§|section) 6254(f); Evidence Code section 1040; Penal Code 832.7
    r"\b(?:(?:Cal(?:ifornia|\.)?|Tex(?:as|\.)?)\s+)?"
    r"(?:Gov(?:ernment|'t|t|\.)?|Evid(?:ence|\.)?|Penal|Pen\.|Welf(?:are|\.)?\s*(?:&|and)\s*Inst(?:itutions|\.)?|"
    r"Health\s*(?:&|and)\s*Safety|Civ(?:il|\.)?|Educ(?:ation|\.)?|Veh(?:icle|\.)?|Lab(?:or|\.)?|Pub(?:lic|\.)?\s+Res(?:ources|\.)?)"
    r"\s*Code,?\s*" + _SECTION + r"?\s?\d+(?:\.\d+)*" + _SUB + r"*",
    # C.R.S. § 24-72-204(3)(a); Colo. Rev. Stat. § 24-72-204; Fla. Stat. § 119.071(2)(c); O.C.G.A. § 50-18-72
    r"\b(?-i:(?:[A-Z][A-Za-z']{0,9}\.?\s?){0,4})(?:Stat(?:utes?|s?\.)?|Code(?:\s+Ann\.)?|Laws?|C\.?R\.?S\.?|O\.?C\.?G\.?A\.?|"
    r"M\.?G\.?L\.?|R\.?S\.?A\.?)\s*,?\s*(?:Ann\.\s*)?" + _SECTION + r"\s?\d+(?:[.:-]\d+[A-Za-z]?)*" + _SUB + r"*",
]
_CITATION = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


def _normalise(text: str) -> str:
    text = re.sub(r"\s+", " ", text.strip().rstrip(".,;"))
    text = re.sub(r"§\s*(?=\d)", "§ ", text)
    text = re.sub(r"(?:(?<=[\d)])|(?<=\d[a-z]))\s+\((?=\w{1,4}\))", "(", text)
    return text


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9()]+", "", text.lower().replace("section", "").replace("sec", ""))


# Every citation family contains one of these; the full pattern runs only near them.
_ANCHORS = ("§", "sec", "u.s.c", "usc", "u. s. c", "c.f.r", "cfr", "exempt", "(b)", "code", "rcw", "ilcs", "nmsa",
            "ors ", "nrs ", "krs ", "mcl ", "orc ", "rsmo", "hrs ", "a.r.s", "v.s.a", "m.g.l", "g.s.", "w.s.")
# "Government Code § 7920 et seq." names the whole act, not an exemption.
_ET_SEQ = re.compile(r"\s*,?\s*et\.?\s+seq", re.IGNORECASE)
_BACK, _AHEAD = 80, 60


def _windows(text: str) -> list[tuple[int, int]]:
    low = text.lower()
    spots: list[int] = []
    for anchor in _ANCHORS:
        i = low.find(anchor)
        while i != -1:
            spots.append(i)
            i = low.find(anchor, i + 1)
    spots.sort()
    windows: list[tuple[int, int]] = []
    for p in spots:
        lo, hi = max(0, p - _BACK), min(len(text), p + _AHEAD)
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1  # start on a word, so a citation is never cut at its head
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def find_exemptions(text: str) -> list[str]:
    """Cited statutes in reading order, each once."""
    out: list[str] = []
    keys: set[str] = set()
    for lo, hi in _windows(text):
        for m in _CITATION.finditer(text, lo, hi):
            if _ET_SEQ.match(text, m.end()):
                continue
            value = _normalise(m.group(0))
            key = _key(value)
            if key in keys or any(key in k for k in keys):
                continue
            keys.add(key)
            out.append(value)
    return out
