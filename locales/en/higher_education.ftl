# Higher Education — English

dept-higher_education = Higher Education
    .desc = Inter results, EAPCET and other CETs, fee reimbursement

svc-higher_education-inter_results = Inter results
    .desc = See Intermediate first year, second year or supply results

svc-higher_education-inter_recounting = Inter recounting
    .desc = Apply for recounting or reverification of Inter marks

svc-higher_education-cet_results = CET rank card
    .desc = EAPCET, ICET, ECET and other entrance test results

svc-higher_education-cet_counselling = CET counselling
    .desc = Web counselling, college options and seat allotment

svc-higher_education-fee_reimbursement_status = Fee reimb. status
    .desc = Check your fee reimbursement or hostel fee payment

svc-higher_education-fee_reimbursement_eligibility = Fee reimb. rules
    .desc = Who gets free college fees and how to apply
    .answer = The state pays the full tuition fee for eligible students in ITI, polytechnic, degree, engineering, medical, PG and similar courses, with separate help for hostel and food costs. It is for SC, ST, BC, EBC, Kapu, minority and disabled students whose family income is up to ₹2.5 lakh a year. Students need at least 75% attendance. Apply through your college on the Jnanabhumi portal. The Welfare and Education Assistant at your village or ward secretariat can help.

svc-higher_education-college_complaint = College complaint
    .desc = Report ragging, extra fees or certificates kept by a college

slot-higher_education_inter_year = Which Inter exam?
    .label = Inter exam
    .invalid = Please choose first year, second year or supplementary.

slot-higher_education_cet = Which entrance test?
    .label = Entrance test
    .invalid = Please choose one of the entrance tests.

slot-higher_education_cet_hall_ticket = Please type your entrance test hall ticket number.
    .label = CET hall ticket
    .invalid = Please type the hall ticket number as printed, letters and digits only, for example { $example }.

slot-higher_education_college = Which college? Type its name and town.
    .label = College
    .invalid = Please type the college name and town.

slot-higher_education_complaint_type = What is the complaint about?
    .label = Complaint
    .invalid = Please choose one of the options.

opt-higher_education_inter_year-first_year = First year
opt-higher_education_inter_year-second_year = Second year
opt-higher_education_inter_year-supplementary = Supplementary

opt-higher_education_cet-eapcet = EAPCET
opt-higher_education_cet-icet = ICET
opt-higher_education_cet-ecet = ECET
opt-higher_education_cet-pgcet = PGCET
opt-higher_education_cet-lawcet = LAWCET
opt-higher_education_cet-edcet = EDCET
opt-higher_education_cet-pecet = PECET

opt-higher_education_complaint_type-ragging = Ragging
opt-higher_education_complaint_type-extra_fees = Extra fees
opt-higher_education_complaint_type-certificates_held = Certificates held
opt-higher_education_complaint_type-no_classes = No classes/teachers
opt-higher_education_complaint_type-other = Other
