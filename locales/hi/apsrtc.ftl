# APSRTC — Hindi

dept-apsrtc = APSRTC बसें
    .desc = बस टिकट, पास, बस की लाइव लोकेशन और शिकायतें

svc-apsrtc-ticket_booking = बस टिकट बुकिंग
    .desc = अपनी यात्रा के लिए APSRTC बस में सीट रिज़र्व करें

svc-apsrtc-cancel_ticket = टिकट रद्द करें
    .desc = रिज़र्व टिकट रद्द करें और रिफंड पाएं

svc-apsrtc-bus_pass = बस पास
    .desc = छात्र, मासिक, बुज़ुर्ग या दिव्यांग पास के लिए आवेदन

svc-apsrtc-track_bus = मेरी बस कहां है?
    .desc = आपके रूट पर बसों की लाइव लोकेशन

svc-apsrtc-cargo_tracking = पार्सल ट्रैकिंग
    .desc = APSRTC कार्गो या कूरियर पार्सल ट्रैक करें

svc-apsrtc-free_travel_women = महिलाओं का मुफ्त सफर
    .desc = स्त्री शक्ति मुफ्त बस यात्रा: किसे, किन बसों में, क्या दिखाएं
    .answer = स्त्री शक्ति योजना में आंध्र प्रदेश में रहने वाली महिलाएं, लड़कियां और ट्रांसजेंडर व्यक्ति राज्य के अंदर पल्ले वेलुगु, अल्ट्रा पल्ले वेलुगु, सिटी ऑर्डिनरी, मेट्रो एक्सप्रेस और एक्सप्रेस बसों में मुफ्त सफर कर सकते हैं। कंडक्टर को AP के पते वाला कोई भी सरकारी फोटो ID दिखाएं और ज़ीरो फेयर टिकट लें। AC, सुपर लग्ज़री और दूसरी लंबी दूरी की बसों में सामान्य टिकट लेना होगा।

svc-apsrtc-complaint = बस शिकायत
    .desc = स्टाफ, देरी, किराया या खोए सामान की शिकायत करें

svc-apsrtc-helpline = हेल्पलाइन 149
    .desc = APSRTC कॉल सेंटर और पूछताछ नंबर
    .answer = बस टाइमिंग, रिज़र्वेशन, रिफंड और शिकायत के लिए APSRTC कॉल सेंटर 149 या 0866-2570005 पर कॉल करें (24 घंटे)। APSRTC LiveTrack ऐप में बसों की लाइव लोकेशन देख सकते हैं। टिकट apsrtconline.in पर, या बस स्टेशन काउंटर या अधिकृत एजेंट से बुक कर सकते हैं।

slot-apsrtc_seats = कितनी सीटें चाहिए? (1 से 6)
    .label = सीटें
    .invalid = कृपया 1 से 6 तक कोई नंबर भेजें।

slot-apsrtc_ticket_number = बुकिंग SMS में लिखा टिकट (PNR) नंबर भेजें।
    .label = टिकट नंबर
    .invalid = SMS में जैसा लिखा है वैसा टिकट नंबर भेजें, जैसे { $example }।

slot-apsrtc_pass_type = आपको कौन सा बस पास चाहिए?
    .label = पास प्रकार
    .invalid = कृपया लिस्ट से पास का प्रकार चुनें, या उसका नंबर भेजें।

slot-apsrtc_lr_number = रसीद पर लिखा पार्सल LR / बुकिंग नंबर भेजें।
    .label = LR नंबर
    .invalid = रसीद पर जैसा लिखा है वैसा LR नंबर भेजें, जैसे { $example }।

slot-apsrtc_complaint_type = शिकायत किस बारे में है?
    .label = शिकायत विषय
    .invalid = कृपया दिए गए विकल्पों में से एक चुनें, या उसका नंबर भेजें।

opt-apsrtc_pass_type-student = छात्र पास
opt-apsrtc_pass_type-general = मासिक जनरल पास
opt-apsrtc_pass_type-senior_citizen = बुज़ुर्ग नागरिक
opt-apsrtc_pass_type-divyang = दिव्यांग

opt-apsrtc_complaint_type-staff = ड्राइवर / कंडक्टर
opt-apsrtc_complaint_type-late_bus = बस देर से / नहीं आई
opt-apsrtc_complaint_type-overcharging = ज़्यादा किराया लिया
opt-apsrtc_complaint_type-lost_luggage = सामान खो गया
opt-apsrtc_complaint_type-cleanliness = बस / स्टेशन की सफाई
opt-apsrtc_complaint_type-other = अन्य
