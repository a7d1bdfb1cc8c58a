# Women, Children, Disabled & Senior Citizens — Telugu

dept-women_child = మహిళా, శిశు సంక్షేమం
    .desc = అంగన్‌వాడీ, మహిళలు, పిల్లల భద్రత, దివ్యాంగులు, వృద్ధులు

svc-women_child-anganwadi_registration = అంగన్‌వాడీ నమోదు
    .desc = గర్భిణీ, బాలింత లేదా చిన్న పిల్లల పోషకాహారం కోసం నమోదు

svc-women_child-anganwadi_complaint = అంగన్‌వాడీ ఫిర్యాదు
    .desc = నాణ్యత లేని భోజనం, రేషన్ ఇవ్వకపోవడం, సెంటర్ మూసివేతపై ఫిర్యాదు

svc-women_child-assistive_devices = దివ్యాంగ పరికరాలు
    .desc = ట్రైసైకిల్, వీల్‌చైర్, వినికిడి యంత్రం వంటి వాటికి దరఖాస్తు

svc-women_child-senior_citizen_maintenance = వృద్ధుల పోషణ
    .desc = పిల్లలు చూసుకోని తల్లిదండ్రులు పోషణ కోసం పిటిషన్

svc-women_child-child_marriage_report = బాల్య వివాహం ఆపండి
    .desc = బాల్య వివాహం గురించి తెలపండి; మీ పేరు రహస్యంగా ఉంటుంది

svc-women_child-adoption = దత్తత
    .desc = CARA ద్వారా చట్టబద్ధంగా బిడ్డను దత్తత తీసుకోండి

svc-women_child-helplines = హెల్ప్‌లైన్లు
    .desc = మహిళలు 181, పిల్లలు 1098, అత్యవసరం 112, వృద్ధులు 14567
    .answer = ఇబ్బందిలో ఉన్న మహిళలు ఎప్పుడైనా 181 (మహిళా హెల్ప్‌లైన్) కి, అత్యవసరంలో పోలీసు సహాయానికి 112 కి ఫోన్ చేయవచ్చు. ప్రమాదంలో ఉన్న బిడ్డ, తప్పిపోయిన బిడ్డ లేదా బాల్య వివాహం గురించి 1098 (చైల్డ్‌లైన్) కి ఫోన్ చేయండి. వృద్ధులు సహాయం, సలహా కోసం ఎల్డర్ లైన్ 14567 కి ఫోన్ చేయవచ్చు. ప్రతి జిల్లాలో సఖి వన్ స్టాప్ సెంటర్ ఉంది, అక్కడ మహిళలకు ఆశ్రయం, కౌన్సెలింగ్, వైద్య, న్యాయ సహాయం ఉచితంగా అందుతుంది. అన్ని కాల్స్ ఉచితం.

slot-women_child_beneficiary = ఎవరిని నమోదు చేయాలి?
    .label = నమోదు
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

slot-women_child_anganwadi_issue = సమస్య ఏమిటి?
    .label = సమస్య
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

slot-women_child_device = ఏ పరికరం కావాలి?
    .label = పరికరం
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

opt-women_child_beneficiary-pregnant = గర్భిణీ
opt-women_child_beneficiary-feeding_mother = బాలింత
opt-women_child_beneficiary-child_below_3 = 3 ఏళ్ల లోపు బిడ్డ
opt-women_child_beneficiary-child_3_to_6 = 3 నుంచి 6 ఏళ్ల బిడ్డ

opt-women_child_anganwadi_issue-food_quality = భోజనం బాగాలేదు
opt-women_child_anganwadi_issue-not_open = సెంటర్ తెరవడం లేదు
opt-women_child_anganwadi_issue-ration_not_given = రేషన్ ఇవ్వలేదు
opt-women_child_anganwadi_issue-worker_absent = కార్యకర్త రావడం లేదు
opt-women_child_anganwadi_issue-other = ఇతర

opt-women_child_device-tricycle = ట్రైసైకిల్
opt-women_child_device-motor_tricycle = మోటార్ ట్రైసైకిల్
opt-women_child_device-wheelchair = వీల్‌చైర్
opt-women_child_device-hearing_aid = వినికిడి యంత్రం
opt-women_child_device-crutches = చంకకర్రలు
opt-women_child_device-white_cane = తెల్ల కర్ర
