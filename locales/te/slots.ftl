# Shared slots — Telugu (తెలుగు)

slot-applicant_name = దరఖాస్తు చేసే వ్యక్తి పూర్తి పేరు టైప్ చేయండి.
    .label = పేరు
    .invalid = దయచేసి పూర్తి పేరు టైప్ చేయండి, రికార్డుల్లో ఉన్నట్లుగా.

slot-application_number = మీ అప్లికేషన్ నంబర్ టైప్ చేయండి (మీసేవ లేదా సచివాలయం రసీదు మీద ఉంటుంది).
    .label = అప్లికేషన్ నంబర్
    .invalid = ఇది అప్లికేషన్ నంబర్‌లా లేదు. ఇందులో 8 నుండి 20 అక్షరాలు, అంకెలు ఉంటాయి, ఉదా: { $example }

slot-mobile = మీ 10 అంకెల మొబైల్ నంబర్ టైప్ చేయండి.
    .label = మొబైల్
    .invalid = దయచేసి సరైన 10 అంకెల మొబైల్ నంబర్ టైప్ చేయండి, ఉదా: 9876543210

slot-district = మీ జిల్లా ఏది? లిస్ట్ నుండి ఎంచుకోండి, లేదా జిల్లా నంబర్ లేదా పేరు టైప్ చేయండి.
    .label = జిల్లా
    .invalid = దయచేసి లిస్ట్ నుండి మీ జిల్లాను ఎంచుకోండి, లేదా దాని నంబర్ టైప్ చేయండి.

slot-mandal = మీ మండలం పేరు టైప్ చేయండి.
    .label = మండలం
    .invalid = దయచేసి మీ మండలం పేరు టైప్ చేయండి.

slot-village = మీ గ్రామం లేదా వార్డు పేరు టైప్ చేయండి.
    .label = గ్రామం / వార్డు
    .invalid = దయచేసి మీ గ్రామం లేదా వార్డు పేరు టైప్ చేయండి.

slot-travel_date = ఏ తేదీన ప్రయాణం చేస్తారు? DD/MM/YYYY (రోజు/నెల/సంవత్సరం) లా టైప్ చేయండి, లేదా ఈరోజు, రేపు అని రాయండి.
    .label = ప్రయాణ తేదీ
    .invalid = దయచేసి తేదీని DD/MM/YYYY (రోజు/నెల/సంవత్సరం) లా టైప్ చేయండి, లేదా ఈరోజు, రేపు అని రాయండి.

slot-event_date = ఇది ఏ తేదీన జరిగింది? DD/MM/YYYY (రోజు/నెల/సంవత్సరం) లా టైప్ చేయండి, లేదా ఈరోజు, నిన్న అని రాయండి.
    .label = తేదీ
    .invalid = దయచేసి తేదీని DD/MM/YYYY లా టైప్ చేయండి (ఉదా: 05/03/2024), లేదా ఈరోజు, నిన్న అని రాయండి.

slot-date_of_birth = పుట్టిన తేదీ ఏమిటి? DD/MM/YYYY (రోజు/నెల/సంవత్సరం) లా టైప్ చేయండి.
    .label = పుట్టిన తేదీ
    .invalid = దయచేసి పుట్టిన తేదీని DD/MM/YYYY లా టైప్ చేయండి, ఉదా: 07/04/1985

slot-visit_date = ఏ తేదీన రావాలనుకుంటున్నారు? DD/MM/YYYY (రోజు/నెల/సంవత్సరం) లా టైప్ చేయండి, లేదా ఈరోజు, రేపు అని రాయండి.
    .label = సందర్శన తేదీ
    .invalid = దయచేసి తేదీని DD/MM/YYYY (రోజు/నెల/సంవత్సరం) లా టైప్ చేయండి, లేదా ఈరోజు, రేపు అని రాయండి.

slot-from_place = ఎక్కడి నుండి? బయలుదేరే ఊరి పేరు టైప్ చేయండి.
    .label = ఎక్కడి నుండి
    .invalid = దయచేసి బయలుదేరే ఊరి పేరు టైప్ చేయండి.

slot-to_place = ఎక్కడికి? వెళ్ళాల్సిన ఊరి పేరు టైప్ చేయండి.
    .label = ఎక్కడికి
    .invalid = దయచేసి వెళ్ళాల్సిన ఊరి పేరు టైప్ చేయండి.

slot-temple = ఏ ఆలయం? లిస్ట్ నుండి ఎంచుకోండి, లేదా ఆలయం నంబర్ లేదా పేరు టైప్ చేయండి.
    .label = ఆలయం
    .invalid = దయచేసి లిస్ట్ నుండి ఆలయాన్ని ఎంచుకోండి, లేదా దాని నంబర్ టైప్ చేయండి.

slot-amount = ఎంత మొత్తం (రూపాయల్లో)? అంకెల్లో టైప్ చేయండి.
    .label = మొత్తం
    .invalid = దయచేసి మొత్తాన్ని అంకెల్లో టైప్ చేయండి, ఉదా: 500 లేదా ₹1,500

slot-electricity_service_number = మీ కరెంటు సర్వీస్ నంబర్ (USC నంబర్) టైప్ చేయండి. ఇది మీ కరెంటు బిల్లు మీద ఉంటుంది.
    .label = సర్వీస్ నంబర్
    .invalid = సర్వీస్ నంబర్‌లో 9 నుండి 13 అంకెలు ఉంటాయి, బిల్లు మీద ఉంటుంది. ఉదా: { $example }

slot-ration_card_number = మీ రేషన్ కార్డు (రైస్ కార్డు) నంబర్ టైప్ చేయండి.
    .label = రేషన్ కార్డు నంబర్
    .invalid = కార్డు మీద ఉన్నట్లుగానే నంబర్ టైప్ చేయండి, ఉదా: { $example }

slot-hall_ticket_number = మీ 10 అంకెల హాల్ టికెట్ నంబర్ టైప్ చేయండి.
    .label = హాల్ టికెట్ నంబర్
    .invalid = హాల్ టికెట్ నంబర్‌లో 10 అంకెలు ఉంటాయి, ఉదా: { $example }

slot-vehicle_number = వాహనం నంబర్ టైప్ చేయండి, నంబర్ ప్లేట్ మీద ఉన్నట్లుగా.
    .label = వాహనం నంబర్
    .invalid = దయచేసి AP వాహనం నంబర్ టైప్ చేయండి, ఉదా: { $example }

slot-dl_number = మీ డ్రైవింగ్ లైసెన్స్ నంబర్ టైప్ చేయండి.
    .label = లైసెన్స్ నంబర్
    .invalid = లైసెన్స్ మీద ఉన్నట్లుగానే నంబర్ టైప్ చేయండి, ఉదా: { $example }

slot-fir_number = FIR నంబర్‌ను సంవత్సరంతో కలిపి టైప్ చేయండి (నంబర్/సంవత్సరం).
    .label = FIR నంబర్
    .invalid = దయచేసి FIR నంబర్‌ను నంబర్/సంవత్సరం లా టైప్ చేయండి, ఉదా: { $example }

slot-year = ఏ సంవత్సరం? 4 అంకెల్లో టైప్ చేయండి, ఉదా: 2024
    .label = సంవత్సరం
    .invalid = దయచేసి సంవత్సరాన్ని 4 అంకెల్లో టైప్ చేయండి, ఉదా: 2024

slot-pincode = మీ 6 అంకెల పిన్ కోడ్ టైప్ చేయండి.
    .label = పిన్ కోడ్
    .invalid = దయచేసి ఆంధ్రప్రదేశ్ 6 అంకెల పిన్ కోడ్ టైప్ చేయండి, ఉదా: { $example }

slot-description = వివరాలు క్లుప్తంగా మీ మాటల్లో రాయండి.
    .label = వివరాలు
    .invalid = దయచేసి ఒకటి రెండు వాక్యాల్లో వివరాలు రాయండి.

slot-survey_number = భూమి సర్వే నంబర్ టైప్ చేయండి (సబ్ డివిజన్ ఉంటే అది కూడా).
    .label = సర్వే నంబర్
    .invalid = మీ భూమి రికార్డుల్లో ఉన్నట్లుగా సర్వే నంబర్ టైప్ చేయండి, ఉదా: { $example }

slot-assessment_number = మీ ఇంటి పన్ను అసెస్‌మెంట్ నంబర్ టైప్ చేయండి. ఇది పన్ను రసీదు మీద ఉంటుంది.
    .label = అసెస్‌మెంట్ నంబర్
    .invalid = అసెస్‌మెంట్ నంబర్‌లో 8 నుండి 12 అంకెలు ఉంటాయి, ఉదా: { $example }

slot-reference_number = మీకు వచ్చిన రిఫరెన్స్ నంబర్ టైప్ చేయండి.
    .label = రిఫరెన్స్ నంబర్
    .invalid = మీకు వచ్చినట్లుగానే రిఫరెన్స్ నంబర్ టైప్ చేయండి, ఉదా: { $example }

slot-family_size = మీ కుటుంబంలో ఎంత మంది ఉన్నారు?
    .label = కుటుంబ సభ్యులు
    .invalid = కుటుంబ సభ్యుల సంఖ్యను అంకెల్లో టైప్ చేయండి, ఉదా: 4

## ఆంధ్రప్రదేశ్ జిల్లాలు

opt-district-srikakulam = శ్రీకాకుళం
opt-district-parvathipuram_manyam = పార్వతీపురం మన్యం
opt-district-vizianagaram = విజయనగరం
opt-district-visakhapatnam = విశాఖపట్నం
opt-district-alluri_sitharama_raju = అల్లూరి సీతారామరాజు
opt-district-anakapalli = అనకాపల్లి
opt-district-kakinada = కాకినాడ
opt-district-east_godavari = తూర్పు గోదావరి
opt-district-konaseema = అంబేద్కర్ కోనసీమ
opt-district-eluru = ఏలూరు
opt-district-west_godavari = పశ్చిమ గోదావరి
opt-district-ntr = ఎన్టీఆర్
opt-district-krishna = కృష్ణా
opt-district-palnadu = పల్నాడు
opt-district-guntur = గుంటూరు
opt-district-bapatla = బాపట్ల
opt-district-prakasam = ప్రకాశం
opt-district-nellore = నెల్లూరు
opt-district-kurnool = కర్నూలు
opt-district-nandyal = నంద్యాల
opt-district-anantapur = అనంతపురం
opt-district-sri_sathya_sai = శ్రీ సత్యసాయి
opt-district-ysr_kadapa = వైఎస్ఆర్ కడప
opt-district-annamayya = అన్నమయ్య
opt-district-chittoor = చిత్తూరు
opt-district-tirupati = తిరుపతి

## ఆలయాలు

opt-temple-tirumala = తిరుమల
opt-temple-kanaka_durga = కనకదుర్గ
opt-temple-srisailam = శ్రీశైలం
opt-temple-simhachalam = సింహాచలం
opt-temple-annavaram = అన్నవరం
opt-temple-srikalahasti = శ్రీకాళహస్తి
opt-temple-dwaraka_tirumala = ద్వారకా తిరుమల
opt-temple-kanipakam = కాణిపాకం
opt-temple-ahobilam = అహోబిలం
opt-temple-mangalagiri = మంగళగిరి
opt-temple-arasavalli = అరసవల్లి
opt-temple-mopidevi = మోపిదేవి
