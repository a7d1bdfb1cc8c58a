# Disaster Management — English

dept-disaster_management = Disaster Management
    .desc = Weather alerts, emergency help, relief camps and damage reports

svc-disaster_management-weather_alerts = Weather alerts
    .desc = Cyclone, heavy rain, heatwave and lightning alerts for your district

svc-disaster_management-report_emergency = Report an emergency
    .desc = Tell the control room about floods, storm damage or people stuck

svc-disaster_management-relief_camps = Relief camps
    .desc = Find the nearest relief camp or cyclone shelter

svc-disaster_management-damage_report = Report damage
    .desc = Report house, crop, livestock or boat damage for relief

svc-disaster_management-relief_status = Relief status
    .desc = Check the status of your relief or compensation payment

svc-disaster_management-helpline = Emergency numbers
    .desc = Disaster control room and emergency numbers
    .answer = APSDMA state control room (24 hours): 1070 or 1800-425-0101 (toll free). Emergency (police, fire, ambulance): 112. Fire: 101. Ambulance: 108. During floods and cyclones your district collectorate also runs a control room.

svc-disaster_management-safety_tips = Safety tips
    .desc = What to do in a cyclone, flood, lightning or heatwave
    .answer = Cyclone or flood: follow official alerts; keep a torch, a charged phone, drinking water, medicines and your documents in a plastic cover; move to a shelter when officials ask; never cross flowing water or go to sea. Lightning: stay indoors and keep away from trees and open fields. Heatwave: drink plenty of water, avoid going out from 11 am to 4 pm, and wear light cotton clothes.

slot-disaster_management_emergency_type = What kind of emergency is it?
    .label = Emergency
    .invalid = Please choose one of the options by its number.

opt-disaster_management_emergency_type-flood = Flood
opt-disaster_management_emergency_type-cyclone = Cyclone / storm
opt-disaster_management_emergency_type-fire = Fire
opt-disaster_management_emergency_type-building_collapse = Building collapse
opt-disaster_management_emergency_type-landslide = Landslide
opt-disaster_management_emergency_type-lightning = Lightning
opt-disaster_management_emergency_type-other = Other

slot-disaster_management_damage_type = What was damaged?
    .label = Damage
    .invalid = Please choose one of the options by its number.

opt-disaster_management_damage_type-house = House
opt-disaster_management_damage_type-crop = Crop
opt-disaster_management_damage_type-livestock = Livestock
opt-disaster_management_damage_type-boat_nets = Boat / nets
opt-disaster_management_damage_type-other = Other
