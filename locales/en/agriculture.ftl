# Agriculture — English

dept-agriculture = Agriculture
    .desc = Annadata Sukhibhava, e-Crop, seeds, fertiliser and crop loss

svc-agriculture-annadata_sukhibhava_status = Annadata Sukhibhava
    .desc = Check your Annadata Sukhibhava farmer support payment

svc-agriculture-ecrop_status = e-Crop details
    .desc = See the crop booked on your land in e-Crop

svc-agriculture-crop_insurance_status = Crop insurance
    .desc = Check your crop insurance enrolment and claim

svc-agriculture-seed_booking = Subsidy seeds
    .desc = Book subsidy seeds at your Rythu Seva Kendram (RSK)

svc-agriculture-fertiliser_booking = Fertiliser booking
    .desc = Book fertiliser bags for pick-up at your RSK

svc-agriculture-soil_testing = Soil testing
    .desc = Ask for a soil test and get your soil health card

svc-agriculture-crop_damage = Report crop loss
    .desc = Report crop damage from floods, drought, cyclone or pests

svc-agriculture-rsk_helpline = RSK farmer helpline
    .desc = What your Rythu Seva Kendram does and whom to call
    .answer = Every village has a Rythu Seva Kendram (RSK), where the village agriculture or horticulture assistant sits. At the RSK you can buy certified seeds, fertiliser and pesticides, get your crop booked in e-Crop, and get help with crop insurance and crop loss claims. For advice on crops, pests and weather, call the farmers' call centre 155251 or the Kisan Call Centre 1800-180-1551. Both calls are free.

slot-agriculture_crop = Which crop?
    .label = Crop
    .invalid = Please choose one of the crops.

slot-agriculture_acres = For how many acres? Type a whole number.
    .label = Acres
    .invalid = Please type the number of acres from 1 to 100, for example 3.

slot-agriculture_fertiliser = Which fertiliser do you need?
    .label = Fertiliser
    .invalid = Please choose one of the fertilisers.

slot-agriculture_bags = How many bags?
    .label = Bags
    .invalid = Please type the number of bags from 1 to 100, for example 5.

slot-agriculture_damage_cause = What caused the crop loss?
    .label = Cause
    .invalid = Please choose one of the options.

opt-agriculture_crop-paddy = Paddy
opt-agriculture_crop-cotton = Cotton
opt-agriculture_crop-chilli = Chilli
opt-agriculture_crop-groundnut = Groundnut
opt-agriculture_crop-maize = Maize
opt-agriculture_crop-pulses = Pulses
opt-agriculture_crop-sugarcane = Sugarcane
opt-agriculture_crop-other = Other

opt-agriculture_fertiliser-urea = Urea
opt-agriculture_fertiliser-dap = DAP
opt-agriculture_fertiliser-complex = Complex
opt-agriculture_fertiliser-potash = Potash (MOP)
opt-agriculture_fertiliser-ssp = SSP

opt-agriculture_damage_cause-flood = Flood
opt-agriculture_damage_cause-heavy_rain = Heavy rain
opt-agriculture_damage_cause-drought = Drought
opt-agriculture_damage_cause-cyclone = Cyclone
opt-agriculture_damage_cause-pests = Pests or disease
opt-agriculture_damage_cause-other = Other
