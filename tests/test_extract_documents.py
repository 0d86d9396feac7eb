"""Released file names: listed lines, inline names, attachments; each file once, no URLs."""

import pytest

from correspondence.extract.documents import find_documents


@pytest.mark.parametrize(
    ("text", "attachments", "want"),
    [
        ("Documents have been released to you for record request #26-0001:\n\n"
         "* Patrol Schedule 2025.pdf\n\n* Overtime Log.xlsx\n\nDocument links are valid for one month.",
         (), ["Patrol Schedule 2025.pdf", "Overtime Log.xlsx"]),
        ("You can download the files at:\n"
         "* 26-0001_Release_Letter.pdf - https://files.example.gov/download/26-0001_Release_Letter.pdf\n"
         "* 26-0001_Part1.pdf - https://files.example.gov/download/26-0001_Part1.pdf",
         (), ["26-0001_Release_Letter.pdf", "26-0001_Part1.pdf"]),
        ("• Bus_Route_Emails_Redacted.pdf (212 pages)\n• Route_Log_2025-26.xlsx",
         (), ["Bus_Route_Emails_Redacted.pdf", "Route_Log_2025-26.xlsx"]),
        ("Attached are call_audio_1.wav and call_audio_2.mp3 for your review.",
         (), ["call_audio_1.wav", "call_audio_2.mp3"]),
        ("Document(s) released: ledger.csv", (), ["ledger.csv"]),
        # The filing service's copy of a name lost the '%' of '%20' and was cut short.
        ("* MOU Between Parks and Police.pdf\n\n  • MOU20Between20Parks20and20Police.pdf",
         (), ["MOU Between Parks and Police.pdf"]),
        ("* Annual Inspection Report of the Northern Uranium Mill Facility and Tailings Cells.pdf\n"
         "  • Annual20Inspection20Report20of20the20Northern20Uranium20Mill20Fac.pdf",
         (), ["Annual Inspection Report of the Northern Uranium Mill Facility and Tailings Cells.pdf"]),
        ("Please find the records attached.", ("letter.pdf", "image001.png", "smime.p7s"), ["letter.pdf"]),
        ("* letter.pdf", ("letter.pdf",), ["letter.pdf"]),
        ("Attached.", ("WRD0000_JUc3gU1.jpg", "image001_OUQM15o.png", "Batch_1.zip"), ["Batch_1.zip"]),
        ("[Part_1.pdf, Part_2.pdf]", (), ["Part_1.pdf", "Part_2.pdf"]),
        # Different files that share a short start stay two.
        ("* Bus_Emails.pdf\n* Bus_Emails_Redacted.pdf", (), ["Bus_Emails.pdf", "Bus_Emails_Redacted.pdf"]),
        ("See https://example.gov/files/report.pdf for the report.", (), []),
        ("Please see the attached letter.pdf", (), ["letter.pdf"]),
        ("Thank you for your request.", (), []),
        # Names in running text and in numbered lists of a release letter.
        ("My apologies, that file was missed. Bridge_Inspections_2023.xlsx is attached.",
         (), ["Bridge_Inspections_2023.xlsx"]),
        ("Item 1: the lease and its renewal are attached (Dock_Lease_and_Renewal.pdf; Dock_Rent_Ledger_2024.pdf).",
         (), ["Dock_Lease_and_Renewal.pdf", "Dock_Rent_Ledger_2024.pdf"]),
        ("Attached please find:\n1. Well_Tests_2021.xlsx\n2. Well_Tests_2022.xlsx\n3. Aquifer_Study_FINAL.pdf",
         (), ["Well_Tests_2021.xlsx", "Well_Tests_2022.xlsx", "Aquifer_Study_FINAL.pdf"]),
        ("They are attached as Draft_Memos_Mar2025_Jun2025.pdf.", (), ["Draft_Memos_Mar2025_Jun2025.pdf"]),
        ("The lease and rent roll are attached (Dock Lease and Renewal.pdf; Rent Roll 2024.xlsx).",
         (), ["Dock Lease and Renewal.pdf", "Rent Roll 2024.xlsx"]),
        # Without file names, the items of a list of records the letter releases.
        ("As the ruling allows, we are releasing the following today:\n1. Arrest report 25-01184, first page, PDF\n"
         "2. Dispatch call log, PDF\n\nThe video is withheld.",
         (), ["Arrest report 25-01184, first page, PDF", "Dispatch call log, PDF"]),
        ("We found the records described below, which are attached. We regret missing them.\n\n"
         "1. Purchase order for the camera licenses\n2. License agreement and data addendum\n\nRecords Officer",
         (), ["Purchase order for the camera licenses", "License agreement and data addendum"]),
        # A list of what was asked for is not a release.
        ("I request the following records:\n1. All emails about the contract\n2. All memos", (), []),
        ("Item 1: the payroll summaries are attached.\nItem 2: no records.", (), []),
        # A bracketed size note is not a file list.
        ("Attached is Harbor_Report.pdf (2.3 MB).", (), ["Harbor_Report.pdf"]),
    ],
)
def test_documents(text: str, attachments: tuple[str, ...], want: list[str]) -> None:
    assert find_documents(text, attachments) == want
