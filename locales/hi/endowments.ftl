# Endowments — Hindi

dept-endowments = मंदिर (धर्मादाय)
    .desc = AP के मंदिरों में दर्शन, सेवा, कमरा बुकिंग और दान

svc-endowments-darshan_booking = दर्शन बुकिंग
    .desc = अपनी तारीख के लिए मंदिर दर्शन टिकट बुक करें

svc-endowments-seva_booking = सेवा / पूजा बुकिंग
    .desc = अभिषेकम, कल्याणम, व्रतम जैसी सेवाएं बुक करें

svc-endowments-accommodation_booking = कमरा बुकिंग
    .desc = मंदिर के सत्रम में कमरा या कॉटेज बुक करें

svc-endowments-donation = दान (ई-हुंडी)
    .desc = अन्नदानम, गो संरक्षण या ई-हुंडी में ऑनलाइन दान दें

svc-endowments-booking_status = बुकिंग स्थिति
    .desc = अपनी दर्शन, सेवा या कमरा बुकिंग देखें

svc-endowments-ttd_services = तिरुमला (TTD) ऑनलाइन
    .desc = TTD दर्शन, सेवाएं और कमरे - TTD की आधिकारिक वेबसाइट पर

svc-endowments-darshan_rules = दर्शन के नियम
    .desc = ड्रेस कोड, ID प्रूफ और साथ क्या लाएं
    .answer = पारंपरिक कपड़े पहनें: पुरुष धोती या पायजामा और शर्ट, महिलाएं साड़ी या चूड़ीदार और दुपट्टा। बुकिंग में दिया गया ओरिजिनल फोटो ID और टिकट (फोन में या प्रिंट) साथ लाएं। मोबाइल, कैमरा और चप्पल अंदर नहीं ले जा सकते; इन्हें प्रवेश के पास काउंटर पर जमा करें। अपने स्लॉट से कम से कम 30 मिनट पहले एंट्री पर पहुंचें।

svc-endowments-complaint = मंदिर शिकायत
    .desc = कतार, प्रसादम, सफाई या ज़्यादा पैसे लेने की शिकायत करें

slot-endowments_darshan_type = आपको कौन सा दर्शन चाहिए?
    .label = दर्शन प्रकार
    .invalid = कृपया लिस्ट से दर्शन का प्रकार चुनें, या उसका नंबर भेजें।

slot-endowments_persons = कितने लोग? (1 से 10)
    .label = लोग
    .invalid = कृपया 1 से 10 तक कोई नंबर भेजें।

slot-endowments_seva = कौन सी सेवा बुक करनी है?
    .label = सेवा
    .invalid = कृपया लिस्ट से सेवा चुनें, या उसका नंबर भेजें।

slot-endowments_rooms = कितने कमरे चाहिए? (1 से 5)
    .label = कमरे
    .invalid = कृपया 1 से 5 तक कोई नंबर भेजें।

slot-endowments_donation_purpose = दान किस लिए है?
    .label = दान का उद्देश्य
    .invalid = कृपया दिए गए विकल्पों में से एक चुनें, या उसका नंबर भेजें।

slot-endowments_complaint_type = शिकायत किस बारे में है?
    .label = शिकायत विषय
    .invalid = कृपया दिए गए विकल्पों में से एक चुनें, या उसका नंबर भेजें।

opt-endowments_darshan_type-free = मुफ्त (सर्व) दर्शन
opt-endowments_darshan_type-quick = शीघ्र दर्शन
opt-endowments_darshan_type-special = विशेष दर्शन
opt-endowments_darshan_type-senior_divyang = बुज़ुर्ग / दिव्यांग

opt-endowments_seva-abhishekam = अभिषेकम
opt-endowments_seva-archana = अर्चना
opt-endowments_seva-kalyanam = कल्याणम
opt-endowments_seva-homam = होमम
opt-endowments_seva-vratham = सत्यनारायण व्रतम
opt-endowments_seva-kumkumarchana = कुमकुमार्चना

opt-endowments_donation_purpose-annadanam = अन्नदानम
opt-endowments_donation_purpose-go_samrakshana = गो संरक्षण
opt-endowments_donation_purpose-construction = मंदिर निर्माण
opt-endowments_donation_purpose-e_hundi = ई-हुंडी
opt-endowments_donation_purpose-general = सामान्य दान

opt-endowments_complaint_type-queue = कतार / दर्शन देरी
opt-endowments_complaint_type-prasadam = प्रसादम
opt-endowments_complaint_type-cleanliness = सफाई
opt-endowments_complaint_type-overcharging = ज़्यादा पैसे लेना
opt-endowments_complaint_type-staff = स्टाफ का व्यवहार
opt-endowments_complaint_type-other = अन्य
