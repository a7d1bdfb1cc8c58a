# Health, Medical & Family Welfare — Telugu

dept-health = వైద్యం, ఆరోగ్యం
    .desc = ఆరోగ్యశ్రీ (NTR వైద్య సేవ), ఆసుపత్రులు, సదరం, హెల్ప్‌లైన్లు

svc-health-aarogyasri_card = ఆరోగ్యశ్రీ కార్డు
    .desc = డా. NTR వైద్య సేవ హెల్త్ కార్డు కోసం దరఖాస్తు లేదా డౌన్‌లోడ్

svc-health-aarogyasri_eligibility = ఆరోగ్యశ్రీ అర్హత
    .desc = ఎవరికి వస్తుంది, ఎంత వరకు ఉచిత వైద్యం
    .answer = డా. NTR వైద్య సేవ (గతంలో డా. YSR ఆరోగ్యశ్రీ) కింద పెద్ద జబ్బులు, ఆపరేషన్లకు లిస్టులో ఉన్న ప్రభుత్వ, ప్రైవేట్ ఆసుపత్రుల్లో ఉచితంగా, నగదు లేకుండా వైద్యం అందుతుంది. రైస్ కార్డు ఉన్న కుటుంబాలు లేదా ఏడాది ఆదాయం ₹5 లక్షల లోపు ఉన్న కుటుంబాలు అర్హులు. కుటుంబానికి ఏడాదికి ₹25 లక్షల వరకు, 3,000 కు పైగా చికిత్సలు కవర్ అవుతాయి. ఆసుపత్రిలో హెల్ప్ డెస్క్ దగ్గర ఆరోగ్యమిత్రను హెల్త్ కార్డు లేదా రైస్ కార్డుతో కలవండి. సహాయం లేదా ఫిర్యాదుకు 104 కి (ఉచితం) ఫోన్ చేయండి.

svc-health-aarogyasri_hospitals = ఆరోగ్యశ్రీ ఆసుపత్రి
    .desc = ఉచిత వైద్యం అందే దగ్గరి నెట్‌వర్క్ ఆసుపత్రులు చూడండి

svc-health-aarogyasri_status = చికిత్స అనుమతి
    .desc = ఆరోగ్యశ్రీ కేసు అనుమతి (ప్రీ-ఆథరైజేషన్) స్థితి చూడండి

svc-health-hospital_appointment = OP అపాయింట్‌మెంట్
    .desc = ప్రభుత్వ ఆసుపత్రిలో OP స్లాట్ బుక్ చేసుకోండి

svc-health-sadarem_slot = సదరం క్యాంప్ స్లాట్
    .desc = సదరం సర్టిఫికెట్ కోసం వైకల్య పరీక్షకు స్లాట్ బుక్ చేయండి

svc-health-emergency_helplines = హెల్త్ హెల్ప్‌లైన్లు
    .desc = అంబులెన్స్ 108, ఆరోగ్య సలహా 104, తల్లీబిడ్డ 102
    .answer = ఏ వైద్య అత్యవసర పరిస్థితిలోనైనా ఉచిత అంబులెన్స్ కోసం 108 కి ఫోన్ చేయండి. ఉచిత ఆరోగ్య సలహా, ఆరోగ్యశ్రీ (NTR వైద్య సేవ) సహాయం కోసం 104 కి ఫోన్ చేయండి. ప్రభుత్వ ఆసుపత్రిలో కాన్పు తర్వాత తల్లీబిడ్డను ఉచితంగా ఇంటికి చేర్చే తల్లీబిడ్డ ఎక్స్‌ప్రెస్ కోసం 102 కి ఫోన్ చేయండి. మానసిక ఆరోగ్య సహాయానికి టెలి-మానస్ 14416 కి ఫోన్ చేయండి. ఈ నంబర్లు 24 గంటలూ పనిచేస్తాయి.

svc-health-hospital_complaint = ఆసుపత్రి ఫిర్యాదు
    .desc = ప్రభుత్వ లేదా ఆరోగ్యశ్రీ ఆసుపత్రిపై ఫిర్యాదు చేయండి

slot-health_specialty = మీకు ఏ రకమైన చికిత్స కావాలి?
    .label = చికిత్స
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

slot-health_hospital = ఏ ఆసుపత్రి? పేరు, ఊరు టైప్ చేయండి (ఉదా: GGH గుంటూరు).
    .label = ఆసుపత్రి
    .invalid = దయచేసి ఆసుపత్రి పేరు, ఊరు టైప్ చేయండి.

slot-health_disability_type = వైకల్యం ఏ రకం?
    .label = వైకల్యం
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

slot-health_complaint_type = ఫిర్యాదు దేని గురించి?
    .label = ఫిర్యాదు
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

opt-health_specialty-general = జనరల్ మెడిసిన్
opt-health_specialty-children = పిల్లల వైద్యం
opt-health_specialty-women = స్త్రీలు, గర్భిణీలు
opt-health_specialty-eye = కళ్లు
opt-health_specialty-bones = ఎముకలు, కీళ్లు
opt-health_specialty-heart = గుండె
opt-health_specialty-kidney = కిడ్నీ
opt-health_specialty-cancer = క్యాన్సర్

opt-health_disability_type-locomotor = నడక, కాళ్లు చేతులు
opt-health_disability_type-visual = చూపు
opt-health_disability_type-hearing = వినికిడి, మాట
opt-health_disability_type-intellectual = బుద్ధి మాంద్యం
opt-health_disability_type-mental_illness = మానసిక వ్యాధి
opt-health_disability_type-multiple = ఒకటి కంటే ఎక్కువ

opt-health_complaint_type-doctor_absent = డాక్టర్ లేరు
opt-health_complaint_type-medicines = మందులు ఇవ్వలేదు
opt-health_complaint_type-money_asked = డబ్బులు అడిగారు
opt-health_complaint_type-cleanliness = శుభ్రత లేదు
opt-health_complaint_type-staff_behaviour = సిబ్బంది ప్రవర్తన
opt-health_complaint_type-aarogyasri_denied = ఆరోగ్యశ్రీ ఇవ్వలేదు
opt-health_complaint_type-other = ఇతర
