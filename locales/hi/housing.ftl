# Housing — Hindi

dept-housing = आवास
    .desc = सरकारी मकान: आवेदन स्थिति, भुगतान, निरीक्षण और शिकायतें

svc-housing-application_status = आवेदन की स्थिति
    .desc = देखें कि आपका मकान आवेदन मंज़ूर हुआ या नहीं

svc-housing-payment_status = भुगतान की स्थिति
    .desc = मकान निर्माण के हर चरण का मिला पैसा देखें

svc-housing-stage_inspection = चरण निरीक्षण
    .desc = इंजीनियर से मकान के चरण की जांच और जियोटैग करवाएं

svc-housing-complaint = आवास शिकायत
    .desc = देरी, भुगतान या काम की क्वालिटी की शिकायत करें

svc-housing-eligibility = कौन पात्र है
    .desc = सरकारी मकान किसे मिल सकता है
    .answer = अगर आपके परिवार के पास सफेद राशन कार्ड (BPL) है, कहीं भी पक्का मकान नहीं है और पहले कभी सरकारी मकान नहीं मिला है, तो आप आवेदन कर सकते हैं। मकान आमतौर पर परिवार की महिला के नाम पर दिया जाता है। राइस कार्ड और घर की जगह के कागज़ (अगर हों) लेकर अपने ग्राम / वार्ड सचिवालय में आवेदन करें।

svc-housing-tidco_status = TIDCO मकान की स्थिति
    .desc = शहर में अपने TIDCO फ्लैट के आवंटन की स्थिति देखें

slot-housing_beneficiary_id = आपका आवास लाभार्थी ID क्या है? (मकान मंज़ूरी पत्र पर लिखा होता है)
    .label = लाभार्थी ID
    .invalid = कृपया लाभार्थी ID अंकों में भेजें, जैसे { $example }।

slot-housing_stage = आपका मकान किस चरण तक बना है?
    .label = चरण
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-housing_stage-basement = बेसमेंट लेवल
opt-housing_stage-lintel = लिंटल लेवल
opt-housing_stage-roof = छत लेवल
opt-housing_stage-completed = पूरा हो गया
