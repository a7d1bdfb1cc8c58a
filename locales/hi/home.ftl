# Home (AP Police) — Hindi

dept-home = पुलिस
    .desc = FIR स्थिति, पुलिस शिकायत, वेरिफिकेशन और आपात मदद

svc-home-fir_status = FIR स्थिति
    .desc = थाने में दर्ज FIR की स्थिति जानें

svc-home-police_complaint = पुलिस शिकायत
    .desc = पुलिस को शिकायत भेजें (आपात स्थिति में 112 पर कॉल करें)

svc-home-lost_article = खोए सामान की रिपोर्ट
    .desc = खोए फोन, दस्तावेज़ या दूसरे सामान की रिपोर्ट करें

svc-home-verification_certificate = पुलिस वेरिफिकेशन
    .desc = पुलिस वेरिफिकेशन (चरित्र) सर्टिफिकेट के लिए आवेदन करें

svc-home-event_permission = कार्यक्रम की अनुमति
    .desc = जुलूस, सभा या समारोह के लिए पुलिस अनुमति लें

svc-home-cyber_crime = साइबर क्राइम शिकायत
    .desc = ऑनलाइन धोखाधड़ी या साइबर अपराध की शिकायत; पैसों की ठगी पर 1930

svc-home-emergency_numbers = आपातकालीन नंबर
    .desc = पुलिस, महिला, बाल और साइबर हेल्पलाइन नंबर
    .answer = आपातकाल (पुलिस, फायर, एम्बुलेंस): 112। पुलिस: 100। महिला हेल्पलाइन: 181। चाइल्ड हेल्पलाइन: 1098। साइबर ठगी: 1930। खतरे में हों तो तुरंत 112 पर कॉल करें।

slot-home_police_station = कौन सा थाना? (जैसे तेनाली टाउन PS)
    .label = थाना
    .invalid = कृपया थाने का नाम लिखें।

slot-home_lost_item = आपका क्या खोया है?
    .label = खोया सामान
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-home_lost_item-phone = मोबाइल फोन
opt-home_lost_item-documents = दस्तावेज़/सर्टिफिकेट
opt-home_lost_item-bank_card = बैंक कार्ड
opt-home_lost_item-bag = बैग / पर्स
opt-home_lost_item-jewellery = गहने
opt-home_lost_item-other = अन्य

slot-home_verification_purpose = वेरिफिकेशन किस लिए चाहिए?
    .label = उद्देश्य
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-home_verification_purpose-job = नौकरी
opt-home_verification_purpose-tenant = किरायेदार
opt-home_verification_purpose-domestic_help = घरेलू कामगार
opt-home_verification_purpose-other = अन्य

slot-home_event_type = किस तरह का कार्यक्रम है?
    .label = कार्यक्रम
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-home_event_type-procession = जुलूस
opt-home_event_type-public_meeting = जनसभा
opt-home_event_type-religious_event = धार्मिक कार्यक्रम
opt-home_event_type-function = समारोह / पार्टी
opt-home_event_type-other = अन्य

slot-home_event_date = कार्यक्रम किस तारीख को है?
    .label = कार्यक्रम की तारीख
    .invalid = कृपया आने वाली तारीख DD/MM/YYYY में भेजें।
