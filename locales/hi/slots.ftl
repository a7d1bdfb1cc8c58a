# Shared slots — Hindi (हिन्दी)

slot-applicant_name = आवेदक का पूरा नाम लिखें।
    .label = नाम
    .invalid = कृपया पूरा नाम लिखें, जैसा सरकारी रिकॉर्ड में है।

slot-application_number = अपना आवेदन नंबर लिखें (यह मीसेवा या सचिवालय की रसीद पर होता है)।
    .label = आवेदन नंबर
    .invalid = यह आवेदन नंबर सही नहीं लगता। इसमें 8 से 20 अक्षर और अंक होते हैं, जैसे { $example }

slot-mobile = अपना 10 अंकों का मोबाइल नंबर लिखें।
    .label = मोबाइल
    .invalid = कृपया सही 10 अंकों का मोबाइल नंबर लिखें, जैसे 9876543210

slot-district = आपका ज़िला कौन सा है? सूची से चुनें, या ज़िले का नंबर या नाम लिखें।
    .label = ज़िला
    .invalid = कृपया सूची से अपना ज़िला चुनें, या उसका नंबर लिखें।

slot-mandal = अपने मंडल का नाम लिखें।
    .label = मंडल
    .invalid = कृपया अपने मंडल का नाम लिखें।

slot-village = अपने गाँव या वार्ड का नाम लिखें।
    .label = गाँव / वार्ड
    .invalid = कृपया अपने गाँव या वार्ड का नाम लिखें।

slot-travel_date = आप किस तारीख को यात्रा करेंगे? DD/MM/YYYY (दिन/महीना/साल) में लिखें, या आज या कल लिखें।
    .label = यात्रा की तारीख
    .invalid = कृपया तारीख DD/MM/YYYY (दिन/महीना/साल) में लिखें, या आज या कल लिखें।

slot-event_date = यह किस तारीख को हुआ? DD/MM/YYYY (दिन/महीना/साल) में लिखें, या आज लिखें।
    .label = तारीख
    .invalid = कृपया तारीख DD/MM/YYYY में लिखें (जैसे 05/03/2024), या आज लिखें।

slot-date_of_birth = जन्म तिथि क्या है? DD/MM/YYYY (दिन/महीना/साल) में लिखें।
    .label = जन्म तिथि
    .invalid = कृपया जन्म तिथि DD/MM/YYYY में लिखें, जैसे 07/04/1985

slot-visit_date = आप किस तारीख को आना चाहते हैं? DD/MM/YYYY (दिन/महीना/साल) में लिखें, या आज या कल लिखें।
    .label = आने की तारीख
    .invalid = कृपया तारीख DD/MM/YYYY (दिन/महीना/साल) में लिखें, या आज या कल लिखें।

slot-from_place = कहाँ से? जहाँ से निकलना है, उस जगह का नाम लिखें।
    .label = कहाँ से
    .invalid = कृपया उस जगह का नाम लिखें जहाँ से निकलना है।

slot-to_place = कहाँ तक? जहाँ जाना है, उस जगह का नाम लिखें।
    .label = कहाँ तक
    .invalid = कृपया उस जगह का नाम लिखें जहाँ जाना है।

slot-temple = कौन सा मंदिर? सूची से चुनें, या मंदिर का नंबर या नाम लिखें।
    .label = मंदिर
    .invalid = कृपया सूची से मंदिर चुनें, या उसका नंबर लिखें।

slot-amount = कितनी राशि (रुपये में)? अंकों में लिखें।
    .label = राशि
    .invalid = कृपया राशि अंकों में लिखें, जैसे 500 या ₹1,500

slot-electricity_service_number = अपना बिजली सर्विस नंबर (USC नंबर) लिखें। यह आपके बिजली बिल पर छपा होता है।
    .label = सर्विस नंबर
    .invalid = सर्विस नंबर में 9 से 13 अंक होते हैं और यह बिल पर छपा होता है, जैसे { $example }

slot-ration_card_number = अपना राशन कार्ड (राइस कार्ड) नंबर लिखें।
    .label = राशन कार्ड नंबर
    .invalid = कृपया नंबर वैसे ही लिखें जैसा कार्ड पर छपा है, जैसे { $example }

slot-hall_ticket_number = अपना 10 अंकों का हॉल टिकट नंबर लिखें।
    .label = हॉल टिकट नंबर
    .invalid = हॉल टिकट नंबर में 10 अंक होते हैं, जैसे { $example }

slot-vehicle_number = वाहन का नंबर लिखें, जैसा नंबर प्लेट पर है।
    .label = वाहन नंबर
    .invalid = कृपया AP का वाहन नंबर लिखें, जैसे { $example }

slot-dl_number = अपना ड्राइविंग लाइसेंस नंबर लिखें।
    .label = लाइसेंस नंबर
    .invalid = कृपया नंबर वैसे ही लिखें जैसा लाइसेंस पर छपा है, जैसे { $example }

slot-fir_number = FIR नंबर साल के साथ लिखें (नंबर/साल)।
    .label = FIR नंबर
    .invalid = कृपया FIR नंबर नंबर/साल के रूप में लिखें, जैसे { $example }

slot-year = कौन सा साल? 4 अंकों में लिखें, जैसे 2024
    .label = साल
    .invalid = कृपया साल 4 अंकों में लिखें, जैसे 2024

slot-pincode = अपना 6 अंकों का पिन कोड लिखें।
    .label = पिन कोड
    .invalid = कृपया आंध्र प्रदेश का 6 अंकों का पिन कोड लिखें, जैसे { $example }

slot-description = संक्षेप में, अपने शब्दों में पूरी बात लिखें।
    .label = विवरण
    .invalid = कृपया एक-दो वाक्यों में पूरी बात लिखें।

slot-survey_number = ज़मीन का सर्वे नंबर लिखें (सब-डिवीज़न हो तो वह भी)।
    .label = सर्वे नंबर
    .invalid = कृपया सर्वे नंबर वैसे ही लिखें जैसा ज़मीन के रिकॉर्ड में है, जैसे { $example }

slot-assessment_number = अपना प्रॉपर्टी टैक्स असेसमेंट नंबर लिखें। यह टैक्स की रसीद पर होता है।
    .label = असेसमेंट नंबर
    .invalid = असेसमेंट नंबर में 8 से 12 अंक होते हैं, जैसे { $example }

slot-reference_number = आपको मिला रेफरेंस नंबर लिखें।
    .label = रेफरेंस नंबर
    .invalid = कृपया रेफरेंस नंबर वैसे ही लिखें जैसा आपको मिला था, जैसे { $example }

slot-family_size = आपके परिवार में कितने सदस्य हैं?
    .label = परिवार के सदस्य
    .invalid = कृपया परिवार के सदस्यों की संख्या अंकों में लिखें, जैसे 4

## आंध्र प्रदेश के ज़िले

opt-district-srikakulam = श्रीकाकुलम
opt-district-parvathipuram_manyam = पार्वतीपुरम मन्यम
opt-district-vizianagaram = विजयनगरम
opt-district-visakhapatnam = विशाखापत्तनम
opt-district-alluri_sitharama_raju = अल्लूरी सीताराम राजू
opt-district-anakapalli = अनकापल्ली
opt-district-kakinada = काकीनाडा
opt-district-east_godavari = पूर्वी गोदावरी
opt-district-konaseema = अंबेडकर कोनसीमा
opt-district-eluru = एलुरु
opt-district-west_godavari = पश्चिम गोदावरी
opt-district-ntr = एनटीआर
opt-district-krishna = कृष्णा
opt-district-palnadu = पलनाडु
opt-district-guntur = गुंटूर
opt-district-bapatla = बापटला
opt-district-prakasam = प्रकाशम
opt-district-nellore = नेल्लोर
opt-district-kurnool = कुर्नूल
opt-district-nandyal = नंद्याल
opt-district-anantapur = अनंतपुर
opt-district-sri_sathya_sai = श्री सत्य साई
opt-district-ysr_kadapa = वाईएसआर कडपा
opt-district-annamayya = अन्नमय्या
opt-district-chittoor = चित्तूर
opt-district-tirupati = तिरुपति

## मंदिर

opt-temple-tirumala = तिरुमला
opt-temple-kanaka_durga = कनक दुर्गा
opt-temple-srisailam = श्रीशैलम
opt-temple-simhachalam = सिंहाचलम
opt-temple-annavaram = अन्नवरम
opt-temple-srikalahasti = श्रीकालहस्ती
opt-temple-dwaraka_tirumala = द्वारका तिरुमला
opt-temple-kanipakam = काणिपाकम
opt-temple-ahobilam = अहोबिलम
opt-temple-mangalagiri = मंगलगिरि
opt-temple-arasavalli = अरसवल्ली
opt-temple-mopidevi = मोपीदेवी
