# Municipal Administration & Urban Development — Telugu

dept-maud = మున్సిపల్ సేవలు
    .desc = ఇంటి పన్ను, నీటి పన్ను, ట్రేడ్ లైసెన్స్, జనన మరణ సర్టిఫికెట్లు

svc-maud-property_tax = ఇంటి పన్ను
    .desc = మీ ఇంటి పన్ను బకాయి చూసి చెల్లించండి

svc-maud-water_tax = నీటి పన్ను
    .desc = మీ కుళాయి నీటి పన్ను బకాయి చూసి చెల్లించండి

svc-maud-trade_licence = ట్రేడ్ లైసెన్స్
    .desc = మీ షాపు లేదా వ్యాపారానికి కొత్త ట్రేడ్ లైసెన్స్ లేదా రెన్యువల్

svc-maud-birth_certificate = జనన సర్టిఫికెట్
    .desc = పట్టణం లేదా నగరంలో జరిగిన జననానికి సర్టిఫికెట్ పొందండి

svc-maud-death_certificate = మరణ సర్టిఫికెట్
    .desc = పట్టణం లేదా నగరంలో జరిగిన మరణానికి సర్టిఫికెట్ పొందండి

svc-maud-anna_canteen = అన్న క్యాంటీన్
    .desc = ₹5కే భోజనం: సమయాలు, ఎక్కడ ఉన్నాయి
    .answer = అన్న క్యాంటీన్లలో టిఫిన్, మధ్యాహ్న భోజనం, రాత్రి భోజనం ఒక్కోటి కేవలం ₹5కే. సాధారణ సమయాలు: టిఫిన్ ఉదయం 7:30 నుండి 10 వరకు, భోజనం మధ్యాహ్నం 12:30 నుండి 3 వరకు, రాత్రి భోజనం 7:30 నుండి 9 వరకు. రాష్ట్రంలోని పట్టణాల్లో, ఎక్కువగా బస్టాండ్లు, ఆసుపత్రులు, మార్కెట్ల దగ్గర ఉంటాయి. దగ్గరలోని క్యాంటీన్ కోసం మీ వార్డు సచివాలయంలో అడగండి.

svc-maud-building_permission_status = బిల్డింగ్ ప్లాన్
    .desc = మీ భవన నిర్మాణ అనుమతి (ప్లాన్) దరఖాస్తు స్థితి చూడండి

svc-maud-civic_complaint = పౌర సమస్యపై ఫిర్యాదు
    .desc = చెత్త, డ్రైనేజీ, వీధి దీపాలు, నీటి సమస్యలపై ఫిర్యాదు చేయండి

slot-maud_ulb = ఏ మున్సిపాలిటీ / కార్పొరేషన్? (ఉదా: గుంటూరు, తెనాలి)
    .label = మున్సిపాలిటీ
    .invalid = మీ పట్టణం, మున్సిపాలిటీ లేదా కార్పొరేషన్ పేరు టైప్ చేయండి.

slot-maud_certificate_name = సర్టిఫికెట్ మీద ఎవరి పేరు ఉండాలి? పూర్తి పేరు టైప్ చేయండి.
    .label = సర్టిఫికెట్‌పై పేరు
    .invalid = దయచేసి పూర్తి పేరు టైప్ చేయండి (కనీసం 2 అక్షరాలు).

slot-maud_business_name = మీ షాపు లేదా వ్యాపారం పేరు ఏమిటి?
    .label = వ్యాపారం పేరు
    .invalid = దయచేసి షాపు లేదా వ్యాపారం పేరు టైప్ చేయండి.

slot-maud_complaint_type = సమస్య దేని గురించి?
    .label = సమస్య
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

opt-maud_complaint_type-garbage = చెత్త
opt-maud_complaint_type-drainage = డ్రైనేజీ
opt-maud_complaint_type-street_light = వీధి దీపం
opt-maud_complaint_type-water_supply = నీటి సరఫరా
opt-maud_complaint_type-roads = రోడ్లు
opt-maud_complaint_type-mosquitoes = దోమలు
opt-maud_complaint_type-stray_dogs = వీధి కుక్కలు
