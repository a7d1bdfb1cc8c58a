# Revenue — Telugu

dept-revenue = రెవెన్యూ
    .desc = సర్టిఫికెట్లు, భూమి రికార్డులు, మీసేవ సేవలు

svc-revenue-income_certificate = ఆదాయ ధృవీకరణ పత్రం
    .desc = ఆదాయ సర్టిఫికెట్ కోసం దరఖాస్తు చేయండి

svc-revenue-caste_certificate = కుల ధృవీకరణ పత్రం
    .desc = SC, ST, BC కుల సర్టిఫికెట్ కోసం దరఖాస్తు చేయండి

svc-revenue-residence_certificate = నివాస ధృవీకరణ పత్రం
    .desc = మీ చిరునామాకు నివాస సర్టిఫికెట్ కోసం దరఖాస్తు చేయండి

svc-revenue-ews_certificate = EWS సర్టిఫికెట్
    .desc = OC కుటుంబాలకు ఆర్థికంగా బలహీన వర్గాల (EWS) సర్టిఫికెట్

svc-revenue-family_member_certificate = కుటుంబ సభ్యుల పత్రం
    .desc = చనిపోయిన వ్యక్తి కుటుంబ సభ్యుల వివరాలతో సర్టిఫికెట్

svc-revenue-land_records = భూమి రికార్డులు
    .desc = మీ భూమి అడంగల్, 1-B వివరాలు చూడండి

svc-revenue-integrated_certificate = సమీకృత ధ్రువపత్రం
    .desc = కులం, పుట్టిన తేదీ, స్థానికత ఒకే సర్టిఫికెట్‌లో

svc-revenue-mutation_status = మ్యుటేషన్ స్థితి
    .desc = భూమి పేరు మార్పు (మ్యుటేషన్) దరఖాస్తు స్థితి చూడండి

slot-revenue_annual_income = మీ కుటుంబ మొత్తం సంవత్సర ఆదాయం ఎంత? (రూపాయల్లో)
    .label = సంవత్సర ఆదాయం
    .invalid = సంవత్సర ఆదాయం రూపాయల్లో పంపండి, ఉదా: 120000.

slot-revenue_caste_category = మీరు ఏ కేటగిరీకి చెందినవారు?
    .label = కేటగిరీ
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

opt-revenue_caste_category-sc = ఎస్సీ (SC)
opt-revenue_caste_category-st = ఎస్టీ (ST)
opt-revenue_caste_category-bc_a = బీసీ-ఎ (BC-A)
opt-revenue_caste_category-bc_b = బీసీ-బి (BC-B)
opt-revenue_caste_category-bc_c = బీసీ-సి (BC-C)
opt-revenue_caste_category-bc_d = బీసీ-డి (BC-D)
opt-revenue_caste_category-bc_e = బీసీ-ఇ (BC-E)
