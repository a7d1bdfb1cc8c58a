# Water Resources — Hindi

dept-water_resources = जल संसाधन
    .desc = जलाशय, नहर का पानी, भूजल और सिंचाई की शिकायतें

svc-water_resources-reservoir_levels = जलाशयों का जलस्तर
    .desc = बड़े जलाशयों में आज का जलस्तर (APWRIMS)

svc-water_resources-canal_release = नहर में पानी छोड़ना
    .desc = आपके इलाके की नहरों में पानी कब छोड़ा जाएगा

svc-water_resources-groundwater_level = भूजल स्तर
    .desc = आपके मंडल में भूजल कितनी गहराई पर है

svc-water_resources-flood_alerts = बाढ़ चेतावनी
    .desc = आपके जिले के लिए नदी और बाढ़ की चेतावनी

svc-water_resources-borewell_permission = बोरवेल अनुमति
    .desc = नया बोरवेल खोदने की अनुमति का आवेदन (WALTA)

svc-water_resources-irrigation_complaint = सिंचाई शिकायत
    .desc = पानी नहीं, नहर टूटी, गाद, तालाब का बांध या कब्ज़ा

svc-water_resources-complaint_status = शिकायत स्थिति
    .desc = अपनी सिंचाई शिकायत की स्थिति देखें

slot-water_resources_complaint_type = क्या समस्या है?
    .label = समस्या
    .invalid = कृपया लिस्ट से समस्या चुनें, या उसका नंबर भेजें।

opt-water_resources_complaint_type-no_water = खेतों तक पानी नहीं
opt-water_resources_complaint_type-canal_breach = नहर टूटी / रिसाव
opt-water_resources_complaint_type-silt = नहर में गाद/खरपतवार
opt-water_resources_complaint_type-tank_damage = तालाब का बांध टूटा
opt-water_resources_complaint_type-encroachment = अवैध कब्ज़ा
opt-water_resources_complaint_type-illegal_lifting = अवैध पानी खींचना
