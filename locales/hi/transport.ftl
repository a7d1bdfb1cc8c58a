# Transport — Hindi

dept-transport = परिवहन (RTA)
    .desc = ड्राइविंग लाइसेंस, वाहन रिकॉर्ड, चालान और रोड टैक्स

svc-transport-driving_licence = ड्राइविंग लाइसेंस
    .desc = नया लाइसेंस, रिन्यूअल, डुप्लिकेट या पता बदलाव

svc-transport-learner_licence = लर्नर लाइसेंस (LLR)
    .desc = LLR के लिए आवेदन करें और टेस्ट का स्लॉट बुक करें

svc-transport-licence_details = लाइसेंस विवरण
    .desc = ड्राइविंग लाइसेंस की वैधता और विवरण देखें

svc-transport-challan_payment = ट्रैफिक चालान भुगतान
    .desc = अपनी गाड़ी के बकाया ई-चालान देखें और भरें

svc-transport-vehicle_details = वाहन (RC) विवरण
    .desc = मालिक, इंश्योरेंस, फिटनेस और टैक्स की वैधता देखें

svc-transport-road_tax = रोड टैक्स भुगतान
    .desc = अपनी गाड़ी का तिमाही या बकाया टैक्स भरें

svc-transport-application_status = आवेदन स्थिति
    .desc = RTA में अपने लाइसेंस या RC आवेदन की स्थिति देखें

svc-transport-documents_needed = ज़रूरी दस्तावेज़
    .desc = लाइसेंस और RC सेवाओं के लिए क्या लाएं
    .answer = लर्नर लाइसेंस के लिए: उम्र और पते का प्रमाण, पासपोर्ट साइज़ फोटो, और 40 साल से ऊपर हों या ट्रांसपोर्ट लाइसेंस चाहिए तो मेडिकल सर्टिफिकेट (फॉर्म 1A)। ड्राइविंग टेस्ट के लिए: लर्नर लाइसेंस (कम से कम 30 दिन पुराना और वैध), और उसी श्रेणी की गाड़ी जिसका RC, इंश्योरेंस और PUC हो। RC ट्रांसफर या पता बदलने के लिए: ओरिजिनल RC, इंश्योरेंस, PUC और दोनों पक्षों के साइन किए फॉर्म। फीस आवेदन करते समय ऑनलाइन भरी जाती है।

slot-transport_licence_service = लाइसेंस से जुड़ी कौन सी सेवा चाहिए?
    .label = लाइसेंस सेवा
    .invalid = कृपया लिस्ट से एक विकल्प चुनें, या उसका नंबर भेजें।

slot-transport_vehicle_class = किस गाड़ी के लिए लाइसेंस चाहिए?
    .label = वाहन श्रेणी
    .invalid = कृपया लिस्ट से वाहन श्रेणी चुनें, या उसका नंबर भेजें।

opt-transport_licence_service-new = नया लाइसेंस
opt-transport_licence_service-renewal = रिन्यूअल
opt-transport_licence_service-duplicate = डुप्लिकेट (खो गया)
opt-transport_licence_service-address_change = पता बदलाव
opt-transport_licence_service-international = इंटरनेशनल परमिट

opt-transport_vehicle_class-two_wheeler = टू-व्हीलर
opt-transport_vehicle_class-car = कार (LMV)
opt-transport_vehicle_class-two_and_car = टू-व्हीलर और कार
opt-transport_vehicle_class-auto = ऑटो रिक्शा
opt-transport_vehicle_class-transport = ट्रांसपोर्ट लॉरी/बस
