# Revenue — Hindi

dept-revenue = राजस्व
    .desc = सर्टिफिकेट, ज़मीन के रिकॉर्ड और मीसेवा सेवाएं

svc-revenue-income_certificate = आय प्रमाण पत्र
    .desc = आय सर्टिफिकेट के लिए आवेदन करें

svc-revenue-caste_certificate = जाति प्रमाण पत्र
    .desc = SC, ST या BC जाति सर्टिफिकेट के लिए आवेदन करें

svc-revenue-residence_certificate = निवास प्रमाण पत्र
    .desc = अपने पते के लिए निवास सर्टिफिकेट का आवेदन करें

svc-revenue-ews_certificate = EWS सर्टिफिकेट
    .desc = OC परिवारों के लिए आर्थिक रूप से कमजोर वर्ग (EWS) सर्टिफिकेट

svc-revenue-family_member_certificate = परिवार सर्टिफिकेट
    .desc = गुज़र चुके व्यक्ति के परिवार के सदस्यों का सर्टिफिकेट

svc-revenue-land_records = ज़मीन रिकॉर्ड (1-B)
    .desc = अपनी ज़मीन का अडंगल और 1-B विवरण देखें

svc-revenue-integrated_certificate = एकीकृत सर्टिफिकेट
    .desc = जाति, जन्म तिथि और मूल निवास एक ही सर्टिफिकेट में

svc-revenue-mutation_status = म्यूटेशन स्थिति
    .desc = ज़मीन नामांतरण (म्यूटेशन) आवेदन की स्थिति देखें

slot-revenue_annual_income = आपके परिवार की कुल सालाना आय कितनी है? (रुपये में)
    .label = सालाना आय
    .invalid = कृपया सालाना आय रुपये में लिखें, जैसे 120000।

slot-revenue_caste_category = आप किस वर्ग से हैं?
    .label = वर्ग
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-revenue_caste_category-sc = अनुसूचित जाति (SC)
opt-revenue_caste_category-st = अनुसूचित जनजाति (ST)
opt-revenue_caste_category-bc_a = बीसी-ए (BC-A)
opt-revenue_caste_category-bc_b = बीसी-बी (BC-B)
opt-revenue_caste_category-bc_c = बीसी-सी (BC-C)
opt-revenue_caste_category-bc_d = बीसी-डी (BC-D)
opt-revenue_caste_category-bc_e = बीसी-ई (BC-E)
