# Endowments — English

dept-endowments = Temples (Endowments)
    .desc = Darshan, seva and room booking, donations at AP temples

svc-endowments-darshan_booking = Darshan booking
    .desc = Book a darshan ticket at a temple for your date

svc-endowments-seva_booking = Seva / pooja booking
    .desc = Book abhishekam, kalyanam, vratham and other sevas

svc-endowments-accommodation_booking = Room booking
    .desc = Book a room or cottage at the temple choultry

svc-endowments-donation = Donation (e-Hundi)
    .desc = Give to annadanam, go-samrakshana or e-Hundi online

svc-endowments-booking_status = Booking status
    .desc = Check your darshan, seva or room booking

svc-endowments-ttd_services = Tirumala TTD online
    .desc = TTD darshan, sevas and rooms on the official TTD website

svc-endowments-darshan_rules = Darshan rules
    .desc = Dress code, ID proof and what to carry
    .answer = Please wear traditional dress: dhoti or pyjama with a shirt for men, saree or churidar with dupatta for women. Carry the original photo ID you gave while booking, and your ticket on the phone or printed. Mobile phones, cameras and footwear are not allowed inside; use the counters at the entrance. Report at the entry point at least 30 minutes before your slot.

svc-endowments-complaint = Temple complaint
    .desc = Complain about queues, prasadam, cleanliness or overcharging

slot-endowments_darshan_type = Which darshan do you want?
    .label = Darshan type
    .invalid = Please choose a darshan type from the list, or type its number.

slot-endowments_persons = How many persons? (1 to 10)
    .label = Persons
    .invalid = Please type a number from 1 to 10.

slot-endowments_seva = Which seva do you want to book?
    .label = Seva
    .invalid = Please choose a seva from the list, or type its number.

slot-endowments_rooms = How many rooms do you need? (1 to 5)
    .label = Rooms
    .invalid = Please type a number from 1 to 5.

slot-endowments_donation_purpose = What is the donation for?
    .label = Donation for
    .invalid = Please choose one of the options, or type its number.

slot-endowments_complaint_type = What is the complaint about?
    .label = Complaint about
    .invalid = Please choose one of the options, or type its number.

opt-endowments_darshan_type-free = Free (sarva) darshan
opt-endowments_darshan_type-quick = Quick darshan
opt-endowments_darshan_type-special = Special darshan
opt-endowments_darshan_type-senior_divyang = Senior / divyang

opt-endowments_seva-abhishekam = Abhishekam
opt-endowments_seva-archana = Archana
opt-endowments_seva-kalyanam = Kalyanam
opt-endowments_seva-homam = Homam
opt-endowments_seva-vratham = Satyanarayana vratam
opt-endowments_seva-kumkumarchana = Kumkumarchana

opt-endowments_donation_purpose-annadanam = Annadanam
opt-endowments_donation_purpose-go_samrakshana = Go-samrakshana
opt-endowments_donation_purpose-construction = Temple construction
opt-endowments_donation_purpose-e_hundi = e-Hundi
opt-endowments_donation_purpose-general = General donation

opt-endowments_complaint_type-queue = Queue / delay
opt-endowments_complaint_type-prasadam = Prasadam
opt-endowments_complaint_type-cleanliness = Cleanliness
opt-endowments_complaint_type-overcharging = Overcharging
opt-endowments_complaint_type-staff = Staff behaviour
opt-endowments_complaint_type-other = Other
