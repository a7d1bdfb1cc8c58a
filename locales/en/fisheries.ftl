# Fisheries — English

dept-fisheries = Fisheries
    .desc = Fishing ban relief, boats, diesel subsidy, aqua ponds, sea safety

svc-fisheries-fishing_ban = Fishing ban period
    .desc = Dates of the yearly sea fishing ban and relief for fishermen
    .answer = Fishing in the sea by motorised and mechanised boats is banned every year from 15 April to 14 June (61 days), the breeding season of fish on the east coast. Traditional non-motorised craft may still fish near the shore. Eligible fishermen families get relief money from the state for the ban period. To get it, your name must be in the fishermen list at your village secretariat; ask the Fisheries Assistant there.

svc-fisheries-ban_relief_status = Ban relief status
    .desc = Check your fishing ban relief payment

svc-fisheries-boat_registration = Boat registration
    .desc = Register a fishing boat or renew its fishing licence

svc-fisheries-diesel_subsidy_status = Diesel subsidy
    .desc = Check the diesel subsidy for your fishing boat

svc-fisheries-fish_seed_booking = Fish seed supply
    .desc = Book fish seed (fingerlings) for your tank or pond

svc-fisheries-aqua_licence = Aqua pond licence
    .desc = Register your fish or shrimp pond with APSADA

svc-fisheries-sea_safety = Sea safety alerts
    .desc = Weather warnings and whom to call in an emergency at sea
    .answer = Do not go to sea when a cyclone or rough sea warning is given; warnings are shared through the village secretariat, the Fisheries Assistant and the harbour. Always carry life jackets and a distress alert transmitter or radio. In an emergency at sea, call the Coast Guard on 1554 (free). On land, call 112 for police or 108 for an ambulance.

svc-fisheries-fisheries_complaint = Fisheries complaint
    .desc = Complain about relief, subsidy, harbour or fish market problems

slot-fisheries_boat_type = What kind of boat?
    .label = Boat type
    .invalid = Please choose one of the options.

slot-fisheries_boat_number = Please type the boat registration number.
    .label = Boat no.
    .invalid = Please type the boat number as on the registration paper, for example { $example }.

slot-fisheries_pond_acres = How many acres of water area? Type a whole number.
    .label = Acres
    .invalid = Please type the number of acres from 1 to 500, for example 2.

slot-fisheries_issue = What is the complaint about?
    .label = Complaint
    .invalid = Please choose one of the options.

opt-fisheries_boat_type-traditional = Traditional boat
opt-fisheries_boat_type-motorised = Motorised
opt-fisheries_boat_type-mechanised = Mechanised

opt-fisheries_issue-relief_not_paid = Ban relief not paid
opt-fisheries_issue-diesel_subsidy = Diesel subsidy
opt-fisheries_issue-harbour = Harbour or jetty
opt-fisheries_issue-fish_market = Fish market
opt-fisheries_issue-fish_seed = Fish seed
opt-fisheries_issue-other = Other
