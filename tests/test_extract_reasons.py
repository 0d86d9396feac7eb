"""Reasons as written, and the agency a request was referred to."""

import pytest

from correspondence.extract.reasons import find_reason, find_to_agency


@pytest.mark.parametrize(
    ("text", "kind", "want"),
    [
        ("Your request has been closed.\nClosure reason: No responsive records", "closure",
         "No responsive records"),
        ("Your request has been closed. All responsive documents have been made available.", "closure",
         "All responsive documents have been made available."),
        ("Request closed: Request withdrawn", "closure", "Request withdrawn"),
        ("A search was made. We were unable to locate any records responsive to your request.", "no_records",
         "We were unable to locate any records responsive to your request."),
        ("Your request for legal memoranda has been denied. Government Code section 7927.705 exempts "
         "records protected by privilege.", "denial",
         # Without evidence, the sentence with the most reason words: the one that says why.
         "Government Code section 7927.705 exempts records protected by privilege."),
        ("Please withdraw my request; I no longer need the records.", "withdrawal",
         "Please withdraw my request; I no longer need the records."),
        ("The production is incomplete: the attachments are missing.", "dispute",
         "The production is incomplete: the attachments are missing."),
        # A closure on the requester's word: the reason is the withdrawal.
        ("As you asked, request CLK-2025-0311 has been withdrawn and is now closed. No records were "
         "produced and no fee is owed.", "closure",
         "As you asked, request CLK-2025-0311 has been withdrawn and is now closed."),
    ],
)
def test_reasons(text: str, kind: str, want: str) -> None:
    assert find_reason(text, kind) == want


def test_reason_prefers_the_evidence_sentence() -> None:
    text = "Some records are exempt. Other records were withheld as confidential. Thanks."
    start = text.index("Other")
    assert find_reason(text, "denial", (start, start + 10)) == "Other records were withheld as confidential."


def test_a_table_above_the_sentence_is_not_part_of_it() -> None:
    text = ("NAME\nTITLE\nDates\nPat Lee\nCaptain\n1/5/25 - Present\n"
            "The City has completed its response to your request and now considers it closed.")
    start = text.index("considers")
    assert find_reason(text, "closure", (start, start + 9)) == (
        "The City has completed its response to your request and now considers it closed.")
    wrapped = ("Your request for documents related to the legal review of the vendor agreement has\n"
               "been denied under Evidence Code section 954.")
    assert find_reason(wrapped, "denial", (wrapped.index("denied"), wrapped.index("denied") + 6)) == (
        "Your request for documents related to the legal review of the vendor agreement has "
        "been denied under Evidence Code section 954.")


def test_refusal_sentence_takes_the_why_that_follows() -> None:
    text = "Your request for legal memoranda has been denied. Evidence Code section 954 protects them."
    assert find_reason(text, "denial", (0, 10)) == text


def test_a_sentence_announcing_the_reason_gives_way_to_it() -> None:
    text = ("Part of the records are exempt from disclosure under the following exemptions:\n\n"
            "Legal memoranda are withheld as attorney-client privileged under Evidence Code section 954.")
    assert find_reason(text, "denial", (0, 20)) == (
        "Legal memoranda are withheld as attorney-client privileged under Evidence Code section 954.")


def test_no_reason_words_no_reason() -> None:
    assert find_reason("Thank you for your patience.", "denial") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("We have referred your request to the Bureau of Land Records for processing.", "Bureau of Land Records"),
        ("Your request was forwarded to the Office of Information Policy (OIP).",
         "Office of Information Policy (OIP)"),
        ("The County Sheriff's Office is the custodian of those records.", "County Sheriff's Office"),
        ("We forwarded it to you yesterday.", None),
        ("This request has been forwarded to Sgt Dana Reyes with the Police Department. He will reply.",
         "Police Department"),
        ("We referred your request to the U.S. Department of Energy.", "U.S. Department of Energy"),
        ("Inspections are done by the Vermont Division of Fire Safety, so I have forwarded that part of "
         "your request to the Division’s regional office.", "Vermont Division of Fire Safety"),
    ],
)
def test_to_agency(text: str, want: str | None) -> None:
    assert find_to_agency(text) == want
