# Backward Classes Welfare — English

dept-bc_welfare = BC Welfare
    .desc = BC scholarships, hostels, residential schools, loans, coaching

svc-bc_welfare-scholarship_status = Scholarship status
    .desc = Check your BC post-matric scholarship or fee payment

svc-bc_welfare-hostel_admission = BC hostel admission
    .desc = Apply for a seat in a government BC welfare hostel

svc-bc_welfare-residential_school = BC schools
    .desc = Mahatma Jyotiba Phule BC gurukul schools: how to join
    .answer = Mahatma Jyotiba Phule AP BC Welfare Residential Schools give free schooling, food and stay to BC children, with some seats for other groups. Admission to class 5 (and some seats in higher classes and junior colleges) is through an entrance test, usually notified in February or March. Apply online when the notice comes out, with the child's caste and income certificates and study certificate. Ask at the nearest BC residential school or your village or ward secretariat for dates.

svc-bc_welfare-loan_apply = Apply for BC loan
    .desc = Self-employment subsidy loan from the BC Corporation

svc-bc_welfare-loan_status = BC loan status
    .desc = Check your BC Corporation loan application

svc-bc_welfare-study_circle = Free exam coaching
    .desc = Free BC Study Circle coaching for government job exams

svc-bc_welfare-hostel_complaint = Hostel complaint
    .desc = Report food, water, safety or other problems in a BC hostel

slot-bc_welfare_hostel_level = Is the student in school or college?
    .label = Level
    .invalid = Please choose school or college.

slot-bc_welfare_exam = Coaching for which exam?
    .label = Exam
    .invalid = Please choose one of the exams.

slot-bc_welfare_hostel_name = Which hostel? Type its name and place.
    .label = Hostel
    .invalid = Please type the hostel name and place.

slot-bc_welfare_hostel_issue = What is the problem?
    .label = Problem
    .invalid = Please choose one of the options.

opt-bc_welfare_hostel_level-school = School (class 3-10)
opt-bc_welfare_hostel_level-college = College (after 10th)

opt-bc_welfare_exam-appsc_groups = APPSC Group exams
opt-bc_welfare_exam-dsc = DSC / TET (teachers)
opt-bc_welfare_exam-police = Police / SI exam
opt-bc_welfare_exam-banks = Bank exams
opt-bc_welfare_exam-ssc_railways = SSC and Railways
opt-bc_welfare_exam-civil_services = Civil services UPSC

opt-bc_welfare_hostel_issue-food = Food
opt-bc_welfare_hostel_issue-water = Drinking water
opt-bc_welfare_hostel_issue-toilets = Toilets or bathrooms
opt-bc_welfare_hostel_issue-safety = Safety
opt-bc_welfare_hostel_issue-warden = Warden or staff
opt-bc_welfare_hostel_issue-other = Other
