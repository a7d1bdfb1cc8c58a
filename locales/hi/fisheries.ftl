# Fisheries — Hindi

dept-fisheries = मत्स्य पालन
    .desc = मछली पकड़ने पर रोक की राहत, नाव, डीज़ल सब्सिडी, तालाब, सुरक्षा

svc-fisheries-fishing_ban = मछली पकड़ने पर रोक
    .desc = समुद्र में सालाना रोक की तारीखें और मछुआरों को राहत
    .answer = पूर्वी तट पर मछलियों के प्रजनन के मौसम के कारण हर साल 15 अप्रैल से 14 जून (61 दिन) तक मोटर और मशीनी नावों से समुद्र में मछली पकड़ना मना है। बिना मोटर वाली पारंपरिक नावें किनारे के पास मछली पकड़ सकती हैं। पात्र मछुआरा परिवारों को रोक की अवधि के लिए सरकार राहत राशि देती है। इसके लिए आपका नाम ग्राम सचिवालय की मछुआरा सूची में होना चाहिए; वहां मत्स्य सहायक से पूछें।

svc-fisheries-ban_relief_status = रोक राहत स्थिति
    .desc = मछली पकड़ने पर रोक की राहत राशि की स्थिति देखें

svc-fisheries-boat_registration = नाव पंजीकरण
    .desc = मछली पकड़ने की नाव का पंजीकरण या लाइसेंस रिन्यूअल

svc-fisheries-diesel_subsidy_status = डीज़ल सब्सिडी स्थिति
    .desc = अपनी नाव की डीज़ल सब्सिडी की स्थिति देखें

svc-fisheries-fish_seed_booking = मछली बीज आपूर्ति
    .desc = अपने तालाब के लिए मछली के बच्चे (बीज) बुक करें

svc-fisheries-aqua_licence = एक्वा तालाब पंजीकरण
    .desc = अपने मछली या झींगा तालाब का APSADA में पंजीकरण करें

svc-fisheries-sea_safety = सागर सुरक्षा, अलर्ट
    .desc = मौसम की चेतावनी और समुद्र में आपात स्थिति में किसे कॉल करें
    .answer = चक्रवात या ऊंची लहरों की चेतावनी हो तो समुद्र में न जाएं; चेतावनी ग्राम सचिवालय, मत्स्य सहायक और हार्बर से दी जाती है। हमेशा लाइफ जैकेट और संकट संदेश भेजने वाला यंत्र या रेडियो साथ रखें। समुद्र में आपात स्थिति में कोस्ट गार्ड को 1554 (मुफ्त) पर कॉल करें। किनारे पर पुलिस के लिए 112 और एम्बुलेंस के लिए 108 पर कॉल करें।

svc-fisheries-fisheries_complaint = मत्स्य शिकायत
    .desc = राहत, सब्सिडी, हार्बर या मछली बाज़ार की समस्या की शिकायत

slot-fisheries_boat_type = किस तरह की नाव?
    .label = नाव का प्रकार
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

slot-fisheries_boat_number = नाव का पंजीकरण नंबर लिखें।
    .label = नाव नंबर
    .invalid = कृपया पंजीकरण कागज़ पर लिखा नाव नंबर लिखें, जैसे { $example }।

slot-fisheries_pond_acres = पानी का क्षेत्र कितने एकड़ है? पूरी संख्या लिखें।
    .label = एकड़
    .invalid = कृपया 1 से 500 तक एकड़ की संख्या लिखें, जैसे 2।

slot-fisheries_issue = शिकायत किस बारे में है?
    .label = शिकायत
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-fisheries_boat_type-traditional = पारंपरिक (बिना मोटर)
opt-fisheries_boat_type-motorised = मोटर वाली नाव
opt-fisheries_boat_type-mechanised = मशीनी नाव

opt-fisheries_issue-relief_not_paid = राहत नहीं मिली
opt-fisheries_issue-diesel_subsidy = डीज़ल सब्सिडी
opt-fisheries_issue-harbour = हार्बर या जेट्टी
opt-fisheries_issue-fish_market = मछली बाज़ार
opt-fisheries_issue-fish_seed = मछली बीज
opt-fisheries_issue-other = अन्य
