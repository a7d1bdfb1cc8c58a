# Public Grievance Redressal System — English

dept-pgrs = Grievances (PGRS)
    .desc = Raise a grievance with the government and track it

svc-pgrs-grievance = Raise a grievance
    .desc = Send a complaint or request to any government department

svc-pgrs-grievance_status = Grievance status
    .desc = Track your grievance with its reference number

svc-pgrs-reopen = Reopen a grievance
    .desc = Not solved? Ask to reopen a closed grievance

svc-pgrs-feedback = Give feedback
    .desc = Tell us if you are happy with how your grievance was solved

svc-pgrs-helpline = Call centre 1902
    .desc = Call 1902 to raise or follow up a grievance
    .answer = Call 1902 (toll free) to raise a grievance or ask about one. You can also give a grievance at your village or ward secretariat, online at pgrs.ap.gov.in, or here on WhatsApp. Keep your reference number safe.

svc-pgrs-grievance_day = Monday grievance day
    .desc = Meet officials in person every Monday
    .answer = Every Monday, officials take grievances in person at the District Collectorate, RDO offices, mandal offices and municipal offices. Carry your papers and a copy of any earlier petition. Police grievances are also heard on Mondays at district police offices.

slot-pgrs_subject = Which area is your grievance about?
    .label = Subject
    .invalid = Please choose one of the options by its number.

opt-pgrs_subject-revenue = Land / revenue
opt-pgrs_subject-police = Police
opt-pgrs_subject-municipal = Town / municipality
opt-pgrs_subject-panchayat = Village / panchayat
opt-pgrs_subject-pensions = Pensions
opt-pgrs_subject-health = Health
opt-pgrs_subject-electricity = Electricity
opt-pgrs_subject-other = Other

slot-pgrs_satisfaction = Are you happy with the solution?
    .label = Feedback
    .invalid = Please choose one of the options by its number.

opt-pgrs_satisfaction-satisfied = Satisfied
opt-pgrs_satisfaction-partly = Partly satisfied
opt-pgrs_satisfaction-not_satisfied = Not satisfied
