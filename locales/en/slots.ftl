# Shared slots — English

slot-applicant_name = Please type the applicant's full name.
    .label = Name
    .invalid = Please type the full name, as in official records.

slot-application_number = Please type your application number (it is on your MeeSeva or Sachivalayam receipt).
    .label = Application no.
    .invalid = That doesn't look like an application number. It has 8 to 20 letters and digits, for example { $example }.

slot-mobile = Please type your 10-digit mobile number.
    .label = Mobile
    .invalid = Please type a valid 10-digit mobile number, for example 9876543210.

slot-district = Which district? Choose from the list, or type its number or name.
    .label = District
    .invalid = Please choose your district from the list, or type its number.

slot-mandal = Please type your mandal name.
    .label = Mandal
    .invalid = Please type the name of your mandal.

slot-village = Please type your village or ward name.
    .label = Village / ward
    .invalid = Please type the name of your village or ward.

slot-travel_date = On which date will you travel? Type it as DD/MM/YYYY, or write today or tomorrow.
    .label = Travel date
    .invalid = Please type the date as DD/MM/YYYY (day/month/year), or write today or tomorrow.

slot-event_date = On which date did it happen? Type it as DD/MM/YYYY, or write today or yesterday.
    .label = Date
    .invalid = Please type the date as DD/MM/YYYY (for example 05/03/2024), or write today or yesterday.

slot-date_of_birth = What is the date of birth? Type it as DD/MM/YYYY.
    .label = Date of birth
    .invalid = Please type the date of birth as DD/MM/YYYY, for example 07/04/1985.

slot-visit_date = On which date do you want to visit? Type it as DD/MM/YYYY, or write today or tomorrow.
    .label = Visit date
    .invalid = Please type the date as DD/MM/YYYY (day/month/year), or write today or tomorrow.

slot-from_place = From where? Type the place you start from.
    .label = From
    .invalid = Please type the name of the place you start from.

slot-to_place = To where? Type the place you are going to.
    .label = To
    .invalid = Please type the name of the place you are going to.

slot-temple = Which temple? Choose from the list, or type its number or name.
    .label = Temple
    .invalid = Please choose a temple from the list, or type its number.

slot-amount = How much, in rupees? Type the amount in numbers.
    .label = Amount
    .invalid = Please type the amount in numbers, for example 500 or ₹1,500.

slot-electricity_service_number = Please type your electricity service number (USC no.). It is printed on your power bill.
    .label = Service no.
    .invalid = The service number has 9 to 13 digits and is printed on your bill, for example { $example }.

slot-ration_card_number = Please type your ration card (rice card) number.
    .label = Ration card no.
    .invalid = Please type the number exactly as printed on the card, for example { $example }.

slot-hall_ticket_number = Please type your 10-digit hall ticket number.
    .label = Hall ticket no.
    .invalid = The hall ticket number has 10 digits, for example { $example }.

slot-vehicle_number = Please type the vehicle registration number, as on the number plate.
    .label = Vehicle no.
    .invalid = Please type an AP vehicle number, for example { $example }.

slot-dl_number = Please type your driving licence number.
    .label = Licence no.
    .invalid = Please type the licence number as printed on your licence, for example { $example }.

slot-fir_number = Please type the FIR number with the year, as number/year.
    .label = FIR no.
    .invalid = Please type the FIR number as number/year, for example { $example }.

slot-year = Which year? Type it in 4 digits, for example 2024.
    .label = Year
    .invalid = Please type the year in 4 digits, for example 2024.

slot-pincode = Please type your 6-digit PIN code.
    .label = PIN code
    .invalid = Please type a 6-digit Andhra Pradesh PIN code, for example { $example }.

slot-description = Please describe it briefly, in your own words.
    .label = Details
    .invalid = Please describe it in a sentence or two.

slot-survey_number = Please type the land survey number, with the sub-division if there is one.
    .label = Survey no.
    .invalid = Please type the survey number as in your land records, for example { $example }.

slot-assessment_number = Please type your property tax assessment number. It is on your tax receipt.
    .label = Assessment no.
    .invalid = The assessment number has 8 to 12 digits, for example { $example }.

slot-reference_number = Please type the reference number you received.
    .label = Reference no.
    .invalid = Please type the reference number exactly as you received it, for example { $example }.

slot-family_size = How many members are there in your family?
    .label = Family members
    .invalid = Please type the number of family members in digits, for example 4.

## Districts of Andhra Pradesh

opt-district-srikakulam = Srikakulam
opt-district-parvathipuram_manyam = Parvathipuram Manyam
opt-district-vizianagaram = Vizianagaram
opt-district-visakhapatnam = Visakhapatnam
opt-district-alluri_sitharama_raju = Alluri Sitarama Raju
opt-district-anakapalli = Anakapalli
opt-district-kakinada = Kakinada
opt-district-east_godavari = East Godavari
opt-district-konaseema = Ambedkar Konaseema
opt-district-eluru = Eluru
opt-district-west_godavari = West Godavari
opt-district-ntr = NTR
opt-district-krishna = Krishna
opt-district-palnadu = Palnadu
opt-district-guntur = Guntur
opt-district-bapatla = Bapatla
opt-district-prakasam = Prakasam
opt-district-nellore = Nellore
opt-district-kurnool = Kurnool
opt-district-nandyal = Nandyal
opt-district-anantapur = Anantapur
opt-district-sri_sathya_sai = Sri Sathya Sai
opt-district-ysr_kadapa = YSR Kadapa
opt-district-annamayya = Annamayya
opt-district-chittoor = Chittoor
opt-district-tirupati = Tirupati

## Temples

opt-temple-tirumala = Tirumala
opt-temple-kanaka_durga = Kanaka Durga
opt-temple-srisailam = Srisailam
opt-temple-simhachalam = Simhachalam
opt-temple-annavaram = Annavaram
opt-temple-srikalahasti = Srikalahasti
opt-temple-dwaraka_tirumala = Dwaraka Tirumala
opt-temple-kanipakam = Kanipakam
opt-temple-ahobilam = Ahobilam
opt-temple-mangalagiri = Mangalagiri
opt-temple-arasavalli = Arasavalli
opt-temple-mopidevi = Mopidevi
