# Health, Medical & Family Welfare — Hindi

dept-health = स्वास्थ्य
    .desc = आरोग्यश्री (NTR वैद्य सेवा), अस्पताल, सदरम और हेल्पलाइन

svc-health-aarogyasri_card = आरोग्यश्री कार्ड
    .desc = डॉ. NTR वैद्य सेवा हेल्थ कार्ड के लिए आवेदन या डाउनलोड

svc-health-aarogyasri_eligibility = आरोग्यश्री पात्रता
    .desc = किसे मिलता है, कितने तक मुफ्त इलाज
    .answer = डॉ. NTR वैद्य सेवा (पहले डॉ. YSR आरोग्यश्री) में गंभीर बीमारियों और ऑपरेशन का इलाज सूची वाले सरकारी और प्राइवेट अस्पतालों में मुफ्त और बिना नकद के होता है। राइस कार्ड वाले परिवार या जिनकी सालाना आय ₹5 लाख तक है, वे पात्र हैं। हर परिवार को साल में ₹25 लाख तक, 3,000 से ज़्यादा इलाजों के लिए कवर मिलता है। अस्पताल में हेल्प डेस्क पर आरोग्यमित्र से हेल्थ कार्ड या राइस कार्ड के साथ मिलें। मदद या शिकायत के लिए 104 (मुफ्त) पर कॉल करें।

svc-health-aarogyasri_hospitals = आरोग्यश्री अस्पताल
    .desc = मुफ्त इलाज वाले नज़दीकी नेटवर्क अस्पताल खोजें

svc-health-aarogyasri_status = इलाज मंज़ूरी स्थिति
    .desc = आरोग्यश्री केस की मंज़ूरी (प्री-ऑथराइज़ेशन) की स्थिति देखें

svc-health-hospital_appointment = अस्पताल OP बुकिंग
    .desc = सरकारी अस्पताल में OP का समय बुक करें

svc-health-sadarem_slot = सदरम कैंप स्लॉट
    .desc = सदरम सर्टिफिकेट के लिए विकलांगता जांच का स्लॉट बुक करें

svc-health-emergency_helplines = स्वास्थ्य हेल्पलाइन
    .desc = एम्बुलेंस 108, स्वास्थ्य सलाह 104, मां-बच्चा वाहन 102
    .answer = किसी भी मेडिकल इमरजेंसी में मुफ्त एम्बुलेंस के लिए 108 पर कॉल करें। मुफ्त स्वास्थ्य सलाह और आरोग्यश्री (NTR वैद्य सेवा) मदद के लिए 104 पर कॉल करें। सरकारी अस्पताल में डिलीवरी के बाद मां और नवजात को मुफ्त घर पहुंचाने वाली तल्लि बिड्डा एक्सप्रेस के लिए 102 पर कॉल करें। मानसिक स्वास्थ्य सहायता के लिए टेली-मानस 14416 पर कॉल करें। ये सभी नंबर 24 घंटे चालू रहते हैं।

svc-health-hospital_complaint = अस्पताल शिकायत
    .desc = सरकारी या आरोग्यश्री अस्पताल के बारे में शिकायत करें

slot-health_specialty = आपको किस तरह का इलाज चाहिए?
    .label = इलाज
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

slot-health_hospital = कौन सा अस्पताल? नाम और शहर लिखें (जैसे GGH गुंटूर)।
    .label = अस्पताल
    .invalid = कृपया अस्पताल का नाम और शहर लिखें।

slot-health_disability_type = विकलांगता किस प्रकार की है?
    .label = विकलांगता
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

slot-health_complaint_type = शिकायत किस बारे में है?
    .label = शिकायत
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-health_specialty-general = जनरल मेडिसिन
opt-health_specialty-children = बच्चों का इलाज
opt-health_specialty-women = महिला और गर्भावस्था
opt-health_specialty-eye = आंखें
opt-health_specialty-bones = हड्डी और जोड़
opt-health_specialty-heart = दिल
opt-health_specialty-kidney = किडनी
opt-health_specialty-cancer = कैंसर

opt-health_disability_type-locomotor = चलना या हाथ-पैर
opt-health_disability_type-visual = देखने में
opt-health_disability_type-hearing = सुनना या बोलना
opt-health_disability_type-intellectual = बौद्धिक
opt-health_disability_type-mental_illness = मानसिक बीमारी
opt-health_disability_type-multiple = एक से ज़्यादा

opt-health_complaint_type-doctor_absent = डॉक्टर नहीं मिले
opt-health_complaint_type-medicines = दवा नहीं दी
opt-health_complaint_type-money_asked = पैसे मांगे
opt-health_complaint_type-cleanliness = सफाई नहीं
opt-health_complaint_type-staff_behaviour = स्टाफ का व्यवहार
opt-health_complaint_type-aarogyasri_denied = आरोग्यश्री से इनकार
opt-health_complaint_type-other = अन्य
