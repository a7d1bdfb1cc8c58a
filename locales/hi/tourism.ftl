# Tourism — Hindi

dept-tourism = पर्यटन (APTDC)
    .desc = टूर पैकेज, हरिता होटल, बोटिंग और यात्रा बुकिंग

svc-tourism-package_booking = टूर पैकेज
    .desc = APTDC टूर बुक करें: तिरुपति, अराकु, पापिकोंडलु और अन्य

svc-tourism-hotel_booking = हरिता होटल बुकिंग
    .desc = APTDC के हरिता होटल या रिसॉर्ट में कमरा बुक करें

svc-tourism-boating = बोटिंग टिकट
    .desc = पापिकोंडलु, भवानी द्वीप जैसी जगहों पर नाव की सैर

svc-tourism-booking_status = बुकिंग स्थिति
    .desc = अपनी टूर, होटल या बोटिंग बुकिंग देखें

svc-tourism-cancel_booking = बुकिंग रद्द करें
    .desc = APTDC बुकिंग रद्द करें और रिफंड पाएं

svc-tourism-places_to_visit = घूमने की जगहें
    .desc = जिले के पर्यटन स्थल, मंदिर और बीच

svc-tourism-complaint = पर्यटक शिकायत
    .desc = टूर, होटल, नाव या पर्यटन स्थल से जुड़ी समस्या

slot-tourism_package = कौन सा टूर पैकेज?
    .label = पैकेज
    .invalid = कृपया लिस्ट से पैकेज चुनें, या उसका नंबर भेजें।

slot-tourism_hotel = कौन सा हरिता होटल?
    .label = होटल
    .invalid = कृपया लिस्ट से होटल चुनें, या उसका नंबर भेजें।

slot-tourism_boating_point = कहां बोटिंग करना चाहते हैं?
    .label = बोटिंग पॉइंट
    .invalid = कृपया लिस्ट से बोटिंग पॉइंट चुनें, या उसका नंबर भेजें।

slot-tourism_persons = कितने लोग? (1 से 30)
    .label = लोग
    .invalid = कृपया 1 से 30 तक कोई नंबर भेजें।

slot-tourism_nights = कितनी रातें? (1 से 7)
    .label = रातें
    .invalid = कृपया 1 से 7 तक कोई नंबर भेजें।

slot-tourism_rooms = कितने कमरे? (1 से 10)
    .label = कमरे
    .invalid = कृपया 1 से 10 तक कोई नंबर भेजें।

opt-tourism_package-tirupati = तिरुपति दर्शन टूर
opt-tourism_package-araku = अराकु घाटी
opt-tourism_package-papikondalu = पापिकोंडलु
opt-tourism_package-srisailam = श्रीशैलम
opt-tourism_package-vizag_city = विशाखापत्तनम शहर
opt-tourism_package-amaravati = अमरावती
opt-tourism_package-lambasingi = लंबसिंगी

opt-tourism_hotel-araku = अराकु
opt-tourism_hotel-horsley_hills = हॉर्सले हिल्स
opt-tourism_hotel-srisailam = श्रीशैलम
opt-tourism_hotel-suryalanka = सूर्यलंका बीच
opt-tourism_hotel-tirupati = तिरुपति
opt-tourism_hotel-berm_park = बर्म पार्क विजयवाड़ा
opt-tourism_hotel-gandikota = गंडिकोटा
opt-tourism_hotel-dindi = डिंडी (कोनसीमा)

opt-tourism_boating_point-papikondalu = पापिकोंडलु (गोदावरी)
opt-tourism_boating_point-bhavani_island = भवानी द्वीप
opt-tourism_boating_point-nagarjuna_sagar = नागार्जुन सागर
opt-tourism_boating_point-rushikonda = रुशिकोंडा (विज़ाग)
