# Prohibition & Excise — Telugu

dept-excise = మద్యనిషేధం & ఎక్సైజ్
    .desc = నాటుసారా, డ్రగ్స్ సమాచారం, మద్యం షాపు ఫిర్యాదులు, అనుమతులు

svc-excise-report_illicit_liquor = నాటుసారా సమాచారం
    .desc = నాటుసారా, బెల్ట్ షాపులు, గంజాయి, డ్రగ్స్, అక్రమ మద్యం

svc-excise-shop_complaint = మద్యం షాపు ఫిర్యాదు
    .desc = MRP కంటే ఎక్కువ, వేళలు పాటించకపోవడం, స్కూల్ దగ్గర, నకిలీ మద్యం

svc-excise-complaint_status = ఫిర్యాదు స్థితి
    .desc = మీ ఎక్సైజ్ ఫిర్యాదు స్థితి చూడండి

svc-excise-event_permit = ఈవెంట్ పర్మిట్
    .desc = ఫంక్షన్ లేదా ఈవెంట్‌లో మద్యం సర్వ్ చేయడానికి తాత్కాలిక లైసెన్స్

svc-excise-permit_status = పర్మిట్ స్థితి
    .desc = మీ ఎక్సైజ్ పర్మిట్ లేదా లైసెన్స్ దరఖాస్తు స్థితి

svc-excise-licence_fee = లైసెన్స్ ఫీజు
    .desc = లైసెన్స్ ఉన్న షాపు లేదా బార్ ఎక్సైజ్ ఫీజు, బాకీలు కట్టండి

svc-excise-de_addiction = వ్యసన విముక్తి సాయం
    .desc = తాగుడు లేదా డ్రగ్స్ మానడానికి ఉచిత సాయం
    .answer = మద్యం లేదా డ్రగ్స్ మానడానికి సాయం ఉచితం, వివరాలు గోప్యంగా ఉంటాయి. కౌన్సెలర్‌తో మాట్లాడటానికి Tele-MANAS 14416 కి కాల్ చేయండి (ఉచితం, 24 గంటలు, తెలుగు, హిందీ, ఇంగ్లీష్‌లో). ప్రభుత్వ జిల్లా ఆసుపత్రులు, బోధనాసుపత్రుల్లో వ్యసన విముక్తి సేవలు ఉన్నాయి: సైకియాట్రీ (మానసిక ఆరోగ్యం) OP కి వెళ్లండి. డ్రగ్స్ అమ్మకం గురించి చెప్పడానికి MANAS హెల్ప్‌లైన్ 1933 కి కూడా కాల్ చేయవచ్చు.

slot-excise_offence_type = మీరు దేని గురించి చెప్పాలనుకుంటున్నారు?
    .label = నేరం
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకటి ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-excise_shop_issue = షాపులో సమస్య ఏమిటి?
    .label = సమస్య
    .invalid = దయచేసి లిస్ట్‌లో నుండి సమస్య ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-excise_event_date = ఈవెంట్ ఏ తేదీన? DD/MM/YYYY లాగా టైప్ చేయండి.
    .label = ఈవెంట్ తేదీ
    .invalid = దయచేసి రాబోయే తేదీని DD/MM/YYYY (రోజు/నెల/సంవత్సరం) లాగా పంపండి.

slot-excise_guests = సుమారు ఎంత మంది అతిథులు?
    .label = అతిథులు
    .invalid = దయచేసి అతిథుల సంఖ్య నంబర్‌లో పంపండి, ఉదా: 150.

slot-excise_licence_number = ఎక్సైజ్ లైసెన్స్ నంబర్ పంపండి.
    .label = లైసెన్స్ నంబర్
    .invalid = లైసెన్స్‌పై ఉన్నట్లే నంబర్ పంపండి, ఉదా: { $example }.

opt-excise_offence_type-illicit_arrack = నాటుసారా తయారీ
opt-excise_offence_type-belt_shop = బెల్ట్ షాపు
opt-excise_offence_type-ganja = గంజాయి
opt-excise_offence_type-drugs = డ్రగ్స్
opt-excise_offence_type-non_duty_paid = ఇతర రాష్ట్రాల మద్యం
opt-excise_offence_type-other = ఇతర

opt-excise_shop_issue-above_mrp = MRP కంటే ఎక్కువ ధర
opt-excise_shop_issue-odd_hours = వేళలు దాటి తెరిచారు
opt-excise_shop_issue-near_school = స్కూల్ / గుడి దగ్గర
opt-excise_shop_issue-fake_liquor = నకిలీ / చెడు మద్యం
opt-excise_shop_issue-no_bill = బిల్లు ఇవ్వలేదు
opt-excise_shop_issue-other = ఇతర
