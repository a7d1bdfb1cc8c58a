# Tribal Welfare — Telugu

dept-tribal_welfare = గిరిజన సంక్షేమం
    .desc = ST స్కాలర్‌షిప్‌లు, గురుకులాలు, అటవీ హక్కులు, ITDA, GCC

svc-tribal_welfare-scholarship_status = స్కాలర్‌షిప్ స్థితి
    .desc = ST పోస్ట్ మెట్రిక్ స్కాలర్‌షిప్ లేదా ఫీజు డబ్బు స్థితి

svc-tribal_welfare-gurukulam_admission = గిరిజన గురుకులం
    .desc = ST గురుకుల పాఠశాలల ప్రవేశ పరీక్ష, అడ్మిషన్

svc-tribal_welfare-rofr_patta_status = అటవీ హక్కుల పట్టా
    .desc = అటవీ హక్కుల చట్టం కింద మీ భూమి క్లెయిమ్ స్థితి చూడండి

svc-tribal_welfare-tricor_loan_status = ST లోన్ (ట్రైకార్)
    .desc = గిరిజన కార్పొరేషన్ స్వయం ఉపాధి లోన్ స్థితి చూడండి

svc-tribal_welfare-gcc_forest_produce = GCC, అటవీ ఉత్పత్తులు
    .desc = అటవీ ఉత్పత్తులు GCC కి అమ్మడం, GCC DR డిపోలు
    .answer = గిరిజన సహకార సంస్థ (GCC) తేనె, చింతపండు, అడ్డాకులు, కుంకుడుకాయలు, బంక, కొండ చీపుర్లు వంటి చిన్న అటవీ ఉత్పత్తులను గిరిజనుల నుంచి న్యాయమైన ధరకు కొంటుంది, డబ్బు అక్కడే లేదా బ్యాంక్ ఖాతాలో ఇస్తుంది. GCC గిరిజన గ్రామాల్లో DR డిపోలు నడుపుతుంది, అక్కడ రేషన్, రోజువారీ సరుకులు దొరుకుతాయి. ప్రస్తుత కొనుగోలు ధరలు, దగ్గరి GCC కేంద్రం కోసం మీ గ్రామ సచివాలయంలో లేదా ITDA కార్యాలయంలో అడగండి.

svc-tribal_welfare-hostel_complaint = హాస్టల్ ఫిర్యాదు
    .desc = ST హాస్టల్ లేదా ఆశ్రమ పాఠశాలలో భోజనం, ఆరోగ్యం, భద్రత సమస్యలు

svc-tribal_welfare-itda_grievance = ITDA ఫిర్యాదు
    .desc = మీ ITDA ప్రాజెక్ట్ అధికారికి ఫిర్యాదు లేదా వినతి

slot-tribal_welfare_hostel_name = ఏ హాస్టల్ లేదా ఆశ్రమ పాఠశాల? పేరు, ఊరు టైప్ చేయండి.
    .label = హాస్టల్
    .invalid = దయచేసి హాస్టల్ లేదా పాఠశాల పేరు, ఊరు టైప్ చేయండి.

slot-tribal_welfare_hostel_issue = సమస్య ఏమిటి?
    .label = సమస్య
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

slot-tribal_welfare_itda = ఏ ITDA?
    .label = ITDA
    .invalid = దయచేసి ఇచ్చిన ITDA లలో ఒకదాని నంబర్ పంపండి.

opt-tribal_welfare_hostel_issue-food = భోజనం
opt-tribal_welfare_hostel_issue-water = తాగునీరు
opt-tribal_welfare_hostel_issue-toilets = టాయిలెట్లు
opt-tribal_welfare_hostel_issue-health = పిల్లలకు జబ్బులు
opt-tribal_welfare_hostel_issue-safety = భద్రత
opt-tribal_welfare_hostel_issue-other = ఇతర

opt-tribal_welfare_itda-paderu = పాడేరు
opt-tribal_welfare_itda-rampachodavaram = రంపచోడవరం
opt-tribal_welfare_itda-chintur = చింతూరు
opt-tribal_welfare_itda-kr_puram = కె.ఆర్.పురం
opt-tribal_welfare_itda-seethampeta = సీతంపేట
opt-tribal_welfare_itda-parvathipuram = పార్వతీపురం
opt-tribal_welfare_itda-srisailam = శ్రీశైలం
opt-tribal_welfare_itda-nellore = నెల్లూరు
