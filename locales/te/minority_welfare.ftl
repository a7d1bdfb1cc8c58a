# Minority Welfare — Telugu

dept-minority_welfare = మైనారిటీ సంక్షేమం
    .desc = మైనారిటీ స్కాలర్‌షిప్‌లు, లోన్లు, హజ్, వక్ఫ్, షాదీ ఖానా

svc-minority_welfare-scholarship_status = స్కాలర్‌షిప్ స్థితి
    .desc = మైనారిటీ స్కాలర్‌షిప్ లేదా ఫీజు డబ్బు స్థితి చూడండి

svc-minority_welfare-loan_apply = మైనారిటీ లోన్
    .desc = మైనారిటీ కార్పొరేషన్ స్వయం ఉపాధి సబ్సిడీ లోన్

svc-minority_welfare-loan_status = మైనారిటీ లోన్ స్థితి
    .desc = మైనారిటీ ఫైనాన్స్ కార్పొరేషన్ లోన్ దరఖాస్తు స్థితి

svc-minority_welfare-haj = హజ్ యాత్ర
    .desc = హజ్ కమిటీ ఆఫ్ ఇండియా ద్వారా హజ్‌కు దరఖాస్తు

svc-minority_welfare-honorarium = ఇమామ్, పాస్టర్ వేతనం
    .desc = ఇమామ్‌లు, మౌజన్లు, పాస్టర్లకు నెలవారీ గౌరవ వేతనం
    .answer = మసీదుల ఇమామ్‌లు, మౌజన్లకు, చర్చిల పాస్టర్లకు ప్రభుత్వం నెలవారీ గౌరవ వేతనం ఇస్తుంది. ఇమామ్‌లు, మౌజన్లకు ఏపీ రాష్ట్ర వక్ఫ్ బోర్డు ద్వారా, పాస్టర్లకు క్రిస్టియన్ మైనారిటీ ఫైనాన్స్ కార్పొరేషన్ ద్వారా చెల్లిస్తారు. దరఖాస్తు చేయడానికి లేదా డబ్బు రాకపోతే, మసీదు లేదా చర్చి కమిటీ ఇచ్చిన నియామక లేఖ, బ్యాంక్ వివరాలతో కలెక్టరేట్‌లో జిల్లా మైనారిటీ సంక్షేమ అధికారిని కలవండి.

svc-minority_welfare-wakf_complaint = వక్ఫ్ ఆస్తి ఫిర్యాదు
    .desc = వక్ఫ్ భూమి ఆక్రమణ, శ్మశానం, మసీదు సమస్యలపై ఫిర్యాదు

svc-minority_welfare-shadi_khana_booking = షాదీ ఖానా బుకింగ్
    .desc = పెళ్లి కోసం ప్రభుత్వ షాదీ ఖానా (ఫంక్షన్ హాల్) బుక్ చేయండి

slot-minority_welfare_wakf_issue = ఫిర్యాదు దేని గురించి?
    .label = ఫిర్యాదు
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

slot-minority_welfare_hall = ఏ షాదీ ఖానా? పేరు, ఊరు టైప్ చేయండి.
    .label = షాదీ ఖానా
    .invalid = దయచేసి షాదీ ఖానా పేరు, ఊరు టైప్ చేయండి.

slot-minority_welfare_function_date = ఫంక్షన్ ఏ తేదీన? DD/MM/YYYY లాగా టైప్ చేయండి.
    .label = ఫంక్షన్ తేదీ
    .invalid = దయచేసి రాబోయే తేదీని DD/MM/YYYY లాగా టైప్ చేయండి, ఉదా: 15/12/2025.

opt-minority_welfare_wakf_issue-encroachment = భూమి ఆక్రమణ
opt-minority_welfare_wakf_issue-graveyard = ఖబరస్తాన్ (శ్మశానం)
opt-minority_welfare_wakf_issue-mosque_repair = మసీదు మరమ్మతులు
opt-minority_welfare_wakf_issue-dargah = దర్గా
opt-minority_welfare_wakf_issue-other = ఇతర
