# Held-out threads 1-4: federal FOIA (PAL), Texas PIA, New York FOIL, Florida ch. 119 (GovQA).
# Written by hand for this set; agencies, people, numbers and domains are invented.
# ruff: noqa: F821  (M and Thread are injected by build.py)

# --------------------------------------------------------------------------------------
# 1. Federal FOIA through a FOIAXpress PAL portal: unusual-circumstances extension, rolling
#    release with (b)(6) redactions, final letter with (b)(5)/(b)(6)/(b)(7)(C), appeal.
OKAFOR = ("Marisol Okafor", "marisol.okafor@riverbendledger.example.org")
BWI_FOIA = ("BWI FOIA Office", "foia@bwi.example.gov")
BWI_PAL = ("BWI FOIA Public Access Link", "pal-noreply@foiapal.bwi.example.gov")
OIP = ("DPW Office of Information Policy", "foia.appeals@dpw.example.gov")

T1 = Thread(
    name="fed-bwi-halvorsen-dam-inspections",
    title="Halvorsen Creek Dam inspection reports and spillway emails - U.S. Bureau of Water Infrastructure",
    agency="U.S. Bureau of Water Infrastructure",
    requester="Marisol Okafor",
    tracking_number="BWI-2026-000417",
    status="appealing",
    messages=[
        M(OKAFOR, BWI_FOIA, "2026-02-02 10:14:52 -0500",
          "FOIA request - Halvorsen Creek Dam inspection reports 2019-2025",
          """Dear FOIA Officer,

This is a request under the Freedom of Information Act, 5 U.S.C. 552. I request copies of:

1. All periodic and special inspection reports for Halvorsen Creek Dam (National Inventory of Dams ID MT00931) prepared between January 1, 2019 and December 31, 2025, including attachments and photo logs.
2. Emails sent or received by the Bureau's Upper Basin Area Office that mention "spillway" and "crack" or "cracking", dated June 1, 2024 through December 31, 2025.
3. Any Emergency Action Plan exercise after-action reports for the dam from the same period.

I am a reporter for the Riverbend Ledger and ask to be placed in the news media fee category. I also request a waiver of fees, because disclosure will contribute significantly to public understanding of how the Bureau monitors an aging high-hazard dam upstream of two towns. If no waiver is granted, I agree to pay up to $50 without further approval.

I prefer electronic records sent by email or through your portal.

Thank you,
Marisol Okafor
Riverbend Ledger
(406) 555-0172""",
          "requester", ["request"],
          "I request copies of: 1. All periodic and special inspection reports for Halvorsen Creek Dam",
          tracking=None, html=True),
        M(BWI_PAL, OKAFOR, "2026-02-03 08:02:11 -0500",
          "FOIA Request BWI-2026-000417 Submitted",
          """U.S. Bureau of Water Infrastructure
FOIA Public Access Link (PAL)

Dear Marisol Okafor,

The U.S. Bureau of Water Infrastructure has received your Freedom of Information Act request, which has been assigned the tracking number below. Please use this number in all correspondence about your request.

Request Number: BWI-2026-000417
Received Date: 02/02/2026
Fee Category: News Media
Processing Track: Complex
Status: Assigned for Processing

Your fee waiver request will be addressed separately. You may check the status of your request at any time by signing in to PAL at https://foiapal.bwi.example.gov/App/Home.aspx

This is an automated message from FOIAXpress. Please do not reply to this email.""",
          "agency", ["acknowledgement"],
          "has received your Freedom of Information Act request, which has been assigned the tracking number below",
          tracking="BWI-2026-000417", portal="foiaxpress", html=True,
          headers={"X-Mailer": "FOIAXpress PAL Notification Service"}),
        M(BWI_FOIA, OKAFOR, "2026-03-02 16:40:27 -0500",
          "BWI-2026-000417 - Notice of unusual circumstances",
          """Ms. Okafor:

This letter concerns your Freedom of Information Act (FOIA) request dated February 2, 2026, received in this office the same day and assigned tracking number BWI-2026-000417. You asked for inspection reports for Halvorsen Creek Dam, certain emails of the Upper Basin Area Office, and Emergency Action Plan after-action reports.

We have completed our initial searches. The inspection reports are held in the Area Office's engineering files in Billings, and the email search returned approximately 2,300 messages that must be de-duplicated and reviewed. Portions of the records also originated with the State dam safety program and will require consultation with that office before we can release them.

Because your request requires the search for and collection of records from a field office separate from this office, and the review of a voluminous amount of records, unusual circumstances apply under 5 U.S.C. 552(a)(6)(B)(i), and we are extending the time limit to respond by ten additional working days, to March 17, 2026. If you would like to narrow your request so that it can be processed sooner, or arrange an alternative time frame, please contact our FOIA Public Liaison, Dana Whitcomb, at (202) 555-0148.

You may also contact the Office of Government Information Services (OGIS) at the National Archives and Records Administration to inquire about the FOIA mediation services they offer.

Sincerely,

Gerald Pruitt
Government Information Specialist
FOIA Office, U.S. Bureau of Water Infrastructure""",
          "agency", ["extension"],
          "we are extending the time limit to respond by ten additional working days, to March 17, 2026",
          tracking="BWI-2026-000417", fields={"due_date": "2026-03-17"}, sender="BWI FOIA Office"),
        M(OKAFOR, BWI_FOIA, "2026-03-24 09:05:40 -0500",
          "Re: BWI-2026-000417 - Notice of unusual circumstances",
          """Mr. Pruitt,

The extended deadline of March 17 for BWI-2026-000417 has come and gone and I have not heard anything further. Could you tell me where the request stands, and give me an estimated date of completion as 5 U.S.C. 552(a)(7)(B) provides? If the inspection reports are ready before the emails, I'd be glad to get them first.

Thanks,
Marisol""",
          "requester", ["follow_up"],
          "The extended deadline of March 17 for BWI-2026-000417 has come and gone",
          tracking="BWI-2026-000417", quote="gmail"),
        M(BWI_FOIA, OKAFOR, "2026-03-26 14:22:03 -0500",
          "RE: BWI-2026-000417 - Notice of unusual circumstances",
          """Ms. Okafor,

Thank you for your patience. As you suggested we are processing your request on a rolling basis. This is the first interim response.

Enclosed are 212 pages of inspection reports (2019 through 2022). We have redacted the personal cell phone numbers and home addresses of contractor staff under Exemption 6, 5 U.S.C. 552(b)(6), because releasing them would be a clearly unwarranted invasion of personal privacy. No other information was withheld from these pages.

Enclosures:
BWI-2026-000417_Interim1_Inspections_2019-2020.pdf
BWI-2026-000417_Interim1_Inspections_2021-2022.pdf

Our estimated date of completion for the rest of the request is May 29, 2026.

Gerald Pruitt
Government Information Specialist""",
          "agency", ["release", "denial"],
          "This is the first interim response. Enclosed are 212 pages of inspection reports",
          optional=["extension", "status_update"], tracking="BWI-2026-000417",
          fields={"documents": 2}, quote="outlook",
          note="partial withholding under (b)(6) counts as a partial denial"),
        M(BWI_FOIA, OKAFOR, "2026-05-28 11:47:19 -0500",
          "BWI-2026-000417 - Final response",
          """Dear Ms. Okafor:

This is the final response to your Freedom of Information Act request BWI-2026-000417. Our first interim response of March 26, 2026 released 212 pages of inspection reports.

We have now completed our review of the remaining records: 431 pages of inspection reports, emails and after-action reports. Of these, 318 pages are released in full, 97 pages are released in part, and 16 pages are withheld in full. The withheld material consists of draft engineering assessments and staff recommendations that predate the Bureau's final decisions on spillway repairs, which we are withholding under Exemption 5, 5 U.S.C. 552(b)(5), the deliberative process privilege; the names and direct telephone numbers of non-supervisory employees and contractors under Exemption 6, 5 U.S.C. 552(b)(6); and the names of Bureau security officers in two incident reports under Exemption 7(C), 5 U.S.C. 552(b)(7)(C). Your fee waiver request is granted; there is no charge.

The records are enclosed as BWI-2026-000417_Final_Release.pdf. This completes the processing of your request, and it is now closed.

You may contact our FOIA Public Liaison for further assistance, or the Office of Government Information Services (OGIS) for mediation. If you are not satisfied with this response, you may file an administrative appeal with the Department of Public Works, Office of Information Policy, by email to foia.appeals@dpw.example.gov. Your appeal must be postmarked or electronically transmitted within 90 days of the date of this letter.

Sincerely,

Gerald Pruitt
Government Information Specialist""",
          "agency", ["release", "denial", "closure"],
          "Of these, 318 pages are released in full, 97 pages are released in part, and 16 pages are withheld in full",
          tracking="BWI-2026-000417", fields={"documents": 1}, sender="BWI FOIA Office"),
        M(OKAFOR, OIP, "2026-06-15 08:31:55 -0600",
          "FOIA Appeal - BWI-2026-000417",
          """Office of Information Policy
Department of Public Works
FOIA Appeals

Re: Freedom of Information Act Appeal, U.S. Bureau of Water Infrastructure request BWI-2026-000417

Dear Appeals Officer,

I appeal the Bureau's final response of May 28, 2026 to my request BWI-2026-000417, which withheld 16 pages in full under Exemption 5 and redacted 97 further pages.

The spillway assessments withheld under the deliberative process privilege were, according to emails the Bureau did release, relied on by the Area Manager when the Bureau decided in November 2025 to lower the reservoir. Once adopted as the basis of a final decision, they are no longer predecisional. The Bureau also did not explain why reasonably segregable factual material (inspection measurements, photographs) could not be released. I ask that the withheld pages be reviewed again and released with only the opinions redacted.

Sincerely,
Marisol Okafor
Riverbend Ledger""",
          "requester", ["appeal"],
          "I appeal the Bureau's final response of May 28, 2026 to my request BWI-2026-000417",
          tracking="BWI-2026-000417", cc=BWI_FOIA),
        M(OIP, OKAFOR, "2026-06-18 10:02:44 -0400",
          "Appeal No. DPW-A-2026-00093",
          """Dear Ms. Okafor:

This is to advise you that your administrative appeal from the action of the U.S. Bureau of Water Infrastructure on your request BWI-2026-000417 was received by this Office on June 15, 2026.

The Office of Information Policy has the responsibility of adjudicating such appeals. We have assigned your appeal number DPW-A-2026-00093. Please mention this number in any future correspondence with this Office regarding this matter. We will notify you of the decision on your appeal as soon as we can; appeals are handled in the order received.

Sincerely,
Priscilla Yount
Supervisory Administrative Specialist
Office of Information Policy""",
          "agency", ["appeal"],
          "We have assigned your appeal number DPW-A-2026-00093",
          optional=["acknowledgement"], tracking="DPW-A-2026-00093"),
    ],
)

# --------------------------------------------------------------------------------------
# 2. Texas Public Information Act by plain email: request for an Attorney General ruling,
#    questions off the lifecycle, AG ruling lets the city withhold the video, release.
WHITLOCK = ("Aaron Whitlock", "awhitlock@gulfplainsreport.example.org")
VANCE = ("Dolores Vance", "dvance@cedarbluff-tx.example.gov")

T2 = Thread(
    name="texas-pia-cedar-bluff-bodycam",
    title="Body camera video and incident report, March 28 traffic stop - Cedar Bluff Police Department (TX)",
    agency="City of Cedar Bluff / Cedar Bluff Police Department",
    requester="Aaron Whitlock",
    tracking_number="PIR-26-0388",
    status="done",  # final release with withholding: MuckRock says done (see README)
    messages=[
        M(WHITLOCK, VANCE, "2026-04-06 07:52:10 -0500",
          "Public Information Act request - March 28 traffic stop, Elm & 4th",
          """Ms. Vance,

Under the Texas Public Information Act, Tex. Gov't Code ch. 552, I'm requesting the following from the Cedar Bluff Police Department:

- All body-worn camera and dash camera video of the traffic stop on March 28, 2026 at about 11:40 p.m. near Elm Street and 4th Avenue (your incident no. 26-004417).
- The incident/offense report for that stop.
- The CAD call detail log for the same incident.

Electronic copies are fine, and I'm happy to pick up a flash drive if the video is too large to email. Please let me know if costs will exceed $40.

Thanks very much,
Aaron Whitlock
Gulf Plains Report
361-555-0193""",
          "requester", ["request"],
          "I'm requesting the following from the Cedar Bluff Police Department",
          tracking=None,
          note="26-004417 is the police incident number, not a tracking number"),
        M(VANCE, WHITLOCK, "2026-04-07 09:15:33 -0500",
          "RE: Public Information Act request - March 28 traffic stop, Elm & 4th",
          """Good morning Mr. Whitlock,

The City received your request for public information on April 6, 2026. It has been assigned PIR-26-0388; please reference that number when you contact us about it.

The police department has been asked to gather the responsive information. As required by Section 552.221, the City will promptly produce the information or let you know when it can be provided.

Dolores Vance
City Secretary / Public Information Officer
City of Cedar Bluff
(361) 555-0110""",
          "agency", ["acknowledgement"],
          "The City received your request for public information on April 6, 2026. It has been assigned PIR-26-0388",
          tracking="PIR-26-0388", quote="outlook"),
        M(VANCE, WHITLOCK, "2026-04-20 16:58:02 -0500",
          "PIR-26-0388 - Request for Attorney General decision",
          """Mr. Whitlock,

Please see the attached letter regarding your request PIR-26-0388.

The City has reviewed the information responsive to your request. The incident is the subject of a pending criminal prosecution, and the City believes the video and portions of the offense report are excepted from disclosure under Section 552.108(a)(1) of the Government Code.

As permitted by Section 552.301, the City has today asked the Office of the Attorney General for a decision on whether the information may be withheld. The information will not be released until the Attorney General issues a ruling, which by law is due within 45 business days after the Attorney General receives our request. A copy of our letter to the Attorney General is enclosed, with the information at issue removed.

Dolores Vance
City Secretary

Attachment: PIR-26-0388 Letter to OAG.pdf""",
          "agency", ["extension"],
          "the City has today asked the Office of the Attorney General for a decision on whether the information may be withheld",
          optional=["status_update"], tracking="PIR-26-0388",
          note="a request for an AG ruling is not yet a decision: it delays the answer"),
        M(WHITLOCK, VANCE, "2026-04-21 08:20:47 -0500",
          "Re: PIR-26-0388 - Request for Attorney General decision",
          """Thanks for the leter. Two quick questions, if you don't mind:

1) Can I send my own comments to the AG about why the video should be released, and where do they go?
2) Is there any way to know the AG's file number for this once they log it?

Aaron""",
          "requester", ["other"],
          "Can I send my own comments to the AG about why the video should be released",
          tracking="PIR-26-0388", quote="gmail"),
        M(VANCE, WHITLOCK, "2026-04-21 10:44:16 -0500",
          "RE: PIR-26-0388 - Request for Attorney General decision",
          """Hi Aaron,

Yes - under Section 552.304 anyone may submit written comments to the Attorney General stating why information should or should not be released. Send them to the Open Records Division and reference the City of Cedar Bluff and the date of our letter (April 20). The AG's office will assign its own ID number; it usually appears on the ruling itself, so I'll make sure you get a copy.

Dolores""",
          "agency", ["other"],
          "under Section 552.304 anyone may submit written comments to the Attorney General",
          tracking="PIR-26-0388", quote="outlook"),
        M(VANCE, WHITLOCK, "2026-06-24 15:30:09 -0500",
          "PIR-26-0388 - Attorney General ruling and release",
          """Mr. Whitlock,

The Office of the Attorney General has issued Open Records Letter Ruling No. OR2026-14127 concerning your request PIR-26-0388. A copy of the ruling is attached.

The Attorney General concluded that the City may withhold the body-worn camera and dash camera video under Section 552.108(a)(1) of the Government Code while the prosecution is pending, but that the City must release basic information about the arrest and the offense.

In accordance with the ruling, we are releasing the following today:
1. Offense report 26-004417, front page (basic information), PDF
2. CAD call detail log, PDF

The video is withheld as the ruling permits.

Dolores Vance
City Secretary / Public Information Officer""",
          "agency", ["release", "denial"],
          "The Attorney General concluded that the City may withhold the body-worn camera and dash camera video",
          tracking="PIR-26-0388", fields={"documents": 2},
          note="OR2026-14127 is the AG ruling number, not the request's tracking number"),
        M(WHITLOCK, VANCE, "2026-06-25 08:03:51 -0500",
          "Re: PIR-26-0388 - Attorney General ruling and release",
          """Got both PDFs and the ruling, thank you Dolores. I appreciate you keeping me in the loop the whole way.

Aaron""",
          "requester", ["other"],
          "Got both PDFs and the ruling, thank you Dolores",
          tracking="PIR-26-0388", quote="gmail"),
        M(VANCE, WHITLOCK, "2026-06-26 09:12:38 -0500",
          "RE: PIR-26-0388 - Attorney General ruling and release",
          """You're welcome. With this release, request PIR-26-0388 is complete and has been closed in our system. If the case is resolved and you would like to ask for the video again, please submit a new request.

Dolores""",
          "agency", ["closure"],
          "request PIR-26-0388 is complete and has been closed in our system",
          optional=["other"], tracking="PIR-26-0388"),
    ],
)

# --------------------------------------------------------------------------------------
# 3. New York FOIL by email: 5-business-day acknowledgement with an approximate date, an
#    extension, appeal of the constructive denial, release with 87(2) withholdings, a
#    missing attachment disputed and sent.
LINDQVIST = ("Bea Lindqvist", "bea@upstatetransitwatch.example.org")
RAO = ("Iannucci, Frank", "fiannucci@onondale-county.example.gov")
APPEALS = ("Onondale County Attorney - FOIL Appeals", "foilappeals@onondale-county.example.gov")

T3 = Thread(
    name="ny-foil-onondale-route31-crashes",
    title="Route 31 corridor crash data and safety study - Onondale County DOT (NY)",
    agency="Onondale County Department of Transportation",
    requester="Bea Lindqvist",
    tracking_number="2026-0057",
    status="done",  # final release with withholding: MuckRock says done (see README)
    messages=[
        M(LINDQVIST, RAO, "2026-01-20 13:26:44 -0500",
          "FOIL request: Route 31 crash data + corridor safety study",
          """Dear Records Access Officer:

Pursuant to the New York Freedom of Information Law, Public Officers Law Article 6, I request:

(a) crash data the Department maintains for County Route 31 between the Village of Marlow line and Ridge Road, for 2022 through 2024, in spreadsheet form if it exists in that form;
(b) the final and any draft versions of the Route 31 Corridor Safety Study prepared by the Department or its consultant in 2024 or 2025;
(c) correspondence between the Department and the consultant about the study's recommendations for a roundabout at Ridge Road.

If any portion is denied, please cite the specific exemption and release all reasonably segregable portions. I'd prefer electronic copies by email.

Thank you,
Bea Lindqvist
Upstate Transit Watch""",
          "requester", ["request"],
          "Pursuant to the New York Freedom of Information Law, Public Officers Law Article 6, I request",
          tracking=None),
        M(RAO, LINDQVIST, "2026-01-26 11:08:17 -0500",
          "RE: FOIL request: Route 31 crash data + corridor safety study",
          """Ms. Lindqvist,

This will acknowledge receipt of your Freedom of Information Law request received by this office on January 20, 2026, which has been given FOIL #2026-0057.

Your request is being reviewed to determine the extent to which records exist and may be disclosed. We expect to be able to grant or deny your request, in whole or in part, on or before February 24, 2026.

Frank Iannucci
Records Access Officer
Onondale County Department of Transportation""",
          "agency", ["acknowledgement"],
          "This will acknowledge receipt of your Freedom of Information Law request received by this office on January 20, 2026",
          tracking="2026-0057", fields={"due_date": "2026-02-24"}, quote="outlook",
          sender="Iannucci, Frank"),
        M(RAO, LINDQVIST, "2026-02-24 15:51:20 -0500",
          "FOIL #2026-0057 - additional time needed",
          """Ms. Lindqvist,

I am writing about FOIL #2026-0057. The Department has located the crash data and the corridor study, but the consultant correspondence is kept in several staff mailboxes and must be reviewed by our Law Department before release.

Due to the volume of records and the need for legal review, additional time is needed to respond. We now anticipate that a determination will be made on or before April 10, 2026.

Frank Iannucci
Records Access Officer""",
          "agency", ["extension"],
          "We now anticipate that a determination will be made on or before April 10, 2026",
          tracking="2026-0057", fields={"due_date": "2026-04-10"}, sender="Iannucci, Frank"),
        M(LINDQVIST, APPEALS, "2026-04-14 09:40:02 -0400",
          "FOIL appeal - constructive denial of FOIL #2026-0057",
          """To the Records Access Appeals Officer:

On January 20, 2026 I submitted a FOIL request to the Department of Transportation, which was assigned FOIL #2026-0057. The Department twice set a date by which it would respond, most recently April 10, 2026. That date has passed without a determination or any further communication.

Under Public Officers Law section 89(4)(a), the failure to grant or deny access within the time the agency itself set is a constructive denial. I therefore appeal that denial and ask that you direct the Department to produce the records without further delay.

Bea Lindqvist""",
          "requester", ["appeal"],
          "Under Public Officers Law section 89(4)(a), the failure to grant or deny access within the time the agency itself set is a constructive denial",
          optional=["dispute", "follow_up"], tracking="2026-0057", cc=RAO),
        M(APPEALS, LINDQVIST, "2026-04-16 12:19:45 -0400",
          "RE: FOIL appeal - constructive denial of FOIL #2026-0057",
          """Dear Ms. Lindqvist,

We are in receipt of your appeal dated April 14, 2026 concerning FOIL #2026-0057, which has been logged as Appeal No. FA-26-011.

I have reviewed the file and have directed the Department of Transportation's Records Access Officer to issue a determination on your request and produce any records that are not exempt within ten business days of this letter. This constitutes the County's determination of your appeal, and a copy will be forwarded to the Committee on Open Government as required by section 89(4)(a).

Marguerite Sloane
Assistant County Attorney / Records Access Appeals Officer""",
          "agency", ["appeal"],
          "which has been logged as Appeal No. FA-26-011",
          optional=["acknowledgement"], tracking="FA-26-011", quote="gmail"),
        M(RAO, LINDQVIST, "2026-04-29 14:06:31 -0400",
          "FOIL #2026-0057 - determination",
          """Ms. Lindqvist,

Your request, FOIL #2026-0057, is granted in part and denied in part.

Attached please find:
1. Route31_Crash_Data_2022.xlsx
2. Route31_Crash_Data_2023.xlsx
3. Route31_Corridor_Safety_Study_FINAL_Oct2025.pdf

The draft versions of the study and the staff portions of the consultant correspondence are withheld pursuant to Public Officers Law section 87(2)(g), as inter-agency or intra-agency materials that are not statistical or factual tabulations, final agency policy or determinations. Driver names and license numbers in the crash data were redacted under section 87(2)(b) as an unwarranted invasion of personal privacy.

You may appeal this determination within 30 days to the Records Access Appeals Officer, Onondale County Attorney's Office.

Frank Iannucci
Records Access Officer""",
          "agency", ["release", "denial"],
          "is granted in part and denied in part",
          tracking="2026-0057", fields={"documents": 3}, sender="Iannucci, Frank"),
        M(LINDQVIST, RAO, "2026-04-30 08:12:09 -0400",
          "Re: FOIL #2026-0057 - determination",
          """Frank - thanks for this. One problem: I asked for 2022 through 2024, and the 2024 crash spreadsheet isn't here, only 2022 and 2023. Your letter doesn't say it was withheld, so I assume it was left off by mistake? Could you send it?

Bea""",
          "requester", ["dispute"],
          "the 2024 crash spreadsheet isn't here, only 2022 and 2023",
          tracking="2026-0057", quote="gmail"),
        M(RAO, LINDQVIST, "2026-05-01 10:25:58 -0400",
          "RE: Re: FOIL #2026-0057 - determination",
          """Ms. Lindqvist,

My apologies, that file was missed when I put the email together. Route31_Crash_Data_2024.xlsx is attached. With this, the Department considers FOIL #2026-0057 complete.

Frank Iannucci""",
          "agency", ["release"],
          "that file was missed when I put the email together",
          optional=["closure"], tracking="2026-0057", fields={"documents": 1},
          quote="outlook", sender="Iannucci, Frank"),
    ],
)

# --------------------------------------------------------------------------------------
# 4. Florida Chapter 119 through a GovQA Public Records Center: temporary password,
#    special service charge disputed and revised, payment, partial release, closure.
CARVALHO = ("Ines Carvalho", "ines.carvalho@suncoastsentinel.example.org")
BSO = ("Bayshore County Sheriff's Office Public Records Center",
       "bayshoresheriff@govqa.us")

T4 = Thread(
    name="florida-govqa-bayshore-in-custody-deaths",
    title="In-custody death reviews 2021-2025 - Bayshore County Sheriff's Office (FL)",
    agency="Bayshore County Sheriff's Office",
    requester="Ines Carvalho",
    tracking_number="W004418-051226",
    status="done",  # final release with withholding: MuckRock says done (see README)
    secrets=["Rk7vqL2pXw", "b3F9tKe21QzLm0Yv8Hn4"],
    messages=[
        M(BSO, CARVALHO, "2026-05-12 14:37:05 -0400",
          "Public Records Request :: W004418-051226",
          """--- Please respond above this line ---

Dear Ines Carvalho,

Thank you for your public records request. Your request was received on 5/12/2026 and given the reference number W004418-051226 for tracking purposes.

Records Requested: Death-in-custody review reports, medical examiner notifications, and internal affairs findings for every person who died while in the custody of the Bayshore County Jail from January 1, 2021 through December 31, 2025.

Under Chapter 119, Florida Statutes, we will respond within a reasonable time. You can monitor the progress of your request at the link below and you'll receive an email when your request has been completed.

Bayshore County Sheriff's Office Public Records Center""",
          "agency", ["acknowledgement"],
          "Your request was received on 5/12/2026 and given the reference number W004418-051226",
          optional=["request"], tracking="W004418-051226", portal="govqa", html=True,
          note="the portal's copy of the request submitted through the web form"),
        M(BSO, CARVALHO, "2026-05-12 14:39:51 -0400",
          "Public Records Center - Password Reset",
          """Bayshore County Sheriff's Office Public Records Center

A password reset was requested for the account registered to ines.carvalho@suncoastsentinel.example.org.

Your temporary password is: Rk7vqL2pXw

Log in here to choose a new password (this link expires in 24 hours):
https://bayshoresheriff.govqa.us/WEBAPP/_rs/Login.aspx?sSessionID=&rst=b3F9tKe21QzLm0Yv8Hn4

If you did not request a password reset, please contact the Public Records Unit.""",
          "agency", ["portal_notice"],
          "A password reset was requested for the account registered to",
          portal="govqa", html=True),
        M(BSO, CARVALHO, "2026-05-19 10:03:22 -0400",
          "Public Records Request :: W004418-051226 - Status Update",
          """--- Please respond above this line ---

Dear Ines Carvalho,

The status of your public records request W004418-051226 has been changed to: In Progress.

Records staff are gathering the responsive reports from the Jail Administration and Professional Standards divisions. No action is needed from you at this time.

Bayshore County Sheriff's Office Public Records Center""",
          "agency", ["status_update"],
          "has been changed to: In Progress",
          tracking="W004418-051226", portal="govqa", html=True),
        M(BSO, CARVALHO, "2026-05-27 16:12:40 -0400",
          "Public Records Request :: W004418-051226 - Cost Estimate",
          """--- Please respond above this line ---

Dear Ines Carvalho,

Your request W004418-051226 will require extensive use of information technology resources and extensive clerical and supervisory assistance by agency personnel. Pursuant to s. 119.07(4)(d), Florida Statutes, a special service charge applies, in addition to the actual cost of duplication.

Estimate:
Research, retrieval and redaction review: 9.5 hours x $26.08/hour = $247.76
Electronic delivery: no charge

Total estimated cost: $247.76

A deposit of the full estimated amount is required before staff begin work. Please pay through the Public Records Center using the "Pay Invoice" button. If payment is not received within 30 days your request will be closed.

Bayshore County Sheriff's Office Public Records Center""",
          "agency", ["fee"],
          "a special service charge applies, in addition to the actual cost of duplication",
          tracking="W004418-051226", fields={"amount": 247.76}, portal="govqa", html=True),
        M(CARVALHO, BSO, "2026-05-28 09:18:13 -0400",
          "RE: Public Records Request :: W004418-051226 - Cost Estimate",
          """I'd like to dispute this estimate. The death-in-custody reviews are already compiled by the Jail Administration division as finished reports - they shouldn't take 9.5 hours to retrieve, and Florida law doesn't let you charge for the time it takes to decide what's exempt as opposed to the redaction itself. Can you tell me how the hours break down? I'm also fine dropping the internal affairs findings for any case that is still open, if that lowers the cost.

Ines Carvalho
Suncoast Sentinel""",
          "requester", ["dispute"],
          "I'd like to dispute this estimate",
          optional=["clarification_response"], tracking="W004418-051226", quote="above_line"),
        M(BSO, CARVALHO, "2026-06-02 11:40:07 -0400",
          "Public Records Request :: W004418-051226 - Revised Invoice",
          """--- Please respond above this line ---

Dear Ines Carvalho,

Thank you for your message. After excluding internal affairs files for the two cases that remain open, and removing time for legal review, records staff re-estimated the work at 4.5 hours.

Revised estimate: 4.5 hours x $26.08/hour = $117.36

Invoice INV-22871 for $117.36 has been posted to your request in the Public Records Center. Work will resume once the invoice is paid.

Bayshore County Sheriff's Office Public Records Center""",
          "agency", ["fee"],
          "re-estimated the work at 4.5 hours",
          tracking="W004418-051226", fields={"amount": 117.36}, portal="govqa", html=True,
          note="INV-22871 is an invoice number, not a tracking number"),
        M(CARVALHO, BSO, "2026-06-03 08:55:30 -0400",
          "RE: Public Records Request :: W004418-051226 - Revised Invoice",
          """Thanks - I paid invoice INV-22871 ($117.36) by card through the portal this morning, confirmation no. 5530019.

Ines""",
          "requester", ["payment"],
          "I paid invoice INV-22871 ($117.36) by card through the portal this morning",
          tracking="W004418-051226", fields={"amount": 117.36}, quote="above_line"),
        M(BSO, CARVALHO, "2026-06-17 15:02:48 -0400",
          "Public Records Request :: W004418-051226 - Records Available",
          """--- Please respond above this line ---

Dear Ines Carvalho,

The records responsive to your request W004418-051226 are now available in the Public Records Center. Sign in and open the request to download them.

Files:
DIC_Reviews_2021-2023.pdf
DIC_Reviews_2024-2025.pdf
IA_Findings_Closed_Cases.pdf

Please note that protected health information of inmates has been redacted pursuant to s. 119.0712(1), Florida Statutes, and the identities of confidential informants referenced in two reviews have been redacted pursuant to s. 119.071(2)(f).

Bayshore County Sheriff's Office Public Records Center""",
          "agency", ["release", "denial"],
          "are now available in the Public Records Center. Sign in and open the request to download them",
          tracking="W004418-051226", fields={"documents": 3}, portal="govqa", html=True),
        M(BSO, CARVALHO, "2026-06-17 15:03:30 -0400",
          "Public Records Request :: W004418-051226 - Closed",
          """--- Please respond above this line ---

Dear Ines Carvalho,

Your public records request W004418-051226 has been closed.

Closure reason: Request completed - records provided.

If you have questions about this request, reply to this message above the line.

Bayshore County Sheriff's Office Public Records Center""",
          "agency", ["closure"],
          "has been closed. Closure reason: Request completed - records provided",
          tracking="W004418-051226", fields={"reason_contains": "records provided"},
          portal="govqa", html=True),
        M(CARVALHO, BSO, "2026-06-18 10:11:04 -0400",
          "RE: Public Records Request :: W004418-051226 - Closed",
          """Downloaded all three files, thank you to the records unit for the quick turnaround once the invoice was sorted out.

Ines""",
          "requester", ["other"],
          "Downloaded all three files, thank you to the records unit",
          tracking="W004418-051226", quote="above_line"),
    ],
)

THREADS = [T1, T2, T3, T4]
