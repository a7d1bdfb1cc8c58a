# Skill Development — Telugu

dept-skill_development = నైపుణ్యం & ఉద్యోగాలు
    .desc = ఉచిత స్కిల్ ట్రైనింగ్, జాబ్ మేళాలు, ట్రైనింగ్ సర్టిఫికెట్లు

svc-skill_development-training_registration = స్కిల్ ట్రైనింగ్
    .desc = మీ దగ్గర్లో APSSDC ఉచిత ట్రైనింగ్ కోర్సుకు నమోదు

svc-skill_development-job_mela = జాబ్ మేళా నమోదు
    .desc = మీ జిల్లాలో జరిగే తదుపరి జాబ్ మేళాకు నమోదు చేసుకోండి

svc-skill_development-certificate_download = శిక్షణ సర్టిఫికెట్
    .desc = పూర్తి చేసిన కోర్సు సర్టిఫికెట్ డౌన్‌లోడ్ చేయండి

svc-skill_development-application_status = దరఖాస్తు స్థితి
    .desc = మీ ట్రైనింగ్ లేదా జాబ్ మేళా నమోదు స్థితి చూడండి

svc-skill_development-skill_centres = స్కిల్ సెంటర్లు
    .desc = మీ జిల్లాలో స్కిల్ హబ్‌లు, స్కిల్ కాలేజీలు, ట్రైనింగ్ సెంటర్లు

svc-skill_development-eligibility = ఎవరు చేరవచ్చు?
    .desc = స్కిల్ ట్రైనింగ్‌కు అర్హత, ఫీజు, కావలసిన పత్రాలు
    .answer = APSSDC కోర్సులు ఆంధ్రప్రదేశ్ యువతకు, సాధారణంగా 18 నుండి 35 ఏళ్ల వారికి. చాలా కోర్సులు ఉచితం. అర్హత కోర్సును బట్టి ఉంటుంది: కొన్నింటికి 10వ తరగతి చాలు, కొన్నింటికి ITI, డిప్లొమా, డిగ్రీ లేదా B.Tech కావాలి. చేరేటప్పుడు చదువు సర్టిఫికెట్లు, ఫోటో, బ్యాంక్ వివరాలు తీసుకెళ్లండి. ట్రైనింగ్, అసెస్‌మెంట్ తర్వాత సర్టిఫికెట్ ఇస్తారు; చాలా కోర్సులకు ఉద్యోగ సాయం (ప్లేస్‌మెంట్) కూడా ఉంటుంది.

svc-skill_development-complaint = ఫిర్యాదు
    .desc = ట్రైనింగ్ సెంటర్, ట్రైనర్ లేదా జాబ్ మేళాపై ఫిర్యాదు

slot-skill_development_qualification = మీరు ఎంతవరకు చదువుకున్నారు?
    .label = చదువు
    .invalid = దయచేసి లిస్ట్‌లో నుండి మీ చదువు ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-skill_development_sector = ఏ రంగంలో ట్రైనింగ్ కావాలి?
    .label = ట్రైనింగ్ రంగం
    .invalid = దయచేసి లిస్ట్‌లో నుండి ఒక రంగం ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-skill_development_candidate_id = మీ APSSDC క్యాండిడేట్ లేదా రిజిస్ట్రేషన్ ID పంపండి.
    .label = క్యాండిడేట్ ID
    .invalid = రిజిస్ట్రేషన్ SMS లో ఉన్నట్లే ID పంపండి, ఉదా: { $example }.

opt-skill_development_qualification-below_10th = 10వ తరగతి లోపు
opt-skill_development_qualification-tenth = 10వ తరగతి
opt-skill_development_qualification-inter = ఇంటర్మీడియట్
opt-skill_development_qualification-iti = ITI
opt-skill_development_qualification-diploma = డిప్లొమా
opt-skill_development_qualification-degree = డిగ్రీ
opt-skill_development_qualification-btech = B.Tech / ఇంజనీరింగ్
opt-skill_development_qualification-pg = PG

opt-skill_development_sector-it = IT / కంప్యూటర్లు
opt-skill_development_sector-electronics = ఎలక్ట్రానిక్స్
opt-skill_development_sector-automobile = ఆటోమొబైల్
opt-skill_development_sector-healthcare = హెల్త్‌కేర్
opt-skill_development_sector-retail = రిటైల్ / సేల్స్
opt-skill_development_sector-construction = నిర్మాణం
opt-skill_development_sector-tailoring = టైలరింగ్
opt-skill_development_sector-beauty = బ్యూటీ & వెల్‌నెస్
