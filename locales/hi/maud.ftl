# Municipal Administration & Urban Development — Hindi

dept-maud = नगर पालिका सेवाएं
    .desc = संपत्ति कर, पानी कर, ट्रेड लाइसेंस, जन्म और मृत्यु सर्टिफिकेट

svc-maud-property_tax = संपत्ति कर
    .desc = अपना मकान संपत्ति कर देखें और भरें

svc-maud-water_tax = पानी कर
    .desc = अपने नल के पानी का कर देखें और भरें

svc-maud-trade_licence = ट्रेड लाइसेंस
    .desc = दुकान या व्यापार के लिए नया ट्रेड लाइसेंस या रिन्यूअल

svc-maud-birth_certificate = जन्म प्रमाण पत्र
    .desc = शहर या कस्बे में हुए जन्म का सर्टिफिकेट लें

svc-maud-death_certificate = मृत्यु प्रमाण पत्र
    .desc = शहर या कस्बे में हुई मृत्यु का सर्टिफिकेट लें

svc-maud-anna_canteen = अन्ना कैंटीन
    .desc = ₹5 में खाना: समय और कहां मिलेगा
    .answer = अन्ना कैंटीन में नाश्ता, दोपहर का खाना और रात का खाना सिर्फ ₹5 में मिलता है। आम समय: नाश्ता सुबह 7:30 से 10 बजे, दोपहर का खाना 12:30 से 3 बजे, रात का खाना 7:30 से 9 बजे। ये राज्य के शहरों में, ज़्यादातर बस स्टैंड, अस्पताल और बाज़ार के पास होती हैं। नज़दीकी कैंटीन के लिए अपने वार्ड सचिवालय में पूछें।

svc-maud-building_permission_status = भवन अनुमति स्थिति
    .desc = भवन निर्माण अनुमति (प्लान) आवेदन की स्थिति देखें

svc-maud-civic_complaint = नगर शिकायत
    .desc = कचरा, नाली, स्ट्रीट लाइट या पानी की समस्या बताएं

slot-maud_ulb = कौन सी नगर पालिका या नगर निगम? (जैसे गुंटूर, तेनाली)
    .label = नगर पालिका
    .invalid = कृपया अपने शहर, नगर पालिका या नगर निगम का नाम लिखें।

slot-maud_certificate_name = सर्टिफिकेट पर किसका नाम होना चाहिए? पूरा नाम लिखें।
    .label = सर्टिफिकेट पर नाम
    .invalid = कृपया पूरा नाम लिखें (कम से कम 2 अक्षर)।

slot-maud_business_name = आपकी दुकान या व्यापार का नाम क्या है?
    .label = व्यापार का नाम
    .invalid = कृपया दुकान या व्यापार का नाम लिखें।

slot-maud_complaint_type = समस्या किस बारे में है?
    .label = समस्या
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-maud_complaint_type-garbage = कचरा
opt-maud_complaint_type-drainage = नाली
opt-maud_complaint_type-street_light = स्ट्रीट लाइट
opt-maud_complaint_type-water_supply = पानी सप्लाई
opt-maud_complaint_type-roads = सड़क
opt-maud_complaint_type-mosquitoes = मच्छर
opt-maud_complaint_type-stray_dogs = आवारा कुत्ते
