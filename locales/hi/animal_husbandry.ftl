# Animal Husbandry — Hindi

dept-animal_husbandry = पशुपालन
    .desc = पशु एम्बुलेंस 1962, डॉक्टर विज़िट, कृत्रिम गर्भाधान, बीमा

svc-animal_husbandry-vet_ambulance = पशु एम्बुलेंस 1962
    .desc = बीमार पशुओं का घर पर मुफ्त इलाज: 1962 डायल करें
    .answer = मोबाइल पशु चिकित्सा एम्बुलेंस के लिए 1962 (मुफ्त) पर कॉल करें। डॉक्टर की टीम आपके गांव आकर बीमार या घायल पशुओं का इलाज करती है, और गंभीर मामलों को नज़दीकी पशु अस्पताल ले जाती है। टीकाकरण, कीड़े की दवा और सलाह के लिए अपने मंडल के पशु चिकित्सालय जा सकते हैं या रैतु सेवा केंद्र में पशुपालन सहायक से मिल सकते हैं।

svc-animal_husbandry-vet_visit = पशु डॉक्टर विज़िट
    .desc = अपने पशु को दिखाने के लिए डॉक्टर या सहायक को बुलाएं

svc-animal_husbandry-ai_booking = कृत्रिम गर्भाधान
    .desc = अपनी गाय या भैंस के लिए कृत्रिम गर्भाधान बुक करें

svc-animal_husbandry-livestock_insurance = पशु बीमा
    .desc = कान के टैग नंबर से अपने पशु का बीमा देखें

svc-animal_husbandry-animal_death_claim = पशु मृत्यु मुआवज़ा
    .desc = बीमित या नुकसान वाले पशु की मौत की सूचना दें, मुआवज़ा मांगें

svc-animal_husbandry-fodder_seeds = चारा बीज
    .desc = पशुओं के लिए सब्सिडी वाले चारे के बीज बुक करें

svc-animal_husbandry-disease_report = पशु रोग की सूचना
    .desc = गांव में कई पशु बीमार हों तो सूचना दें

slot-animal_husbandry_animal = कौन सा पशु?
    .label = पशु
    .invalid = कृपया दिए गए पशुओं में से किसी एक का नंबर भेजें।

slot-animal_husbandry_cattle = गाय या भैंस?
    .label = पशु
    .invalid = कृपया गाय या भैंस चुनें।

slot-animal_husbandry_tag_number = पशु के कान के टैग पर लिखा 12 अंकों का नंबर लिखें।
    .label = कान टैग नंबर
    .invalid = कान के टैग नंबर में 12 अंक होते हैं, जैसे { $example }।

slot-animal_husbandry_death_cause = पशु की मौत कैसे हुई?
    .label = मौत की वजह
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-animal_husbandry_animal-cow = गाय
opt-animal_husbandry_animal-buffalo = भैंस
opt-animal_husbandry_animal-sheep = भेड़
opt-animal_husbandry_animal-goat = बकरी
opt-animal_husbandry_animal-poultry = मुर्गी
opt-animal_husbandry_animal-pig = सूअर
opt-animal_husbandry_animal-other = अन्य

opt-animal_husbandry_cattle-cow = गाय
opt-animal_husbandry_cattle-buffalo = भैंस

opt-animal_husbandry_death_cause-disease = बीमारी
opt-animal_husbandry_death_cause-accident = दुर्घटना
opt-animal_husbandry_death_cause-snake_bite = सांप का काटना
opt-animal_husbandry_death_cause-lightning = बिजली गिरना
opt-animal_husbandry_death_cause-flood = बाढ़
opt-animal_husbandry_death_cause-other = अन्य
