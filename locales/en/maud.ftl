# Municipal Administration & Urban Development — English

dept-maud = Municipal services
    .desc = Property and water tax, trade licence, birth and death certificates

svc-maud-property_tax = Property tax
    .desc = Check and pay your house property tax

svc-maud-water_tax = Water tax
    .desc = Check and pay your tap water charges

svc-maud-trade_licence = Trade licence
    .desc = Apply for or renew a trade licence for your shop or business

svc-maud-birth_certificate = Birth certificate
    .desc = Get the certificate for a birth in a town or city

svc-maud-death_certificate = Death certificate
    .desc = Get the certificate for a death in a town or city

svc-maud-anna_canteen = Anna Canteen
    .desc = Meals for ₹5: timings and where to find one
    .answer = Anna Canteens serve breakfast, lunch and dinner for just ₹5 a meal. Usual timings: breakfast 7:30 to 10 am, lunch 12:30 to 3 pm, dinner 7:30 to 9 pm. You find them in towns and cities across the state, mostly near bus stands, hospitals and markets. Ask at your ward secretariat for the nearest one.

svc-maud-building_permission_status = Building plan status
    .desc = Track your building permission (plan approval) application

svc-maud-civic_complaint = Civic complaint
    .desc = Report garbage, drainage, street light or water problems

slot-maud_ulb = Which municipality or corporation? (e.g. Guntur, Tenali)
    .label = Municipality
    .invalid = Please type the name of your town, municipality or corporation.

slot-maud_certificate_name = Whose name should be on the certificate? Type the full name.
    .label = Name on certificate
    .invalid = Please type the full name (at least 2 letters).

slot-maud_business_name = What is the name of your shop or business?
    .label = Business name
    .invalid = Please type the shop or business name.

slot-maud_complaint_type = What is the problem about?
    .label = Problem
    .invalid = Please choose one of the options by its number.

opt-maud_complaint_type-garbage = Garbage
opt-maud_complaint_type-drainage = Drainage
opt-maud_complaint_type-street_light = Street light
opt-maud_complaint_type-water_supply = Water supply
opt-maud_complaint_type-roads = Roads
opt-maud_complaint_type-mosquitoes = Mosquitoes
opt-maud_complaint_type-stray_dogs = Stray dogs
