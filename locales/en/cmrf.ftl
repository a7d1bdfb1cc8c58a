# CM Relief Fund — English

dept-cmrf = CM Relief Fund
    .desc = Help with big medical costs from the Chief Minister's Relief Fund

svc-cmrf-application_status = Application status
    .desc = Check your CMRF application and cheque status

svc-cmrf-loc_status = LOC status
    .desc = Status of a Letter of Credit for treatment in a hospital

svc-cmrf-how_to_apply = How to apply
    .desc = Steps to ask for help from the CM Relief Fund
    .answer = CMRF helps poor families with big medical costs that NTR Vaidya Seva does not cover. After treatment, you can ask to get your hospital bills paid back. Before costly treatment, you can ask for a Letter of Credit (LOC) that is paid straight to the hospital. Give the application with a recommendation letter from your MLA, MP or a minister, or send it to the Chief Minister's Office. Keep the reference number safe to check the status here.

svc-cmrf-documents_needed = Documents needed
    .desc = Papers to attach with a CMRF application
    .answer = Attach: the application with the recommendation letter; original hospital bills and discharge summary (for an LOC, the hospital's estimate); a copy of the patient's Aadhaar card; rice card or income certificate; a copy of the bank passbook of the patient or a family member; and a mobile number.

svc-cmrf-eligibility = Who can get help
    .desc = Who is eligible for CM Relief Fund support
    .answer = CMRF is for people of Andhra Pradesh from poor and middle-income families who face heavy costs for serious illness, surgery or accidents. Treatment that NTR Vaidya Seva (Aarogyasri) already covers is not paid again. The amount depends on the illness and the bills, and is decided by the Chief Minister's Office.

svc-cmrf-donate = Donate to CMRF
    .desc = Give a donation to the CM Relief Fund online
