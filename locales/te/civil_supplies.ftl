# Consumer Affairs, Food & Civil Supplies — Telugu

dept-civil_supplies = రేషన్ & పౌర సరఫరాలు
    .desc = బియ్యం కార్డు, నెలవారీ రేషన్, దీపం గ్యాస్, రేషన్ ఫిర్యాదులు

svc-civil_supplies-ration_card_status = బియ్యం కార్డు స్థితి
    .desc = మీ బియ్యం కార్డు యాక్టివ్‌లో ఉందా, సభ్యులు ఎవరో చూడండి

svc-civil_supplies-new_ration_card = కొత్త బియ్యం కార్డు
    .desc = మీ కుటుంబానికి కొత్త బియ్యం (రేషన్) కార్డు కోసం దరఖాస్తు

svc-civil_supplies-add_member = సభ్యుని చేర్పు
    .desc = పిల్లలు, భార్య/భర్త లేదా ఇతర సభ్యుడిని కార్డులో చేర్చండి

svc-civil_supplies-ration_entitlement = నా నెలవారీ రేషన్
    .desc = ఈ నెల మీకు ఎంత వస్తుంది, ఎంత తీసుకున్నారు

svc-civil_supplies-fair_price_shop = రేషన్ షాపు వివరాలు
    .desc = మీ రేషన్ షాపు, డీలర్ నంబర్, సమయాలు

svc-civil_supplies-deepam_status = దీపం గ్యాస్ స్థితి
    .desc = దీపం-2 కింద ఉచిత గ్యాస్ సిలిండర్ డబ్బు వాపసు స్థితి

svc-civil_supplies-complaint = రేషన్ ఫిర్యాదు
    .desc = తక్కువ తూకం, నాణ్యత లేదు, రేషన్ ఇవ్వలేదు, ఎక్కువ డబ్బు

svc-civil_supplies-helpline = హెల్ప్‌లైన్ నంబర్లు
    .desc = రేషన్, వినియోగదారుల సమస్యలకు ఎక్కడ కాల్ చేయాలి
    .answer = బియ్యం కార్డు, రేషన్ షాపు సమస్యలకు పౌర సరఫరాల శాఖ టోల్‌ఫ్రీ నంబర్ 1967 కి కాల్ చేయండి, లేదా మీ గ్రామ/వార్డు సచివాలయానికి వెళ్లండి. మీరు కొన్న వస్తువులు, సేవలపై ఫిర్యాదులకు (వినియోగదారుల కేసులు) జాతీయ వినియోగదారుల హెల్ప్‌లైన్ 1915 కి కాల్ చేయండి. మీ బియ్యం కార్డు నంబర్ దగ్గర పెట్టుకోండి.

slot-civil_supplies_relation = కొత్త సభ్యుడు కార్డుదారునికి ఏమవుతారు?
    .label = సంబంధం
    .invalid = దయచేసి లిస్ట్‌లో నుండి సంబంధం ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-civil_supplies_complaint_type = సమస్య ఏమిటి?
    .label = సమస్య
    .invalid = దయచేసి లిస్ట్‌లో నుండి సమస్య ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

opt-civil_supplies_relation-spouse = భార్య / భర్త
opt-civil_supplies_relation-son = కొడుకు
opt-civil_supplies_relation-daughter = కూతురు
opt-civil_supplies_relation-daughter_in_law = కోడలు
opt-civil_supplies_relation-parent = తల్లి / తండ్రి
opt-civil_supplies_relation-other = ఇతర

opt-civil_supplies_complaint_type-less_quantity = తక్కువ తూకం ఇచ్చారు
opt-civil_supplies_complaint_type-poor_quality = బియ్యం నాణ్యత లేదు
opt-civil_supplies_complaint_type-not_given = రేషన్ ఇవ్వలేదు
opt-civil_supplies_complaint_type-overcharging = ఎక్కువ డబ్బు వసూలు
opt-civil_supplies_complaint_type-shop_closed = షాపు మూసి ఉంది
opt-civil_supplies_complaint_type-other = ఇతర
