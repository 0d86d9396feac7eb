"""Tracking numbers: as agencies print them, and the look-alikes that are not."""

from collections import Counter

import pytest

from correspondence.extract.tracking import find, order


def numbers(text: str, known: Counter[str] | None = None) -> list[str]:
    return order(find(text, known))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Your record request (request number #19-6355) has been submitted.", ["19-6355"]),
        ("Your request has been received and entered as 22-17353.", ["22-17353"]),
        ("RE: Records request of March 11, 2026, Reference # W012174-021826", ["W012174-021826"]),
        ("FOIPA Request No. 1427787-000 was received by this office.", ["1427787-000"]),
        ("Tracking Number: EPA-R8-2022-004512", ["EPA-R8-2022-004512"]),
        ("and given the reference number R000549-111622 for tracking purposes.", ["R000549-111622"]),
        ("The number for tracking purposes is P010012-092726 .", ["P010012-092726"]),
        ("Request Number: 2026-PRR-00418", ["2026-PRR-00418"]),
        ("Please write to the district and reference PRR-2025-117.", ["PRR-2025-117"]),
        ("Your FOIA request DOI-OS-2020-001586 was assigned to a processor.", ["DOI-OS-2020-001586"]),
        ("We have logged request 2021-02798-F.", ["2021-02798-F"]),
        ("Case number: 22-17353", ["22-17353"]),
        ("NRC-2026-000187 has been assigned to your request.", ["NRC-2026-000187"]),
        ("Control number 2018-47841 is pending.", ["2018-47841"]),
        ("Request #2022-111 has been closed.", ["2022-111"]),
        ("Confirmation number: 884213", ["884213"]),
        ("Request Number: 2600", ["2600"]),
        ("Re: NSA FOIA Request 116287", ["116287"]),
        ("Request ID: 48213", ["48213"]),
        # An agency's code before the number is printed with it; a label is not (docs/extraction.md).
        ("Re: PRA 23-101 (body camera footage)", ["PRA 23-101"]),
        ("records described in W012297-\n030826, as noted", ["W012297-030826"]),
        # An appeal number comes after the request number it appeals.
        ("Your appeal was assigned Appeal No. A-2026-00871 regarding FOIPA Request No. 1592775-000.",
         ["1592775-000", "A-2026-00871"]),
    ],
)
def test_tracking_numbers_as_printed(text: str, want: list[str]) -> None:
    assert numbers(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Please call 505.924-3650 with questions.",
        "Call (650) 522-7709 or 617-299-1832.",
        "Call our office at 555-1234.",
        "Albuquerque, NM 87102",
        "Santa Fe, NM 87504-1234",
        "We received it on 2026-03-02 (3/2/2026).",
        "withheld under § 6254(f) and 552(b)(7)(C)",
        "See Okla. Stat. tit. 51, § 24A.1 and NMSA 1978, § 14-2-1(A).",
        "The fee is $1,234.50.",
        "MR 145693",
        "This is MuckRock request #222054.",
        "Reply to 12345-67890123@requests.muckrock.com",
        "Invoice #2026-0042 is attached.",
        "the first invoice billing date (INV-10888, November 12, 2022)",
        "Incident report 22-004512 describes the crash.",
        "Police report no. 2026-000123 is attached.",
        "The meeting is at 10:30 AM.",
        "There were 1,234 cases and 48 complaints.",
        "COVID-19 and SB-1421 and I-25",
        "See https://city.nextrequest.com/requests/19-6355",
        "Home Depot - #0654 (CA) shared cameras with you",
        "following Attorney General Bulletin 2023-DLE-06 (October 27, 2023)",
        "Section 24-72-204 applies.",
        "requests from 2019 through 2022",
        "Freedom of Information Act Request: 2600 magazine (1983-1993)",
        "call the hotline at 1-855-333-SAFE from a cell phone",
        "Elec. Privacy Info. Ctr. v. Office of Sci. & Tech. Policy, No. 14-cv-765, slip op. at 8",
    ],
)
def test_look_alikes_are_not_tracking_numbers(text: str) -> None:
    assert numbers(text) == []


def test_a_number_the_thread_already_uses_needs_no_context_words() -> None:
    text = "We are still working on 19-6355 and expect to finish soon."
    assert numbers(text) == []
    assert numbers(text, Counter({"19-6355": 2})) == ["19-6355"]
    # "#" in the thread's Counter does not matter.
    assert numbers(text, Counter({"#19-6355": 1})) == ["19-6355"]


def test_known_number_at_the_start_of_a_file_name() -> None:
    text = "* 1592775-000_Release_Letter.pdf"
    assert numbers(text) == []
    assert numbers(text, Counter({"1592775-000": 1})) == ["1592775-000"]


def test_a_prior_request_ranks_after_this_one() -> None:
    text = ("Given the reference number W012570-041926 for tracking purposes. In response to prior\n"
            "PRA W012174-021826, the department stated ...")
    found = find(text)
    assert [f.value for f in found] == ["W012570-041926", "W012174-021826"]
    assert found[0].score > found[1].score


def test_named_number_ranks_before_bare_shape() -> None:
    text = "Earlier records came from W012129-020926. Reference # W012461-040226"
    assert numbers(text)[0] == "W012461-040226"


# The agency's code before a number is part of it as printed; a label is not.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Your request has been given number RTK 2025-118 in our log.", ["RTK 2025-118"]),
        ("Subject: Re: Right-to-Know request [RTK 2025-118]", ["RTK 2025-118"]),
        ("Your public records request has been assigned number PRR 25-0907.", ["PRR 25-0907"]),
        ("The school board entered it as FOIA 25-077 in its log.", ["FOIA 25-077"]),
        ("This office assigned tracking number PRR 30418-25-Anon.", ["PRR 30418-25-Anon"]),
        # A label: '#' between code and number, or a word that is not a code.
        ("Closed - PRR #2024-310 - records portal", ["2024-310"]),
        ("FOIL #2025-0219 - additional time", ["2025-0219"]),
        ("Request 25-444 has been received.", ["25-444"]),
        # The law's name before a number with its own letter prefix is a label.
        ("FOIA K25-019 - the district's response", ["K25-019"]),
        # Appeal bodies: a docket with a code, a year-code-number file, a petition number.
        ("Appeal docket: OOR Dkt. AP 2025-2210", ["AP 2025-2210"]),
        ("Docket No.: AP 2025-2210", ["AP 2025-2210"]),
        ("The Bureau opened your Request for Review as file number 2025 PAC 70311.", ["2025 PAC 70311"]),
        ("Your petition has been assigned SPR25/1177. Please use it when writing.", ["SPR25/1177"]),
    ],
)
def test_codes_printed_with_the_number(text: str, want: list[str]) -> None:
    assert numbers(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The county issued purchase order 25-HRB-40021 to the vendor.",
        "1. PO 25-HRB-40021 (license renewal)",
        "I paid the invoice by card this morning, confirmation no. 7730182.",
        "The remaining balance went out today, check 3391.",
        "I mailed check no. 1188 for the deposit.",
        "Regarding Internal Affairs Investigation IA 21-033 for the officer",
        "Docket No. 2025-0456 (Court of Common Pleas)",
        "Budget for FY2025/2026 and FY 2025-26",
    ],
)
def test_other_numbers_are_not_tracking_numbers(text: str) -> None:
    assert numbers(text) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # An Attorney General's ruling is typed "other" and not printed as the request's.
        ("Open Records Letter Ruling No. OR2025-30112 concerns your request PIR-25-0410.",
         {"OR2025-30112": "other", "PIR-25-0410": "request"}),
        # The number another office gave a referred request is a referral's.
        ("Logged as CTY-2025-077. We have forwarded item 4 to the Clerk of Courts, which has logged it as "
         "CC-25-0512.", {"CTY-2025-077": "request", "CC-25-0512": "referral"}),
        # "referred to us": this office's own number for the request.
        ("Your request was referred to us by the Town. It has been logged as DA-2025-0913.",
         {"DA-2025-0913": "request"}),
        ("OOR Dkt. AP 2025-2210", {"AP 2025-2210": "appeal"}),
    ],
)
def test_numbers_are_typed(text: str, kinds: dict[str, str]) -> None:
    assert {f.value: f.kind for f in find(text)} == kinds
    assert "OR2025-30112" not in numbers(text)


def test_thread_prints_a_number_with_its_code_once_it_has_seen_it() -> None:
    known = Counter({"PRR 25-0907": 2})
    assert numbers("We are still gathering records for 25-0907.", known) == ["PRR 25-0907"]
    # ... and a code-less number the thread knows bare stays bare.
    assert numbers("about FOIPA 1402211-000 now", Counter({"1402211-000": 1})) == ["1402211-000"]
    # One number printed twice in one text, with and without its code, is one number.
    assert numbers("Your request PRR 25-0907 ... we expect to close 25-0907 soon") == ["PRR 25-0907"]
