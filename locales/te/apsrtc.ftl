# APSRTC — Telugu

dept-apsrtc = APSRTC బస్సులు
    .desc = బస్ టికెట్లు, పాసులు, బస్సు ఎక్కడుందో, ఫిర్యాదులు

svc-apsrtc-ticket_booking = బస్ టికెట్ బుకింగ్
    .desc = మీ ప్రయాణానికి APSRTC బస్సులో సీట్లు రిజర్వ్ చేయండి

svc-apsrtc-cancel_ticket = టికెట్ రద్దు
    .desc = రిజర్వ్ చేసిన టికెట్ రద్దు చేసి రీఫండ్ పొందండి

svc-apsrtc-bus_pass = బస్ పాస్
    .desc = విద్యార్థి, నెలవారీ, వృద్ధుల, దివ్యాంగుల పాస్ కోసం

svc-apsrtc-track_bus = నా బస్సు ఎక్కడుంది?
    .desc = మీ రూట్‌లో బస్సులు ఇప్పుడు ఎక్కడున్నాయో చూడండి

svc-apsrtc-cargo_tracking = పార్సిల్ ట్రాకింగ్
    .desc = APSRTC కార్గో / కొరియర్ పార్సిల్ ఎక్కడుందో చూడండి

svc-apsrtc-free_travel_women = మహిళలకు ఉచిత ప్రయాణం
    .desc = స్త్రీ శక్తి ఉచిత బస్సు: ఎవరికి, ఏ బస్సుల్లో, ఏం చూపించాలి
    .answer = స్త్రీ శక్తి పథకం కింద AP లో నివసించే మహిళలు, బాలికలు, ట్రాన్స్‌జెండర్లు రాష్ట్రంలో పల్లె వెలుగు, అల్ట్రా పల్లె వెలుగు, సిటీ ఆర్డినరీ, మెట్రో ఎక్స్‌ప్రెస్, ఎక్స్‌ప్రెస్ బస్సుల్లో ఉచితంగా ప్రయాణించవచ్చు. AP చిరునామా ఉన్న ఏదైనా ప్రభుత్వ ఫోటో ID కండక్టర్‌కు చూపించి జీరో ఫేర్ టికెట్ తీసుకోండి. AC, సూపర్ లగ్జరీ, ఇతర దూర ప్రాంత బస్సుల్లో మామూలు టికెట్ తీసుకోవాలి.

svc-apsrtc-complaint = బస్సు ఫిర్యాదు
    .desc = సిబ్బంది, ఆలస్యం, చార్జీ, పోయిన లగేజీపై ఫిర్యాదు

svc-apsrtc-helpline = హెల్ప్‌లైన్ 149
    .desc = APSRTC కాల్ సెంటర్, ఎంక్వయిరీ నంబర్లు
    .answer = బస్సు టైమింగ్స్, రిజర్వేషన్, రీఫండ్, ఫిర్యాదుల కోసం APSRTC కాల్ సెంటర్ 149 లేదా 0866-2570005 కి కాల్ చేయండి (24 గంటలు). APSRTC LiveTrack యాప్‌లో బస్సులు ఎక్కడున్నాయో చూడవచ్చు. టికెట్లు apsrtconline.in లో, లేదా బస్ స్టేషన్ కౌంటర్, అధీకృత ఏజెంట్ దగ్గర బుక్ చేసుకోవచ్చు.

slot-apsrtc_seats = ఎన్ని సీట్లు కావాలి? (1 నుండి 6)
    .label = సీట్లు
    .invalid = దయచేసి 1 నుండి 6 లోపు నంబర్ పంపండి.

slot-apsrtc_ticket_number = బుకింగ్ SMS లో ఉన్న టికెట్ (PNR) నంబర్ పంపండి.
    .label = టికెట్ నంబర్
    .invalid = SMS లో ఉన్నట్లే టికెట్ నంబర్ పంపండి, ఉదా: { $example }.

slot-apsrtc_pass_type = మీకు ఏ బస్ పాస్ కావాలి?
    .label = పాస్ రకం
    .invalid = దయచేసి లిస్ట్‌లో నుండి పాస్ రకం ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-apsrtc_lr_number = రసీదుపై ఉన్న పార్సిల్ LR / బుకింగ్ నంబర్ పంపండి.
    .label = LR నంబర్
    .invalid = రసీదుపై ఉన్నట్లే LR నంబర్ పంపండి, ఉదా: { $example }.

slot-apsrtc_complaint_type = ఫిర్యాదు దేని గురించి?
    .label = ఫిర్యాదు విషయం
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకటి ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

opt-apsrtc_pass_type-student = విద్యార్థి పాస్
opt-apsrtc_pass_type-general = నెలవారీ జనరల్ పాస్
opt-apsrtc_pass_type-senior_citizen = వృద్ధులు
opt-apsrtc_pass_type-divyang = దివ్యాంగులు

opt-apsrtc_complaint_type-staff = డ్రైవర్ / కండక్టర్
opt-apsrtc_complaint_type-late_bus = బస్సు ఆలస్యం
opt-apsrtc_complaint_type-overcharging = ఎక్కువ చార్జీ
opt-apsrtc_complaint_type-lost_luggage = లగేజీ పోయింది
opt-apsrtc_complaint_type-cleanliness = బస్సు శుభ్రత
opt-apsrtc_complaint_type-other = ఇతర
