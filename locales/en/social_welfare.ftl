# Social Welfare — English

dept-social_welfare = Social Welfare (SC)
    .desc = SC scholarships, hostels, gurukul schools and loans

svc-social_welfare-scholarship_status = Scholarship status
    .desc = Check your post-matric scholarship or fee payment

svc-social_welfare-hostel_admission = SC hostel admission
    .desc = Apply for a seat in a government SC welfare hostel

svc-social_welfare-gurukulam_admission = SC gurukul admission
    .desc = Entrance test and admission in SC residential schools

svc-social_welfare-sc_loan_status = SC Corporation loan
    .desc = Check your SC Corporation self-employment loan application

svc-social_welfare-intercaste_marriage = Inter-caste marriage
    .desc = Incentive for inter-caste married couples: who and how
    .answer = The state gives an incentive to couples in an inter-caste marriage where one partner belongs to a Scheduled Caste. Apply within one year of the marriage to the district Social Welfare office, with the marriage certificate, caste certificates of both, proof of age, a joint bank account and photos. The Welfare and Education Assistant at your village or ward secretariat can tell you the current amount and help with the form.

svc-social_welfare-atrocity_relief = Atrocity case relief
    .desc = Relief money and help for SC/ST atrocity victims

svc-social_welfare-hostel_complaint = Hostel complaint
    .desc = Report food, water, safety or other problems in an SC hostel

slot-social_welfare_hostel_level = Is the student in school or college?
    .label = Level
    .invalid = Please choose school or college.

slot-social_welfare_hostel_name = Which hostel? Type its name and place.
    .label = Hostel
    .invalid = Please type the hostel name and place.

slot-social_welfare_hostel_issue = What is the problem?
    .label = Problem
    .invalid = Please choose one of the options.

opt-social_welfare_hostel_level-school = School (class 3-10)
opt-social_welfare_hostel_level-college = College (after 10th)

opt-social_welfare_hostel_issue-food = Food
opt-social_welfare_hostel_issue-water = Drinking water
opt-social_welfare_hostel_issue-toilets = Toilets or bathrooms
opt-social_welfare_hostel_issue-safety = Safety
opt-social_welfare_hostel_issue-warden = Warden or staff
opt-social_welfare_hostel_issue-other = Other
