# Animal Husbandry — Telugu

dept-animal_husbandry = పశుసంవర్ధక శాఖ
    .desc = పశువుల అంబులెన్స్ 1962, డాక్టర్ విజిట్, కృత్రిమ గర్భధారణ, బీమా

svc-animal_husbandry-vet_ambulance = పశు అంబులెన్స్ 1962
    .desc = జబ్బు పడిన పశువులకు ఇంటి దగ్గరే ఉచిత వైద్యం: 1962
    .answer = సంచార పశువైద్య అంబులెన్స్ కోసం 1962 కి (ఉచితం) ఫోన్ చేయండి. డాక్టర్ బృందం మీ ఊరికి వచ్చి జబ్బు పడిన లేదా గాయపడిన పశువులకు వైద్యం చేస్తుంది, తీవ్రమైన కేసులను దగ్గరి పశువుల ఆసుపత్రికి తీసుకెళ్తుంది. టీకాలు, నట్టల మందు, సలహా కోసం మీ మండల పశువైద్యశాలకు వెళ్లవచ్చు లేదా రైతు సేవా కేంద్రంలో పశుసంవర్ధక సహాయకుడిని కలవవచ్చు.

svc-animal_husbandry-vet_visit = పశువైద్యుడి విజిట్
    .desc = మీ పశువును చూడటానికి డాక్టర్ లేదా సహాయకుడిని పిలవండి

svc-animal_husbandry-ai_booking = కృత్రిమ గర్భధారణ
    .desc = మీ ఆవు లేదా గేదెకు కృత్రిమ గర్భధారణ బుక్ చేయండి

svc-animal_husbandry-livestock_insurance = పశువుల బీమా
    .desc = చెవి ట్యాగ్ నంబర్‌తో మీ పశువు బీమా వివరాలు చూడండి

svc-animal_husbandry-animal_death_claim = పశువు మరణ పరిహారం
    .desc = బీమా ఉన్న లేదా నష్టపోయిన పశువు మరణం తెలిపి పరిహారం కోరండి

svc-animal_husbandry-fodder_seeds = పశుగ్రాస విత్తనాలు
    .desc = పశువుల కోసం సబ్సిడీ గడ్డి విత్తనాలు బుక్ చేయండి

svc-animal_husbandry-disease_report = పశువుల వ్యాధి
    .desc = మీ ఊరిలో చాలా పశువులు జబ్బు పడితే తెలపండి

slot-animal_husbandry_animal = ఏ పశువు?
    .label = పశువు
    .invalid = దయచేసి ఇచ్చిన వాటిలో ఒకదాని నంబర్ పంపండి.

slot-animal_husbandry_cattle = ఆవా, గేదెనా?
    .label = పశువు
    .invalid = దయచేసి ఆవు లేదా గేదె ఎంచుకోండి.

slot-animal_husbandry_tag_number = పశువు చెవి ట్యాగ్ మీద ఉన్న 12 అంకెల నంబర్ టైప్ చేయండి.
    .label = చెవి ట్యాగ్ నం.
    .invalid = చెవి ట్యాగ్ నంబర్‌లో 12 అంకెలు ఉంటాయి, ఉదా: { $example }.

slot-animal_husbandry_death_cause = పశువు ఎలా చనిపోయింది?
    .label = మరణ కారణం
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

opt-animal_husbandry_animal-cow = ఆవు
opt-animal_husbandry_animal-buffalo = గేదె
opt-animal_husbandry_animal-sheep = గొర్రె
opt-animal_husbandry_animal-goat = మేక
opt-animal_husbandry_animal-poultry = కోళ్లు
opt-animal_husbandry_animal-pig = పంది
opt-animal_husbandry_animal-other = ఇతర

opt-animal_husbandry_cattle-cow = ఆవు
opt-animal_husbandry_cattle-buffalo = గేదె

opt-animal_husbandry_death_cause-disease = వ్యాధి
opt-animal_husbandry_death_cause-accident = ప్రమాదం
opt-animal_husbandry_death_cause-snake_bite = పాము కాటు
opt-animal_husbandry_death_cause-lightning = పిడుగు
opt-animal_husbandry_death_cause-flood = వరద
opt-animal_husbandry_death_cause-other = ఇతర
