# Labour — English

dept-labour = Labour
    .desc = Construction worker welfare, shop registration, wage complaints

svc-labour-bocw_registration = Construction card
    .desc = Register as a building / construction worker (BOCW)

svc-labour-bocw_claim = Worker welfare claim
    .desc = Claim marriage, maternity, accident or death benefit

svc-labour-shop_registration = Shop registration
    .desc = Register a shop or establishment under the Shops Act

svc-labour-application_status = Application status
    .desc = Track your labour department application

svc-labour-eshram = e-Shram card
    .desc = Unorganised worker registration on the e-Shram portal

svc-labour-wage_complaint = Wage complaint
    .desc = Unpaid wages, below minimum wage, no PF / ESI

svc-labour-child_labour = Report child labour
    .desc = Tell us where children are made to work

svc-labour-bocw_benefits = Worker benefits
    .desc = Who can register and what construction workers get
    .answer = Construction workers aged 18 to 60 who worked at least 90 days in building work in the last year (masons, helpers, carpenters, painters, plumbers, electricians and others) can register with the AP Building and Other Construction Workers Welfare Board. Registered workers can claim help for marriage, maternity, accident, disability, natural death and funeral expenses. Keep your card renewed, and apply for a claim within the time allowed after the event.

slot-labour_worker_id = Please type your construction worker registration number (from your card).
    .label = Worker reg. no.
    .invalid = Please type the registration number as on your card, for example { $example }.

slot-labour_claim_type = Which benefit do you want to claim?
    .label = Benefit
    .invalid = Please choose a benefit from the list, or type its number.

slot-labour_establishment_name = What is the name of the shop or establishment?
    .label = Establishment
    .invalid = Please type the name of the shop or establishment.

slot-labour_employee_count = How many workers are employed there? (type 0 if none)
    .label = Workers
    .invalid = Please type the number of workers, for example 5.

slot-labour_complaint_type = What is the complaint about?
    .label = Complaint about
    .invalid = Please choose one of the options, or type its number.

opt-labour_claim_type-marriage = Marriage gift
opt-labour_claim_type-maternity = Maternity benefit
opt-labour_claim_type-accident = Accident
opt-labour_claim_type-natural_death = Natural death
opt-labour_claim_type-disability = Disability
opt-labour_claim_type-funeral = Funeral expenses

opt-labour_complaint_type-unpaid_wages = Wages not paid
opt-labour_complaint_type-below_minimum = Below minimum wage
opt-labour_complaint_type-no_pf_esi = No PF / ESI
opt-labour_complaint_type-overtime = Unpaid overtime
opt-labour_complaint_type-unsafe_work = Unsafe workplace
opt-labour_complaint_type-other = Other
