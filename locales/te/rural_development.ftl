# Panchayat Raj & Rural Development — Telugu

dept-rural_development = పంచాయతీ రాజ్
    .desc = పింఛన్లు, ఉపాధి హామీ పని, గ్రామ ఇంటి పన్ను, ఫిర్యాదులు

svc-rural_development-pension_status = పింఛను స్థితి
    .desc = మీ NTR భరోసా పింఛను స్థితి, చెల్లింపులు చూడండి

svc-rural_development-pension_info = పింఛను వివరాలు
    .desc = NTR భరోసా పింఛను ఎవరికి, ఎంత వస్తుంది
    .answer = NTR భరోసా పింఛన్లు, నెలకు: 60 ఏళ్లు పైబడిన వృద్ధులు, వితంతువులు, ఒంటరి మహిళలు, చేనేత, గీత కార్మికులు, మత్స్యకారులు మొదలైనవారికి ₹4,000; దివ్యాంగులకు ₹6,000; కిడ్నీ వంటి కొన్ని తీవ్ర వ్యాధులు ఉన్నవారికి ₹10,000; పూర్తిగా మంచానికే పరిమితమైనవారికి ₹15,000. ప్రతి నెలా 1వ తేదీన సచివాలయ సిబ్బంది ఇంటి వద్దే పింఛను ఇస్తారు. దరఖాస్తు కోసం మీ గ్రామ / వార్డు సచివాలయానికి వెళ్లండి.

svc-rural_development-nrega_payment_status = ఉపాధి కూలి స్థితి
    .desc = మీ జాబ్ కార్డుపై పని దినాలు, కూలి చెల్లింపులు చూడండి

svc-rural_development-nrega_work_demand = ఉపాధి పని కోరండి
    .desc = ఉపాధి హామీ పథకం కింద పని కావాలని దరఖాస్తు చేయండి

svc-rural_development-house_tax = పంచాయతీ ఇంటి పన్ను
    .desc = మీ గ్రామ పంచాయతీకి ఇంటి పన్ను చెల్లించండి

svc-rural_development-village_complaint = గ్రామ సమస్య ఫిర్యాదు
    .desc = తాగునీరు, డ్రైనేజీ, రోడ్లు, వీధి దీపాల సమస్యలపై ఫిర్యాదు చేయండి

slot-rural_development_job_card = మీ ఉపాధి హామీ జాబ్ కార్డు నంబర్ ఏమిటి?
    .label = జాబ్ కార్డు
    .invalid = కార్డుపై ఉన్నట్లే జాబ్ కార్డు నంబర్ పంపండి, ఉదా: { $example }.

slot-rural_development_work_days = ఎన్ని రోజుల పని కావాలి?
    .label = పని దినాలు
    .invalid = 1 నుండి 100 లోపు రోజుల సంఖ్య పంపండి.

slot-rural_development_issue = సమస్య దేని గురించి?
    .label = సమస్య
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

opt-rural_development_issue-drinking_water = తాగునీరు
opt-rural_development_issue-drainage = డ్రైనేజీ
opt-rural_development_issue-roads = రోడ్లు
opt-rural_development_issue-street_lights = వీధి దీపాలు
opt-rural_development_issue-sanitation = పారిశుద్ధ్యం
opt-rural_development_issue-other = ఇతరం
