# School Education — Telugu

dept-school_education = పాఠశాల విద్య
    .desc = పదో తరగతి హాల్ టికెట్లు, ఫలితాలు, అడ్మిషన్లు, ఫిర్యాదులు

svc-school_education-hall_ticket = హాల్ టికెట్
    .desc = పదో తరగతి లేదా ఓపెన్ స్కూల్ హాల్ టికెట్ డౌన్‌లోడ్ చేయండి

svc-school_education-results = పరీక్ష ఫలితాలు
    .desc = పదో తరగతి, ఓపెన్ స్కూల్ ఫలితాలు, మార్కులు చూడండి

svc-school_education-recounting = మార్కుల రీకౌంటింగ్
    .desc = పదో తరగతి మార్కుల రీకౌంటింగ్ లేదా రీవెరిఫికేషన్‌కు దరఖాస్తు

svc-school_education-duplicate_certificate = డూప్లికేట్ SSC మెమో
    .desc = అసలు మార్కుల మెమో పోతే డూప్లికేట్ మెమో పొందండి

svc-school_education-rte_admission = RTE ఉచిత సీట్లు
    .desc = ప్రైవేట్ స్కూళ్లలో పేద పిల్లలకు 25% ఉచిత సీట్లు (RTE)

svc-school_education-talliki_vandanam = తల్లికి వందనం
    .desc = బడికి వెళ్లే పిల్లల తల్లులకు ఏటా ఆర్థిక సాయం
    .answer = తల్లికి వందనం కింద 1వ తరగతి నుంచి ఇంటర్ వరకు చదువుతున్న ప్రతి బిడ్డకు ఏటా ₹15,000 ఇస్తారు (అందులో కొంత స్కూల్ నిర్వహణ నిధికి వెళ్తుంది). డబ్బు తల్లి బ్యాంక్ ఖాతాలో జమ అవుతుంది. బిడ్డకు కనీసం 75% హాజరు ఉండాలి, కుటుంబానికి రైస్ కార్డు ఉండాలి, ఆదాయం, భూమి పరిమితుల్లో ఉండాలి. అర్హత తెలుసుకోవడానికి లేదా డబ్బు పడకపోతే రైస్ కార్డు, బిడ్డ స్కూల్ వివరాలతో మీ గ్రామ లేదా వార్డు సచివాలయానికి వెళ్లండి.

svc-school_education-school_complaint = స్కూల్ ఫిర్యాదు
    .desc = మధ్యాహ్న భోజనం, టీచర్లు, టాయిలెట్లు, నీటి సమస్యలు చెప్పండి

slot-school_education_exam = ఏ పరీక్ష?
    .label = పరీక్ష
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

slot-school_education_subject = ఏ సబ్జెక్ట్ రీకౌంటింగ్ చేయాలి?
    .label = సబ్జెక్ట్
    .invalid = దయచేసి ఇచ్చిన సబ్జెక్టుల్లో ఒకదాని నంబర్ పంపండి.

slot-school_education_complaint_type = సమస్య దేని గురించి?
    .label = సమస్య
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

opt-school_education_exam-ssc = పదో తరగతి (SSC)
opt-school_education_exam-ssc_supplementary = SSC సప్లిమెంటరీ
opt-school_education_exam-open_ssc = ఓపెన్ స్కూల్ SSC
opt-school_education_exam-open_inter = ఓపెన్ స్కూల్ ఇంటర్

opt-school_education_subject-first_language = ప్రథమ భాష
opt-school_education_subject-second_language = ద్వితీయ భాష
opt-school_education_subject-english = ఇంగ్లీష్
opt-school_education_subject-maths = లెక్కలు
opt-school_education_subject-science = సైన్స్
opt-school_education_subject-social = సోషల్

opt-school_education_complaint_type-mid_day_meal = మధ్యాహ్న భోజనం
opt-school_education_complaint_type-teacher = టీచర్లు
opt-school_education_complaint_type-toilets = టాయిలెట్లు
opt-school_education_complaint_type-drinking_water = తాగునీరు
opt-school_education_complaint_type-building = బిల్డింగ్, గదులు
opt-school_education_complaint_type-books_uniform = పుస్తకాలు, యూనిఫాం
opt-school_education_complaint_type-other = ఇతర
