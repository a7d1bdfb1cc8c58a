# Panchayat Raj & Rural Development — English

dept-rural_development = Panchayat Raj
    .desc = Pensions, NREGS work, village house tax and complaints

svc-rural_development-pension_status = Pension status
    .desc = Check your NTR Bharosa pension status and payments

svc-rural_development-pension_info = Pension amounts
    .desc = Who gets NTR Bharosa pension and how much
    .answer = NTR Bharosa pensions, per month: ₹4,000 for elders aged 60 and above, widows, single women, weavers, toddy tappers, fishermen and others; ₹6,000 for persons with disabilities; ₹10,000 for some serious illnesses such as kidney failure; ₹15,000 for people who are fully disabled or bedridden. Secretariat staff give the pension at your home on the 1st of every month. To apply, visit your village or ward secretariat.

svc-rural_development-nrega_payment_status = NREGS wage status
    .desc = Check work days and wage payments on your job card

svc-rural_development-nrega_work_demand = Ask for NREGS work
    .desc = Ask for work under the NREGS job guarantee scheme

svc-rural_development-house_tax = Panchayat house tax
    .desc = Pay house tax to your gram panchayat

svc-rural_development-village_complaint = Village complaint
    .desc = Report drinking water, drainage, road or street light problems

slot-rural_development_job_card = What is your NREGS job card number?
    .label = Job card
    .invalid = Please send the job card number as printed on the card, e.g. { $example }.

slot-rural_development_work_days = For how many days do you need work?
    .label = Work days
    .invalid = Please send a number of days from 1 to 100.

slot-rural_development_issue = What is the problem about?
    .label = Problem
    .invalid = Please choose one of the options by its number.

opt-rural_development_issue-drinking_water = Drinking water
opt-rural_development_issue-drainage = Drainage
opt-rural_development_issue-roads = Roads
opt-rural_development_issue-street_lights = Street lights
opt-rural_development_issue-sanitation = Sanitation
opt-rural_development_issue-other = Other
