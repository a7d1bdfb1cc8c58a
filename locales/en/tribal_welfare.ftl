# Tribal Welfare — English

dept-tribal_welfare = Tribal Welfare
    .desc = ST scholarships, gurukul schools, forest rights, ITDA and GCC

svc-tribal_welfare-scholarship_status = Scholarship status
    .desc = Check your ST post-matric scholarship or fee payment

svc-tribal_welfare-gurukulam_admission = ST gurukul admission
    .desc = Entrance test and admission in ST residential schools

svc-tribal_welfare-rofr_patta_status = Forest rights patta
    .desc = Check your forest land rights claim under the FRA

svc-tribal_welfare-tricor_loan_status = TRICOR loan status
    .desc = Check your Tribal Corporation self-employment loan

svc-tribal_welfare-gcc_forest_produce = GCC forest produce
    .desc = Selling forest produce to GCC and GCC DR depots
    .answer = The Girijan Cooperative Corporation (GCC) buys minor forest produce such as honey, tamarind, adda leaves, soap nuts, gum and hill brooms from tribal collectors at fair prices, and pays on the spot or into the bank account. GCC also runs DR depots in tribal villages that sell ration and daily needs. For the current purchase prices and the nearest GCC centre, ask at your village secretariat or the ITDA office.

svc-tribal_welfare-hostel_complaint = Hostel complaint
    .desc = Report food, health or safety problems in an ST hostel or school

svc-tribal_welfare-itda_grievance = ITDA grievance
    .desc = Complaint or request to your ITDA Project Officer

slot-tribal_welfare_hostel_name = Which hostel or ashram school? Type its name and place.
    .label = Hostel
    .invalid = Please type the hostel or school name and place.

slot-tribal_welfare_hostel_issue = What is the problem?
    .label = Problem
    .invalid = Please choose one of the options.

slot-tribal_welfare_itda = Which ITDA?
    .label = ITDA
    .invalid = Please choose one of the ITDAs.

opt-tribal_welfare_hostel_issue-food = Food
opt-tribal_welfare_hostel_issue-water = Drinking water
opt-tribal_welfare_hostel_issue-toilets = Toilets or bathrooms
opt-tribal_welfare_hostel_issue-health = Sick students
opt-tribal_welfare_hostel_issue-safety = Safety
opt-tribal_welfare_hostel_issue-other = Other

opt-tribal_welfare_itda-paderu = Paderu
opt-tribal_welfare_itda-rampachodavaram = Rampachodavaram
opt-tribal_welfare_itda-chintur = Chintur
opt-tribal_welfare_itda-kr_puram = K.R. Puram
opt-tribal_welfare_itda-seethampeta = Seethampeta
opt-tribal_welfare_itda-parvathipuram = Parvathipuram
opt-tribal_welfare_itda-srisailam = Srisailam
opt-tribal_welfare_itda-nellore = Nellore
