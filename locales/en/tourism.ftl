# Tourism — English

dept-tourism = Tourism (APTDC)
    .desc = Tour packages, Haritha hotels, boating and trip bookings

svc-tourism-package_booking = Tour package
    .desc = Book an APTDC tour: Tirupati, Araku, Papikondalu and more

svc-tourism-hotel_booking = Haritha hotels
    .desc = Book a room at an APTDC Haritha hotel or resort

svc-tourism-boating = Boating tickets
    .desc = Boat trips at Papikondalu, Bhavani Island and more

svc-tourism-booking_status = Booking status
    .desc = Check your tour, hotel or boating booking

svc-tourism-cancel_booking = Cancel booking
    .desc = Cancel an APTDC booking and get the refund

svc-tourism-places_to_visit = Places to visit
    .desc = Tourist spots, temples and beaches in a district

svc-tourism-complaint = Tourist complaint
    .desc = Problems with a tour, hotel, boat or tourist spot

slot-tourism_package = Which tour package?
    .label = Package
    .invalid = Please choose a package from the list, or type its number.

slot-tourism_hotel = Which Haritha hotel?
    .label = Hotel
    .invalid = Please choose a hotel from the list, or type its number.

slot-tourism_boating_point = Where do you want to go boating?
    .label = Boating point
    .invalid = Please choose a boating point from the list, or type its number.

slot-tourism_persons = How many persons? (1 to 30)
    .label = Persons
    .invalid = Please type a number from 1 to 30.

slot-tourism_nights = For how many nights? (1 to 7)
    .label = Nights
    .invalid = Please type a number from 1 to 7.

slot-tourism_rooms = How many rooms? (1 to 10)
    .label = Rooms
    .invalid = Please type a number from 1 to 10.

opt-tourism_package-tirupati = Tirupati tour
opt-tourism_package-araku = Araku Valley
opt-tourism_package-papikondalu = Papikondalu
opt-tourism_package-srisailam = Srisailam
opt-tourism_package-vizag_city = Visakhapatnam city
opt-tourism_package-amaravati = Amaravati
opt-tourism_package-lambasingi = Lambasingi

opt-tourism_hotel-araku = Araku
opt-tourism_hotel-horsley_hills = Horsley Hills
opt-tourism_hotel-srisailam = Srisailam
opt-tourism_hotel-suryalanka = Suryalanka beach
opt-tourism_hotel-tirupati = Tirupati
opt-tourism_hotel-berm_park = Berm Park Vijayawada
opt-tourism_hotel-gandikota = Gandikota
opt-tourism_hotel-dindi = Dindi (Konaseema)

opt-tourism_boating_point-papikondalu = Papikondalu
opt-tourism_boating_point-bhavani_island = Bhavani Island
opt-tourism_boating_point-nagarjuna_sagar = Nagarjuna Sagar
opt-tourism_boating_point-rushikonda = Rushikonda (Vizag)
