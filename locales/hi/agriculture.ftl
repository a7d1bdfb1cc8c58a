# Agriculture — Hindi

dept-agriculture = कृषि
    .desc = अन्नदाता सुखीभव, ई-क्रॉप, बीज, खाद और फसल नुकसान

svc-agriculture-annadata_sukhibhava_status = अन्नदाता सुखीभव
    .desc = अन्नदाता सुखीभव किसान सहायता भुगतान की स्थिति देखें

svc-agriculture-ecrop_status = ई-क्रॉप विवरण
    .desc = अपनी ज़मीन पर ई-क्रॉप में दर्ज फसल देखें

svc-agriculture-crop_insurance_status = फसल बीमा स्थिति
    .desc = अपनी फसल बीमा नामांकन और क्लेम की स्थिति देखें

svc-agriculture-seed_booking = सब्सिडी बीज
    .desc = रैतु सेवा केंद्र (RSK) पर सब्सिडी वाले बीज बुक करें

svc-agriculture-fertiliser_booking = खाद बुकिंग
    .desc = RSK से लेने के लिए खाद की बोरियां बुक करें

svc-agriculture-soil_testing = मिट्टी जांच
    .desc = मिट्टी की जांच कराएं और सॉइल हेल्थ कार्ड पाएं

svc-agriculture-crop_damage = फसल नुकसान दर्ज करें
    .desc = बाढ़, सूखा, तूफान या कीड़ों से फसल नुकसान की सूचना दें

svc-agriculture-rsk_helpline = RSK किसान हेल्पलाइन
    .desc = रैतु सेवा केंद्र में क्या मिलता है और किसे कॉल करें
    .answer = हर गांव में रैतु सेवा केंद्र (RSK) होता है, जहां गांव के कृषि या बागवानी सहायक बैठते हैं। RSK पर प्रमाणित बीज, खाद और कीटनाशक खरीद सकते हैं, ई-क्रॉप में फसल दर्ज करा सकते हैं, और फसल बीमा व फसल नुकसान क्लेम में मदद ले सकते हैं। फसल, कीड़े और मौसम की सलाह के लिए राज्य के किसान कॉल सेंटर 155251 या केंद्र के किसान कॉल सेंटर 1800-180-1551 पर कॉल करें। दोनों कॉल मुफ्त हैं।

slot-agriculture_crop = कौन सी फसल?
    .label = फसल
    .invalid = कृपया दी गई फसलों में से किसी एक का नंबर भेजें।

slot-agriculture_acres = कितने एकड़ के लिए? पूरी संख्या लिखें।
    .label = एकड़
    .invalid = कृपया 1 से 100 तक एकड़ की संख्या लिखें, जैसे 3।

slot-agriculture_fertiliser = आपको कौन सी खाद चाहिए?
    .label = खाद
    .invalid = कृपया दी गई खादों में से किसी एक का नंबर भेजें।

slot-agriculture_bags = कितनी बोरियां?
    .label = बोरियां
    .invalid = कृपया 1 से 100 तक बोरियों की संख्या लिखें, जैसे 5।

slot-agriculture_damage_cause = फसल का नुकसान किस वजह से हुआ?
    .label = वजह
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-agriculture_crop-paddy = धान
opt-agriculture_crop-cotton = कपास
opt-agriculture_crop-chilli = मिर्च
opt-agriculture_crop-groundnut = मूंगफली
opt-agriculture_crop-maize = मक्का
opt-agriculture_crop-pulses = दालें
opt-agriculture_crop-sugarcane = गन्ना
opt-agriculture_crop-other = अन्य

opt-agriculture_fertiliser-urea = यूरिया
opt-agriculture_fertiliser-dap = डीएपी (DAP)
opt-agriculture_fertiliser-complex = कॉम्प्लेक्स
opt-agriculture_fertiliser-potash = पोटाश (MOP)
opt-agriculture_fertiliser-ssp = एसएसपी (SSP)

opt-agriculture_damage_cause-flood = बाढ़
opt-agriculture_damage_cause-heavy_rain = भारी बारिश
opt-agriculture_damage_cause-drought = सूखा
opt-agriculture_damage_cause-cyclone = चक्रवात
opt-agriculture_damage_cause-pests = कीड़े या रोग
opt-agriculture_damage_cause-other = अन्य
