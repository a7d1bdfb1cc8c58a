# Disaster Management — Hindi

dept-disaster_management = आपदा प्रबंधन
    .desc = मौसम चेतावनी, आपात मदद, राहत शिविर और नुकसान की रिपोर्ट

svc-disaster_management-weather_alerts = मौसम चेतावनी
    .desc = आपके ज़िले के लिए चक्रवात, भारी बारिश, लू और बिजली गिरने की चेतावनी

svc-disaster_management-report_emergency = आपात स्थिति बताएं
    .desc = बाढ़, तूफान से नुकसान या फंसे लोगों के बारे में कंट्रोल रूम को बताएं

svc-disaster_management-relief_camps = राहत शिविर
    .desc = नज़दीकी राहत शिविर या चक्रवात शेल्टर खोजें

svc-disaster_management-damage_report = नुकसान दर्ज करें
    .desc = राहत के लिए मकान, फसल, पशु या नाव का नुकसान दर्ज करें

svc-disaster_management-relief_status = राहत भुगतान स्थिति
    .desc = अपनी राहत या मुआवज़े के भुगतान की स्थिति देखें

svc-disaster_management-helpline = आपातकालीन नंबर
    .desc = आपदा कंट्रोल रूम और आपातकालीन नंबर
    .answer = APSDMA राज्य कंट्रोल रूम (24 घंटे): 1070 या 1800-425-0101 (टोल फ्री)। आपातकाल (पुलिस, फायर, एम्बुलेंस): 112। फायर: 101। एम्बुलेंस: 108। बाढ़ और चक्रवात के समय आपके ज़िला कलेक्टरेट में भी कंट्रोल रूम चलता है।

svc-disaster_management-safety_tips = सुरक्षा सुझाव
    .desc = चक्रवात, बाढ़, बिजली गिरने या लू के समय क्या करें
    .answer = चक्रवात या बाढ़: सरकारी चेतावनी मानें; टॉर्च, चार्ज किया फोन, पीने का पानी, दवाइयां और अपने कागज़ प्लास्टिक कवर में रखें; अधिकारी कहें तो तुरंत शेल्टर में जाएं; बहते पानी को पार न करें और समुद्र में न जाएं। बिजली गिरना: घर के अंदर रहें, पेड़ों और खुले खेतों से दूर रहें। लू: खूब पानी पिएं, सुबह 11 से शाम 4 बजे तक बाहर न निकलें और हल्के सूती कपड़े पहनें।

slot-disaster_management_emergency_type = किस तरह की आपात स्थिति है?
    .label = आपात स्थिति
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-disaster_management_emergency_type-flood = बाढ़
opt-disaster_management_emergency_type-cyclone = चक्रवात / तूफान
opt-disaster_management_emergency_type-fire = आग
opt-disaster_management_emergency_type-building_collapse = इमारत गिरना
opt-disaster_management_emergency_type-landslide = भूस्खलन
opt-disaster_management_emergency_type-lightning = बिजली गिरना
opt-disaster_management_emergency_type-other = अन्य

slot-disaster_management_damage_type = किस चीज़ का नुकसान हुआ?
    .label = नुकसान
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-disaster_management_damage_type-house = मकान
opt-disaster_management_damage_type-crop = फसल
opt-disaster_management_damage_type-livestock = पशु
opt-disaster_management_damage_type-boat_nets = नाव / जाल
opt-disaster_management_damage_type-other = अन्य
