# Health, Medical & Family Welfare — English

dept-health = Health
    .desc = Aarogyasri (NTR Vaidya Seva), hospitals, SADAREM and helplines

svc-health-aarogyasri_card = Aarogyasri card
    .desc = Apply for or download your Dr NTR Vaidya Seva health card

svc-health-aarogyasri_eligibility = Who gets Aarogyasri
    .desc = Eligibility, cover and how free treatment works
    .answer = Dr NTR Vaidya Seva (earlier Dr YSR Aarogyasri) gives free, cashless treatment for serious illnesses and surgeries at listed government and private hospitals. Families with a rice card or a yearly income up to ₹5 lakh are covered, up to ₹25 lakh a year per family, for more than 3,000 treatments. At the hospital, meet the Aarogyamithra at the help desk with your health card or rice card. For help or complaints, call 104 (free).

svc-health-aarogyasri_hospitals = Aarogyasri hospitals
    .desc = Find network hospitals near you for free treatment

svc-health-aarogyasri_status = Treatment approval
    .desc = Check the approval (pre-authorisation) status of an Aarogyasri case

svc-health-hospital_appointment = Hospital OP booking
    .desc = Book an out-patient slot at a government hospital

svc-health-sadarem_slot = SADAREM camp slot
    .desc = Book a disability assessment for a SADAREM certificate

svc-health-emergency_helplines = Health helplines
    .desc = Ambulance 108, health advice 104, mother-baby transport 102
    .answer = Call 108 for a free ambulance in any medical emergency. Call 104 for free health advice and for Aarogyasri (NTR Vaidya Seva) help. Call 102 for Thalli Bidda Express, which takes mothers and newborns home free after delivery in a government hospital. For mental health support, call Tele-MANAS on 14416. All these numbers work 24 hours.

svc-health-hospital_complaint = Hospital complaint
    .desc = Complain about a government hospital or an Aarogyasri hospital

slot-health_specialty = Which kind of treatment do you need?
    .label = Treatment
    .invalid = Please choose one of the options.

slot-health_hospital = Which hospital? Type its name and town (e.g. GGH Guntur).
    .label = Hospital
    .invalid = Please type the hospital name and town.

slot-health_disability_type = What is the type of disability?
    .label = Disability
    .invalid = Please choose one of the options.

slot-health_complaint_type = What is the complaint about?
    .label = Complaint
    .invalid = Please choose one of the options.

opt-health_specialty-general = General medicine
opt-health_specialty-children = Children
opt-health_specialty-women = Women and pregnancy
opt-health_specialty-eye = Eyes
opt-health_specialty-bones = Bones and joints
opt-health_specialty-heart = Heart
opt-health_specialty-kidney = Kidney
opt-health_specialty-cancer = Cancer

opt-health_disability_type-locomotor = Walking or limbs
opt-health_disability_type-visual = Eyesight
opt-health_disability_type-hearing = Hearing or speech
opt-health_disability_type-intellectual = Intellectual
opt-health_disability_type-mental_illness = Mental illness
opt-health_disability_type-multiple = More than one

opt-health_complaint_type-doctor_absent = Doctor not available
opt-health_complaint_type-medicines = Medicines not given
opt-health_complaint_type-money_asked = Money demanded
opt-health_complaint_type-cleanliness = Cleanliness
opt-health_complaint_type-staff_behaviour = Staff behaviour
opt-health_complaint_type-aarogyasri_denied = Aarogyasri refused
opt-health_complaint_type-other = Other
