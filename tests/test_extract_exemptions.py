"""Cited statutes: as printed, spacing normalised, each once, in order."""

import pytest

from correspondence.extract.exemptions import find_exemptions


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("withheld under 5 U.S.C. §552 (b) (6) and (b)(7)(C); see also (b)(6)",
         ["5 U.S.C. § 552(b)(6)", "(b)(7)(C)"]),
        ("Exemption 6 and FOIA exemption (b)(5) apply.", ["Exemption 6", "FOIA exemption (b)(5)"]),
        ("exempt under Gov. Code § 7922.000 and Cal. Gov't Code 6254(f).",
         ["Gov. Code § 7922.000", "Cal. Gov't Code 6254(f)"]),
        ("California Government Code section7927.705 exempts privileged records.",
         ["California Government Code section7927.705"]),
        ("NMSA 1978, § 14-2-1(A) protects them.", ["NMSA 1978, § 14-2-1(A)"]),
        ("RCW 42.56.240 and 5 ILCS 140/7(1)(c)", ["RCW 42.56.240", "5 ILCS 140/7(1)(c)"]),
        ("C.R.S. § 24-72-204(3)(a) and Fla. Stat. § 119.071(2)(c)",
         ["C.R.S. § 24-72-204(3)(a)", "Fla. Stat. § 119.071(2)(c)"]),
        ("Privacy Act, 5 USC 552a (j)(2)", ["5 USC 552a(j)(2)"]),
        ("redacted under FERPA, 20 U.S.C. § 1232g, and ORS 192.355(9)", ["20 U.S.C. § 1232g", "ORS 192.355(9)"]),
        ("exempt under 1 V.S.A. § 317(c)(7) and NRS 239.010", ["1 V.S.A. § 317(c)(7)", "NRS 239.010"]),
        ("Civil Code § 1798.90.5 applies", ["Civil Code § 1798.90.5"]),
        # The act itself is not an exemption; "2 hrs 30" is not Hawaii's statutes.
        ("Pursuant to the Public Records Act (Government Code § 7920 et seq.), it took 2 hrs 30 min", []),
        ("We found no records.", []),
        ("See section 5 of the contract.", []),
    ],
)
def test_exemptions(text: str, want: list[str]) -> None:
    assert find_exemptions(text) == want
