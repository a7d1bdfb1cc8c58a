# Housing — English

dept-housing = Housing
    .desc = Government houses: status, payments, inspections and complaints

svc-housing-application_status = Application status
    .desc = Check if your house application is approved

svc-housing-payment_status = Bill payment status
    .desc = See the construction money paid to you, stage by stage

svc-housing-stage_inspection = Stage inspection
    .desc = Ask the engineer to check and geotag your house stage

svc-housing-complaint = Housing complaint
    .desc = Complain about delays, payments or quality of work

svc-housing-eligibility = Who is eligible
    .desc = Who can get a government house
    .answer = You can apply for a government house if your family has a white rice card (BPL), owns no pucca house anywhere, and has not got a government house before. The house is usually given in the name of the woman of the family. Apply at your village or ward secretariat with your rice card and your house site papers, if you have them.

svc-housing-tidco_status = TIDCO house status
    .desc = Check the allotment of your TIDCO flat in a town

slot-housing_beneficiary_id = What is your housing beneficiary ID? (It is on your house sanction paper.)
    .label = Beneficiary ID
    .invalid = Please send the beneficiary ID in digits, e.g. { $example }.

slot-housing_stage = Which stage has your house reached?
    .label = Stage
    .invalid = Please choose one of the options by its number.

opt-housing_stage-basement = Basement level
opt-housing_stage-lintel = Lintel level
opt-housing_stage-roof = Roof level
opt-housing_stage-completed = Completed
