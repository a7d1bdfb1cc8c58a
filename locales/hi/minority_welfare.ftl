# Minority Welfare — Hindi

dept-minority_welfare = अल्पसंख्यक कल्याण
    .desc = अल्पसंख्यक छात्रवृत्ति, लोन, हज, वक्फ और शादी खाना

svc-minority_welfare-scholarship_status = छात्रवृत्ति स्थिति
    .desc = अल्पसंख्यक छात्रवृत्ति या फीस भुगतान की स्थिति देखें

svc-minority_welfare-loan_apply = अल्पसंख्यक लोन आवेदन
    .desc = अल्पसंख्यक कॉर्पोरेशन से स्वरोज़गार के लिए सब्सिडी लोन

svc-minority_welfare-loan_status = अल्पसंख्यक ऋण स्थिति
    .desc = अल्पसंख्यक वित्त निगम लोन आवेदन की स्थिति देखें

svc-minority_welfare-haj = हज यात्रा
    .desc = हज कमेटी ऑफ इंडिया के ज़रिए हज के लिए आवेदन

svc-minority_welfare-honorarium = इमाम, पास्टर मानदेय
    .desc = इमाम, मुअज़्ज़िन और पास्टर को मासिक मानदेय
    .answer = सरकार मस्जिदों के इमाम और मुअज़्ज़िन को और चर्च के पास्टर को हर महीने मानदेय देती है। इमाम और मुअज़्ज़िन को AP राज्य वक्फ बोर्ड के ज़रिए, और पास्टर को क्रिश्चियन अल्पसंख्यक वित्त निगम के ज़रिए भुगतान होता है। आवेदन करने या पैसा न आने पर मस्जिद या चर्च कमेटी का नियुक्ति पत्र और बैंक विवरण लेकर कलेक्टरेट में ज़िला अल्पसंख्यक कल्याण अधिकारी से मिलें।

svc-minority_welfare-wakf_complaint = वक्फ संपत्ति शिकायत
    .desc = वक्फ ज़मीन पर कब्ज़ा, कब्रिस्तान या मस्जिद की समस्या बताएं

svc-minority_welfare-shadi_khana_booking = शादी खाना बुकिंग
    .desc = शादी के लिए सरकारी शादी खाना (फंक्शन हॉल) बुक करें

slot-minority_welfare_wakf_issue = शिकायत किस बारे में है?
    .label = शिकायत
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

slot-minority_welfare_hall = कौन सा शादी खाना? नाम और शहर लिखें।
    .label = शादी खाना
    .invalid = कृपया शादी खाने का नाम और शहर लिखें।

slot-minority_welfare_function_date = फंक्शन किस तारीख को है? DD/MM/YYYY में लिखें।
    .label = फंक्शन की तारीख
    .invalid = कृपया आने वाली तारीख DD/MM/YYYY में लिखें, जैसे 15/12/2025।

opt-minority_welfare_wakf_issue-encroachment = ज़मीन पर कब्ज़ा
opt-minority_welfare_wakf_issue-graveyard = कब्रिस्तान
opt-minority_welfare_wakf_issue-mosque_repair = मस्जिद मरम्मत
opt-minority_welfare_wakf_issue-dargah = दरगाह
opt-minority_welfare_wakf_issue-other = अन्य
