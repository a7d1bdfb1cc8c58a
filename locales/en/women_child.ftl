# Women, Children, Disabled & Senior Citizens — English

dept-women_child = Women & Child
    .desc = Anganwadi, women and child safety, disabled and senior citizens

svc-women_child-anganwadi_registration = Anganwadi
    .desc = Register a pregnant woman, mother or small child for nutrition

svc-women_child-anganwadi_complaint = Anganwadi complaint
    .desc = Report poor food, missing ration or a closed Anganwadi centre

svc-women_child-assistive_devices = Aids for disabled
    .desc = Apply for a tricycle, wheelchair, hearing aid or other aid

svc-women_child-senior_citizen_maintenance = Senior citizen help
    .desc = Parents not cared for by children: petition for maintenance

svc-women_child-child_marriage_report = Child marriage
    .desc = Report a child marriage; your name is kept secret

svc-women_child-adoption = Adoption
    .desc = Legal adoption of a child through CARA

svc-women_child-helplines = Helplines
    .desc = Women 181, children 1098, emergency 112, elders 14567
    .answer = Women in trouble can call 181 (women helpline) any time, or 112 for police help in an emergency. Call 1098 (Childline) for a child in danger, a missing child or a child marriage. Senior citizens can call the Elder Line 14567 for help and advice. Every district has a Sakhi One Stop Centre that gives women shelter, counselling, medical and legal help free of cost. All calls are free.

slot-women_child_beneficiary = Who is being registered?
    .label = Registering
    .invalid = Please choose one of the options.

slot-women_child_anganwadi_issue = What is the problem?
    .label = Problem
    .invalid = Please choose one of the options.

slot-women_child_device = Which aid is needed?
    .label = Aid
    .invalid = Please choose one of the options.

opt-women_child_beneficiary-pregnant = Pregnant woman
opt-women_child_beneficiary-feeding_mother = Breastfeeding mother
opt-women_child_beneficiary-child_below_3 = Child below 3 years
opt-women_child_beneficiary-child_3_to_6 = Child 3 to 6 years

opt-women_child_anganwadi_issue-food_quality = Poor food
opt-women_child_anganwadi_issue-not_open = Centre not open
opt-women_child_anganwadi_issue-ration_not_given = No take-home ration
opt-women_child_anganwadi_issue-worker_absent = Worker absent
opt-women_child_anganwadi_issue-other = Other

opt-women_child_device-tricycle = Tricycle
opt-women_child_device-motor_tricycle = Motorised tricycle
opt-women_child_device-wheelchair = Wheelchair
opt-women_child_device-hearing_aid = Hearing aid
opt-women_child_device-crutches = Crutches
opt-women_child_device-white_cane = White cane
