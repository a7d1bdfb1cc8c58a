# Public Grievance Redressal System — Hindi

dept-pgrs = शिकायत (PGRS)
    .desc = सरकार को शिकायत दें और उसकी स्थिति देखें

svc-pgrs-grievance = शिकायत दर्ज करें
    .desc = किसी भी सरकारी विभाग को शिकायत या अर्ज़ी भेजें

svc-pgrs-grievance_status = शिकायत की स्थिति
    .desc = रेफरेंस नंबर से अपनी शिकायत की स्थिति देखें

svc-pgrs-reopen = शिकायत दोबारा खोलें
    .desc = हल नहीं हुई? बंद शिकायत दोबारा खुलवाएं

svc-pgrs-feedback = फीडबैक दें
    .desc = बताएं कि शिकायत के समाधान से आप संतुष्ट हैं या नहीं

svc-pgrs-helpline = कॉल सेंटर 1902
    .desc = शिकायत देने या जानकारी के लिए 1902 पर कॉल करें
    .answer = शिकायत देने या उसके बारे में पूछने के लिए 1902 (टोल फ्री) पर कॉल करें। आप अपने ग्राम / वार्ड सचिवालय में, pgrs.ap.gov.in पर, या यहीं WhatsApp पर भी शिकायत दे सकते हैं। अपना रेफरेंस नंबर संभालकर रखें।

svc-pgrs-grievance_day = सोमवार शिकायत दिवस
    .desc = हर सोमवार अधिकारियों से मिलकर शिकायत दें
    .answer = हर सोमवार कलेक्टरेट, RDO ऑफिस, मंडल ऑफिस और नगर पालिका ऑफिस में अधिकारी खुद शिकायतें लेते हैं। अपने कागज़ और पहले दी गई अर्ज़ी की कॉपी साथ ले जाएं। पुलिस की शिकायतें भी सोमवार को ज़िला पुलिस ऑफिस में सुनी जाती हैं।

slot-pgrs_subject = आपकी शिकायत किस बारे में है?
    .label = विषय
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-pgrs_subject-revenue = ज़मीन / राजस्व
opt-pgrs_subject-police = पुलिस
opt-pgrs_subject-municipal = शहर / नगर पालिका
opt-pgrs_subject-panchayat = गांव / पंचायत
opt-pgrs_subject-pensions = पेंशन
opt-pgrs_subject-health = स्वास्थ्य
opt-pgrs_subject-electricity = बिजली
opt-pgrs_subject-other = अन्य

slot-pgrs_satisfaction = क्या आप समाधान से संतुष्ट हैं?
    .label = फीडबैक
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-pgrs_satisfaction-satisfied = संतुष्ट
opt-pgrs_satisfaction-partly = कुछ हद तक
opt-pgrs_satisfaction-not_satisfied = संतुष्ट नहीं
