# School Education — Hindi

dept-school_education = स्कूल शिक्षा
    .desc = 10वीं हॉल टिकट, रिज़ल्ट, स्कूल एडमिशन और शिकायतें

svc-school_education-hall_ticket = हॉल टिकट
    .desc = 10वीं या ओपन स्कूल का हॉल टिकट डाउनलोड करें

svc-school_education-results = परीक्षा रिज़ल्ट
    .desc = 10वीं और ओपन स्कूल के रिज़ल्ट और अंक देखें

svc-school_education-recounting = अंकों की रीकाउंटिंग
    .desc = 10वीं के अंकों की रीकाउंटिंग या रीवेरिफिकेशन के लिए आवेदन

svc-school_education-duplicate_certificate = डुप्लीकेट SSC मेमो
    .desc = असली मार्क्स मेमो खो गया हो तो डुप्लीकेट मेमो लें

svc-school_education-rte_admission = RTE मुफ्त सीटें
    .desc = प्राइवेट स्कूलों में गरीब बच्चों के लिए 25% मुफ्त सीटें (RTE)

svc-school_education-talliki_vandanam = तल्लिकि वंदनम
    .desc = स्कूल जाने वाले बच्चों की माताओं को हर साल मदद
    .answer = तल्लिकि वंदनम योजना में कक्षा 1 से इंटर तक पढ़ने वाले हर बच्चे के लिए माता को साल में ₹15,000 मिलते हैं (इसका थोड़ा हिस्सा स्कूल रखरखाव फंड में जाता है)। पैसा माता के बैंक खाते में आता है। बच्चे की हाज़िरी कम से कम 75% होनी चाहिए, परिवार के पास राइस कार्ड होना चाहिए और आय व ज़मीन की सीमा के अंदर होना चाहिए। पात्रता जानने या पैसा न आने पर राइस कार्ड और बच्चे के स्कूल की जानकारी लेकर अपने ग्राम या वार्ड सचिवालय जाएं।

svc-school_education-school_complaint = स्कूल शिकायत
    .desc = मिड-डे मील, टीचर, शौचालय या पानी की समस्या बताएं

slot-school_education_exam = कौन सी परीक्षा?
    .label = परीक्षा
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

slot-school_education_subject = किस विषय की रीकाउंटिंग करानी है?
    .label = विषय
    .invalid = कृपया दिए गए विषयों में से किसी एक का नंबर भेजें।

slot-school_education_complaint_type = समस्या किस बारे में है?
    .label = समस्या
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-school_education_exam-ssc = 10वीं (SSC)
opt-school_education_exam-ssc_supplementary = SSC सप्लीमेंट्री
opt-school_education_exam-open_ssc = ओपन स्कूल 10वीं
opt-school_education_exam-open_inter = ओपन स्कूल इंटर

opt-school_education_subject-first_language = पहली भाषा
opt-school_education_subject-second_language = दूसरी भाषा
opt-school_education_subject-english = अंग्रेज़ी
opt-school_education_subject-maths = गणित
opt-school_education_subject-science = विज्ञान
opt-school_education_subject-social = सामाजिक अध्ययन

opt-school_education_complaint_type-mid_day_meal = मिड-डे मील
opt-school_education_complaint_type-teacher = टीचर
opt-school_education_complaint_type-toilets = शौचालय
opt-school_education_complaint_type-drinking_water = पीने का पानी
opt-school_education_complaint_type-building = भवन या कक्षाएं
opt-school_education_complaint_type-books_uniform = किताबें, यूनिफॉर्म
opt-school_education_complaint_type-other = अन्य
