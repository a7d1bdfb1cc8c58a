# Labour — Telugu

dept-labour = కార్మిక శాఖ
    .desc = భవన కార్మికుల సంక్షేమం, షాపు రిజిస్ట్రేషన్, కూలీ ఫిర్యాదులు

svc-labour-bocw_registration = భవన కార్మికుల కార్డు
    .desc = భవన నిర్మాణ కార్మికునిగా (BOCW) నమోదు చేసుకోండి

svc-labour-bocw_claim = భవన కార్మిక క్లెయిమ్
    .desc = పెళ్లి, ప్రసూతి, ప్రమాదం, మరణం సాయం కోసం క్లెయిమ్

svc-labour-shop_registration = షాపు రిజిస్ట్రేషన్
    .desc = షాపుల చట్టం కింద షాపు / సంస్థ నమోదు

svc-labour-application_status = దరఖాస్తు స్థితి
    .desc = కార్మిక శాఖలో మీ దరఖాస్తు స్థితి చూడండి

svc-labour-eshram = ఇ-శ్రమ్ కార్డు
    .desc = అసంఘటిత కార్మికుల నమోదు - ఇ-శ్రమ్ పోర్టల్

svc-labour-wage_complaint = కూలీ ఫిర్యాదు
    .desc = కూలీ ఇవ్వలేదు, కనీస వేతనం లేదు, PF / ESI లేదు

svc-labour-child_labour = బాల కార్మికులు
    .desc = పిల్లలతో పని చేయిస్తున్న చోటు గురించి చెప్పండి

svc-labour-bocw_benefits = కార్మికుల ప్రయోజనాలు
    .desc = ఎవరు నమోదు చేసుకోవచ్చు, భవన కార్మికులకు ఏం వస్తుంది
    .answer = గత సంవత్సరంలో కనీసం 90 రోజులు భవన నిర్మాణ పనిలో ఉన్న 18 నుండి 60 ఏళ్ల కార్మికులు (మేస్త్రీలు, కూలీలు, వడ్రంగులు, పెయింటర్లు, ప్లంబర్లు, ఎలక్ట్రీషియన్లు మొదలైన వారు) AP భవన, ఇతర నిర్మాణ కార్మికుల సంక్షేమ బోర్డులో నమోదు చేసుకోవచ్చు. నమోదైన వారికి పెళ్లి, ప్రసూతి, ప్రమాదం, అంగవైకల్యం, సహజ మరణం, అంత్యక్రియల ఖర్చులకు సాయం వస్తుంది. కార్డు రెన్యూవల్ చేయిస్తూ ఉండండి, సంఘటన జరిగిన తర్వాత గడువులోపు క్లెయిమ్ పెట్టండి.

slot-labour_worker_id = మీ భవన కార్మికుల రిజిస్ట్రేషన్ నంబర్ పంపండి (కార్డుపై ఉంటుంది).
    .label = కార్మికుని నంబర్
    .invalid = కార్డుపై ఉన్నట్లే రిజిస్ట్రేషన్ నంబర్ పంపండి, ఉదా: { $example }.

slot-labour_claim_type = ఏ సాయం కోసం క్లెయిమ్ చేయాలి?
    .label = సాయం రకం
    .invalid = దయచేసి లిస్ట్‌లో నుండి ఒకటి ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-labour_establishment_name = షాపు లేదా సంస్థ పేరు ఏమిటి?
    .label = సంస్థ పేరు
    .invalid = దయచేసి షాపు లేదా సంస్థ పేరు టైప్ చేయండి.

slot-labour_employee_count = అక్కడ ఎంత మంది పని చేస్తున్నారు? (ఎవరూ లేకపోతే 0)
    .label = ఉద్యోగులు
    .invalid = దయచేసి పని చేసేవారి సంఖ్య నంబర్‌లో పంపండి, ఉదా: 5.

slot-labour_complaint_type = ఫిర్యాదు దేని గురించి?
    .label = ఫిర్యాదు విషయం
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకటి ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

opt-labour_claim_type-marriage = పెళ్లి కానుక
opt-labour_claim_type-maternity = ప్రసూతి సాయం
opt-labour_claim_type-accident = ప్రమాదం
opt-labour_claim_type-natural_death = సహజ మరణం
opt-labour_claim_type-disability = అంగవైకల్యం
opt-labour_claim_type-funeral = అంత్యక్రియల ఖర్చు

opt-labour_complaint_type-unpaid_wages = కూలీ ఇవ్వలేదు
opt-labour_complaint_type-below_minimum = కనీస వేతనం లేదు
opt-labour_complaint_type-no_pf_esi = PF / ESI లేదు
opt-labour_complaint_type-overtime = ఓవర్‌టైమ్ డబ్బు లేదు
opt-labour_complaint_type-unsafe_work = పని చోట భద్రత లేదు
opt-labour_complaint_type-other = ఇతర
