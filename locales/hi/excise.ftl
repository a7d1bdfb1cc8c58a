# Prohibition & Excise — Hindi

dept-excise = मद्यनिषेध और आबकारी
    .desc = अवैध शराब और ड्रग्स की सूचना, शराब दुकान की शिकायत, परमिट

svc-excise-report_illicit_liquor = अवैध शराब की सूचना
    .desc = कच्ची शराब (सारा), बेल्ट शॉप, गांजा, ड्रग्स या तस्करी की शराब

svc-excise-shop_complaint = शराब दुकान शिकायत
    .desc = MRP से ज़्यादा दाम, गलत समय, स्कूल के पास या नकली शराब

svc-excise-complaint_status = शिकायत स्थिति
    .desc = अपनी आबकारी शिकायत की स्थिति देखें

svc-excise-event_permit = इवेंट परमिट
    .desc = किसी फंक्शन या इवेंट में शराब परोसने का अस्थायी लाइसेंस

svc-excise-permit_status = परमिट स्थिति
    .desc = अपने आबकारी परमिट या लाइसेंस आवेदन की स्थिति देखें

svc-excise-licence_fee = लाइसेंस फीस भुगतान
    .desc = लाइसेंसी दुकान या बार की आबकारी फीस और बकाया भरें

svc-excise-de_addiction = नशा मुक्ति सहायता
    .desc = शराब या ड्रग्स छोड़ने के लिए मुफ्त मदद
    .answer = शराब या ड्रग्स छोड़ने की मदद मुफ्त है और आपकी जानकारी गोपनीय रहती है। काउंसलर से बात करने के लिए Tele-MANAS 14416 पर कॉल करें (मुफ्त, 24 घंटे, तेलुगु, हिंदी और अंग्रेज़ी में)। सरकारी जिला अस्पतालों और मेडिकल कॉलेज अस्पतालों में नशा मुक्ति सेवा है: मनोचिकित्सा (मानसिक स्वास्थ्य) OPD में जाएं। ड्रग्स बिकने की सूचना देने के लिए MANAS हेल्पलाइन 1933 पर भी कॉल कर सकते हैं।

slot-excise_offence_type = आप किस बारे में सूचना देना चाहते हैं?
    .label = अपराध
    .invalid = कृपया दिए गए विकल्पों में से एक चुनें, या उसका नंबर भेजें।

slot-excise_shop_issue = दुकान पर क्या समस्या है?
    .label = समस्या
    .invalid = कृपया लिस्ट से समस्या चुनें, या उसका नंबर भेजें।

slot-excise_event_date = इवेंट किस तारीख को है? DD/MM/YYYY में लिखें।
    .label = इवेंट तारीख
    .invalid = कृपया आने वाली तारीख DD/MM/YYYY (दिन/महीना/साल) में भेजें।

slot-excise_guests = लगभग कितने मेहमान?
    .label = मेहमान
    .invalid = कृपया मेहमानों की संख्या नंबर में भेजें, जैसे 150।

slot-excise_licence_number = आबकारी लाइसेंस नंबर भेजें।
    .label = लाइसेंस नंबर
    .invalid = लाइसेंस पर जैसा लिखा है वैसा नंबर भेजें, जैसे { $example }।

opt-excise_offence_type-illicit_arrack = कच्ची शराब बनाना
opt-excise_offence_type-belt_shop = बेल्ट शॉप
opt-excise_offence_type-ganja = गांजा
opt-excise_offence_type-drugs = ड्रग्स
opt-excise_offence_type-non_duty_paid = दूसरे राज्य की शराब
opt-excise_offence_type-other = अन्य

opt-excise_shop_issue-above_mrp = MRP से ज़्यादा दाम
opt-excise_shop_issue-odd_hours = गलत समय पर खुली
opt-excise_shop_issue-near_school = स्कूल / मंदिर के पास
opt-excise_shop_issue-fake_liquor = नकली / खराब शराब
opt-excise_shop_issue-no_bill = बिल नहीं दिया
opt-excise_shop_issue-other = अन्य
