# Registration & Stamps — Hindi

dept-registration = पंजीकरण और स्टाम्प
    .desc = EC, प्रमाणित प्रति, विवाह रजिस्ट्रेशन और स्लॉट बुकिंग

svc-registration-encumbrance_certificate = EC (भार प्रमाण पत्र)
    .desc = संपत्ति पर हुए रजिस्टर्ड लेन-देन का EC लें

svc-registration-marriage_certificate = विवाह प्रमाण पत्र
    .desc = अपनी शादी का रजिस्ट्रेशन करें और सर्टिफिकेट लें

svc-registration-certified_copy = प्रमाणित प्रति
    .desc = रजिस्टर्ड दस्तावेज़ की प्रमाणित प्रति लें

svc-registration-market_value = ज़मीन बाज़ार मूल्य
    .desc = ज़मीन या प्लॉट का सरकारी बाज़ार मूल्य देखें

svc-registration-slot_booking = स्लॉट बुकिंग
    .desc = सब-रजिस्ट्रार ऑफिस में रजिस्ट्रेशन के लिए स्लॉट बुक करें

svc-registration-document_status = दस्तावेज़ की स्थिति
    .desc = रजिस्ट्रेशन या प्रमाणित प्रति आवेदन की स्थिति देखें

svc-registration-stamp_duty = स्टाम्प ड्यूटी, फीस
    .desc = सेल डीड पर स्टाम्प ड्यूटी और रजिस्ट्रेशन फीस
    .answer = आंध्र प्रदेश में सेल डीड पर बाज़ार मूल्य या बिक्री मूल्य, जो भी ज़्यादा हो, उसका लगभग 7.5% देना होता है: स्टाम्प ड्यूटी 5%, ट्रांसफर ड्यूटी 1.5% और रजिस्ट्रेशन फीस 1%। गिफ्ट, सेटलमेंट जैसे दूसरे दस्तावेज़ों की दरें अलग हैं। सही रकम registration.ap.gov.in या अपने सब-रजिस्ट्रार ऑफिस में देखें।

slot-registration_sro = कौन सा सब-रजिस्ट्रार ऑफिस (SRO)? (जैसे गुंटूर, तेनाली)
    .label = SRO
    .invalid = कृपया सब-रजिस्ट्रार ऑफिस का नाम लिखें।

slot-registration_document_number = दस्तावेज़ नंबर क्या है?
    .label = दस्तावेज़ नं.
    .invalid = कृपया सिर्फ अंकों में दस्तावेज़ नंबर भेजें, जैसे { $example }।
