# Held-out threads 9-12: Michigan FOIA with deposit, a MuckRock-filed Massachusetts request
# appealed to the Supervisor of Records, Virginia FOIA with the 7-day extension and a
# clarification, New Jersey OPRA through JustFOIA referred to a county prosecutor.
# Written by hand for this set; agencies, people, numbers and domains are invented.
# ruff: noqa: F821  (M and Thread are injected by build.py)

# --------------------------------------------------------------------------------------
# 9. Michigan FOIA by email: 10-business-day extension, itemized fee with a 50% deposit,
#    deposit paid, requester nudges, status update, release with balance due, paid, closed.
ACHTERBERG = ("Simone Achterberg", "s.achterberg@lakeshorewater.example.org")
DZIEDZIC = ("Paul Dziedzic", "foia@cityofharlow-mi.example.gov")

T9 = Thread(
    name="michigan-foia-harlow-lead-sampling",
    title="Lead and copper sampling results and service line inventory - City of Harlow (MI)",
    agency="City of Harlow",
    requester="Simone Achterberg",
    tracking_number="2026-FOIA-0142",
    status="done",
    messages=[
        M(ACHTERBERG, DZIEDZIC, "2026-08-03 10:05:18 -0400",
          "FOIA Request - lead & copper sampling",
          """Dear FOIA Coordinator,

Under Michigan's Freedom of Information Act, MCL 15.231 et seq., I request copies of:

1. All lead and copper tap sampling results for the City's water system from January 2023 through June 2026, including the sampling site addresses' street names (house numbers may be redacted).
2. The City's most recent lead service line inventory as submitted to the state.
3. Correspondence with the state drinking water program about any lead action level exceedance in 2025 or 2026.

I request a fee reduction under MCL 15.234(2) because the information is being used for a public health report. Electronic copies preferred.

Sincerely,
Simone Achterberg
Lakeshore Water Alliance""",
          "requester", ["request"],
          "Under Michigan's Freedom of Information Act, MCL 15.231 et seq., I request copies of",
          tracking=None, html=True),
        M(DZIEDZIC, ACHTERBERG, "2026-08-10 11:47:09 -0400",
          "RE: FOIA Request - lead & copper sampling",
          """Ms. Achterberg,

Your FOIA request was received by the City of Harlow on August 3, 2026 and assigned number 2026-FOIA-0142.

NOTICE OF EXTENSION: Pursuant to MCL 15.235(2)(d), the City is extending the time to respond to your request by not more than 10 business days. A response will be issued on or before August 24, 2026.

Paul Dziedzic
FOIA Coordinator, City of Harlow
Phone 269-555-0127""",
          "agency", ["extension"],
          "the City is extending the time to respond to your request by not more than 10 business days",
          optional=["acknowledgement"], tracking="2026-FOIA-0142", fields={"due_date": "2026-08-24"},
          quote="outlook"),
        M(DZIEDZIC, ACHTERBERG, "2026-08-24 15:12:50 -0400",
          "2026-FOIA-0142 - Notice of determination and fee",
          """Ms. Achterberg,

Your request 2026-FOIA-0142 is GRANTED. The records will be provided once the deposit described below is received.

Detailed Cost Itemization (MCL 15.234):
Labor, search and retrieval: 4.0 hours x $31.40 = $125.60
Labor, separating exempt from non-exempt information (house numbers): 2.0 hours x $31.40 = $62.80
Labor costs reduced 20% for public interest fee reduction: -$37.68
Electronic media (USB drive): $1.88
Total estimated fee: $152.60

Because the estimated fee exceeds $50.00, a good-faith deposit of 50% ($76.30) is required before the City begins processing. Please mail a check payable to "City of Harlow" to the Clerk's Office, referencing 2026-FOIA-0142. The City estimates it will complete your request within 15 business days after receiving the deposit.

Paul Dziedzic
FOIA Coordinator""",
          "agency", ["fee"],
          "a good-faith deposit of 50% ($76.30) is required before the City begins processing",
          optional=["release"], tracking="2026-FOIA-0142", fields={"amount": 152.6},
          note="the total estimate is the fee; the deposit is half of it; 'GRANTED' here means access will be given after payment"),
        M(ACHTERBERG, DZIEDZIC, "2026-08-26 09:33:02 -0400",
          "Re: 2026-FOIA-0142 - Notice of determination and fee",
          """Hi Paul,

I mailed check no. 2231 for the $76.30 deposit to the Clerk's Office this morning, with the request number on the memo line.

Simone""",
          "requester", ["payment"],
          "I mailed check no. 2231 for the $76.30 deposit",
          tracking="2026-FOIA-0142", fields={"amount": 76.3}, quote="gmail"),
        M(ACHTERBERG, DZIEDZIC, "2026-09-10 16:41:27 -0400",
          "Re: 2026-FOIA-0142 - Notice of determination and fee",
          """Hi Paul, just checking in on 2026-FOIA-0142. Did the deposit check arrive ok? I havent seen it clear yet and wanted to make sure the request is moving.

Thanks,
Simone""",
          "requester", ["follow_up"],
          "just checking in on 2026-FOIA-0142. Did the deposit check arrive ok?",
          tracking="2026-FOIA-0142"),
        M(DZIEDZIC, ACHTERBERG, "2026-09-11 08:58:14 -0400",
          "RE: 2026-FOIA-0142 - Notice of determination and fee",
          """Good morning Simone,

Yes, your deposit was received on August 31 and the Water Department is pulling the sampling data now. We're working on it and should have everything to you by the end of the month.

Paul""",
          "agency", ["status_update"],
          "the Water Department is pulling the sampling data now",
          optional=["acknowledgement"], tracking="2026-FOIA-0142", quote="gmail"),
        M(DZIEDZIC, ACHTERBERG, "2026-09-25 14:20:36 -0400",
          "2026-FOIA-0142 - Records and final invoice",
          """Ms. Achterberg,

Attached are the records responsive to 2026-FOIA-0142:

1. LCR_Tap_Sampling_2023-2026.xlsx
2. Harlow_LSL_Inventory_2025.pdf
3. EGLE_Correspondence_ALE_2025.pdf

Street names are shown; house numbers were removed as described in our cost itemization. The actual cost matched the estimate. The remaining balance of $76.30 (Invoice 26-0918) is due within 30 days; please mail a check to the Clerk's Office.

Paul Dziedzic
FOIA Coordinator""",
          "agency", ["release", "fee"],
          "Attached are the records responsive to 2026-FOIA-0142",
          tracking="2026-FOIA-0142", fields={"documents": 3, "amount": 76.3},
          note="Invoice 26-0918 is not a tracking number"),
        M(ACHTERBERG, DZIEDZIC, "2026-09-28 10:07:45 -0400",
          "Re: 2026-FOIA-0142 - Records and final invoice",
          """Paul - the balance of $76.30 for invoice 26-0918 went out today, check 2247. Thanks for the files.

Simone""",
          "requester", ["payment"],
          "the balance of $76.30 for invoice 26-0918 went out today",
          optional=["other"], tracking="2026-FOIA-0142", fields={"amount": 76.3}, quote="gmail"),
        M(DZIEDZIC, ACHTERBERG, "2026-10-02 09:15:22 -0400",
          "RE: 2026-FOIA-0142 - Records and final invoice",
          """Ms. Achterberg,

Your final payment was received. 2026-FOIA-0142 has been paid in full and is now closed.

Paul Dziedzic
FOIA Coordinator""",
          "agency", ["closure"],
          "has been paid in full and is now closed",
          optional=["acknowledgement"], tracking="2026-FOIA-0142", quote="outlook"),
    ],
)

# --------------------------------------------------------------------------------------
# 10. Massachusetts Public Records Law, filed through MuckRock: acknowledgement, automatic
#     follow-up, no records, appeal to the Supervisor of Records, SPR number, records found,
#     requester declares the appeal resolved.
OSEI = ("Harriet Osei", "91234-03318826@requests.muckrock.com")
COTS = ("Fennessey, Liam (COTS)", "publicrecords@cots.example.gov")
SPR = ("Supervisor of Records", "pre@spr.example.gov")
MR_FOOT = """

Filed via MuckRock.com
E-mail (Preferred): 91234-03318826@requests.muckrock.com
Upload documents directly: https://www.muckrock.com/respond/commonwealth-office-of-transit-security-4417/transit-surveillance-contracts-91234/?email=publicrecords%40cots.example.gov&passcode=Qm4Zr8TnVb2Kc6Wd

For mailed responses, please address (see note):
MuckRock News
DEPT MR 91234
PO Box 55819
Boston, MA 02205-5819

PLEASE NOTE: This request is not filed by a MuckRock staff member, but is being sent through MuckRock by the above in order to better track, share, and manage public records requests."""

T10 = Thread(
    name="massachusetts-muckrock-cots-surveillance-contracts",
    title="Transit station camera analytics contracts - Commonwealth Office of Transit Security (MA)",
    agency="Commonwealth Office of Transit Security",
    requester="Harriet Osei",
    tracking_number="PRR 26-0331",
    status="done",
    secrets=["Qm4Zr8TnVb2Kc6Wd"],
    messages=[
        M(OSEI, COTS, "2026-03-02 11:04:37 -0500",
          "Massachusetts Public Records Law Request: Transit station camera analytics contracts",
          """To Whom It May Concern:

Pursuant to the Massachusetts Public Records Law, G.L. c. 66, section 10, I hereby request the following records:

Any contracts, statements of work, purchase orders or memoranda of understanding entered into since January 1, 2023 for video analytics, object detection or face matching software used with cameras in transit stations, together with any data retention policies that govern the footage processed by that software.

The requested documents will be made available to the general public, and this request is not being made for commercial purposes.

In the event that there are fees, I would be grateful if you would inform me of the total charges in advance of fulfilling my request. I would prefer the request filled electronically, by e-mail attachment if available or CD-ROM if not.

Thank you in advance for your anticipated cooperation in this matter. I look forward to receiving your response to this request within 10 business days, as the statute requires.

Sincerely,

Harriet Osei""" + MR_FOOT,
          "requester", ["request"],
          "I hereby request the following records: Any contracts, statements of work, purchase orders",
          tracking=None, html=True),
        M(COTS, OSEI, "2026-03-05 12:26:10 -0500",
          "RE: Massachusetts Public Records Law Request: Transit station camera analytics contracts",
          """Dear Ms. Osei,

The Commonwealth Office of Transit Security (COTS) acknowledges receipt of your public records request received March 2, 2026. Your request has been assigned number PRR 26-0331.

COTS will respond to your request within ten (10) business days as required by G.L. c. 66, section 10(b), or will notify you if additional time is needed.

Liam Fennessey
Records Access Officer
Commonwealth Office of Transit Security""",
          "agency", ["acknowledgement"],
          "acknowledges receipt of your public records request received March 2, 2026",
          tracking="PRR 26-0331", quote="outlook"),
        M(OSEI, COTS, "2026-04-06 09:00:12 -0400",
          "RE: Massachusetts Public Records Law Request: Transit station camera analytics contracts",
          """To Whom It May Concern:

I'm following up on the Massachusetts Public Records Law request below, first submitted on March 2, 2026 and assigned PRR 26-0331. The ten business days have passed. Could you let me know when I can expect a response?

Thank you for your help.""" + MR_FOOT,
          "requester", ["follow_up"],
          "I'm following up on the Massachusetts Public Records Law request below, first submitted on March 2, 2026",
          tracking="PRR 26-0331", quote="gmail", quote_of=0,
          sender="Harriet Osei", note="automatic follow-up sent by the filing service"),
        M(COTS, OSEI, "2026-04-08 17:03:29 -0400",
          "PRR 26-0331 - Response",
          """Dear Ms. Osei,

Thank you for your patience. I write in response to your request PRR 26-0331.

COTS searched the files of its Procurement Unit and its Technology Division using the terms "analytics", "object detection", "face" and the names of the two camera vendors COTS works with. COTS did not locate any records responsive to your request. COTS does not operate video analytics software; station cameras are monitored live by staff.

If you are dissatisfied with this response you may appeal to the Supervisor of Records under 950 CMR 32.08(1) within 90 calendar days, and you may also seek relief in superior court under G.L. c. 66, section 10A(c).

Liam Fennessey
Records Access Officer""",
          "agency", ["no_records"],
          "COTS did not locate any records responsive to your request",
          optional=["closure"], tracking="PRR 26-0331"),
        M(OSEI, SPR, "2026-04-20 14:15:44 -0400",
          "Public records appeal - Commonwealth Office of Transit Security, PRR 26-0331",
          """To the Supervisor of Records:

I am appealing the response of the Commonwealth Office of Transit Security to my public records request PRR 26-0331 (response dated April 8, 2026, attached).

COTS says it has no contracts for video analytics. However, the Commonwealth's public procurement portal lists a 2024 purchase order from COTS to Veridian Sightline Inc. described as "station camera analytics licenses - year 1". COTS's search appears to have left out the purchase-order system and the Office of the General Counsel. I ask that the Supervisor order COTS to conduct an adequate search.

Sincerely,
Harriet Osei""" + MR_FOOT,
          "requester", ["appeal"],
          "I am appealing the response of the Commonwealth Office of Transit Security to my public records request",
          optional=["dispute"], tracking="PRR 26-0331", cc=COTS),
        M(SPR, OSEI, "2026-04-24 10:48:33 -0400",
          "SPR26/0412 Commonwealth Office of Transit Security",
          """Dear Ms. Osei:

The Supervisor of Records has received your petition, which has been assigned SPR26/0412. Please reference this number in any future correspondence.

We are contacting the Commonwealth Office of Transit Security for a response to your petition. The Supervisor will issue a determination within ten (10) business days, unless the matter is resolved earlier.

Sincerely,
Anthony Riordan
Attorney, Division of Public Records""",
          "agency", ["appeal"],
          "The Supervisor of Records has received your petition, which has been assigned SPR26/0412",
          optional=["acknowledgement"], tracking="SPR26/0412", cc=COTS),
        M(COTS, OSEI, "2026-05-06 15:37:58 -0400",
          "PRR 26-0331 - Supplemental response (SPR26/0412)",
          """Dear Ms. Osei,

Following your appeal, COTS expanded its search to the purchase order system and the Office of the General Counsel and located the records described below, which are attached. We regret that they were missed in our original search.

1. PO 24-COTS-11872 Veridian Sightline Inc. (license purchase order)
2. Veridian Sightline End User License Agreement and Data Addendum

Liam Fennessey
Records Access Officer""",
          "agency", ["release"],
          "expanded its search to the purchase order system and the Office of the General Counsel",
          tracking="PRR 26-0331", fields={"documents": 2}, cc=SPR,
          note="PO 24-COTS-11872 is a purchase order number"),
        M(OSEI, SPR, "2026-05-08 09:22:06 -0400",
          "RE: SPR26/0412 Commonwealth Office of Transit Security",
          """Dear Attorney Riordan,

COTS has now provided the purchase order and the license agreement I was looking for (its supplemental response of May 6 is attached). I consider my appeal SPR26/0412 resolved and withdraw it. Thank you for your help.

Sincerely,
Harriet Osei""" + MR_FOOT,
          "requester", ["withdrawal"],
          "I consider my appeal SPR26/0412 resolved and withdraw it",
          optional=["other"], tracking="SPR26/0412", quote="gmail", quote_of=5),
    ],
)

# --------------------------------------------------------------------------------------
# 11. Virginia FOIA by email: the 7-working-day extension, a clarification exchange, release
#     with a no-records answer for one item, and an off-lifecycle question with its answer.
FAIRBANKS = ("Eli Fairbanks", "eli.fairbanks@calderparents.example.org")
TRAN = ("Tran-Sawyer, Monique", "foia@caldercps.example.org")

T11 = Thread(
    name="virginia-foia-calder-schools-boundary",
    title="Attendance boundary review records - Calder County Public Schools (VA)",
    agency="Calder County Public Schools",
    requester="Eli Fairbanks",
    tracking_number="FOIA 26-112",
    status="done",
    messages=[
        M(FAIRBANKS, TRAN, "2026-10-05 07:41:16 -0400",
          "Virginia FOIA request - attendance boundary review",
          """Dear FOIA Officer,

Under the Virginia Freedom of Information Act, Va. Code 2.2-3700 et seq., I'm requesting:

1. The boundary scenarios (maps and enrollment projections) presented to the School Board since March 1, 2026.
2. All communications about the redistricting.
3. Any survey results from the spring 2026 community boundary survey, broken down by school.

I'm a parent in the district, a Virginia resident. Please let me know in advance if costs will exceed $20.

Thank you,
Eli Fairbanks""",
          "requester", ["request"],
          "Under the Virginia Freedom of Information Act, Va. Code 2.2-3700 et seq., I'm requesting",
          tracking=None),
        M(TRAN, FAIRBANKS, "2026-10-09 13:10:42 -0400",
          "RE: Virginia FOIA request - attendance boundary review (FOIA 26-112)",
          """Mr. Fairbanks,

Calder County Public Schools received your request on October 5, 2026; it is FOIA 26-112 in our log.

It is not practically possible to provide the requested records or to determine whether they are available within the five working days required by law. Pursuant to Va. Code 2.2-3704(B)(4), the division is therefore invoking the additional seven working days to respond, which makes our response due no later than October 21, 2026.

Monique Tran-Sawyer
FOIA Officer, Calder County Public Schools""",
          "agency", ["extension"],
          "is therefore invoking the additional seven working days to respond",
          optional=["acknowledgement"], tracking="FOIA 26-112", fields={"due_date": "2026-10-21"},
          quote="outlook", sender="Tran-Sawyer, Monique"),
        M(TRAN, FAIRBANKS, "2026-10-13 09:26:35 -0400",
          "FOIA 26-112 - question about item 2",
          """Mr. Fairbanks,

We're gathering items 1 and 3. Item 2, "all communications about the redistricting", would cover thousands of emails across every school and central office department. Could you tell us which senders or recipients you're interested in (for example the Boundary Review Committee, School Board members, or the Planning Office), and a date range? That would let us run a search we can actually complete.

Monique""",
          "agency", ["clarification_request"],
          "Could you tell us which senders or recipients you're interested in",
          tracking="FOIA 26-112", sender="Tran-Sawyer, Monique"),
        M(FAIRBANKS, TRAN, "2026-10-13 12:02:19 -0400",
          "Re: FOIA 26-112 - question about item 2",
          """Sure - please limit item 2 to emails between the Planning Office and School Board members, March 1 through September 30, 2026, that contain the word "boundary". That's all I need.

Eli""",
          "requester", ["clarification_response"],
          "please limit item 2 to emails between the Planning Office and School Board members",
          tracking="FOIA 26-112", quote="outlook"),
        M(TRAN, FAIRBANKS, "2026-10-21 16:44:08 -0400",
          "FOIA 26-112 - Response",
          """Mr. Fairbanks,

Here is the division's response to FOIA 26-112.

Item 1: Attached as Boundary_Scenarios_A-D_2026.pdf.
Item 2 (as narrowed on October 13): Attached as Planning_Board_Emails_Mar-Sep2026.pdf.
Item 3: The division has no records responsive to this item. The spring survey was administered and tabulated by the Calder County Planning Commission, not by the school division, and the division did not receive school-level results.

There is no charge for this request.

Monique Tran-Sawyer
FOIA Officer""",
          "agency", ["release", "no_records"],
          "The division has no records responsive to this item",
          tracking="FOIA 26-112", fields={"documents": 2}, sender="Tran-Sawyer, Monique"),
        M(FAIRBANKS, TRAN, "2026-10-22 07:55:40 -0400",
          "Re: FOIA 26-112 - Response",
          """Thank you Monique, this is great. Unrelated question: does the School Board livestream its work sessions, or just the regular meetings? I couldn't find the work sessions on the website.

Eli""",
          "requester", ["other"],
          "does the School Board livestream its work sessions",
          tracking="FOIA 26-112", quote="outlook"),
        M(TRAN, FAIRBANKS, "2026-10-22 10:30:51 -0400",
          "RE: Re: FOIA 26-112 - Response",
          """Hi Eli, work sessions are livestreamed too, but the recordings are posted under "Board Work Sessions" on the BoardDocs page rather than on the main video page. The Clerk of the Board can help if you can't find one: 540-555-0161.

Monique""",
          "agency", ["other"],
          "work sessions are livestreamed too, but the recordings are posted",
          tracking="FOIA 26-112", quote="gmail", sender="Tran-Sawyer, Monique"),
    ],
)

# --------------------------------------------------------------------------------------
# 12. New Jersey OPRA through JustFOIA: acknowledgement with a 7-business-day due date, a
#     one-time passcode, referral to the county prosecutor with a new number, the
#     prosecutor's acknowledgement with an extension, withdrawal, closure.
DUNMORE = ("Priscilla Dunmore", "pdunmore@gardenstatebeacon.example.org")
CLERK = ("Kaminski, Josephine", "clerk@lindenridgenj.example.gov")
JF = ("Borough of Linden Ridge", "lindenridgenj-notifications@justfoia.com")
MCPO = ("MCPO OPRA Unit", "opra@marrowcountyprosecutor.example.gov")

T12 = Thread(
    name="new-jersey-opra-justfoia-linden-ridge-ia",
    title="Internal affairs summary for Linden Ridge police 2025 - Borough of Linden Ridge / Marrow County Prosecutor (NJ)",
    agency="Marrow County Prosecutor's Office",
    requester="Priscilla Dunmore",
    tracking_number="MCPO-2026-1180",
    status="abandoned",
    secrets=["604918"],
    messages=[
        M(DUNMORE, CLERK, "2026-07-13 08:17:44 -0400",
          "OPRA request - police internal affairs summary 2025",
          """Dear Ms. Kaminski,

Under the Open Public Records Act, N.J.S.A. 47:1A-1 et seq., and the common law right of access, please provide:

- The 2025 internal affairs summary report for the Linden Ridge Police Department (the annual synopsis of IA complaints and dispositions).
- Any report of major discipline for Linden Ridge police officers issued in 2025.

Please email the records to this address. If any fee applies please tell me first.

Regards,
Priscilla Dunmore
Garden State Beacon""",
          "requester", ["request"],
          "please provide: - The 2025 internal affairs summary report for the Linden Ridge Police Department",
          tracking=None),
        M(JF, DUNMORE, "2026-07-13 14:02:30 -0400",
          "OPRA Request OPRA-26-0412 Received",
          """BOROUGH OF LINDEN RIDGE
Your request has been received

Request Number: OPRA-26-0412
Submitted: 07/13/2026 8:17 AM
Status: Received
Due Date: 07/22/2026

The Borough Clerk entered your emailed request into our records system. Under OPRA the Borough must respond within seven business days; the due date is shown above.

View Request: https://lindenridgenj.justfoia.com/publicportal/home/track?request=OPRA-26-0412

You are receiving this email because of a public records request submitted to Borough of Linden Ridge through JustFOIA.""",
          "agency", ["acknowledgement"],
          "The Borough Clerk entered your emailed request into our records system",
          tracking="OPRA-26-0412", fields={"due_date": "2026-07-22"}, portal="justfoia", html=True),
        M(JF, DUNMORE, "2026-07-14 19:45:03 -0400",
          "Your JustFOIA verification code",
          """BOROUGH OF LINDEN RIDGE
Sign-in verification

Someone is trying to sign in to the Borough of Linden Ridge public records portal with your email address. Your one-time passcode is 604918. It expires in 10 minutes.

If this wasn't you, you can ignore this message; your account is still secure.""",
          "agency", ["portal_notice"],
          "Someone is trying to sign in to the Borough of Linden Ridge public records portal",
          portal="justfoia", html=True),
        M(JF, DUNMORE, "2026-07-20 11:35:47 -0400",
          "OPRA Request OPRA-26-0412 - Message from the Borough",
          """BOROUGH OF LINDEN RIDGE
New message about request OPRA-26-0412

Ms. Dunmore, the internal affairs summary and major discipline reports for the Linden Ridge Police Department are filed with and maintained by the Marrow County Prosecutor's Office, which publishes the county's reports. The Borough does not keep a copy. We have forwarded your request to the Prosecutor's OPRA Unit, and you will hear from them directly. The Borough's request OPRA-26-0412 will be closed.

Josephine Kaminski, RMC
Borough Clerk / Custodian of Records

View Request: https://lindenridgenj.justfoia.com/publicportal/home/track?request=OPRA-26-0412""",
          "agency", ["referral"],
          "We have forwarded your request to the Prosecutor's OPRA Unit",
          optional=["no_records", "closure"], tracking="OPRA-26-0412", portal="justfoia", html=True),
        M(MCPO, DUNMORE, "2026-07-22 10:14:21 -0400",
          "OPRA - referred request MCPO-2026-1180",
          """Ms. Dunmore:

The Marrow County Prosecutor's Office has received your OPRA request, which was referred to us by the Borough of Linden Ridge on July 20, 2026. Your request has been logged as MCPO-2026-1180.

Because the major discipline reports must be reviewed for confidential personnel information before release, this office requires additional time to respond. Pursuant to N.J.S.A. 47:1A-5(i), we are extending the deadline to August 14, 2026.

OPRA Unit
Marrow County Prosecutor's Office""",
          "agency", ["acknowledgement", "extension"],
          "Your request has been logged as MCPO-2026-1180",
          tracking="MCPO-2026-1180", fields={"due_date": "2026-08-14"}),
        M(DUNMORE, MCPO, "2026-07-27 15:49:10 -0400",
          "Re: OPRA - referred request MCPO-2026-1180",
          """Hello,

I found the 2025 summary report on the Attorney General's internal affairs transparency page, and it includes the major discipline listings I was after. Please withdraw request MCPO-2026-1180; there's no need to process it.

Thank you,
Priscilla Dunmore""",
          "requester", ["withdrawal"],
          "Please withdraw request MCPO-2026-1180",
          tracking="MCPO-2026-1180", quote="gmail"),
        M(MCPO, DUNMORE, "2026-07-28 09:03:55 -0400",
          "RE: OPRA - referred request MCPO-2026-1180",
          """Ms. Dunmore:

As you requested, OPRA request MCPO-2026-1180 has been withdrawn and is now closed. No records were produced and there is no charge.

OPRA Unit
Marrow County Prosecutor's Office""",
          "agency", ["closure"],
          "has been withdrawn and is now closed",
          tracking="MCPO-2026-1180", fields={"reason_contains": "withdrawn"}, quote="outlook"),
    ],
)

THREADS = [T9, T10, T11, T12]
