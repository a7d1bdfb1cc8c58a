# Tourism — Telugu

dept-tourism = పర్యాటకం (APTDC)
    .desc = టూర్ ప్యాకేజీలు, హరిత హోటళ్లు, బోటింగ్ బుకింగ్‌లు

svc-tourism-package_booking = టూర్ ప్యాకేజీ
    .desc = APTDC టూర్ బుక్ చేయండి: తిరుపతి, అరకు, పాపికొండలు ఇంకా

svc-tourism-hotel_booking = హరిత హోటల్ బుకింగ్
    .desc = APTDC హరిత హోటల్ లేదా రిసార్ట్‌లో గది బుక్ చేయండి

svc-tourism-boating = బోటింగ్ టికెట్లు
    .desc = పాపికొండలు, భవానీ ద్వీపం వంటి చోట్ల బోటు ప్రయాణం

svc-tourism-booking_status = బుకింగ్ స్థితి
    .desc = మీ టూర్, హోటల్ లేదా బోటింగ్ బుకింగ్ చూడండి

svc-tourism-cancel_booking = బుకింగ్ రద్దు
    .desc = APTDC బుకింగ్ రద్దు చేసి రీఫండ్ పొందండి

svc-tourism-places_to_visit = చూడదగ్గ ప్రదేశాలు
    .desc = జిల్లాలో పర్యాటక ప్రదేశాలు, ఆలయాలు, బీచ్‌లు

svc-tourism-complaint = పర్యాటకుల ఫిర్యాదు
    .desc = టూర్, హోటల్, బోటు లేదా పర్యాటక ప్రదేశంలో సమస్య

slot-tourism_package = ఏ టూర్ ప్యాకేజీ?
    .label = ప్యాకేజీ
    .invalid = దయచేసి లిస్ట్‌లో నుండి ప్యాకేజీ ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-tourism_hotel = ఏ హరిత హోటల్?
    .label = హోటల్
    .invalid = దయచేసి లిస్ట్‌లో నుండి హోటల్ ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-tourism_boating_point = ఎక్కడ బోటింగ్ చేయాలనుకుంటున్నారు?
    .label = బోటింగ్ పాయింట్
    .invalid = దయచేసి లిస్ట్‌లో నుండి బోటింగ్ పాయింట్ ఎంచుకోండి, లేదా దాని నంబర్ పంపండి.

slot-tourism_persons = ఎంత మంది? (1 నుండి 30)
    .label = వ్యక్తులు
    .invalid = దయచేసి 1 నుండి 30 లోపు నంబర్ పంపండి.

slot-tourism_nights = ఎన్ని రాత్రులు? (1 నుండి 7)
    .label = రాత్రులు
    .invalid = దయచేసి 1 నుండి 7 లోపు నంబర్ పంపండి.

slot-tourism_rooms = ఎన్ని గదులు? (1 నుండి 10)
    .label = గదులు
    .invalid = దయచేసి 1 నుండి 10 లోపు నంబర్ పంపండి.

opt-tourism_package-tirupati = తిరుపతి దర్శనం టూర్
opt-tourism_package-araku = అరకు లోయ
opt-tourism_package-papikondalu = పాపికొండలు
opt-tourism_package-srisailam = శ్రీశైలం
opt-tourism_package-vizag_city = విశాఖపట్నం సిటీ
opt-tourism_package-amaravati = అమరావతి
opt-tourism_package-lambasingi = లంబసింగి

opt-tourism_hotel-araku = అరకు
opt-tourism_hotel-horsley_hills = హార్సిలీ హిల్స్
opt-tourism_hotel-srisailam = శ్రీశైలం
opt-tourism_hotel-suryalanka = సూర్యలంక బీచ్
opt-tourism_hotel-tirupati = తిరుపతి
opt-tourism_hotel-berm_park = బెర్మ్ పార్క్
opt-tourism_hotel-gandikota = గండికోట
opt-tourism_hotel-dindi = దిండి (కోనసీమ)

opt-tourism_boating_point-papikondalu = పాపికొండలు (గోదావరి)
opt-tourism_boating_point-bhavani_island = భవానీ ద్వీపం
opt-tourism_boating_point-nagarjuna_sagar = నాగార్జున సాగర్
opt-tourism_boating_point-rushikonda = రుషికొండ (విశాఖ)
