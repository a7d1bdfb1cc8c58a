# Environment, Forest, Science & Technology — Telugu

dept-forest = అటవీ & పర్యావరణం
    .desc = ఎకో టూరిజం, చెట్ల అనుమతులు, వన్యప్రాణి నష్టం, మొక్కలు

svc-forest-eco_tourism_booking = ఎకో టూరిజం బుకింగ్
    .desc = అటవీ పర్యాటక ప్రదేశాలు, జూలలో ఎంట్రీ, సఫారీ, బస బుకింగ్

svc-forest-wildlife_damage = వన్యప్రాణుల నష్టం
    .desc = అడవి జంతువుల వల్ల పంట, పశువులు, ఇల్లు, మనుషులకు నష్టం

svc-forest-compensation_status = పరిహారం స్థితి
    .desc = వన్యప్రాణుల నష్టానికి పరిహారం దరఖాస్తు స్థితి

svc-forest-tree_felling_permission = చెట్లు నరికే అనుమతి
    .desc = మీ సొంత భూమిలో చెట్లు నరకడానికి అనుమతి

svc-forest-transit_permit = కలప రవాణా పర్మిట్
    .desc = కలప, వెదురు, కట్టెలు వాహనంలో తరలించడానికి పర్మిట్

svc-forest-report_offence = అటవీ నేరం సమాచారం
    .desc = అక్రమ నరికివేత, ఎర్రచందనం స్మగ్లింగ్, వేట, అడవిలో మంటలు

svc-forest-saplings = ఉచిత మొక్కలు
    .desc = మొక్కలు నాటడానికి ఇచ్చే దగ్గర్లోని అటవీ నర్సరీలు

svc-forest-pollution_consent = కాలుష్య మండలి
    .desc = APPCB అనుమతులు (CFE / CFO), కాలుష్య ఫిర్యాదులు

slot-forest_eco_site = ఏ ప్రదేశానికి వెళ్లాలనుకుంటున్నారు?
    .label = ప్రదేశం
    .invalid = దయచేసి లిస్ట్‌లో నుండి ప్రదేశం ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-forest_persons = ఎంత మంది? (1 నుండి 20)
    .label = వ్యక్తులు
    .invalid = దయచేసి 1 నుండి 20 లోపు నంబర్ పంపండి.

slot-forest_damage_type = ఏం నష్టం జరిగింది?
    .label = నష్టం
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకటి ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-forest_tree_species = ఏ చెట్లు?
    .label = చెట్టు / కలప
    .invalid = దయచేసి లిస్ట్‌లో నుండి చెట్టు రకం ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-forest_tree_count = ఎన్ని చెట్లు?
    .label = చెట్ల సంఖ్య
    .invalid = దయచేసి చెట్ల సంఖ్య నంబర్‌లో పంపండి, ఉదా: 25.

slot-forest_offence_type = మీరు ఏం చూశారు?
    .label = నేరం
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకటి ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

opt-forest_eco_site-maredumilli = మారేడుమిల్లి
opt-forest_eco_site-talakona = తలకోన
opt-forest_eco_site-kambalakonda = కంబాలకొండ
opt-forest_eco_site-bairluty = బైర్లూటి క్యాంప్
opt-forest_eco_site-pecheruvu = పెచ్చెరువు క్యాంప్
opt-forest_eco_site-vizag_zoo = విశాఖ జూ
opt-forest_eco_site-tirupati_zoo = తిరుపతి జూ

opt-forest_damage_type-crop = పంట నష్టం
opt-forest_damage_type-cattle = పశువులు చనిపోయాయి
opt-forest_damage_type-house = ఇల్లు దెబ్బతింది
opt-forest_damage_type-human_injury = మనిషికి గాయం
opt-forest_damage_type-human_death = మనిషి మరణం

opt-forest_tree_species-eucalyptus = యూకలిప్టస్ (నీలగిరి)
opt-forest_tree_species-teak = టేకు
opt-forest_tree_species-red_sanders = ఎర్రచందనం
opt-forest_tree_species-bamboo = వెదురు
opt-forest_tree_species-mango = మామిడి
opt-forest_tree_species-casuarina = సరుగుడు
opt-forest_tree_species-subabul = సుబాబుల్
opt-forest_tree_species-other = ఇతర

opt-forest_offence_type-illegal_felling = అక్రమ నరికివేత
opt-forest_offence_type-smuggling = ఎర్రచందనం స్మగ్లింగ్
opt-forest_offence_type-poaching = జంతువుల వేట
opt-forest_offence_type-encroachment = అటవీ భూమి ఆక్రమణ
opt-forest_offence_type-forest_fire = అడవిలో మంటలు
opt-forest_offence_type-other = ఇతర
