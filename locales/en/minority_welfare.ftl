# Minority Welfare — English

dept-minority_welfare = Minority Welfare
    .desc = Minority scholarships, loans, Haj, Wakf and Shadi Khana

svc-minority_welfare-scholarship_status = Scholarship status
    .desc = Check your minority scholarship or fee payment

svc-minority_welfare-loan_apply = Minority loan
    .desc = Self-employment subsidy loan from the Minorities Corporation

svc-minority_welfare-loan_status = Minority loan status
    .desc = Check your Minorities Finance Corporation loan application

svc-minority_welfare-haj = Haj pilgrimage
    .desc = Apply for Haj through the Haj Committee of India

svc-minority_welfare-honorarium = Imam/Pastor pay
    .desc = Monthly honorarium for Imams, Muezzins and Pastors
    .answer = The state pays a monthly honorarium to Imams and Muezzins of mosques and to Pastors of churches. Imams and Muezzins are paid through the AP State Wakf Board, and Pastors through the Christian Minorities Finance Corporation. To apply or to ask about a missing payment, contact the District Minority Welfare Officer at the Collectorate with your appointment letter from the mosque or church committee and your bank details.

svc-minority_welfare-wakf_complaint = Wakf complaint
    .desc = Report encroachment or problems with Wakf land, graveyards, mosques

svc-minority_welfare-shadi_khana_booking = Shadi Khana booking
    .desc = Book a government Shadi Khana (function hall) for a wedding

slot-minority_welfare_wakf_issue = What is the complaint about?
    .label = Complaint
    .invalid = Please choose one of the options.

slot-minority_welfare_hall = Which Shadi Khana? Type its name and town.
    .label = Shadi Khana
    .invalid = Please type the Shadi Khana name and town.

slot-minority_welfare_function_date = On which date is the function? Type it as DD/MM/YYYY.
    .label = Function date
    .invalid = Please type a future date as DD/MM/YYYY, for example 15/12/2025.

opt-minority_welfare_wakf_issue-encroachment = Land encroachment
opt-minority_welfare_wakf_issue-graveyard = Graveyard
opt-minority_welfare_wakf_issue-mosque_repair = Mosque repairs
opt-minority_welfare_wakf_issue-dargah = Dargah
opt-minority_welfare_wakf_issue-other = Other
