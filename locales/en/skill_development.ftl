# Skill Development — English

dept-skill_development = Skills & Jobs
    .desc = Free skill training, job melas and training certificates

svc-skill_development-training_registration = Join skill training
    .desc = Register for a free APSSDC training course near you

svc-skill_development-job_mela = Job mela
    .desc = Register for the next job mela in your district

svc-skill_development-certificate_download = Training certificate
    .desc = Download the certificate of a completed course

svc-skill_development-application_status = Application status
    .desc = Check your training or job mela registration

svc-skill_development-skill_centres = Skill centres
    .desc = Skill hubs, skill colleges and training centres in your district

svc-skill_development-eligibility = Who can join?
    .desc = Eligibility, fees and documents for skill training
    .answer = APSSDC courses are for young people of Andhra Pradesh, usually 18 to 35 years old. Most courses are free. The qualification needed depends on the course: some need only 10th class, others need ITI, diploma, degree or B.Tech. Bring your study certificates, a photo and your bank details when you join. After the training and assessment you get a certificate, and many courses come with placement help.

svc-skill_development-complaint = Complaint
    .desc = Problems with a training centre, trainer or job mela

slot-skill_development_qualification = What is your highest education?
    .label = Education
    .invalid = Please choose your education from the list, or type its number.

slot-skill_development_sector = Which field do you want training in?
    .label = Training field
    .invalid = Please choose a field from the list, or type its number.

slot-skill_development_candidate_id = Please type your APSSDC candidate or registration ID.
    .label = Candidate ID
    .invalid = Please type the ID as in your registration SMS, for example { $example }.

opt-skill_development_qualification-below_10th = Below 10th
opt-skill_development_qualification-tenth = 10th class
opt-skill_development_qualification-inter = Intermediate
opt-skill_development_qualification-iti = ITI
opt-skill_development_qualification-diploma = Diploma
opt-skill_development_qualification-degree = Degree
opt-skill_development_qualification-btech = B.Tech / engineering
opt-skill_development_qualification-pg = PG

opt-skill_development_sector-it = IT / computers
opt-skill_development_sector-electronics = Electronics
opt-skill_development_sector-automobile = Automobile
opt-skill_development_sector-healthcare = Healthcare
opt-skill_development_sector-retail = Retail / sales
opt-skill_development_sector-construction = Construction
opt-skill_development_sector-tailoring = Tailoring
opt-skill_development_sector-beauty = Beauty & wellness
