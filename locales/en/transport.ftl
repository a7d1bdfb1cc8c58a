# Transport — English

dept-transport = Transport (RTA)
    .desc = Driving licence, vehicle records, challans and road tax

svc-transport-driving_licence = Driving licence
    .desc = New licence, renewal, duplicate or address change

svc-transport-learner_licence = Learner licence
    .desc = Apply and book a slot for the learner licence test

svc-transport-licence_details = Licence details
    .desc = Check validity and details of a driving licence

svc-transport-challan_payment = Pay traffic challan
    .desc = See and pay pending e-challans on your vehicle

svc-transport-vehicle_details = Vehicle (RC) details
    .desc = Owner, insurance, fitness and tax validity of a vehicle

svc-transport-road_tax = Pay road tax
    .desc = Pay quarterly or pending tax for your vehicle

svc-transport-application_status = Application status
    .desc = Track your licence or RC application at the RTA

svc-transport-documents_needed = Documents needed
    .desc = What to bring for licence and RC services
    .answer = For a learner licence: proof of age and address, passport size photos and a medical certificate (Form 1A) if you are above 40 or want a transport licence. For the driving test: your learner licence (at least 30 days old and still valid) and a vehicle of that class with RC, insurance and PUC. For RC transfer or address change: the original RC, insurance, PUC and the forms signed by both parties. Fees are paid online when you apply.

slot-transport_licence_service = What do you want to do with your licence?
    .label = Licence service
    .invalid = Please choose an option from the list, or type its number.

slot-transport_vehicle_class = For which vehicle do you want the licence?
    .label = Vehicle class
    .invalid = Please choose a vehicle class from the list, or type its number.

opt-transport_licence_service-new = New driving licence
opt-transport_licence_service-renewal = Renewal
opt-transport_licence_service-duplicate = Duplicate (lost)
opt-transport_licence_service-address_change = Address change
opt-transport_licence_service-international = International permit

opt-transport_vehicle_class-two_wheeler = Two-wheeler
opt-transport_vehicle_class-car = Car (LMV)
opt-transport_vehicle_class-two_and_car = Two-wheeler and car
opt-transport_vehicle_class-auto = Auto rickshaw
opt-transport_vehicle_class-transport = Transport vehicle
