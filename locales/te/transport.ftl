# Transport — Telugu

dept-transport = రవాణా (RTA)
    .desc = డ్రైవింగ్ లైసెన్స్, వాహన వివరాలు, చలాన్లు, రోడ్ టాక్స్

svc-transport-driving_licence = డ్రైవింగ్ లైసెన్స్
    .desc = కొత్త లైసెన్స్, రెన్యూవల్, డూప్లికేట్, చిరునామా మార్పు

svc-transport-learner_licence = లెర్నర్ లైసెన్స్
    .desc = LLR కి దరఖాస్తు చేసి టెస్ట్ స్లాట్ బుక్ చేయండి

svc-transport-licence_details = లైసెన్స్ వివరాలు
    .desc = డ్రైవింగ్ లైసెన్స్ గడువు, వివరాలు చూడండి

svc-transport-challan_payment = చలాన్ చెల్లింపు
    .desc = మీ వాహనంపై ఉన్న ఇ-చలాన్లు చూసి కట్టండి

svc-transport-vehicle_details = వాహన (RC) వివరాలు
    .desc = ఓనర్, ఇన్సూరెన్స్, ఫిట్‌నెస్, టాక్స్ గడువు చూడండి

svc-transport-road_tax = రోడ్ టాక్స్
    .desc = మీ వాహనానికి త్రైమాసిక లేదా బాకీ టాక్స్ కట్టండి

svc-transport-application_status = దరఖాస్తు స్థితి
    .desc = RTA లో మీ లైసెన్స్ లేదా RC దరఖాస్తు స్థితి చూడండి

svc-transport-documents_needed = కావలసిన పత్రాలు
    .desc = లైసెన్స్, RC సేవలకు ఏం తీసుకెళ్లాలి
    .answer = లెర్నర్ లైసెన్స్‌కు: వయసు, చిరునామా రుజువు, పాస్‌పోర్ట్ సైజ్ ఫోటోలు; 40 ఏళ్లు దాటితే లేదా ట్రాన్స్‌పోర్ట్ లైసెన్స్ కావాలంటే మెడికల్ సర్టిఫికెట్ (ఫారం 1A). డ్రైవింగ్ టెస్ట్‌కు: లెర్నర్ లైసెన్స్ (కనీసం 30 రోజులు అయి, గడువులో ఉండాలి), అదే రకం వాహనం, దాని RC, ఇన్సూరెన్స్, PUC. RC బదిలీ లేదా చిరునామా మార్పుకు: ఒరిజినల్ RC, ఇన్సూరెన్స్, PUC, ఇద్దరూ సంతకం చేసిన ఫారాలు. ఫీజు దరఖాస్తు చేసేటప్పుడే ఆన్‌లైన్‌లో కట్టాలి.

slot-transport_licence_service = లైసెన్స్‌కు సంబంధించి ఏ సేవ కావాలి?
    .label = లైసెన్స్ సేవ
    .invalid = దయచేసి లిస్ట్‌లో నుండి ఒక ఆప్షన్ ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-transport_vehicle_class = ఏ వాహనానికి లైసెన్స్ కావాలి?
    .label = వాహన రకం
    .invalid = దయచేసి లిస్ట్‌లో నుండి వాహన రకం ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

opt-transport_licence_service-new = కొత్త లైసెన్స్
opt-transport_licence_service-renewal = రెన్యూవల్
opt-transport_licence_service-duplicate = డూప్లికేట్ (పోయింది)
opt-transport_licence_service-address_change = చిరునామా మార్పు
opt-transport_licence_service-international = ఇంటర్నేషనల్ పర్మిట్

opt-transport_vehicle_class-two_wheeler = టూ వీలర్
opt-transport_vehicle_class-car = కారు (LMV)
opt-transport_vehicle_class-two_and_car = టూ వీలర్, కారు
opt-transport_vehicle_class-auto = ఆటో
opt-transport_vehicle_class-transport = లారీ, బస్సు (రవాణా)
