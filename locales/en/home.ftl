# Home (AP Police) — English

dept-home = Police
    .desc = FIR status, police complaints, verification and emergency help

svc-home-fir_status = FIR status
    .desc = Check the status of an FIR registered at a police station

svc-home-police_complaint = Police complaint
    .desc = Send a petition to the police (in an emergency call 112)

svc-home-lost_article = Lost article report
    .desc = Report a lost phone, documents or other items

svc-home-verification_certificate = Police verification
    .desc = Apply for a police verification (character) certificate

svc-home-event_permission = Event permission
    .desc = Ask police permission for a procession, meeting or function

svc-home-cyber_crime = Cyber crime
    .desc = Report online fraud or cyber crime; for money fraud call 1930

svc-home-emergency_numbers = Emergency numbers
    .desc = Police, women, child and cyber helpline numbers
    .answer = Emergency (police, fire, ambulance): 112. Police: 100. Women helpline: 181. Child helpline: 1098. Cyber fraud: 1930. If you are in danger, call 112 right away.

slot-home_police_station = Which police station? (e.g. Tenali Town PS)
    .label = Police station
    .invalid = Please type the police station name.

slot-home_lost_item = What did you lose?
    .label = Lost item
    .invalid = Please choose one of the options by its number.

opt-home_lost_item-phone = Mobile phone
opt-home_lost_item-documents = Documents
opt-home_lost_item-bank_card = Bank card
opt-home_lost_item-bag = Bag / purse
opt-home_lost_item-jewellery = Jewellery
opt-home_lost_item-other = Other

slot-home_verification_purpose = What is the verification for?
    .label = Purpose
    .invalid = Please choose one of the options by its number.

opt-home_verification_purpose-job = Job
opt-home_verification_purpose-tenant = Tenant
opt-home_verification_purpose-domestic_help = House help
opt-home_verification_purpose-other = Other

slot-home_event_type = What kind of event is it?
    .label = Event type
    .invalid = Please choose one of the options by its number.

opt-home_event_type-procession = Procession
opt-home_event_type-public_meeting = Public meeting
opt-home_event_type-religious_event = Religious event
opt-home_event_type-function = Function / party
opt-home_event_type-other = Other

slot-home_event_date = On what date is the event?
    .label = Event date
    .invalid = Please send a future date as DD/MM/YYYY.
