# Agriculture — Telugu

dept-agriculture = వ్యవసాయం
    .desc = అన్నదాత సుఖీభవ, ఈ-క్రాప్, విత్తనాలు, ఎరువులు, పంట నష్టం

svc-agriculture-annadata_sukhibhava_status = అన్నదాత సుఖీభవ
    .desc = అన్నదాత సుఖీభవ రైతు సాయం డబ్బు స్థితి చూడండి

svc-agriculture-ecrop_status = ఈ-క్రాప్ వివరాలు
    .desc = మీ భూమిలో ఈ-క్రాప్‌లో నమోదైన పంట చూడండి

svc-agriculture-crop_insurance_status = పంట బీమా స్థితి
    .desc = మీ పంట బీమా నమోదు, క్లెయిమ్ స్థితి చూడండి

svc-agriculture-seed_booking = సబ్సిడీ విత్తనాలు
    .desc = రైతు సేవా కేంద్రంలో (RSK) సబ్సిడీ విత్తనాలు బుక్ చేయండి

svc-agriculture-fertiliser_booking = ఎరువుల బుకింగ్
    .desc = RSK లో తీసుకోవడానికి ఎరువుల బస్తాలు బుక్ చేయండి

svc-agriculture-soil_testing = మట్టి పరీక్ష
    .desc = మట్టి పరీక్ష చేయించి భూసార కార్డు పొందండి

svc-agriculture-crop_damage = పంట నష్టం నమోదు
    .desc = వరద, కరువు, తుఫాను, పురుగుల వల్ల పంట నష్టం తెలపండి

svc-agriculture-rsk_helpline = RSK హెల్ప్‌లైన్
    .desc = రైతు సేవా కేంద్రంలో ఏం దొరుకుతుంది, ఎవరికి ఫోన్ చేయాలి
    .answer = ప్రతి గ్రామంలో రైతు సేవా కేంద్రం (RSK) ఉంటుంది, అక్కడ గ్రామ వ్యవసాయ లేదా ఉద్యాన సహాయకులు ఉంటారు. RSK లో సర్టిఫైడ్ విత్తనాలు, ఎరువులు, పురుగుమందులు కొనవచ్చు, ఈ-క్రాప్‌లో పంట నమోదు చేయించుకోవచ్చు, పంట బీమా, పంట నష్టం క్లెయిమ్‌లకు సహాయం పొందవచ్చు. పంటలు, పురుగులు, వాతావరణం గురించి సలహా కోసం రైతు కాల్ సెంటర్ 155251 లేదా కిసాన్ కాల్ సెంటర్ 1800-180-1551 కి ఫోన్ చేయండి. రెండూ ఉచితం.

slot-agriculture_crop = ఏ పంట?
    .label = పంట
    .invalid = దయచేసి ఇచ్చిన పంటల్లో ఒకదాని నంబర్ పంపండి.

slot-agriculture_acres = ఎన్ని ఎకరాలకు? పూర్తి సంఖ్యలో టైప్ చేయండి.
    .label = ఎకరాలు
    .invalid = దయచేసి 1 నుంచి 100 లోపు ఎకరాల సంఖ్య పంపండి, ఉదా: 3.

slot-agriculture_fertiliser = మీకు ఏ ఎరువు కావాలి?
    .label = ఎరువు
    .invalid = దయచేసి ఇచ్చిన ఎరువుల్లో ఒకదాని నంబర్ పంపండి.

slot-agriculture_bags = ఎన్ని బస్తాలు?
    .label = బస్తాలు
    .invalid = దయచేసి 1 నుంచి 100 లోపు బస్తాల సంఖ్య పంపండి, ఉదా: 5.

slot-agriculture_damage_cause = పంట నష్టానికి కారణం ఏమిటి?
    .label = కారణం
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

opt-agriculture_crop-paddy = వరి
opt-agriculture_crop-cotton = పత్తి
opt-agriculture_crop-chilli = మిరప
opt-agriculture_crop-groundnut = వేరుశనగ
opt-agriculture_crop-maize = మొక్కజొన్న
opt-agriculture_crop-pulses = పప్పు ధాన్యాలు
opt-agriculture_crop-sugarcane = చెరకు
opt-agriculture_crop-other = ఇతర

opt-agriculture_fertiliser-urea = యూరియా
opt-agriculture_fertiliser-dap = డీఏపీ (DAP)
opt-agriculture_fertiliser-complex = కాంప్లెక్స్
opt-agriculture_fertiliser-potash = పొటాష్ (MOP)
opt-agriculture_fertiliser-ssp = ఎస్ఎస్‌పీ (SSP)

opt-agriculture_damage_cause-flood = వరద
opt-agriculture_damage_cause-heavy_rain = భారీ వర్షం
opt-agriculture_damage_cause-drought = కరువు
opt-agriculture_damage_cause-cyclone = తుఫాను
opt-agriculture_damage_cause-pests = పురుగులు, తెగుళ్లు
opt-agriculture_damage_cause-other = ఇతర
