# Home (AP Police) — Telugu

dept-home = పోలీస్
    .desc = FIR స్థితి, పోలీస్ ఫిర్యాదులు, వెరిఫికేషన్, అత్యవసర సహాయం

svc-home-fir_status = FIR స్థితి
    .desc = పోలీస్ స్టేషన్‌లో నమోదైన FIR స్థితి తెలుసుకోండి

svc-home-police_complaint = పోలీస్ ఫిర్యాదు
    .desc = పోలీసులకు ఫిర్యాదు పంపండి (అత్యవసరమైతే 112కి కాల్ చేయండి)

svc-home-lost_article = పోయిన వస్తువులు
    .desc = పోయిన ఫోన్, పత్రాలు, ఇతర వస్తువుల గురించి రిపోర్ట్ చేయండి

svc-home-verification_certificate = పోలీస్ వెరిఫికేషన్
    .desc = పోలీస్ వెరిఫికేషన్ (క్యారెక్టర్) సర్టిఫికెట్ కోసం దరఖాస్తు

svc-home-event_permission = కార్యక్రమ అనుమతి
    .desc = ఊరేగింపు, సభ లేదా ఫంక్షన్ కోసం పోలీస్ అనుమతి కోరండి

svc-home-cyber_crime = సైబర్ నేరం ఫిర్యాదు
    .desc = ఆన్‌లైన్ మోసం, సైబర్ నేరం రిపోర్ట్ చేయండి; డబ్బు మోసానికి 1930

svc-home-emergency_numbers = అత్యవసర నంబర్లు
    .desc = పోలీస్, మహిళా, పిల్లల, సైబర్ హెల్ప్‌లైన్ నంబర్లు
    .answer = అత్యవసరం (పోలీస్, ఫైర్, అంబులెన్స్): 112. పోలీస్: 100. మహిళా హెల్ప్‌లైన్: 181. చైల్డ్ హెల్ప్‌లైన్: 1098. సైబర్ మోసం: 1930. ప్రమాదంలో ఉంటే వెంటనే 112కి కాల్ చేయండి.

slot-home_police_station = ఏ పోలీస్ స్టేషన్? (ఉదా: తెనాలి టౌన్ PS)
    .label = పోలీస్ స్టేషన్
    .invalid = దయచేసి పోలీస్ స్టేషన్ పేరు టైప్ చేయండి.

slot-home_lost_item = మీరు ఏమి పోగొట్టుకున్నారు?
    .label = పోయిన వస్తువు
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

opt-home_lost_item-phone = మొబైల్ ఫోన్
opt-home_lost_item-documents = పత్రాలు
opt-home_lost_item-bank_card = బ్యాంక్ కార్డు
opt-home_lost_item-bag = బ్యాగ్ / పర్సు
opt-home_lost_item-jewellery = నగలు
opt-home_lost_item-other = ఇతరం

slot-home_verification_purpose = వెరిఫికేషన్ దేని కోసం?
    .label = కారణం
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

opt-home_verification_purpose-job = ఉద్యోగం
opt-home_verification_purpose-tenant = అద్దెదారు
opt-home_verification_purpose-domestic_help = ఇంటి పనివారు
opt-home_verification_purpose-other = ఇతరం

slot-home_event_type = ఏ రకమైన కార్యక్రమం?
    .label = కార్యక్రమం
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

opt-home_event_type-procession = ఊరేగింపు
opt-home_event_type-public_meeting = బహిరంగ సభ
opt-home_event_type-religious_event = మతపరమైన కార్యక్రమం
opt-home_event_type-function = ఫంక్షన్ / వేడుక
opt-home_event_type-other = ఇతరం

slot-home_event_date = కార్యక్రమం ఏ తేదీన?
    .label = కార్యక్రమ తేదీ
    .invalid = రాబోయే తేదీని DD/MM/YYYY రూపంలో పంపండి.
