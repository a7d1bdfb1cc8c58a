# Water Resources — Telugu

dept-water_resources = జల వనరులు
    .desc = జలాశయాలు, కాలువ నీరు, భూగర్భ జలం, సాగునీటి ఫిర్యాదులు

svc-water_resources-reservoir_levels = జలాశయాల నీటి మట్టం
    .desc = ప్రధాన జలాశయాల్లో ఈ రోజు నీటి మట్టాలు (APWRIMS)

svc-water_resources-canal_release = కాలువ నీటి విడుదల
    .desc = మీ ప్రాంతంలో కాలువలకు నీరు ఎప్పుడు వదులుతారు

svc-water_resources-groundwater_level = భూగర్భ జల మట్టం
    .desc = మీ మండలంలో భూగర్భ నీరు ఎంత లోతులో ఉంది

svc-water_resources-flood_alerts = వరద హెచ్చరికలు
    .desc = మీ జిల్లాకు నదులు, వరద హెచ్చరికలు

svc-water_resources-borewell_permission = బోరుబావి అనుమతి
    .desc = కొత్త బోరు వేయడానికి అనుమతి కోసం దరఖాస్తు (WALTA)

svc-water_resources-irrigation_complaint = సాగునీటి ఫిర్యాదు
    .desc = నీరు రావట్లేదు, కాలువ గండి, పూడిక, చెరువు కట్ట, ఆక్రమణ

svc-water_resources-complaint_status = ఫిర్యాదు స్థితి
    .desc = మీ సాగునీటి ఫిర్యాదు స్థితి చూడండి

slot-water_resources_complaint_type = సమస్య ఏమిటి?
    .label = సమస్య
    .invalid = దయచేసి లిస్ట్‌లో నుండి సమస్య ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

opt-water_resources_complaint_type-no_water = పొలాలకు నీరు లేదు
opt-water_resources_complaint_type-canal_breach = కాలువ గండి / లీకేజీ
opt-water_resources_complaint_type-silt = కాలువలో పూడిక, కలుపు
opt-water_resources_complaint_type-tank_damage = చెరువు కట్ట దెబ్బ
opt-water_resources_complaint_type-encroachment = ఆక్రమణ
opt-water_resources_complaint_type-illegal_lifting = అక్రమ నీటి తోడకం
