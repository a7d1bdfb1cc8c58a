# Women, Children, Disabled & Senior Citizens — Hindi

dept-women_child = महिला एवं बाल कल्याण
    .desc = आंगनवाड़ी, महिला और बच्चों की सुरक्षा, दिव्यांग और बुज़ुर्ग

svc-women_child-anganwadi_registration = आंगनवाड़ी पंजीकरण
    .desc = गर्भवती, दूध पिलाने वाली मां या छोटे बच्चे को पोषण के लिए जोड़ें

svc-women_child-anganwadi_complaint = आंगनवाड़ी शिकायत
    .desc = खराब खाना, राशन न मिलना या केंद्र बंद रहने की शिकायत

svc-women_child-assistive_devices = दिव्यांग उपकरण
    .desc = ट्राइसाइकिल, व्हीलचेयर, सुनने की मशीन आदि के लिए आवेदन

svc-women_child-senior_citizen_maintenance = बुज़ुर्ग भरण-पोषण
    .desc = बच्चे देखभाल न करें तो माता-पिता भरण-पोषण की अर्ज़ी दें

svc-women_child-child_marriage_report = बाल विवाह रोकें
    .desc = बाल विवाह की सूचना दें; आपका नाम गुप्त रहेगा

svc-women_child-adoption = गोद लेना
    .desc = CARA के ज़रिए कानूनी तरीके से बच्चा गोद लें

svc-women_child-helplines = हेल्पलाइन
    .desc = महिला 181, बच्चे 1098, आपातकाल 112, बुज़ुर्ग 14567
    .answer = मुसीबत में महिलाएं कभी भी 181 (महिला हेल्पलाइन) पर, या आपात स्थिति में पुलिस मदद के लिए 112 पर कॉल कर सकती हैं। खतरे में बच्चे, गुम हुए बच्चे या बाल विवाह के लिए 1098 (चाइल्डलाइन) पर कॉल करें। बुज़ुर्ग मदद और सलाह के लिए एल्डर लाइन 14567 पर कॉल कर सकते हैं। हर ज़िले में सखी वन स्टॉप सेंटर है जहां महिलाओं को आश्रय, काउंसलिंग, इलाज और कानूनी मदद मुफ्त मिलती है। सभी कॉल मुफ्त हैं।

slot-women_child_beneficiary = किसका पंजीकरण करना है?
    .label = पंजीकरण
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

slot-women_child_anganwadi_issue = समस्या क्या है?
    .label = समस्या
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

slot-women_child_device = कौन सा उपकरण चाहिए?
    .label = उपकरण
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-women_child_beneficiary-pregnant = गर्भवती महिला
opt-women_child_beneficiary-feeding_mother = दूध पिलाने वाली मां
opt-women_child_beneficiary-child_below_3 = 3 साल से छोटा बच्चा
opt-women_child_beneficiary-child_3_to_6 = 3 से 6 साल का बच्चा

opt-women_child_anganwadi_issue-food_quality = खराब खाना
opt-women_child_anganwadi_issue-not_open = केंद्र नहीं खुलता
opt-women_child_anganwadi_issue-ration_not_given = घर का राशन नहीं मिला
opt-women_child_anganwadi_issue-worker_absent = कार्यकर्ता नहीं आती
opt-women_child_anganwadi_issue-other = अन्य

opt-women_child_device-tricycle = ट्राइसाइकिल
opt-women_child_device-motor_tricycle = मोटर ट्राइसाइकिल
opt-women_child_device-wheelchair = व्हीलचेयर
opt-women_child_device-hearing_aid = सुनने की मशीन
opt-women_child_device-crutches = बैसाखी
opt-women_child_device-white_cane = सफेद छड़ी
