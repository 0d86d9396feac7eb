# Held-out threads 5-8: Illinois FOIA + PAC, Washington PRA (NextRequest), Pennsylvania
# RTKL + OOR, Georgia ORA with a referral and a fee dispute.
# Written by hand for this set; agencies, people, numbers and domains are invented.
# ruff: noqa: F821  (M and Thread are injected by build.py)

# --------------------------------------------------------------------------------------
# 5. Illinois FOIA by email: 5-business-day extension under 3(e), partial denial under
#    7(1)(f), Request for Review to the PAC, voluntary release, withdrawal, PAC closes file.
OSTROWSKI = ("Rafael Ostrowski", "rostrowski.news@fastmail.example.com")
KOWALCZYK = ("Janet Kowalczyk", "foia@prairievale307.example.org")
PAC = ("Public Access Counselor", "pac.requestforreview@ilag.example.gov")

T5 = Thread(
    name="illinois-foia-prairie-vale-closure-consultant",
    title="School-closure consultant contract and draft recommendations - Prairie Vale CUSD 307 (IL)",
    agency="Prairie Vale Community Unit School District 307",
    requester="Rafael Ostrowski",
    tracking_number="F26-041",
    status="done",
    messages=[
        M(OSTROWSKI, KOWALCZYK, "2026-03-30 21:14:09 -0500",
          "FOIA request - facilities consultant",
          """Hello,

Pursuant to the Illinois Freedom of Information Act, 5 ILCS 140, I request the following records of Prairie Vale CUSD 307:

1. The contract, including any amendments and invoices, between the District and Halberd Education Partners for the 2025-26 facilities and enrollment study.
2. All drafts of the consultant's recommendations about closing or consolidating elementary buildings, as received by the District.
3. Emails between the Superintendent and Halberd Education Partners from September 1, 2025 to the present that mention "Lincoln" or "Westfield".

Electronic copies please. I am a freelance journalist and this request is for news purposes.

Rafael Ostrowski""",
          "requester", ["request"],
          "Pursuant to the Illinois Freedom of Information Act, 5 ILCS 140, I request the following records",
          tracking=None, html=True,
          note="sent at night local time; the UTC date is the next day"),
        M(KOWALCZYK, OSTROWSKI, "2026-04-06 13:30:55 -0500",
          "RE: FOIA request - facilities consultant (F26-041)",
          """Dear Mr. Ostrowski,

The District received your FOIA request on March 31, 2026 and has logged it as F26-041.

Pursuant to Section 3(e)(iii) and (vi) of the Illinois Freedom of Information Act, the District is extending the time to respond to your request by five (5) business days, because the requested records must be collected from the Superintendent's office and the business office, and the request requires consultation with the District's attorney before a determination can be made. The District will respond on or before April 13, 2026.

Sincerely,
Janet Kowalczyk
FOIA Officer
Prairie Vale Community Unit School District 307""",
          "agency", ["extension"],
          "the District is extending the time to respond to your request by five (5) business days",
          optional=["acknowledgement"], tracking="F26-041", fields={"due_date": "2026-04-13"},
          quote="outlook"),
        M(KOWALCZYK, OSTROWSKI, "2026-04-13 16:45:12 -0500",
          "FOIA F26-041 - District response",
          """Dear Mr. Ostrowski,

This letter is the District's response to your FOIA request F26-041.

Item 1: The contract with Halberd Education Partners, its one amendment and the four invoices paid to date are attached (Halberd_Contract_and_Amendment.pdf; Halberd_Invoices_2025-26.pdf).

Item 2: The District has withheld the two draft recommendation memoranda in their entirety under Section 7(1)(f) of FOIA, 5 ILCS 140/7(1)(f), which exempts preliminary drafts, notes, recommendations, memoranda and other records in which opinions are expressed or policies or actions are formulated. The Board of Education has not yet acted on the recommendations.

Item 3: Responsive emails are attached, with personal cell phone numbers redacted under Section 7(1)(b).

You have a right to seek review of this response by the Public Access Counselor (PAC) at the Office of the Attorney General, 500 S. Second Street, Springfield, Illinois 62701, (217) 555-0136, or by email. You also have the right to seek judicial review under Section 11 of FOIA.

Sincerely,
Janet Kowalczyk
FOIA Officer""",
          "agency", ["release", "denial"],
          "The District has withheld the two draft recommendation memoranda in their entirety under Section 7(1)(f)",
          tracking="F26-041", fields={"documents": 2},
          note="item 3's emails are said to be attached but not named; 2 named files"),
        M(OSTROWSKI, PAC, "2026-04-20 10:02:37 -0500",
          "Request for Review - Prairie Vale CUSD 307, FOIA F26-041",
          """Public Access Counselor
Office of the Attorney General

I am submitting this Request for Review under Section 9.5(a) of the Freedom of Information Act.

On March 30, 2026 I submitted a FOIA request to Prairie Vale Community Unit School District 307 (the District logged it as F26-041). On April 13, 2026 the District withheld in full two draft recommendation memoranda prepared by its consultant under Section 7(1)(f). Copies of my request and the District's response are attached.

I believe the withholding is improper. The consultant's drafts were discussed in detail at the Board's public study session on April 2, 2026, and material that has been publicly cited or relied upon loses the protection of Section 7(1)(f). At a minimum, the factual enrollment data in the memoranda should have been released.

Please review the District's response.

Rafael Ostrowski""",
          "requester", ["appeal"],
          "I am submitting this Request for Review under Section 9.5(a) of the Freedom of Information Act",
          optional=["dispute"], tracking="F26-041", cc=KOWALCZYK),
        M(PAC, OSTROWSKI, "2026-04-24 09:21:18 -0500",
          "RE: Request for Review - Prairie Vale CUSD 307, FOIA F26-041",
          """Dear Mr. Ostrowski:

The Public Access Bureau has received your Request for Review and has assigned it file number 2026 PAC 88412. Please refer to this number in any further correspondence.

We have determined that further inquiry is warranted. We have sent a letter to the District asking it to provide copies of the withheld records for our confidential review and a detailed explanation of the legal and factual basis for the withholding. You will receive a copy of the District's answer and may reply within 7 business days of receiving it.

Very truly yours,
Ellen Marchbanks
Assistant Attorney General
Public Access Bureau""",
          "agency", ["appeal"],
          "has received your Request for Review and has assigned it file number 2026 PAC 88412",
          optional=["acknowledgement"], tracking="2026 PAC 88412", quote="gmail"),
        M(KOWALCZYK, OSTROWSKI, "2026-05-11 11:58:44 -0500",
          "FOIA F26-041 - supplemental response",
          """Dear Mr. Ostrowski,

After further review in light of the Public Access Counselor's inquiry, the District has decided to release the two draft recommendation memoranda previously withheld under Section 7(1)(f). They are attached as Halberd_Draft_Recommendations_Nov2025_Jan2026.pdf.

Sincerely,
Janet Kowalczyk
FOIA Officer""",
          "agency", ["release"],
          "the District has decided to release the two draft recommendation memoranda previously withheld",
          tracking="F26-041", fields={"documents": 1}, cc=PAC),
        M(OSTROWSKI, PAC, "2026-05-12 08:37:26 -0500",
          "Withdrawal of Request for Review 2026 PAC 88412",
          """Dear Ms. Marchbanks,

The District released the draft memoranda to me yesterday (copy of its letter attached). That resolves my concerns, so I withdraw my Request for Review, 2026 PAC 88412. Thank you for your office's help.

Rafael Ostrowski""",
          "requester", ["withdrawal"],
          "That resolves my concerns, so I withdraw my Request for Review",
          optional=["other"], tracking="2026 PAC 88412"),
        M(PAC, OSTROWSKI, "2026-05-14 14:10:02 -0500",
          "RE: Withdrawal of Request for Review 2026 PAC 88412",
          """Dear Mr. Ostrowski:

We have received your email withdrawing your Request for Review. Because the District has provided the records at issue, this office will take no further action, and file 2026 PAC 88412 is now closed.

Ellen Marchbanks
Assistant Attorney General""",
          "agency", ["closure"],
          "this office will take no further action, and file 2026 PAC 88412 is now closed",
          optional=["acknowledgement", "appeal"], tracking="2026 PAC 88412", quote="gmail"),
    ],
)

# --------------------------------------------------------------------------------------
# 6. Washington PRA through NextRequest: opened, account confirmation, 5-day letter with an
#    installment estimate, installment 1, due date changed, still-interested check, reply,
#    installment 2, closed with reason.
NAKAMURA = ("Theo Nakamura-Lind", "theo.nl@salishwaterlog.example.org")
NR = ("Port of Sable Bay", "portofsablebay@mail.nextrequest.com")
NR_HEADERS = {"X-Mailer": "NextRequest Notifications", "Auto-Submitted": "auto-generated",
              "Reply-To": "Port of Sable Bay <portofsablebay@mail.nextrequest.com>"}
NR_FOOT = """

View Request 26-233 (https://portofsablebay.nextrequest.com/requests/26-233)

Questions about your request? Reply to this email or sign in to contact staff at Port of Sable Bay.

Powered by NextRequest"""

T6 = Thread(
    name="washington-pra-nextrequest-port-sable-bay",
    title="Terminal 4 lease negotiations and commissioner texts - Port of Sable Bay (WA)",
    agency="Port of Sable Bay",
    requester="Theo Nakamura-Lind",
    tracking_number="26-233",
    status="done",
    secrets=["Hh38sLq0ZpW2vNc7Ty5e"],
    messages=[
        M(NR, NAKAMURA, "2026-05-04 18:22:15 +0000",
          "Your Port of Sable Bay public records request #26-233 has been opened.",
          """Port of Sable Bay

Your first Port of Sable Bay record request (request number #26-233) has been submitted. It is not published yet, so members of the public cannot view it.

Request text: Records of lease negotiations for Terminal 4 between the Port and Cascadia Bulk Logistics from January 2025 to present, including commissioners' text messages about the lease.""" + NR_FOOT,
          "agency", ["acknowledgement"],
          "(request number #26-233) has been submitted. It is not published yet",
          optional=["request"], tracking="26-233", portal="nextrequest", html=True, headers=NR_HEADERS),
        M(NR, NAKAMURA, "2026-05-04 18:22:40 +0000",
          "Confirm your Port of Sable Bay public records portal account",
          """Port of Sable Bay

Welcome! An account was created for you on the Port of Sable Bay public records portal. Confirm your account by opening the link below:

Confirm my account (https://portofsablebay.nextrequest.com/users/confirmation?confirmation_token=Hh38sLq0ZpW2vNc7Ty5e)

If you didn't make a request, you can ignore this email.

Powered by NextRequest""",
          "agency", ["portal_notice"],
          "An account was created for you on the Port of Sable Bay public records portal",
          portal="nextrequest", html=True, headers=NR_HEADERS),
        M(NR, NAKAMURA, "2026-05-11 16:05:31 +0000",
          "[External Message Added] Port of Sable Bay public records request #26-233",
          """Port of Sable Bay

A message was sent to you regarding record request #26-233:

Dear Mr. Nakamura-Lind,

The Port of Sable Bay received your public records request on May 4, 2026. This letter is provided within five business days as required by RCW 42.56.520.

Your request involves records from several departments and the personal devices of three commissioners, and it will be fulfilled in installments. The Port estimates that the first installment will be available on or before June 12, 2026. We will let you know if that estimate changes.

Sincerely,
Kirsten Aalto
Public Records Officer""" + NR_FOOT,
          "agency", ["acknowledgement"],
          "The Port estimates that the first installment will be available on or before June 12, 2026",
          optional=["extension", "status_update"], tracking="26-233",
          fields={"due_date": "2026-06-12"}, portal="nextrequest", html=True, headers=NR_HEADERS),
        M(NR, NAKAMURA, "2026-06-12 20:41:09 +0000",
          "[Document Released to Requester] Port of Sable Bay public records request #26-233",
          """Port of Sable Bay

Documents have been released to you for record request #26-233:

* Installment 1 - T4 Lease Term Sheets 2025.pdf
* Installment 1 - Cascadia Bulk Logistics emails Jan-Jun 2025.pdf

Installment 1 of 2. The remaining records (commissioner text messages and emails after June 2025) are still being gathered.""" + NR_FOOT,
          "agency", ["release"],
          "Installment 1 of 2. The remaining records (commissioner text messages",
          tracking="26-233", fields={"documents": 2}, portal="nextrequest", html=True, headers=NR_HEADERS),
        M(NR, NAKAMURA, "2026-06-12 20:43:52 +0000",
          "[Due Date Changed] Port of Sable Bay public records request #26-233",
          """Port of Sable Bay

The due date for record request #26-233 has been changed to: July 24, 2026

Reason: The Port is collecting text messages from commissioners' personal devices and needs additional time to review them.""" + NR_FOOT,
          "agency", ["extension"],
          "The due date for record request #26-233 has been changed to: July 24, 2026",
          tracking="26-233", fields={"due_date": "2026-07-24"}, portal="nextrequest", html=True,
          headers=NR_HEADERS),
        M(NR, NAKAMURA, "2026-07-08 17:15:26 +0000",
          "[External Message Added] Port of Sable Bay public records request #26-233",
          """Port of Sable Bay

A message was sent to you regarding record request #26-233:

Hello Mr. Nakamura-Lind, before we finish review of the second installment, please confirm that you still want the commissioners' text messages. Several of the texts are duplicates of emails you already received in installment 1; if you tell us you don't need those duplicates we can finish sooner. If we do not hear from you within 30 days, the Port may close the request as abandoned under RCW 42.56.120(4).

Kirsten Aalto
Public Records Officer""" + NR_FOOT,
          "agency", ["clarification_request"],
          "please confirm that you still want the commissioners' text messages",
          tracking="26-233", portal="nextrequest", html=True, headers=NR_HEADERS),
        M(NAKAMURA, NR, "2026-07-08 11:02:44 -0700",
          "Re: [External Message Added] Port of Sable Bay public records request #26-233",
          """Hi Kirsten,

Yes, I still want the commissioners' texts. You can leave out any text that simply duplicates an email allready produced in installment 1.

Thanks,
Theo""",
          "requester", ["clarification_response"],
          "Yes, I still want the commissioners' texts",
          tracking="26-233", quote="gmail"),
        M(NR, NAKAMURA, "2026-07-24 19:30:00 +0000",
          "[Document Released to Requester] Port of Sable Bay public records request #26-233",
          """Port of Sable Bay

Documents have been released to you for record request #26-233:

* Installment 2 - Commissioner texts (Reyes) 2025-2026.pdf
* Installment 2 - Commissioner texts (Holm) 2025-2026.pdf
* Installment 2 - Cascadia Bulk Logistics emails Jul 2025-May 2026.pdf""" + NR_FOOT,
          "agency", ["release"],
          "Installment 2 - Commissioner texts (Reyes) 2025-2026.pdf",
          tracking="26-233", fields={"documents": 3}, portal="nextrequest", html=True, headers=NR_HEADERS),
        M(NR, NAKAMURA, "2026-07-24 19:31:47 +0000",
          "[Request Closed] Port of Sable Bay public records request #26-233",
          """Port of Sable Bay

Record request #26-233 has been closed. The closure reason supplied was:

All responsive records have been released in installments. Commissioner Adair reported no texts about the lease on her personal device.""" + NR_FOOT,
          "agency", ["closure"],
          "Record request #26-233 has been closed. The closure reason supplied was",
          optional=["no_records"], tracking="26-233",
          fields={"reason_contains": "released in installments"}, portal="nextrequest", html=True,
          headers=NR_HEADERS),
    ],
)

# --------------------------------------------------------------------------------------
# 7. Pennsylvania RTKL by email: 30-day extension under 902, partial denial and no-records
#    attestation, OOR appeal, official notice with docket number, position statement,
#    final determination, release ordered by the OOR.
HADDAD = ("Noor Haddad", "noor.haddad@keystonecivic.example.org")
BRANDT = ("Gail Brandt", "gbrandt@lenapehollowtwp.example.org")
OOR = ("Office of Open Records", "oor-appeals@openrecords.pa.example.gov")
SOLICITOR = ("Whitfield, Conrad J.", "cwhitfield@whitfieldlaw.example.com")

T7 = Thread(
    name="pennsylvania-rtkl-lenape-hollow-overtime",
    title="Police overtime records and overtime investigation - Lenape Hollow Township (PA)",
    agency="Lenape Hollow Township",
    requester="Noor Haddad",
    tracking_number="RTK 2026-044",
    status="done",  # final release with withholding: MuckRock says done (see README)
    messages=[
        M(HADDAD, BRANDT, "2026-06-01 09:12:40 -0400",
          "Right-to-Know request - police overtime",
          """Dear Open Records Officer,

Attached is a Standard Right-to-Know Law Request Form. For convenience, the records I am requesting under the Right-to-Know Law, 65 P.S. 67.101 et seq., are:

1. Payroll summaries showing overtime hours and overtime pay for each Township police officer for calendar years 2024 and 2025.
2. The final report of any investigation conducted by or for the Township in 2025 into police overtime practices.
3. The 2025 overtime audit performed for the Township by an outside accounting firm, as described at the March 10, 2026 Board of Supervisors meeting.

I would like electronic copies sent to this address.

Noor Haddad
Keystone Civic Review""",
          "requester", ["request"],
          "the records I am requesting under the Right-to-Know Law, 65 P.S. 67.101 et seq., are",
          tracking=None),
        M(BRANDT, HADDAD, "2026-06-08 14:27:19 -0400",
          "RE: Right-to-Know request - police overtime [RTK 2026-044]",
          """Ms. Haddad,

The Township received your Right-to-Know request on June 1, 2026. It has been assigned RTK 2026-044.

This letter is the Township's interim response under Section 902 of the Right-to-Know Law. Your request requires retrieval of records from a remote location (the Township's payroll vendor) and a legal review to determine whether the records are subject to access. For these reasons the Township requires an additional 30 days to respond, and a final response will be issued on or before July 8, 2026.

Gail Brandt
Open Records Officer
Lenape Hollow Township""",
          "agency", ["extension"],
          "the Township requires an additional 30 days to respond, and a final response will be issued on or before July 8, 2026",
          optional=["acknowledgement"], tracking="RTK 2026-044", fields={"due_date": "2026-07-08"},
          quote="outlook"),
        M(BRANDT, HADDAD, "2026-07-08 15:50:33 -0400",
          "RTK 2026-044 - Final Response",
          """Dear Ms. Haddad:

This is the Township's final response to your Right-to-Know Law request RTK 2026-044, received June 1, 2026, in which you sought three categories of records concerning police overtime.

The Township has carefully reviewed each item of your request together with the Township Solicitor. The Township appreciates your patience while the payroll vendor retrieved the older records.

Item 1 is granted; the payroll summaries for 2024 and 2025 are attached (Police_OT_Payroll_2024-2025.pdf). Item 2 is denied because the report of the 2025 review of overtime practices documents a noncriminal investigation and is exempt from disclosure under Section 708(b)(17) of the RTKL, 65 P.S. 67.708(b)(17). As to Item 3, the Township does not possess the requested record: no outside audit of overtime was performed, and the attached attestation of the Township Manager so states.

You have a right to appeal this response in writing to the Office of Open Records, 333 Market Street, Harrisburg, PA, within 15 business days of the mailing date of this response.

Gail Brandt
Open Records Officer""",
          "agency", ["release", "denial", "no_records"],
          "Item 2 is denied because the report of the 2025 review of overtime practices documents a noncriminal investigation",
          optional=["closure"], tracking="RTK 2026-044", fields={"documents": 1}),
        M(HADDAD, OOR, "2026-07-20 12:06:58 -0400",
          "RTKL appeal - Lenape Hollow Township, RTK 2026-044",
          """To the Office of Open Records:

I appeal the July 8, 2026 final response of Lenape Hollow Township to my Right-to-Know request RTK 2026-044. The request, the Township's response and its attestation are attached.

The Township denied Item 2 under Section 708(b)(17), but the review of overtime practices was an internal payroll audit, not an investigation of a complaint that could lead to sanctions; the noncriminal investigation exemption does not apply to routine management reviews. I also question the Township's claim for Item 3 that no outside audit exists: the minutes of the March 10, 2026 meeting record a supervisor referring to "the accountants' overtime audit".

Noor Haddad""",
          "requester", ["appeal"],
          "I appeal the July 8, 2026 final response of Lenape Hollow Township",
          optional=["dispute"], tracking="RTK 2026-044", cc=BRANDT),
        M(OOR, HADDAD, "2026-07-22 10:31:12 -0400",
          "Official Notice of Appeal - Haddad v. Lenape Hollow Township, OOR Dkt. AP 2026-1187",
          """OFFICIAL NOTICE OF APPEAL

Haddad v. Lenape Hollow Township
OOR Dkt. AP 2026-1187

The Office of Open Records received the above-captioned appeal under the Right-to-Know Law on July 20, 2026. The appeal has been assigned to Appeals Officer Daniel Ferrante.

Both parties may submit information and legal argument in support of their positions within seven (7) business days of the date of this notice. The agency must notify any third parties with an interest in the records. A Final Determination will be issued within 30 calendar days of the receipt of the appeal unless the requester agrees to an extension.

Office of Open Records""",
          "agency", ["appeal"],
          "The Office of Open Records received the above-captioned appeal under the Right-to-Know Law on July 20, 2026",
          optional=["acknowledgement"], tracking="AP 2026-1187", cc=BRANDT),
        M(SOLICITOR, OOR, "2026-07-31 16:20:45 -0400",
          "AP 2026-1187 - Township position statement",
          """Appeals Officer Ferrante:

This firm is Solicitor to Lenape Hollow Township. Attached please find the Township's position statement and the verification of the Township Manager in the above appeal.

In short, the 2025 review was commenced after a specific complaint that two officers had claimed overtime for shifts they did not work, and it was conducted to determine whether discipline was warranted; it is therefore a noncriminal investigation under Section 708(b)(17). The Township reaffirms that no audit by an outside accounting firm was performed; the remark in the March 10 minutes referred to the annual financial audit, which does not address overtime.

Respectfully,
Conrad J. Whitfield, Esq.""",
          "agency", ["other"],
          "This firm is Solicitor to Lenape Hollow Township",
          optional=["appeal", "denial", "no_records"], tracking="AP 2026-1187", cc=HADDAD,
          sender="Whitfield, Conrad J.",
          note="the agency's submission inside the appeal: not a new decision"),
        M(OOR, HADDAD, "2026-08-19 13:48:02 -0400",
          "Final Determination - Haddad v. Lenape Hollow Township, AP 2026-1187",
          """FINAL DETERMINATION

IN THE MATTER OF NOOR HADDAD, Requester v. LENAPE HOLLOW TOWNSHIP, Respondent
Docket No.: AP 2026-1187

For the reasons set forth in the attached Final Determination, the appeal is granted in part and denied in part. The Township has not shown that the entire report is a record of a noncriminal investigation; the sections describing payroll procedures must be released. The Township is required to provide those portions of the report within thirty (30) days. The appeal is denied as to Item 3, as the Township has proven that no responsive record exists.

This Final Determination is binding on all parties. Within thirty days of the mailing date, either party may appeal to the Court of Common Pleas. This matter is now closed as to the Office of Open Records.

Daniel Ferrante
Appeals Officer""",
          "agency", ["appeal"],
          "the appeal is granted in part and denied in part",
          optional=["closure", "denial", "no_records", "other"], tracking="AP 2026-1187", cc=BRANDT,
          note="the oversight body's decision on the appeal"),
        M(BRANDT, HADDAD, "2026-09-15 11:04:26 -0400",
          "RTK 2026-044 - records provided per OOR Final Determination",
          """Ms. Haddad,

In compliance with the Office of Open Records' Final Determination in AP 2026-1187, attached are the portions of the 2025 overtime review describing payroll procedures (OT_Review_2025_Sections_2-4.pdf) and the related payroll procedure memo (Payroll_Procedure_Memo_2025.pdf). The remainder of the report continues to be withheld under Section 708(b)(17) as the Final Determination allows.

Gail Brandt
Open Records Officer""",
          "agency", ["release"],
          "In compliance with the Office of Open Records' Final Determination in AP 2026-1187",
          optional=["denial", "closure"], tracking="RTK 2026-044", fields={"documents": 2}),
    ],
)

# --------------------------------------------------------------------------------------
# 8. Georgia ORA by email: 3-business-day response with a referral of one item to the
#    Sheriff (a separate officer) and a fee estimate, fee dispute, revised fee, agreement
#    to pay, release, thanks.
STRAND = ("Caleb Strand", "cstrand@piedmontledger.example.org")
OKONKWO = ("Renee Okonkwo-Barnes", "openrecords@tallowcountyga.example.gov")

T8 = Thread(
    name="georgia-ora-tallow-county-jail-medical",
    title="Jail medical services contract and commission minutes - Tallow County (GA)",
    agency="Tallow County Board of Commissioners",
    requester="Caleb Strand",
    tracking_number="ORA-2026-118",
    status="done",
    messages=[
        M(STRAND, OKONKWO, "2026-02-09 08:45:31 -0500",
          "Open Records Act request - jail medical contract",
          """Good morning,

Pursuant to the Georgia Open Records Act, O.C.G.A. 50-18-70 et seq., I request:

1. Minutes and agenda packets of Board of Commissioners meetings in 2025 at which the jail medical services contract was discussed or voted on.
2. The current contract between Tallow County or the Tallow County Sheriff and the jail's medical services provider, including amendments.
3. Invoices paid to that provider from January 2025 through January 2026.

If fees will exceed $25, please send an estimate first.

Thanks,
Caleb Strand
Piedmont Ledger
(706) 555-0184""",
          "requester", ["request"],
          "Pursuant to the Georgia Open Records Act, O.C.G.A. 50-18-70 et seq., I request",
          tracking=None),
        M(OKONKWO, STRAND, "2026-02-12 15:33:48 -0500",
          "RE: Open Records Act request - jail medical contract (ORA-2026-118)",
          """Mr. Strand,

The County received your Open Records Act request on February 9, 2026, and has logged it as ORA-2026-118. This is the County's response within three business days as required by O.C.G.A. 50-18-71(b)(1)(A).

Item 2: The jail medical services contract is held by the Tallow County Sheriff's Office, which is a separate constitutional officer and maintains its own records. We have forwarded item 2 of your request to the Sheriff's Office Open Records Unit, which has logged it as SO-26-0077. Please direct any questions about that item to them at records@tallowsheriff.example.gov.

Items 1 and 3: Responsive records exist. Under O.C.G.A. 50-18-71(c), the County may charge for search, retrieval and redaction at the hourly rate of the lowest paid full-time employee qualified to do the work ($25.00/hour), with no charge for the first quarter hour, and $0.10 per page for copies. We estimate:

Search and retrieval: 8.75 hours, less the first 15 minutes = 8.5 hours x $25.00 = $212.50
Copies: 125 pages x $0.10 = $12.50
Total estimated cost: $225.00

Please let us know whether you agree to pay this estimate. Once we have your agreement we expect to produce the records within 10 business days.

Renee Okonkwo-Barnes
Open Records Officer
Tallow County Board of Commissioners""",
          "agency", ["referral", "fee"],
          "We have forwarded item 2 of your request to the Sheriff's Office Open Records Unit",
          optional=["acknowledgement", "extension"], tracking="ORA-2026-118", fields={"amount": 225.0},
          quote="outlook",
          note="SO-26-0077 is the Sheriff's number for the referred part; the production timeline (10 business days after agreement) is the ORA's 3-day-response timeline, arguably an extension"),
        M(STRAND, OKONKWO, "2026-02-12 17:02:05 -0500",
          "Re: Open Records Act request - jail medical contract (ORA-2026-118)",
          """Renee,

Thanks for the quick answer. I don't think I should be paying $225 for this, though. The 2025 minutes and agenda packets are already posted on the County's website, so there's nothing to search for there beyond pulling the right meetings, and the paid invoices should come straight out of the accounts payable system by vendor name. 8.75 hours seems like alot. I'd also rather have the records emailed than copied, which should take the $12.50 copy charge off.

Could you take another look at the estimate?

Caleb""",
          "requester", ["dispute"],
          "I don't think I should be paying $225 for this, though",
          tracking="ORA-2026-118", quote="gmail"),
        M(OKONKWO, STRAND, "2026-02-17 10:19:27 -0500",
          "RE: Open Records Act request - jail medical contract (ORA-2026-118)",
          """Mr. Strand,

Fair points. Finance confirmed the invoices can be run as a single vendor report, and we will send links to the posted minutes rather than copying them. Revised estimate:

Search, retrieval and redaction of bank account numbers on invoices: 2.5 hours, less the first 15 minutes = 2.25 hours x $25.00 = $56.25
Copies: none (electronic delivery)
Total: $56.25

Renee Okonkwo-Barnes""",
          "agency", ["fee"],
          "Finance confirmed the invoices can be run as a single vendor report",
          tracking="ORA-2026-118", fields={"amount": 56.25}, quote="outlook"),
        M(STRAND, OKONKWO, "2026-02-17 11:30:12 -0500",
          "Re: Open Records Act request - jail medical contract (ORA-2026-118)",
          """That works - I agree to pay the $56.25. I can bring a check by the Commissioners' office this week or pay by card over the phone, whichever you prefer.

Caleb""",
          "requester", ["payment"],
          "That works - I agree to pay the $56.25",
          tracking="ORA-2026-118", fields={"amount": 56.25}, quote="gmail"),
        M(OKONKWO, STRAND, "2026-02-24 13:55:40 -0500",
          "RE: Open Records Act request - jail medical contract (ORA-2026-118)",
          """Mr. Strand,

Attached are the records responsive to items 1 and 3 of ORA-2026-118:

- Links to the 2025 meeting minutes and agenda packets (BOC_2025_Jail_Medical_Meetings.pdf)
- Vendor payment report, Southern Correctional Health LLC, Jan 2025 - Jan 2026 (AP_Vendor_Report_SCH.pdf)

The payment of $56.25 was received on February 19. This completes the County's response to your request; the Sheriff's Office will respond separately about the contract.

Renee Okonkwo-Barnes
Open Records Officer""",
          "agency", ["release"],
          "Attached are the records responsive to items 1 and 3 of ORA-2026-118",
          optional=["closure"], tracking="ORA-2026-118", fields={"documents": 2}, quote="outlook"),
        M(STRAND, OKONKWO, "2026-02-24 14:20:03 -0500",
          "Re: Open Records Act request - jail medical contract (ORA-2026-118)",
          """Got them, thank you Renee - and thanks for taking a second look at the estimate. Have a good rest of the week.

Caleb""",
          "requester", ["other"],
          "thanks for taking a second look at the estimate",
          tracking="ORA-2026-118", quote="gmail"),
    ],
)

THREADS = [T5, T6, T7, T8]
