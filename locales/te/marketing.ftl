# Agricultural Marketing — Telugu

dept-marketing = మార్కెట్లు
    .desc = మార్కెట్ యార్డు ధరలు, రైతు బజార్లు, గోదాము రుణాలు, e-NAM

svc-marketing-rythu_bazar_prices = రైతు బజార్ ధరలు
    .desc = రైతు బజార్‌లో ఈ రోజు కూరగాయల ధరలు

svc-marketing-market_prices = మార్కెట్ యార్డు ధరలు
    .desc = మీ జిల్లా మార్కెట్ యార్డుల్లో తాజా పంట ధరలు

svc-marketing-rythu_bazar_locations = రైతు బజార్ ఎక్కడ
    .desc = మీ జిల్లాలో రైతు బజార్లు, వాటి సమయాలు

svc-marketing-farmer_id_card = రైతు బజార్ కార్డు
    .desc = రైతు బజార్‌లో మీ పంట అమ్మడానికి గుర్తింపు కార్డు పొందండి

svc-marketing-pledge_loan = పంట తాకట్టు రుణం
    .desc = రైతు బంధు పథకం: మార్కెట్ గోదాములో పంట పెట్టి రుణం
    .answer = రైతు బంధు పథకం కింద మీ పంటను వ్యవసాయ మార్కెట్ కమిటీ (AMC) గోదాములో నిల్వ చేసి, దాని విలువలో 75% వరకు రుణం పొందవచ్చు; మొదటి 180 రోజులు వడ్డీ ఉండదు (ఒక్కో రైతుకు పరిమితి ఉంటుంది). పంట కోసిన వెంటనే తక్కువ ధరకు అమ్మకుండా మంచి ధర వచ్చే వరకు ఆగడానికి ఇది ఉపయోగపడుతుంది. పట్టాదారు పాసుపుస్తకం, బ్యాంక్ వివరాలతో దగ్గరి వ్యవసాయ మార్కెట్ కమిటీ కార్యదర్శిని కలవండి.

svc-marketing-enam = e-NAM మార్కెట్
    .desc = e-NAM ద్వారా దేశమంతా వ్యాపారులకు పంటను ఆన్‌లైన్‌లో అమ్మండి

svc-marketing-market_complaint = మార్కెట్ ఫిర్యాదు
    .desc = మార్కెట్ యార్డులో డబ్బు ఆలస్యం, తప్పు తూకం, తక్కువ ధర

slot-marketing_market_name = ఏ రైతు బజార్ లేదా మార్కెట్ యార్డు? పేరు లేదా ఊరు టైప్ చేయండి.
    .label = మార్కెట్
    .invalid = దయచేసి మార్కెట్ పేరు లేదా ఊరు టైప్ చేయండి.

slot-marketing_commodity = ఏ పంట?
    .label = పంట
    .invalid = దయచేసి ఇచ్చిన పంటల్లో ఒకదాని నంబర్ పంపండి.

slot-marketing_issue = ఫిర్యాదు దేని గురించి?
    .label = ఫిర్యాదు
    .invalid = దయచేసి ఇచ్చిన ఆప్షన్లలో ఒకదాని నంబర్ పంపండి.

opt-marketing_commodity-paddy = వరి (ధాన్యం)
opt-marketing_commodity-cotton = పత్తి
opt-marketing_commodity-chilli = మిరప
opt-marketing_commodity-turmeric = పసుపు
opt-marketing_commodity-groundnut = వేరుశనగ
opt-marketing_commodity-maize = మొక్కజొన్న
opt-marketing_commodity-onion = ఉల్లి
opt-marketing_commodity-tomato = టమాటా

opt-marketing_issue-payment_delay = డబ్బు ఆలస్యం
opt-marketing_issue-weighing = తప్పు తూకం
opt-marketing_issue-low_price = మద్దతు ధర రాలేదు
opt-marketing_issue-commission = అదనపు కమీషన్
opt-marketing_issue-facilities = సౌకర్యాలు లేవు
opt-marketing_issue-other = ఇతర
