# Disaster Management — Telugu

dept-disaster_management = విపత్తుల నిర్వహణ
    .desc = వాతావరణ హెచ్చరికలు, అత్యవసర సహాయం, పునరావాస కేంద్రాలు, నష్టం నమోదు

svc-disaster_management-weather_alerts = వాతావరణ హెచ్చరికలు
    .desc = మీ జిల్లాకు తుఫాను, భారీ వర్షం, వడగాలులు, పిడుగుల హెచ్చరికలు

svc-disaster_management-report_emergency = అత్యవసర సమాచారం
    .desc = వరద, తుఫాను నష్టం, చిక్కుకున్నవారి గురించి కంట్రోల్ రూమ్‌కు తెలపండి

svc-disaster_management-relief_camps = పునరావాస కేంద్రాలు
    .desc = దగ్గరలోని పునరావాస కేంద్రం లేదా తుఫాను షెల్టర్ తెలుసుకోండి

svc-disaster_management-damage_report = నష్టం నమోదు
    .desc = పరిహారం కోసం ఇల్లు, పంట, పశువులు, పడవ నష్టాన్ని నమోదు చేయండి

svc-disaster_management-relief_status = పరిహారం స్థితి
    .desc = మీ సహాయం లేదా పరిహారం చెల్లింపు స్థితి చూడండి

svc-disaster_management-helpline = అత్యవసర నంబర్లు
    .desc = విపత్తుల కంట్రోల్ రూమ్, అత్యవసర నంబర్లు
    .answer = APSDMA రాష్ట్ర కంట్రోల్ రూమ్ (24 గంటలు): 1070 లేదా 1800-425-0101 (ఉచితం). అత్యవసరం (పోలీస్, ఫైర్, అంబులెన్స్): 112. ఫైర్: 101. అంబులెన్స్: 108. వరదలు, తుఫాన్ల సమయంలో మీ జిల్లా కలెక్టరేట్‌లో కూడా కంట్రోల్ రూమ్ ఉంటుంది.

svc-disaster_management-safety_tips = భద్రతా సూచనలు
    .desc = తుఫాను, వరద, పిడుగులు, వడగాలుల సమయంలో ఏమి చేయాలి
    .answer = తుఫాను లేదా వరద: అధికారిక హెచ్చరికలు పాటించండి; టార్చ్, ఛార్జ్ చేసిన ఫోన్, తాగునీరు, మందులు, పత్రాలను ప్లాస్టిక్ కవర్‌లో ఉంచుకోండి; అధికారులు చెప్పగానే షెల్టర్‌కు వెళ్లండి; పారుతున్న నీటిని దాటవద్దు, సముద్రంలోకి వెళ్లవద్దు. పిడుగులు: ఇంట్లోనే ఉండండి, చెట్లు, బహిరంగ పొలాలకు దూరంగా ఉండండి. వడగాలులు: ఎక్కువ నీళ్లు తాగండి, ఉదయం 11 నుండి సాయంత్రం 4 వరకు బయటకు వెళ్లవద్దు, తేలికైన కాటన్ బట్టలు వేసుకోండి.

slot-disaster_management_emergency_type = ఏ రకమైన అత్యవసర పరిస్థితి?
    .label = అత్యవసరం
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

opt-disaster_management_emergency_type-flood = వరద
opt-disaster_management_emergency_type-cyclone = తుఫాను
opt-disaster_management_emergency_type-fire = అగ్ని ప్రమాదం
opt-disaster_management_emergency_type-building_collapse = భవనం కూలడం
opt-disaster_management_emergency_type-landslide = కొండచరియలు విరగడం
opt-disaster_management_emergency_type-lightning = పిడుగు
opt-disaster_management_emergency_type-other = ఇతరం

slot-disaster_management_damage_type = ఏమి నష్టపోయింది?
    .label = నష్టం
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

opt-disaster_management_damage_type-house = ఇల్లు
opt-disaster_management_damage_type-crop = పంట
opt-disaster_management_damage_type-livestock = పశువులు
opt-disaster_management_damage_type-boat_nets = పడవ / వలలు
opt-disaster_management_damage_type-other = ఇతరం
