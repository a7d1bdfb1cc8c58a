# Agricultural Marketing — Hindi

dept-marketing = मंडी और रैतु बाज़ार
    .desc = मंडी भाव, रैतु बाज़ार, गोदाम पर लोन और e-NAM

svc-marketing-rythu_bazar_prices = रैतु बाज़ार भाव
    .desc = रैतु बाज़ार में आज की सब्ज़ियों के भाव

svc-marketing-market_prices = मंडी भाव
    .desc = आपके ज़िले की मंडियों में फसलों के ताज़ा भाव

svc-marketing-rythu_bazar_locations = रैतु बाज़ार कहां है
    .desc = आपके ज़िले में रैतु बाज़ार और उनका समय

svc-marketing-farmer_id_card = रैतु बाज़ार कार्ड
    .desc = रैतु बाज़ार में अपनी उपज बेचने के लिए पहचान कार्ड लें

svc-marketing-pledge_loan = उपज गिरवी लोन
    .desc = रैतु बंधु पथकम: मंडी गोदाम में उपज रखकर लोन
    .answer = रैतु बंधु पथकम में आप अपनी उपज कृषि मंडी समिति (AMC) के गोदाम में रखकर उसकी कीमत के 75% तक लोन ले सकते हैं, पहले 180 दिन कोई ब्याज नहीं (हर किसान के लिए एक सीमा है)। इससे फसल कटते ही कम दाम पर बेचने के बजाय अच्छे दाम का इंतज़ार कर सकते हैं। पट्टादार पासबुक और बैंक विवरण लेकर नज़दीकी कृषि मंडी समिति के सचिव से मिलें।

svc-marketing-enam = e-NAM ऑनलाइन मंडी
    .desc = e-NAM से पूरे देश के व्यापारियों को फसल ऑनलाइन बेचें

svc-marketing-market_complaint = मंडी शिकायत
    .desc = मंडी में देर से भुगतान, गलत तौल या कम दाम की शिकायत

slot-marketing_market_name = कौन सा रैतु बाज़ार या मंडी? नाम या शहर लिखें।
    .label = मंडी
    .invalid = कृपया मंडी का नाम या शहर लिखें।

slot-marketing_commodity = कौन सी फसल?
    .label = फसल
    .invalid = कृपया दी गई फसलों में से किसी एक का नंबर भेजें।

slot-marketing_issue = शिकायत किस बारे में है?
    .label = शिकायत
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-marketing_commodity-paddy = धान
opt-marketing_commodity-cotton = कपास
opt-marketing_commodity-chilli = मिर्च
opt-marketing_commodity-turmeric = हल्दी
opt-marketing_commodity-groundnut = मूंगफली
opt-marketing_commodity-maize = मक्का
opt-marketing_commodity-onion = प्याज़
opt-marketing_commodity-tomato = टमाटर

opt-marketing_issue-payment_delay = भुगतान में देरी
opt-marketing_issue-weighing = गलत तौल
opt-marketing_issue-low_price = MSP से कम दाम
opt-marketing_issue-commission = ज़्यादा कमीशन लिया
opt-marketing_issue-facilities = सुविधाएं नहीं
opt-marketing_issue-other = अन्य
