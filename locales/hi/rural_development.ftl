# Panchayat Raj & Rural Development — Hindi

dept-rural_development = पंचायत राज
    .desc = पेंशन, मनरेगा काम, गांव का मकान कर और शिकायतें

svc-rural_development-pension_status = पेंशन स्थिति
    .desc = अपनी NTR भरोसा पेंशन की स्थिति और भुगतान देखें

svc-rural_development-pension_info = पेंशन जानकारी
    .desc = NTR भरोसा पेंशन किसे और कितनी मिलती है
    .answer = NTR भरोसा पेंशन, हर महीने: 60 साल से ऊपर के बुज़ुर्ग, विधवा, अकेली महिलाएं, बुनकर, ताड़ी निकालने वाले, मछुआरे आदि को ₹4,000; दिव्यांगों को ₹6,000; किडनी जैसी कुछ गंभीर बीमारियों वालों को ₹10,000; पूरी तरह बिस्तर पर रहने वालों को ₹15,000। हर महीने की 1 तारीख को सचिवालय कर्मचारी घर पर ही पेंशन देते हैं। आवेदन के लिए अपने ग्राम / वार्ड सचिवालय जाएं।

svc-rural_development-nrega_payment_status = मनरेगा मजदूरी स्थिति
    .desc = अपने जॉब कार्ड पर काम के दिन और मजदूरी भुगतान देखें

svc-rural_development-nrega_work_demand = मनरेगा काम मांगें
    .desc = मनरेगा योजना के तहत काम के लिए आवेदन करें

svc-rural_development-house_tax = पंचायत मकान कर
    .desc = अपनी ग्राम पंचायत को मकान कर भरें

svc-rural_development-village_complaint = गांव की शिकायत
    .desc = पीने का पानी, नाली, सड़क या स्ट्रीट लाइट की समस्या बताएं

slot-rural_development_job_card = आपका मनरेगा जॉब कार्ड नंबर क्या है?
    .label = जॉब कार्ड
    .invalid = कार्ड पर जैसा लिखा है वैसा जॉब कार्ड नंबर भेजें, जैसे { $example }।

slot-rural_development_work_days = कितने दिन का काम चाहिए?
    .label = काम के दिन
    .invalid = कृपया 1 से 100 के बीच दिनों की संख्या भेजें।

slot-rural_development_issue = समस्या किस बारे में है?
    .label = समस्या
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-rural_development_issue-drinking_water = पीने का पानी
opt-rural_development_issue-drainage = नाली
opt-rural_development_issue-roads = सड़क
opt-rural_development_issue-street_lights = स्ट्रीट लाइट
opt-rural_development_issue-sanitation = साफ़-सफ़ाई
opt-rural_development_issue-other = अन्य
