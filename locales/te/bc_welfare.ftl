# Backward Classes Welfare — Telugu

dept-bc_welfare = బీసీ సంక్షేమం
    .desc = బీసీ స్కాలర్‌షిప్‌లు, హాస్టళ్లు, గురుకులాలు, లోన్లు, కోచింగ్

svc-bc_welfare-scholarship_status = స్కాలర్‌షిప్ స్థితి
    .desc = బీసీ పోస్ట్ మెట్రిక్ స్కాలర్‌షిప్ లేదా ఫీజు డబ్బు స్థితి

svc-bc_welfare-hostel_admission = బీసీ హాస్టల్
    .desc = ప్రభుత్వ బీసీ సంక్షేమ హాస్టల్‌లో సీటు కోసం దరఖాస్తు

svc-bc_welfare-residential_school = బీసీ గురుకులాలు
    .desc = మహాత్మా జ్యోతిబా ఫూలే బీసీ గురుకులాల్లో చేరడం ఎలా
    .answer = మహాత్మా జ్యోతిబా ఫూలే ఏపీ బీసీ సంక్షేమ గురుకుల పాఠశాలల్లో బీసీ పిల్లలకు ఉచిత చదువు, భోజనం, వసతి ఉంటాయి, ఇతర వర్గాలకు కూడా కొన్ని సీట్లు ఉంటాయి. 5వ తరగతిలో (పై తరగతుల్లో, జూనియర్ కాలేజీల్లో కొన్ని సీట్లకు) ప్రవేశ పరీక్ష ద్వారా అడ్మిషన్ ఇస్తారు, సాధారణంగా ఫిబ్రవరి లేదా మార్చిలో నోటిఫికేషన్ వస్తుంది. నోటిఫికేషన్ వచ్చాక బిడ్డ కుల, ఆదాయ సర్టిఫికెట్లు, స్టడీ సర్టిఫికెట్‌తో ఆన్‌లైన్‌లో దరఖాస్తు చేయండి. తేదీల కోసం దగ్గరి బీసీ గురుకులంలో లేదా మీ గ్రామ/వార్డు సచివాలయంలో అడగండి.

svc-bc_welfare-loan_apply = బీసీ లోన్ దరఖాస్తు
    .desc = బీసీ కార్పొరేషన్ స్వయం ఉపాధి సబ్సిడీ లోన్

svc-bc_welfare-loan_status = బీసీ లోన్ స్థితి
    .desc = బీసీ కార్పొరేషన్ లోన్ దరఖాస్తు స్థితి చూడండి

svc-bc_welfare-study_circle = ఉచిత కోచింగ్
    .desc = ప్రభుత్వ ఉద్యోగ పరీక్షలకు బీసీ స్టడీ సర్కిల్ ఉచిత కోచింగ్

svc-bc_welfare-hostel_complaint = హాస్టల్ ఫిర్యాదు
    .desc = బీసీ హాస్టల్‌లో భోజనం, నీరు, భద్రత సమస్యలు తెలపండి

slot-bc_welfare_hostel_level = విద్యార్థి స్కూల్‌లోనా, కాలేజీలోనా?
    .label = స్థాయి
    .invalid = దయచేసి స్కూల్ లేదా కాలేజీ ఎంచుకోండి.

slot-bc_welfare_exam = ఏ పరీక్షకు కోచింగ్ కావాలి?
    .label = పరీక్ష
    .invalid = దయచేసి ఇచ్చిన పరీక్షల్లో ఒకదాని నంబర్ పంపండి.

slot-bc_welfare_hostel_name = ఏ హాస్టల్? పేరు, ఊరు టైప్ చేయండి.
    .label = హాస్టల్
    .invalid = దయచేసి హాస్టల్ పేరు, ఊరు టైప్ చేయండి.

slot-bc_welfare_hostel_issue = సమస్య ఏమిటి?
    .label = సమస్య
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

opt-bc_welfare_hostel_level-school = స్కూల్ (3-10 తరగతి)
opt-bc_welfare_hostel_level-college = కాలేజీ (10 తర్వాత)

opt-bc_welfare_exam-appsc_groups = APPSC గ్రూప్స్
opt-bc_welfare_exam-dsc = DSC / TET (టీచర్)
opt-bc_welfare_exam-police = పోలీస్ / SI
opt-bc_welfare_exam-banks = బ్యాంక్ పరీక్షలు
opt-bc_welfare_exam-ssc_railways = SSC, రైల్వే
opt-bc_welfare_exam-civil_services = సివిల్స్ (UPSC)

opt-bc_welfare_hostel_issue-food = భోజనం
opt-bc_welfare_hostel_issue-water = తాగునీరు
opt-bc_welfare_hostel_issue-toilets = టాయిలెట్లు
opt-bc_welfare_hostel_issue-safety = భద్రత
opt-bc_welfare_hostel_issue-warden = వార్డెన్, సిబ్బంది
opt-bc_welfare_hostel_issue-other = ఇతర
