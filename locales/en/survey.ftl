# Survey, Settlements & Land Records — English

dept-survey = Survey & Land
    .desc = FMB sketch, village maps, land survey requests and resurvey

svc-survey-fmb_copy = FMB sketch
    .desc = Get the Field Measurement Book sketch of a survey number

svc-survey-village_map = Village map
    .desc = Get the survey map of your village

svc-survey-land_survey_request = Request land survey
    .desc = Apply for land measurement, subdivision or boundary fixing

svc-survey-request_status = Survey status
    .desc = Track your land survey application

svc-survey-resurvey_grievance = Resurvey complaint
    .desc = Wrong extent or name after resurvey? Raise an objection

svc-survey-how_it_works = How a survey works
    .desc = Steps and documents for a land survey request
    .answer = Apply at your village or ward secretariat or a MeeSeva centre with your pattadar passbook or title deed, the survey number and the fee. The village surveyor sends notice to you and your neighbours, measures the land on the fixed date and fixes the boundary stones. You get the report and sketch after the survey. Keep your application number to check the status here.

slot-survey_request_type = What kind of survey do you need?
    .label = Survey type
    .invalid = Please choose one of the options by its number.

opt-survey_request_type-measurement = Land measurement
opt-survey_request_type-subdivision = Subdivision
opt-survey_request_type-boundary = Boundary fixing
