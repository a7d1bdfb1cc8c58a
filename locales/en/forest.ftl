# Environment, Forest, Science & Technology — English

dept-forest = Forest & Environment
    .desc = Eco-tourism, tree permits, wildlife damage and saplings

svc-forest-eco_tourism_booking = Eco-tourism booking
    .desc = Book entry, safari or stay at forest eco-tourism spots and zoos

svc-forest-wildlife_damage = Wild animal damage
    .desc = Report crop, cattle or house damage or injury by wild animals

svc-forest-compensation_status = Compensation status
    .desc = Status of your wild animal damage compensation

svc-forest-tree_felling_permission = Tree felling permit
    .desc = Permission to cut trees on your own land

svc-forest-transit_permit = Timber transit pass
    .desc = Permit to move timber, bamboo or wood by vehicle

svc-forest-report_offence = Report forest crime
    .desc = Illegal felling, red sanders smuggling, poaching or forest fire

svc-forest-saplings = Free saplings
    .desc = Forest nurseries near you that give saplings for planting

svc-forest-pollution_consent = Pollution (APPCB)
    .desc = Consent to establish / operate and pollution complaints

slot-forest_eco_site = Which place do you want to visit?
    .label = Place
    .invalid = Please choose a place from the list, or type its number.

slot-forest_persons = How many persons? (1 to 20)
    .label = Persons
    .invalid = Please type a number from 1 to 20.

slot-forest_damage_type = What was damaged?
    .label = Damage
    .invalid = Please choose one of the options, or type its number.

slot-forest_tree_species = Which trees?
    .label = Tree / wood
    .invalid = Please choose a tree type from the list, or type its number.

slot-forest_tree_count = How many trees?
    .label = No. of trees
    .invalid = Please type the number of trees, for example 25.

slot-forest_offence_type = What did you see?
    .label = Offence
    .invalid = Please choose one of the options, or type its number.

opt-forest_eco_site-maredumilli = Maredumilli
opt-forest_eco_site-talakona = Talakona
opt-forest_eco_site-kambalakonda = Kambalakonda
opt-forest_eco_site-bairluty = Bairluty jungle camp
opt-forest_eco_site-pecheruvu = Pecheruvu camp
opt-forest_eco_site-vizag_zoo = Visakhapatnam zoo
opt-forest_eco_site-tirupati_zoo = Tirupati zoo

opt-forest_damage_type-crop = Crop damage
opt-forest_damage_type-cattle = Cattle killed
opt-forest_damage_type-house = House damage
opt-forest_damage_type-human_injury = Person injured
opt-forest_damage_type-human_death = Person died

opt-forest_tree_species-eucalyptus = Eucalyptus
opt-forest_tree_species-teak = Teak
opt-forest_tree_species-red_sanders = Red sanders
opt-forest_tree_species-bamboo = Bamboo
opt-forest_tree_species-mango = Mango
opt-forest_tree_species-casuarina = Casuarina
opt-forest_tree_species-subabul = Subabul
opt-forest_tree_species-other = Other

opt-forest_offence_type-illegal_felling = Illegal tree cutting
opt-forest_offence_type-smuggling = Red sanders
opt-forest_offence_type-poaching = Hunting / poaching
opt-forest_offence_type-encroachment = Encroachment
opt-forest_offence_type-forest_fire = Forest fire
opt-forest_offence_type-other = Other
