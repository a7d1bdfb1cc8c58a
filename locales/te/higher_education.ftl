# Higher Education — Telugu

dept-higher_education = ఉన్నత విద్య
    .desc = ఇంటర్ ఫలితాలు, EAPCET మరియు ఇతర CETలు, ఫీజు రీయింబర్స్‌మెంట్

svc-higher_education-inter_results = ఇంటర్ ఫలితాలు
    .desc = ఇంటర్ ఫస్ట్ ఇయర్, సెకండ్ ఇయర్, సప్లిమెంటరీ ఫలితాలు చూడండి

svc-higher_education-inter_recounting = ఇంటర్ రీకౌంటింగ్
    .desc = ఇంటర్ మార్కుల రీకౌంటింగ్ లేదా రీవెరిఫికేషన్‌కు దరఖాస్తు

svc-higher_education-cet_results = CET ర్యాంక్ కార్డు
    .desc = EAPCET, ICET, ECET ఇతర ప్రవేశ పరీక్షల ఫలితాలు

svc-higher_education-cet_counselling = CET కౌన్సెలింగ్
    .desc = వెబ్ కౌన్సెలింగ్, కాలేజీ ఆప్షన్లు, సీటు కేటాయింపు

svc-higher_education-fee_reimbursement_status = ఫీజు డబ్బు స్థితి
    .desc = ఫీజు రీయింబర్స్‌మెంట్ లేదా హాస్టల్ ఖర్చు డబ్బు స్థితి చూడండి

svc-higher_education-fee_reimbursement_eligibility = ఉచిత ఫీజు అర్హత
    .desc = ఉచిత కాలేజీ ఫీజు ఎవరికి, ఎలా దరఖాస్తు చేయాలి
    .answer = ITI, పాలిటెక్నిక్, డిగ్రీ, ఇంజనీరింగ్, మెడికల్, PG వంటి కోర్సుల్లో అర్హులైన విద్యార్థుల పూర్తి ట్యూషన్ ఫీజును ప్రభుత్వం చెల్లిస్తుంది, హాస్టల్, భోజన ఖర్చులకు వేరుగా సాయం ఇస్తుంది. కుటుంబ ఆదాయం ఏడాదికి ₹2.5 లక్షల లోపు ఉన్న SC, ST, BC, EBC, కాపు, మైనారిటీ, దివ్యాంగ విద్యార్థులు అర్హులు. విద్యార్థికి కనీసం 75% హాజరు ఉండాలి. మీ కాలేజీ ద్వారా జ్ఞానభూమి పోర్టల్‌లో దరఖాస్తు చేయండి. మీ గ్రామ లేదా వార్డు సచివాలయంలో సంక్షేమ, విద్యా సహాయకుడు సహాయం చేస్తారు.

svc-higher_education-college_complaint = కాలేజీ ఫిర్యాదు
    .desc = ర్యాగింగ్, అదనపు ఫీజు, సర్టిఫికెట్లు ఇవ్వకపోవడంపై ఫిర్యాదు

slot-higher_education_inter_year = ఏ ఇంటర్ పరీక్ష?
    .label = ఇంటర్ పరీక్ష
    .invalid = దయచేసి ఫస్ట్ ఇయర్, సెకండ్ ఇయర్ లేదా సప్లిమెంటరీ ఎంచుకోండి.

slot-higher_education_cet = ఏ ప్రవేశ పరీక్ష?
    .label = ప్రవేశ పరీక్ష
    .invalid = దయచేసి ఇచ్చిన ప్రవేశ పరీక్షల్లో ఒకదాని నంబర్ పంపండి.

slot-higher_education_cet_hall_ticket = మీ ప్రవేశ పరీక్ష హాల్ టికెట్ నంబర్ టైప్ చేయండి.
    .label = CET హాల్ టికెట్
    .invalid = హాల్ టికెట్‌పై ఉన్నట్లే అక్షరాలు, అంకెలతో నంబర్ టైప్ చేయండి, ఉదా: { $example }.

slot-higher_education_college = ఏ కాలేజీ? పేరు, ఊరు టైప్ చేయండి.
    .label = కాలేజీ
    .invalid = దయచేసి కాలేజీ పేరు, ఊరు టైప్ చేయండి.

slot-higher_education_complaint_type = ఫిర్యాదు దేని గురించి?
    .label = ఫిర్యాదు
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

opt-higher_education_inter_year-first_year = ఫస్ట్ ఇయర్
opt-higher_education_inter_year-second_year = సెకండ్ ఇయర్
opt-higher_education_inter_year-supplementary = సప్లిమెంటరీ

opt-higher_education_cet-eapcet = EAPCET
opt-higher_education_cet-icet = ICET
opt-higher_education_cet-ecet = ECET
opt-higher_education_cet-pgcet = PGCET
opt-higher_education_cet-lawcet = LAWCET
opt-higher_education_cet-edcet = EDCET
opt-higher_education_cet-pecet = PECET

opt-higher_education_complaint_type-ragging = ర్యాగింగ్
opt-higher_education_complaint_type-extra_fees = అదనపు ఫీజు
opt-higher_education_complaint_type-certificates_held = సర్టిఫికెట్లు ఆపారు
opt-higher_education_complaint_type-no_classes = క్లాసులు జరగడం లేదు
opt-higher_education_complaint_type-other = ఇతర
