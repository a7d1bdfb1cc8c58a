# Energy — English

dept-energy = Electricity
    .desc = Power bills, new connections and supply complaints

svc-energy-bill_payment = Pay electricity bill
    .desc = Pay your current power bill online with UPI or card

svc-energy-bill_details = Bill details
    .desc = See your latest bill amount, due date and past payments

svc-energy-new_connection = New connection
    .desc = Apply for a new home, shop, farm or industry connection

svc-energy-complaint = Power complaint
    .desc = No power, low voltage, meter, bill or line problems

svc-energy-complaint_status = Complaint status
    .desc = Check the status of your power complaint

svc-energy-load_change = Load change
    .desc = Apply to increase or reduce the contracted load (kW)

svc-energy-solar_rooftop = Rooftop solar
    .desc = Apply for rooftop solar with subsidy (PM Surya Ghar)

svc-energy-helpline = Helpline 1912
    .desc = Power supply helpline numbers and your DISCOM
    .answer = For power cuts, fallen lines, transformer or meter problems, call 1912 (toll-free, 24 hours). AP has three DISCOMs: APEPDCL (north coastal and Godavari districts), APCPDCL (Krishna, Guntur and Prakasam region) and APSPDCL (Nellore and Rayalaseema). Keep your service number from the bill ready when you call. In danger, such as a snapped live wire, stay away and call at once.

slot-energy_connection_category = What kind of connection?
    .label = Connection type
    .invalid = Please choose a connection type from the list, or type its number.

slot-energy_complaint_type = What is the problem?
    .label = Problem
    .invalid = Please choose a problem from the list, or type its number.

slot-energy_load_kw = What total load do you need, in kW? (1 to 150)
    .label = New load (kW)
    .invalid = Please type the load in kW as a number from 1 to 150, for example 3.

opt-energy_connection_category-domestic = Home (domestic)
opt-energy_connection_category-commercial = Shop (commercial)
opt-energy_connection_category-agriculture = Farm (agriculture)
opt-energy_connection_category-industrial = Industry

opt-energy_complaint_type-no_power = No power
opt-energy_complaint_type-low_voltage = Low / high voltage
opt-energy_complaint_type-meter = Meter problem
opt-energy_complaint_type-high_bill = Wrong / high bill
opt-energy_complaint_type-line_down = Wire or pole fallen
opt-energy_complaint_type-transformer = Transformer problem
