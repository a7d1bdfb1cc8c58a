# Endowments — Telugu

dept-endowments = దేవాలయాలు (దేవాదాయ)
    .desc = ఆలయాల్లో దర్శనం, సేవ, గది బుకింగ్, విరాళాలు

svc-endowments-darshan_booking = దర్శనం బుకింగ్
    .desc = మీకు కావలసిన తేదీకి ఆలయ దర్శనం టికెట్ బుక్ చేయండి

svc-endowments-seva_booking = సేవ / పూజ బుకింగ్
    .desc = అభిషేకం, కళ్యాణం, వ్రతం లాంటి సేవలు బుక్ చేయండి

svc-endowments-accommodation_booking = గది బుకింగ్
    .desc = ఆలయ సత్రంలో గది లేదా కాటేజీ బుక్ చేయండి

svc-endowments-donation = విరాళం (ఇ-హుండీ)
    .desc = అన్నదానం, గో సంరక్షణ లేదా ఇ-హుండీకి ఆన్‌లైన్‌లో ఇవ్వండి

svc-endowments-booking_status = బుకింగ్ స్థితి
    .desc = మీ దర్శనం, సేవ లేదా గది బుకింగ్ వివరాలు చూడండి

svc-endowments-ttd_services = తిరుమల TTD
    .desc = TTD దర్శనం, సేవలు, గదులు - TTD అధికారిక వెబ్‌సైట్‌లో

svc-endowments-darshan_rules = దర్శనం నియమాలు
    .desc = డ్రెస్ కోడ్, ID ప్రూఫ్, వెంట ఏం తీసుకెళ్లాలి
    .answer = సంప్రదాయ దుస్తులు వేసుకోండి: మగవారు పంచె లేదా పైజామా, చొక్కా; ఆడవారు చీర లేదా చుడీదార్, దుపట్టా. బుకింగ్‌లో ఇచ్చిన ఒరిజినల్ ఫోటో ID, టికెట్ (ఫోన్‌లో లేదా ప్రింట్) వెంట తెచ్చుకోండి. మొబైల్, కెమెరా, చెప్పులు లోపలికి అనుమతించరు; ప్రవేశం దగ్గర కౌంటర్లలో ఇవ్వండి. మీ స్లాట్ సమయానికి కనీసం 30 నిమిషాల ముందు ఎంట్రీ దగ్గర ఉండండి.

svc-endowments-complaint = ఆలయ ఫిర్యాదు
    .desc = క్యూ, ప్రసాదం, శుభ్రత, అధిక వసూలుపై ఫిర్యాదు చేయండి

slot-endowments_darshan_type = మీకు ఏ దర్శనం కావాలి?
    .label = దర్శనం రకం
    .invalid = దయచేసి లిస్ట్‌లో నుండి దర్శనం రకం ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-endowments_persons = ఎంత మంది? (1 నుండి 10)
    .label = వ్యక్తులు
    .invalid = దయచేసి 1 నుండి 10 లోపు నంబర్ పంపండి.

slot-endowments_seva = ఏ సేవ బుక్ చేయాలి?
    .label = సేవ
    .invalid = దయచేసి లిస్ట్‌లో నుండి సేవ ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-endowments_rooms = ఎన్ని గదులు కావాలి? (1 నుండి 5)
    .label = గదులు
    .invalid = దయచేసి 1 నుండి 5 లోపు నంబర్ పంపండి.

slot-endowments_donation_purpose = విరాళం దేనికోసం?
    .label = విరాళం దేనికి
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకటి ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-endowments_complaint_type = ఫిర్యాదు దేని గురించి?
    .label = ఫిర్యాదు విషయం
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకటి ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

opt-endowments_darshan_type-free = ఉచిత (సర్వ) దర్శనం
opt-endowments_darshan_type-quick = శీఘ్ర దర్శనం
opt-endowments_darshan_type-special = ప్రత్యేక దర్శనం
opt-endowments_darshan_type-senior_divyang = వృద్ధులు/దివ్యాంగులు

opt-endowments_seva-abhishekam = అభిషేకం
opt-endowments_seva-archana = అర్చన
opt-endowments_seva-kalyanam = కళ్యాణం
opt-endowments_seva-homam = హోమం
opt-endowments_seva-vratham = సత్యనారాయణ వ్రతం
opt-endowments_seva-kumkumarchana = కుంకుమార్చన

opt-endowments_donation_purpose-annadanam = అన్నదానం
opt-endowments_donation_purpose-go_samrakshana = గో సంరక్షణ
opt-endowments_donation_purpose-construction = ఆలయ నిర్మాణం
opt-endowments_donation_purpose-e_hundi = ఇ-హుండీ
opt-endowments_donation_purpose-general = సాధారణ విరాళం

opt-endowments_complaint_type-queue = క్యూ / దర్శనం ఆలస్యం
opt-endowments_complaint_type-prasadam = ప్రసాదం
opt-endowments_complaint_type-cleanliness = శుభ్రత
opt-endowments_complaint_type-overcharging = అధిక వసూలు
opt-endowments_complaint_type-staff = సిబ్బంది ప్రవర్తన
opt-endowments_complaint_type-other = ఇతర
