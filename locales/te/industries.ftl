# Industries & Commerce — Telugu

dept-industries = పరిశ్రమలు & MSME
    .desc = సింగిల్ డెస్క్ అనుమతులు, MSME, ప్రోత్సాహకాలు, పారిశ్రామిక భూమి

svc-industries-single_desk = సింగిల్ డెస్క్
    .desc = పరిశ్రమ పెట్టడానికి కావలసిన అన్ని అనుమతులు ఒకే చోట

svc-industries-udyam_registration = ఉద్యమ్ (MSME) నమోదు
    .desc = ఉద్యమ్ పోర్టల్‌లో ఉచితంగా MSME నమోదు

svc-industries-application_status = దరఖాస్తు స్థితి
    .desc = సింగిల్ డెస్క్ లేదా ప్రోత్సాహకాల దరఖాస్తు స్థితి

svc-industries-incentive_claim = పరిశ్రమ ప్రోత్సాహకం
    .desc = పెట్టుబడి, కరెంటు, వడ్డీ సబ్సిడీ, SGST వాపసు క్లెయిమ్

svc-industries-land_allotment = APIIC భూమి
    .desc = APIIC ఇండస్ట్రియల్ పార్కులో ప్లాట్ / భూమి కోసం దరఖాస్తు

svc-industries-pmegp_loan = PMEGP రుణం
    .desc = చిన్న వ్యాపారం పెట్టడానికి సబ్సిడీతో లోన్
    .answer = PMEGP కింద కొత్త చిన్న వ్యాపారం పెట్టడానికి 15% నుండి 35% సబ్సిడీతో బ్యాంకు లోన్ వస్తుంది: తయారీ యూనిట్లకు ₹50 లక్షల వరకు, సేవా యూనిట్లకు ₹20 లక్షల వరకు ప్రాజెక్ట్ ఖర్చు. 18 ఏళ్లు నిండిన ఎవరైనా దరఖాస్తు చేయవచ్చు; పెద్ద ప్రాజెక్టులకు కనీసం 8వ తరగతి చదివి ఉండాలి. ఖర్చులో 5% నుండి 10% మీరు పెట్టుకోవాలి. KVIC PMEGP పోర్టల్‌లో ఆన్‌లైన్‌లో దరఖాస్తు చేయండి, లేదా మీ జిల్లా పరిశ్రమల కేంద్రం (DIC) లో సాయం తీసుకోండి.

svc-industries-dic_contact = DIC పరిశ్రమ కేంద్రం
    .desc = మీ జిల్లా DIC చిరునామా, ఫోన్ నంబర్

svc-industries-grievance = పరిశ్రమల ఫిర్యాదు
    .desc = అనుమతులు, ప్రోత్సాహకాలు, భూమిలో ఆలస్యం లేదా సమస్యలు

slot-industries_enterprise_name = మీ యూనిట్ లేదా కంపెనీ పేరు ఏమిటి?
    .label = యూనిట్ పేరు
    .invalid = దయచేసి మీ యూనిట్ లేదా కంపెనీ పేరు టైప్ చేయండి.

slot-industries_sector = మీ యూనిట్ ఏ రంగానికి చెందినది?
    .label = రంగం
    .invalid = దయచేసి లిస్ట్‌లో నుండి రంగం ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-industries_investment = మొత్తం పెట్టుబడి ఎంత? (రూపాయల్లో)
    .label = పెట్టుబడి
    .invalid = పెట్టుబడిని రూపాయల్లో పంపండి, ఉదా: 2500000.

slot-industries_incentive_type = ఏ ప్రోత్సాహకం కోసం క్లెయిమ్ చేయాలి?
    .label = ప్రోత్సాహకం
    .invalid = దయచేసి లిస్ట్‌లో నుండి ఒకటి ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-industries_land_acres = ఎన్ని ఎకరాల భూమి కావాలి?
    .label = భూమి (ఎకరాలు)
    .invalid = కావలసిన భూమిని ఎకరాల్లో పూర్తి సంఖ్యగా పంపండి, ఉదా: 2.

opt-industries_sector-food_processing = ఫుడ్ ప్రాసెసింగ్
opt-industries_sector-textiles = వస్త్రాలు
opt-industries_sector-engineering = ఇంజనీరింగ్
opt-industries_sector-chemicals = కెమికల్స్ / ఫార్మా
opt-industries_sector-electronics = ఎలక్ట్రానిక్స్
opt-industries_sector-services = సేవలు
opt-industries_sector-other = ఇతర

opt-industries_incentive_type-capital_subsidy = పెట్టుబడి సబ్సిడీ
opt-industries_incentive_type-power_subsidy = కరెంటు ఖర్చు సబ్సిడీ
opt-industries_incentive_type-interest_subsidy = వడ్డీ సబ్సిడీ
opt-industries_incentive_type-sgst_refund = SGST వాపసు
opt-industries_incentive_type-stamp_duty = స్టాంప్ డ్యూటీ వాపసు
