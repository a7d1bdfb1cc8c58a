# Animal Husbandry — English

dept-animal_husbandry = Animal Husbandry
    .desc = Vet ambulance 1962, vet visits, AI, livestock insurance

svc-animal_husbandry-vet_ambulance = Vet ambulance 1962
    .desc = Free doorstep treatment for sick animals: dial 1962
    .answer = Dial 1962 (free) for the mobile veterinary ambulance. A vet team comes to your village to treat sick or injured animals, and takes serious cases to the nearest veterinary hospital. You can also go to the veterinary dispensary in your mandal, or meet the animal husbandry assistant at your Rythu Seva Kendram for vaccinations, deworming and advice.

svc-animal_husbandry-vet_visit = Request a vet visit
    .desc = Ask the vet or animal husbandry assistant to visit your animal

svc-animal_husbandry-ai_booking = AI for cattle
    .desc = Book artificial insemination for your cow or buffalo

svc-animal_husbandry-livestock_insurance = Livestock insurance
    .desc = Check the insurance of your animal using its ear tag number

svc-animal_husbandry-animal_death_claim = Animal death claim
    .desc = Report the death of an insured or lost animal for compensation

svc-animal_husbandry-fodder_seeds = Fodder seeds
    .desc = Book subsidy fodder seeds for your cattle

svc-animal_husbandry-disease_report = Animal disease
    .desc = Tell us about many animals falling sick in your village

slot-animal_husbandry_animal = Which animal?
    .label = Animal
    .invalid = Please choose one of the animals.

slot-animal_husbandry_cattle = Cow or buffalo?
    .label = Animal
    .invalid = Please choose cow or buffalo.

slot-animal_husbandry_tag_number = Please type the 12-digit number on the animal's ear tag.
    .label = Ear tag no.
    .invalid = The ear tag number has 12 digits, for example { $example }.

slot-animal_husbandry_death_cause = How did the animal die?
    .label = Cause of death
    .invalid = Please choose one of the options.

opt-animal_husbandry_animal-cow = Cow
opt-animal_husbandry_animal-buffalo = Buffalo
opt-animal_husbandry_animal-sheep = Sheep
opt-animal_husbandry_animal-goat = Goat
opt-animal_husbandry_animal-poultry = Poultry
opt-animal_husbandry_animal-pig = Pig
opt-animal_husbandry_animal-other = Other

opt-animal_husbandry_cattle-cow = Cow
opt-animal_husbandry_cattle-buffalo = Buffalo

opt-animal_husbandry_death_cause-disease = Disease
opt-animal_husbandry_death_cause-accident = Accident
opt-animal_husbandry_death_cause-snake_bite = Snake bite
opt-animal_husbandry_death_cause-lightning = Lightning
opt-animal_husbandry_death_cause-flood = Flood
opt-animal_husbandry_death_cause-other = Other
