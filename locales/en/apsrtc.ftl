# APSRTC — English

dept-apsrtc = APSRTC buses
    .desc = Bus tickets, passes, live bus tracking and complaints

svc-apsrtc-ticket_booking = Book bus ticket
    .desc = Reserve seats on an APSRTC bus for your journey

svc-apsrtc-cancel_ticket = Cancel ticket
    .desc = Cancel a reserved ticket and get the refund

svc-apsrtc-bus_pass = Bus pass
    .desc = Apply for a student, monthly, senior or divyang pass

svc-apsrtc-track_bus = Where is my bus?
    .desc = Live location of buses on your route

svc-apsrtc-cargo_tracking = Track parcel (cargo)
    .desc = Track an APSRTC cargo or courier parcel

svc-apsrtc-free_travel_women = Free bus for women
    .desc = Stree Shakti free bus travel: who, which buses, what to show
    .answer = Under Stree Shakti, women, girls and transgender persons living in Andhra Pradesh travel free in Palle Velugu, Ultra Palle Velugu, City Ordinary, Metro Express and Express buses within the state. Show any government photo ID with your AP address to the conductor and take the zero-fare ticket. Seats in AC, Super Luxury and other long-distance buses still need a normal ticket.

svc-apsrtc-complaint = Bus complaint
    .desc = Complain about staff, delays, fares or lost luggage

svc-apsrtc-helpline = Helpline 149
    .desc = APSRTC call centre and enquiry numbers
    .answer = Call the APSRTC call centre at 149 or 0866-2570005 (24 hours) for bus timings, reservations, refunds and complaints. You can also track buses live in the APSRTC LiveTrack app and book tickets at apsrtconline.in or at any bus station counter or authorised agent.

slot-apsrtc_seats = How many seats? (1 to 6)
    .label = Seats
    .invalid = Please type a number from 1 to 6.

slot-apsrtc_ticket_number = Please type the ticket (PNR) number from your booking SMS.
    .label = Ticket no.
    .invalid = Please type the ticket number as in the SMS, for example { $example }.

slot-apsrtc_pass_type = Which bus pass do you need?
    .label = Pass type
    .invalid = Please choose a pass type from the list, or type its number.

slot-apsrtc_lr_number = Please type the parcel LR / booking number from your receipt.
    .label = LR no.
    .invalid = Please type the LR number as on the receipt, for example { $example }.

slot-apsrtc_complaint_type = What is the complaint about?
    .label = Complaint about
    .invalid = Please choose one of the options, or type its number.

opt-apsrtc_pass_type-student = Student pass
opt-apsrtc_pass_type-general = Monthly general pass
opt-apsrtc_pass_type-senior_citizen = Senior citizen
opt-apsrtc_pass_type-divyang = Divyang (disabled)

opt-apsrtc_complaint_type-staff = Driver / conductor
opt-apsrtc_complaint_type-late_bus = Bus late / no bus
opt-apsrtc_complaint_type-overcharging = Extra fare charged
opt-apsrtc_complaint_type-lost_luggage = Lost luggage
opt-apsrtc_complaint_type-cleanliness = Cleanliness
opt-apsrtc_complaint_type-other = Other
