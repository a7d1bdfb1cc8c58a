# Public Grievance Redressal System — Telugu

dept-pgrs = ఫిర్యాదులు (PGRS)
    .desc = ప్రభుత్వానికి ఫిర్యాదు ఇవ్వండి, దాని స్థితి తెలుసుకోండి

svc-pgrs-grievance = ఫిర్యాదు ఇవ్వండి
    .desc = ఏ ప్రభుత్వ శాఖకైనా ఫిర్యాదు లేదా అర్జీ పంపండి

svc-pgrs-grievance_status = ఫిర్యాదు స్థితి
    .desc = రిఫరెన్స్ నంబర్‌తో మీ ఫిర్యాదు స్థితి చూడండి

svc-pgrs-reopen = ఫిర్యాదు రీఓపెన్
    .desc = సమస్య తీరలేదా? మూసివేసిన ఫిర్యాదును మళ్లీ తెరవమని కోరండి

svc-pgrs-feedback = అభిప్రాయం చెప్పండి
    .desc = మీ ఫిర్యాదు పరిష్కారంపై మీకు సంతృప్తిగా ఉందో చెప్పండి

svc-pgrs-helpline = కాల్ సెంటర్ 1902
    .desc = ఫిర్యాదు ఇవ్వడానికి లేదా తెలుసుకోవడానికి 1902కి కాల్ చేయండి
    .answer = ఫిర్యాదు ఇవ్వడానికి లేదా దాని గురించి తెలుసుకోవడానికి 1902 (ఉచితం)కి కాల్ చేయండి. మీ గ్రామ / వార్డు సచివాలయంలో, pgrs.ap.gov.in వెబ్‌సైట్‌లో, లేదా ఇక్కడ వాట్సాప్‌లో కూడా ఫిర్యాదు ఇవ్వవచ్చు. మీ రిఫరెన్స్ నంబర్ దాచుకోండి.

svc-pgrs-grievance_day = సోమవారం ఫిర్యాదులు
    .desc = ప్రతి సోమవారం అధికారులను నేరుగా కలిసి ఫిర్యాదు ఇవ్వండి
    .answer = ప్రతి సోమవారం కలెక్టరేట్, RDO ఆఫీసులు, మండల ఆఫీసులు, మున్సిపల్ ఆఫీసుల్లో అధికారులు నేరుగా ఫిర్యాదులు తీసుకుంటారు. మీ పత్రాలు, ఇంతకు ముందు ఇచ్చిన అర్జీ కాపీ తీసుకెళ్లండి. పోలీస్ ఫిర్యాదులను కూడా సోమవారం జిల్లా పోలీస్ ఆఫీసుల్లో వింటారు.

slot-pgrs_subject = మీ ఫిర్యాదు ఏ విషయం గురించి?
    .label = విషయం
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

opt-pgrs_subject-revenue = భూమి / రెవెన్యూ
opt-pgrs_subject-police = పోలీస్
opt-pgrs_subject-municipal = మున్సిపాలిటీ
opt-pgrs_subject-panchayat = గ్రామం / పంచాయతీ
opt-pgrs_subject-pensions = పింఛన్లు
opt-pgrs_subject-health = ఆరోగ్యం
opt-pgrs_subject-electricity = కరెంటు
opt-pgrs_subject-other = ఇతరం

slot-pgrs_satisfaction = పరిష్కారంతో మీకు సంతృప్తిగా ఉందా?
    .label = అభిప్రాయం
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

opt-pgrs_satisfaction-satisfied = సంతృప్తిగా ఉంది
opt-pgrs_satisfaction-partly = కొంతవరకు
opt-pgrs_satisfaction-not_satisfied = సంతృప్తి లేదు
