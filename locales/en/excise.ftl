# Prohibition & Excise — English

dept-excise = Prohibition & Excise
    .desc = Report illicit liquor and drugs, liquor shop complaints, permits

svc-excise-report_illicit_liquor = Illicit liquor
    .desc = Arrack (sara), belt shops, ganja, drugs or smuggled liquor

svc-excise-shop_complaint = Liquor shop issue
    .desc = Above MRP, wrong timings, near a school, or fake liquor

svc-excise-complaint_status = Complaint status
    .desc = Check the status of your excise complaint

svc-excise-event_permit = Event permit
    .desc = Occasional licence to serve liquor at a function or event

svc-excise-permit_status = Permit status
    .desc = Track your excise permit or licence application

svc-excise-licence_fee = Pay licence fee
    .desc = Pay excise licence fee or dues for a licensed shop or bar

svc-excise-de_addiction = De-addiction help
    .desc = Free help to stop drinking or using drugs
    .answer = Help to quit alcohol or drugs is free and kept private. Call Tele-MANAS at 14416 (free, 24 hours, in Telugu, Hindi and English) to talk to a counsellor. Government district hospitals and teaching hospitals have de-addiction services: go to the psychiatry (mental health) outpatient department. To report drug selling, you can also call the MANAS helpline 1933.

slot-excise_offence_type = What do you want to report?
    .label = Offence
    .invalid = Please choose one of the options, or type its number.

slot-excise_shop_issue = What is the problem at the shop?
    .label = Problem
    .invalid = Please choose a problem from the list, or type its number.

slot-excise_event_date = On which date is the event? Type it as DD/MM/YYYY.
    .label = Event date
    .invalid = Please type a future date as DD/MM/YYYY (day/month/year).

slot-excise_guests = About how many guests?
    .label = Guests
    .invalid = Please type the number of guests, for example 150.

slot-excise_licence_number = Please type the excise licence number.
    .label = Licence no.
    .invalid = Please type the licence number as on the licence, for example { $example }.

opt-excise_offence_type-illicit_arrack = Arrack / sara making
opt-excise_offence_type-belt_shop = Belt shop
opt-excise_offence_type-ganja = Ganja
opt-excise_offence_type-drugs = Drugs
opt-excise_offence_type-non_duty_paid = Other-state liquor
opt-excise_offence_type-other = Other

opt-excise_shop_issue-above_mrp = Selling above MRP
opt-excise_shop_issue-odd_hours = Open at wrong hours
opt-excise_shop_issue-near_school = Near school / temple
opt-excise_shop_issue-fake_liquor = Fake / bad liquor
opt-excise_shop_issue-no_bill = No bill given
opt-excise_shop_issue-other = Other
