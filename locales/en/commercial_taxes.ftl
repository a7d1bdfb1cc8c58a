# Commercial Taxes — English

dept-commercial_taxes = Commercial Taxes
    .desc = GST checks, registration status, professional tax and complaints

svc-commercial_taxes-gstin_search = Check a GST number
    .desc = See if a shop's GSTIN is valid and active

svc-commercial_taxes-registration_status = GST reg. status
    .desc = Track a new GST registration with its ARN

svc-commercial_taxes-new_registration = New GST registration
    .desc = Apply for GST registration on the GST portal

svc-commercial_taxes-professional_tax = Professional tax
    .desc = Pay professional tax for your profession, trade or job

svc-commercial_taxes-tax_evasion_complaint = Report tax evasion
    .desc = Shop gives no bill or charges fake GST? Tell us

svc-commercial_taxes-eway_bill = E-way bill
    .desc = Create or check an e-way bill for moving goods

svc-commercial_taxes-helpline = GST help
    .desc = Helpline number and offices for GST questions
    .answer = For problems with the GST portal, call the GSTN helpdesk 1800-103-4786 (toll free). For state tax questions, visit your nearest Commercial Tax circle office or see apct.gov.in. Always ask for a proper bill when you buy: it makes sure the GST you pay reaches the government.

slot-commercial_taxes_gstin = What is the 15-character GSTIN? (It is printed on the bill.)
    .label = GSTIN
    .invalid = A GSTIN has 15 letters and digits, like { $example }. Please check and send it again.

slot-commercial_taxes_arn = What is the ARN (application reference number) of your GST application?
    .label = ARN
    .invalid = An ARN looks like { $example }. Please check and send it again.

slot-commercial_taxes_ptin = What is your professional tax enrolment number (PTIN)?
    .label = PT number
    .invalid = Please send the professional tax number in digits (8 to 12 digits).
