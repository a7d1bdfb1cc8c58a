# Higher Education — Hindi

dept-higher_education = उच्च शिक्षा
    .desc = इंटर रिज़ल्ट, EAPCET और अन्य CET, फीस रीइंबर्समेंट

svc-higher_education-inter_results = इंटर रिज़ल्ट
    .desc = इंटर प्रथम वर्ष, द्वितीय वर्ष या सप्लीमेंट्री रिज़ल्ट देखें

svc-higher_education-inter_recounting = इंटर रीकाउंटिंग
    .desc = इंटर अंकों की रीकाउंटिंग या रीवेरिफिकेशन के लिए आवेदन

svc-higher_education-cet_results = CET रैंक कार्ड
    .desc = EAPCET, ICET, ECET और अन्य प्रवेश परीक्षाओं के रिज़ल्ट

svc-higher_education-cet_counselling = CET काउंसलिंग
    .desc = वेब काउंसलिंग, कॉलेज विकल्प और सीट आवंटन

svc-higher_education-fee_reimbursement_status = रीइंबर्समेंट स्थिति
    .desc = फीस रीइंबर्समेंट या हॉस्टल खर्च भुगतान की स्थिति देखें

svc-higher_education-fee_reimbursement_eligibility = रीइंबर्समेंट पात्रता
    .desc = मुफ्त कॉलेज फीस किसे मिलती है और आवेदन कैसे करें
    .answer = ITI, पॉलिटेक्निक, डिग्री, इंजीनियरिंग, मेडिकल, PG जैसे कोर्स में पात्र छात्रों की पूरी ट्यूशन फीस सरकार भरती है, और हॉस्टल व खाने के खर्च के लिए अलग मदद देती है। यह SC, ST, BC, EBC, कापु, अल्पसंख्यक और दिव्यांग छात्रों के लिए है जिनके परिवार की सालाना आय ₹2.5 लाख तक है। छात्र की हाज़िरी कम से कम 75% होनी चाहिए। अपने कॉलेज के ज़रिए ज्ञानभूमि पोर्टल पर आवेदन करें। ग्राम या वार्ड सचिवालय के कल्याण और शिक्षा सहायक मदद करेंगे।

svc-higher_education-college_complaint = कॉलेज शिकायत
    .desc = रैगिंग, ज़्यादा फीस या सर्टिफिकेट रोकने की शिकायत करें

slot-higher_education_inter_year = कौन सी इंटर परीक्षा?
    .label = इंटर परीक्षा
    .invalid = कृपया प्रथम वर्ष, द्वितीय वर्ष या सप्लीमेंट्री चुनें।

slot-higher_education_cet = कौन सी प्रवेश परीक्षा?
    .label = प्रवेश परीक्षा
    .invalid = कृपया दी गई प्रवेश परीक्षाओं में से किसी एक का नंबर भेजें।

slot-higher_education_cet_hall_ticket = अपनी प्रवेश परीक्षा का हॉल टिकट नंबर लिखें।
    .label = CET हॉल टिकट
    .invalid = कृपया हॉल टिकट पर छपा नंबर अक्षरों और अंकों में लिखें, जैसे { $example }।

slot-higher_education_college = कौन सा कॉलेज? नाम और शहर लिखें।
    .label = कॉलेज
    .invalid = कृपया कॉलेज का नाम और शहर लिखें।

slot-higher_education_complaint_type = शिकायत किस बारे में है?
    .label = शिकायत
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-higher_education_inter_year-first_year = प्रथम वर्ष
opt-higher_education_inter_year-second_year = द्वितीय वर्ष
opt-higher_education_inter_year-supplementary = सप्लीमेंट्री

opt-higher_education_cet-eapcet = EAPCET
opt-higher_education_cet-icet = ICET
opt-higher_education_cet-ecet = ECET
opt-higher_education_cet-pgcet = PGCET
opt-higher_education_cet-lawcet = LAWCET
opt-higher_education_cet-edcet = EDCET
opt-higher_education_cet-pecet = PECET

opt-higher_education_complaint_type-ragging = रैगिंग
opt-higher_education_complaint_type-extra_fees = ज़्यादा फीस
opt-higher_education_complaint_type-certificates_held = सर्टिफिकेट रोके गए
opt-higher_education_complaint_type-no_classes = क्लास या टीचर नहीं
opt-higher_education_complaint_type-other = अन्य
