# Water Resources — English

dept-water_resources = Water Resources
    .desc = Reservoirs, canal water, groundwater and irrigation complaints

svc-water_resources-reservoir_levels = Reservoir levels
    .desc = Today's water levels in major reservoirs (APWRIMS)

svc-water_resources-canal_release = Canal water release
    .desc = When water will be released to canals in your area

svc-water_resources-groundwater_level = Groundwater level
    .desc = Groundwater depth in your mandal, from monitoring wells

svc-water_resources-flood_alerts = Flood alerts
    .desc = River and flood warnings for your district

svc-water_resources-borewell_permission = Borewell permission
    .desc = Apply for permission to dig a new borewell (WALTA)

svc-water_resources-irrigation_complaint = Irrigation complaint
    .desc = No water, canal breach, silt, tank damage or encroachment

svc-water_resources-complaint_status = Complaint status
    .desc = Check the status of your irrigation complaint

slot-water_resources_complaint_type = What is the problem?
    .label = Problem
    .invalid = Please choose a problem from the list, or type its number.

opt-water_resources_complaint_type-no_water = No water to fields
opt-water_resources_complaint_type-canal_breach = Canal breach / leak
opt-water_resources_complaint_type-silt = Silt / weeds
opt-water_resources_complaint_type-tank_damage = Tank bund damage
opt-water_resources_complaint_type-encroachment = Encroachment
opt-water_resources_complaint_type-illegal_lifting = Illegal lifting
