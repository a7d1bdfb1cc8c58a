# Consumer Affairs, Food & Civil Supplies — Hindi

dept-civil_supplies = राशन, नागरिक आपूर्ति
    .desc = चावल कार्ड, मासिक राशन, दीपम गैस और राशन शिकायतें

svc-civil_supplies-ration_card_status = चावल कार्ड स्थिति
    .desc = देखें कि आपका चावल कार्ड चालू है या नहीं, और उसके सदस्य

svc-civil_supplies-new_ration_card = नया चावल कार्ड
    .desc = अपने परिवार के लिए नए चावल (राशन) कार्ड का आवेदन करें

svc-civil_supplies-add_member = कार्ड में नाम जोड़ें
    .desc = बच्चे, पत्नी/पति या परिवार के किसी सदस्य को कार्ड में जोड़ें

svc-civil_supplies-ration_entitlement = मेरा मासिक राशन
    .desc = इस महीने आपको कितना मिलेगा और कितना लिया

svc-civil_supplies-fair_price_shop = राशन दुकान खोजें
    .desc = आपकी राशन दुकान, डीलर का नंबर और समय

svc-civil_supplies-deepam_status = दीपम गैस की स्थिति
    .desc = दीपम-2 में मुफ्त LPG सिलेंडर के पैसे वापसी की स्थिति

svc-civil_supplies-complaint = राशन शिकायत
    .desc = कम तौल, खराब क्वालिटी, राशन नहीं मिला या ज़्यादा पैसे

svc-civil_supplies-helpline = हेल्पलाइन नंबर
    .desc = राशन और उपभोक्ता समस्याओं के लिए कहां कॉल करें
    .answer = चावल कार्ड और राशन दुकान की समस्याओं के लिए नागरिक आपूर्ति विभाग के टोल-फ्री नंबर 1967 पर कॉल करें, या अपने ग्राम/वार्ड सचिवालय जाएं। खरीदे गए सामान या सेवाओं की शिकायत (उपभोक्ता मामले) के लिए राष्ट्रीय उपभोक्ता हेल्पलाइन 1915 पर कॉल करें। अपना चावल कार्ड नंबर पास रखें।

slot-civil_supplies_relation = नया सदस्य कार्डधारक का क्या लगता है?
    .label = रिश्ता
    .invalid = कृपया लिस्ट से रिश्ता चुनें, या उसका नंबर भेजें।

slot-civil_supplies_complaint_type = क्या समस्या है?
    .label = समस्या
    .invalid = कृपया लिस्ट से समस्या चुनें, या उसका नंबर भेजें।

opt-civil_supplies_relation-spouse = पत्नी / पति
opt-civil_supplies_relation-son = बेटा
opt-civil_supplies_relation-daughter = बेटी
opt-civil_supplies_relation-daughter_in_law = बहू
opt-civil_supplies_relation-parent = मां / पिता
opt-civil_supplies_relation-other = अन्य

opt-civil_supplies_complaint_type-less_quantity = कम तौल दिया
opt-civil_supplies_complaint_type-poor_quality = खराब क्वालिटी चावल
opt-civil_supplies_complaint_type-not_given = राशन नहीं दिया
opt-civil_supplies_complaint_type-overcharging = ज़्यादा पैसे लिए
opt-civil_supplies_complaint_type-shop_closed = दुकान बंद थी
opt-civil_supplies_complaint_type-other = अन्य
