# Environment, Forest, Science & Technology — Hindi

dept-forest = वन और पर्यावरण
    .desc = इको-टूरिज़्म, पेड़ की अनुमति, जंगली जानवरों से नुकसान, पौधे

svc-forest-eco_tourism_booking = इको-टूरिज़्म बुकिंग
    .desc = वन पर्यटन स्थलों और चिड़ियाघरों में एंट्री, सफारी या ठहरना

svc-forest-wildlife_damage = जंगली जानवर नुकसान
    .desc = जंगली जानवरों से फसल, पशु, घर या व्यक्ति को नुकसान बताएं

svc-forest-compensation_status = मुआवज़ा स्थिति
    .desc = जंगली जानवरों से नुकसान के मुआवज़े की स्थिति

svc-forest-tree_felling_permission = पेड़ काटने की अनुमति
    .desc = अपनी ज़मीन पर पेड़ काटने की अनुमति लें

svc-forest-transit_permit = लकड़ी ट्रांजिट परमिट
    .desc = लकड़ी, बांस या ईंधन लकड़ी गाड़ी से ले जाने का परमिट

svc-forest-report_offence = वन अपराध की सूचना
    .desc = अवैध कटाई, लाल चंदन तस्करी, शिकार या जंगल में आग

svc-forest-saplings = मुफ्त पौधे
    .desc = पौधे लगाने के लिए पास की वन नर्सरी

svc-forest-pollution_consent = प्रदूषण बोर्ड APPCB
    .desc = स्थापना / संचालन की सहमति और प्रदूषण की शिकायत

slot-forest_eco_site = आप कहां जाना चाहते हैं?
    .label = जगह
    .invalid = कृपया लिस्ट से जगह चुनें, या उसका नंबर भेजें।

slot-forest_persons = कितने लोग? (1 से 20)
    .label = लोग
    .invalid = कृपया 1 से 20 तक कोई नंबर भेजें।

slot-forest_damage_type = क्या नुकसान हुआ?
    .label = नुकसान
    .invalid = कृपया दिए गए विकल्पों में से एक चुनें, या उसका नंबर भेजें।

slot-forest_tree_species = कौन से पेड़?
    .label = पेड़ / लकड़ी
    .invalid = कृपया लिस्ट से पेड़ का प्रकार चुनें, या उसका नंबर भेजें।

slot-forest_tree_count = कितने पेड़?
    .label = पेड़ों की संख्या
    .invalid = कृपया पेड़ों की संख्या नंबर में भेजें, जैसे 25।

slot-forest_offence_type = आपने क्या देखा?
    .label = अपराध
    .invalid = कृपया दिए गए विकल्पों में से एक चुनें, या उसका नंबर भेजें।

opt-forest_eco_site-maredumilli = मारेडुमिल्ली
opt-forest_eco_site-talakona = तलकोना
opt-forest_eco_site-kambalakonda = कंबालकोंडा
opt-forest_eco_site-bairluty = बैरलूटी जंगल कैंप
opt-forest_eco_site-pecheruvu = पेचेरुवु जंगल कैंप
opt-forest_eco_site-vizag_zoo = विज़ाग चिड़ियाघर
opt-forest_eco_site-tirupati_zoo = तिरुपति चिड़ियाघर

opt-forest_damage_type-crop = फसल का नुकसान
opt-forest_damage_type-cattle = पशु मारे गए
opt-forest_damage_type-house = घर का नुकसान
opt-forest_damage_type-human_injury = व्यक्ति घायल
opt-forest_damage_type-human_death = व्यक्ति की मौत

opt-forest_tree_species-eucalyptus = यूकेलिप्टस
opt-forest_tree_species-teak = सागौन
opt-forest_tree_species-red_sanders = लाल चंदन
opt-forest_tree_species-bamboo = बांस
opt-forest_tree_species-mango = आम
opt-forest_tree_species-casuarina = कैज़ुरीना
opt-forest_tree_species-subabul = सुबबूल
opt-forest_tree_species-other = अन्य

opt-forest_offence_type-illegal_felling = अवैध पेड़ कटाई
opt-forest_offence_type-smuggling = लाल चंदन तस्करी
opt-forest_offence_type-poaching = जानवरों का शिकार
opt-forest_offence_type-encroachment = वन भूमि पर कब्ज़ा
opt-forest_offence_type-forest_fire = जंगल में आग
opt-forest_offence_type-other = अन्य
