# Energy — Hindi

dept-energy = बिजली (डिस्कॉम)
    .desc = बिजली बिल, नया कनेक्शन और सप्लाई की शिकायतें

svc-energy-bill_payment = बिजली बिल भुगतान
    .desc = UPI या कार्ड से अपना बिजली बिल ऑनलाइन भरें

svc-energy-bill_details = बिल विवरण
    .desc = ताज़ा बिल की रकम, आखिरी तारीख और पुराने भुगतान देखें

svc-energy-new_connection = नया कनेक्शन
    .desc = घर, दुकान, खेत या उद्योग के लिए नया कनेक्शन लें

svc-energy-complaint = बिजली शिकायत
    .desc = बिजली नहीं, वोल्टेज, मीटर, बिल या लाइन की समस्या

svc-energy-complaint_status = शिकायत स्थिति
    .desc = अपनी बिजली शिकायत की स्थिति देखें

svc-energy-load_change = लोड बदलाव
    .desc = कनेक्शन का लोड (kW) बढ़ाने या घटाने का आवेदन

svc-energy-solar_rooftop = रूफटॉप सोलर
    .desc = सब्सिडी के साथ छत पर सोलर लगवाएं (PM सूर्य घर)

svc-energy-helpline = हेल्पलाइन 1912
    .desc = बिजली हेल्पलाइन नंबर और आपकी डिस्कॉम
    .answer = बिजली कटौती, टूटे तार, ट्रांसफॉर्मर या मीटर की समस्या के लिए 1912 पर कॉल करें (टोल-फ्री, 24 घंटे)। AP में तीन डिस्कॉम हैं: APEPDCL (उत्तर तटीय और गोदावरी जिले), APCPDCL (कृष्णा, गुंटूर और प्रकाशम क्षेत्र) और APSPDCL (नेल्लूर और रायलसीमा)। कॉल करते समय बिल पर लिखा सर्विस नंबर पास रखें। बिजली का तार टूटकर गिरा हो तो उससे दूर रहें और तुरंत कॉल करें।

slot-energy_connection_category = किस तरह का कनेक्शन चाहिए?
    .label = कनेक्शन प्रकार
    .invalid = कृपया लिस्ट से कनेक्शन का प्रकार चुनें, या उसका नंबर भेजें।

slot-energy_complaint_type = क्या समस्या है?
    .label = समस्या
    .invalid = कृपया लिस्ट से समस्या चुनें, या उसका नंबर भेजें।

slot-energy_load_kw = कुल कितना लोड चाहिए, kW में? (1 से 150)
    .label = नया लोड (kW)
    .invalid = कृपया लोड kW में 1 से 150 तक नंबर में भेजें, जैसे 3।

opt-energy_connection_category-domestic = घर (घरेलू)
opt-energy_connection_category-commercial = दुकान (व्यावसायिक)
opt-energy_connection_category-agriculture = खेती
opt-energy_connection_category-industrial = उद्योग

opt-energy_complaint_type-no_power = बिजली नहीं है
opt-energy_complaint_type-low_voltage = कम / ज़्यादा वोल्टेज
opt-energy_complaint_type-meter = मीटर की समस्या
opt-energy_complaint_type-high_bill = गलत / ज़्यादा बिल
opt-energy_complaint_type-line_down = तार / खंभा गिरा
opt-energy_complaint_type-transformer = ट्रांसफॉर्मर समस्या
