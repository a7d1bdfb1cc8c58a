# Social Welfare — Telugu

dept-social_welfare = సాంఘిక సంక్షేమం (SC)
    .desc = SC స్కాలర్‌షిప్‌లు, హాస్టళ్లు, గురుకులాలు, రుణాలు

svc-social_welfare-scholarship_status = స్కాలర్‌షిప్ స్థితి
    .desc = పోస్ట్ మెట్రిక్ స్కాలర్‌షిప్ లేదా ఫీజు డబ్బు స్థితి చూడండి

svc-social_welfare-hostel_admission = SC హాస్టల్ అడ్మిషన్
    .desc = ప్రభుత్వ SC సంక్షేమ హాస్టల్‌లో సీటు కోసం దరఖాస్తు

svc-social_welfare-gurukulam_admission = గురుకుల అడ్మిషన్
    .desc = SC గురుకుల పాఠశాలల ప్రవేశ పరీక్ష, అడ్మిషన్

svc-social_welfare-sc_loan_status = SC కార్పొరేషన్ లోన్
    .desc = SC కార్పొరేషన్ స్వయం ఉపాధి లోన్ దరఖాస్తు స్థితి

svc-social_welfare-intercaste_marriage = కులాంతర వివాహ సాయం
    .desc = కులాంతర వివాహం చేసుకున్న జంటలకు ప్రోత్సాహకం: ఎవరికి, ఎలా
    .answer = జంటలో ఒకరు షెడ్యూల్డ్ కులానికి చెందినవారై కులాంతర వివాహం చేసుకుంటే ప్రభుత్వం ప్రోత్సాహక నగదు ఇస్తుంది. పెళ్లి అయిన ఒక సంవత్సరంలోపు జిల్లా సాంఘిక సంక్షేమ కార్యాలయంలో దరఖాస్తు చేయాలి. పెళ్లి సర్టిఫికెట్, ఇద్దరి కుల సర్టిఫికెట్లు, వయసు రుజువు, జాయింట్ బ్యాంక్ ఖాతా, ఫోటోలు తీసుకెళ్లండి. ప్రస్తుత మొత్తం, ఫారం గురించి మీ గ్రామ లేదా వార్డు సచివాలయంలో సంక్షేమ, విద్యా సహాయకుడిని అడగండి.

svc-social_welfare-atrocity_relief = అట్రాసిటీ కేసు సాయం
    .desc = SC/ST అట్రాసిటీ బాధితులకు పరిహారం, సహాయం

svc-social_welfare-hostel_complaint = హాస్టల్ ఫిర్యాదు
    .desc = SC హాస్టల్‌లో భోజనం, నీరు, భద్రత సమస్యలు తెలపండి

slot-social_welfare_hostel_level = విద్యార్థి స్కూల్‌లోనా, కాలేజీలోనా?
    .label = స్థాయి
    .invalid = దయచేసి స్కూల్ లేదా కాలేజీ ఎంచుకోండి.

slot-social_welfare_hostel_name = ఏ హాస్టల్? పేరు, ఊరు టైప్ చేయండి.
    .label = హాస్టల్
    .invalid = దయచేసి హాస్టల్ పేరు, ఊరు టైప్ చేయండి.

slot-social_welfare_hostel_issue = సమస్య ఏమిటి?
    .label = సమస్య
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

opt-social_welfare_hostel_level-school = స్కూల్ (3-10 తరగతి)
opt-social_welfare_hostel_level-college = కాలేజీ (10 తర్వాత)

opt-social_welfare_hostel_issue-food = భోజనం
opt-social_welfare_hostel_issue-water = తాగునీరు
opt-social_welfare_hostel_issue-toilets = టాయిలెట్లు
opt-social_welfare_hostel_issue-safety = భద్రత
opt-social_welfare_hostel_issue-warden = వార్డెన్, సిబ్బంది
opt-social_welfare_hostel_issue-other = ఇతర
