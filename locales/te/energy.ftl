# Energy — Telugu

dept-energy = విద్యుత్ (కరెంటు)
    .desc = కరెంటు బిల్లులు, కొత్త కనెక్షన్, సరఫరా ఫిర్యాదులు

svc-energy-bill_payment = కరెంటు బిల్లు
    .desc = UPI లేదా కార్డుతో మీ కరెంటు బిల్లు ఆన్‌లైన్‌లో కట్టండి

svc-energy-bill_details = బిల్లు వివరాలు
    .desc = తాజా బిల్లు మొత్తం, చివరి తేదీ, పాత చెల్లింపులు చూడండి

svc-energy-new_connection = కొత్త కనెక్షన్
    .desc = ఇల్లు, షాపు, వ్యవసాయం, పరిశ్రమకు కొత్త కనెక్షన్

svc-energy-complaint = కరెంటు ఫిర్యాదు
    .desc = కరెంటు లేకపోవడం, వోల్టేజ్, మీటర్, బిల్లు, లైన్ సమస్యలు

svc-energy-complaint_status = ఫిర్యాదు స్థితి
    .desc = మీ కరెంటు ఫిర్యాదు ఏ దశలో ఉందో చూడండి

svc-energy-load_change = లోడ్ మార్పు
    .desc = కనెక్షన్ లోడ్ (kW) పెంచడానికి లేదా తగ్గించడానికి

svc-energy-solar_rooftop = రూఫ్‌టాప్ సోలార్
    .desc = సబ్సిడీతో ఇంటి పైకప్పు సోలార్ (PM సూర్య ఘర్)

svc-energy-helpline = హెల్ప్‌లైన్ 1912
    .desc = కరెంటు హెల్ప్‌లైన్ నంబర్లు, మీ డిస్కం వివరాలు
    .answer = కరెంటు కోత, తెగిన వైర్లు, ట్రాన్స్‌ఫార్మర్ లేదా మీటర్ సమస్యలకు 1912 కి కాల్ చేయండి (ఉచితం, 24 గంటలు). AP లో మూడు డిస్కంలు ఉన్నాయి: APEPDCL (ఉత్తరాంధ్ర, గోదావరి జిల్లాలు), APCPDCL (కృష్ణా, గుంటూరు, ప్రకాశం ప్రాంతం), APSPDCL (నెల్లూరు, రాయలసీమ). కాల్ చేసేటప్పుడు బిల్లుపై ఉన్న సర్వీస్ నంబర్ దగ్గర పెట్టుకోండి. కరెంటు వైరు తెగిపడితే దానికి దూరంగా ఉండి వెంటనే కాల్ చేయండి.

slot-energy_connection_category = ఏ రకమైన కనెక్షన్ కావాలి?
    .label = కనెక్షన్ రకం
    .invalid = దయచేసి లిస్ట్‌లో నుండి కనెక్షన్ రకం ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-energy_complaint_type = సమస్య ఏమిటి?
    .label = సమస్య
    .invalid = దయచేసి లిస్ట్‌లో నుండి సమస్య ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-energy_load_kw = మొత్తం ఎంత లోడ్ కావాలి? kW లో చెప్పండి (1 నుండి 150)
    .label = కొత్త లోడ్ (kW)
    .invalid = లోడ్‌ను kW లో 1 నుండి 150 లోపు నంబర్‌గా పంపండి, ఉదా: 3.

opt-energy_connection_category-domestic = ఇల్లు (గృహ)
opt-energy_connection_category-commercial = షాపు (వాణిజ్య)
opt-energy_connection_category-agriculture = వ్యవసాయం
opt-energy_connection_category-industrial = పరిశ్రమ

opt-energy_complaint_type-no_power = కరెంటు లేదు
opt-energy_complaint_type-low_voltage = లో / హై వోల్టేజ్
opt-energy_complaint_type-meter = మీటర్ సమస్య
opt-energy_complaint_type-high_bill = తప్పు/ఎక్కువ బిల్లు
opt-energy_complaint_type-line_down = వైరు/స్తంభం పడింది
opt-energy_complaint_type-transformer = ట్రాన్స్‌ఫార్మర్
