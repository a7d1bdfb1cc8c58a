# Labour — Hindi

dept-labour = श्रम विभाग
    .desc = निर्माण मज़दूर कल्याण, दुकान पंजीकरण, मज़दूरी शिकायतें

svc-labour-bocw_registration = निर्माण मज़दूर कार्ड
    .desc = भवन / निर्माण मज़दूर (BOCW) के रूप में पंजीकरण करें

svc-labour-bocw_claim = निर्माण मज़दूर क्लेम
    .desc = शादी, प्रसूति, दुर्घटना या मृत्यु सहायता का क्लेम करें

svc-labour-shop_registration = दुकान पंजीकरण
    .desc = दुकान अधिनियम के तहत दुकान या संस्थान का पंजीकरण

svc-labour-application_status = आवेदन स्थिति
    .desc = श्रम विभाग में अपने आवेदन की स्थिति देखें

svc-labour-eshram = ई-श्रम कार्ड
    .desc = असंगठित मज़दूरों का पंजीकरण - ई-श्रम पोर्टल

svc-labour-wage_complaint = मज़दूरी शिकायत
    .desc = मज़दूरी नहीं मिली, न्यूनतम से कम, PF / ESI नहीं

svc-labour-child_labour = बाल मज़दूरी की सूचना
    .desc = बताएं कि कहां बच्चों से काम करवाया जा रहा है

svc-labour-bocw_benefits = मज़दूरों के लाभ
    .desc = कौन पंजीकरण करा सकता है और निर्माण मज़दूरों को क्या मिलता है
    .answer = पिछले साल कम से कम 90 दिन निर्माण काम करने वाले 18 से 60 साल के मज़दूर (मिस्त्री, हेल्पर, बढ़ई, पेंटर, प्लंबर, इलेक्ट्रीशियन आदि) AP भवन एवं अन्य निर्माण मज़दूर कल्याण बोर्ड में पंजीकरण करा सकते हैं। पंजीकृत मज़दूरों को शादी, प्रसूति, दुर्घटना, विकलांगता, सामान्य मृत्यु और अंतिम संस्कार के खर्च में मदद मिलती है। अपना कार्ड रिन्यू कराते रहें और घटना के बाद तय समय में क्लेम करें।

slot-labour_worker_id = अपना निर्माण मज़दूर पंजीकरण नंबर भेजें (कार्ड पर लिखा है)।
    .label = मज़दूर पंजीकरण नं.
    .invalid = कार्ड पर जैसा लिखा है वैसा पंजीकरण नंबर भेजें, जैसे { $example }।

slot-labour_claim_type = किस सहायता का क्लेम करना है?
    .label = सहायता
    .invalid = कृपया लिस्ट से एक सहायता चुनें, या उसका नंबर भेजें।

slot-labour_establishment_name = दुकान या संस्थान का नाम क्या है?
    .label = संस्थान
    .invalid = कृपया दुकान या संस्थान का नाम लिखें।

slot-labour_employee_count = वहां कितने लोग काम करते हैं? (कोई नहीं तो 0)
    .label = कर्मचारी
    .invalid = कृपया कर्मचारियों की संख्या नंबर में भेजें, जैसे 5।

slot-labour_complaint_type = शिकायत किस बारे में है?
    .label = शिकायत विषय
    .invalid = कृपया दिए गए विकल्पों में से एक चुनें, या उसका नंबर भेजें।

opt-labour_claim_type-marriage = शादी उपहार
opt-labour_claim_type-maternity = प्रसूति सहायता
opt-labour_claim_type-accident = दुर्घटना
opt-labour_claim_type-natural_death = सामान्य मृत्यु
opt-labour_claim_type-disability = विकलांगता
opt-labour_claim_type-funeral = अंतिम संस्कार खर्च

opt-labour_complaint_type-unpaid_wages = मज़दूरी नहीं मिली
opt-labour_complaint_type-below_minimum = न्यूनतम से कम वेतन
opt-labour_complaint_type-no_pf_esi = PF / ESI नहीं
opt-labour_complaint_type-overtime = ओवरटाइम नहीं मिला
opt-labour_complaint_type-unsafe_work = काम की जगह असुरक्षित
opt-labour_complaint_type-other = अन्य
