# Commercial Taxes — Hindi

dept-commercial_taxes = वाणिज्यिक कर
    .desc = GST जांच, रजिस्ट्रेशन स्थिति, प्रोफेशनल टैक्स और शिकायतें

svc-commercial_taxes-gstin_search = GST नंबर जांचें
    .desc = देखें कि दुकान का GSTIN सही और चालू है या नहीं

svc-commercial_taxes-registration_status = GST पंजीकरण स्थिति
    .desc = ARN से अपने GST रजिस्ट्रेशन आवेदन की स्थिति देखें

svc-commercial_taxes-new_registration = नया GST रजिस्ट्रेशन
    .desc = GST पोर्टल पर GST रजिस्ट्रेशन के लिए आवेदन करें

svc-commercial_taxes-professional_tax = प्रोफेशनल टैक्स
    .desc = अपने पेशे, व्यापार या नौकरी का प्रोफेशनल टैक्स भरें

svc-commercial_taxes-tax_evasion_complaint = टैक्स चोरी की शिकायत
    .desc = दुकान बिल नहीं देती या नकली GST लेती है? हमें बताएं

svc-commercial_taxes-eway_bill = ई-वे बिल
    .desc = माल ढुलाई के लिए ई-वे बिल बनाएं या जांचें

svc-commercial_taxes-helpline = GST मदद
    .desc = GST सवालों के लिए हेल्पलाइन नंबर और ऑफिस
    .answer = GST पोर्टल की समस्या के लिए GSTN हेल्पडेस्क 1800-103-4786 (टोल फ्री) पर कॉल करें। राज्य कर के सवालों के लिए नज़दीकी वाणिज्यिक कर सर्कल ऑफिस जाएं या apct.gov.in देखें। खरीदारी पर हमेशा सही बिल मांगें: इससे आपका दिया GST सरकार तक पहुंचता है।

slot-commercial_taxes_gstin = 15 अक्षरों का GSTIN क्या है? (बिल पर छपा होता है)
    .label = GSTIN
    .invalid = GSTIN में 15 अक्षर और अंक होते हैं, जैसे { $example }। जांचकर फिर से भेजें।

slot-commercial_taxes_arn = आपके GST आवेदन का ARN (आवेदन रेफरेंस नंबर) क्या है?
    .label = ARN
    .invalid = ARN ऐसा दिखता है: { $example }। जांचकर फिर से भेजें।

slot-commercial_taxes_ptin = आपका प्रोफेशनल टैक्स नामांकन नंबर (PTIN) क्या है?
    .label = PT नंबर
    .invalid = कृपया प्रोफेशनल टैक्स नंबर अंकों में भेजें (8 से 12 अंक)।
