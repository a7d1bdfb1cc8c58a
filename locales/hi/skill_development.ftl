# Skill Development — Hindi

dept-skill_development = कौशल और रोज़गार
    .desc = मुफ्त स्किल ट्रेनिंग, जॉब मेला और ट्रेनिंग सर्टिफिकेट

svc-skill_development-training_registration = स्किल ट्रेनिंग आवेदन
    .desc = अपने पास APSSDC के मुफ्त ट्रेनिंग कोर्स में पंजीकरण करें

svc-skill_development-job_mela = जॉब मेला पंजीकरण
    .desc = अपने जिले के अगले जॉब मेले के लिए पंजीकरण करें

svc-skill_development-certificate_download = ट्रेनिंग सर्टिफिकेट
    .desc = पूरे किए गए कोर्स का सर्टिफिकेट डाउनलोड करें

svc-skill_development-application_status = आवेदन स्थिति
    .desc = अपनी ट्रेनिंग या जॉब मेला पंजीकरण की स्थिति देखें

svc-skill_development-skill_centres = पास के स्किल सेंटर
    .desc = आपके जिले में स्किल हब, स्किल कॉलेज और ट्रेनिंग सेंटर

svc-skill_development-eligibility = कौन जुड़ सकता है?
    .desc = स्किल ट्रेनिंग की पात्रता, फीस और ज़रूरी दस्तावेज़
    .answer = APSSDC कोर्स आंध्र प्रदेश के युवाओं के लिए हैं, आमतौर पर 18 से 35 साल। ज़्यादातर कोर्स मुफ्त हैं। योग्यता कोर्स पर निर्भर है: कुछ के लिए 10वीं काफी है, कुछ के लिए ITI, डिप्लोमा, डिग्री या B.Tech चाहिए। जुड़ते समय पढ़ाई के सर्टिफिकेट, फोटो और बैंक विवरण साथ लाएं। ट्रेनिंग और असेसमेंट के बाद सर्टिफिकेट मिलता है, और कई कोर्स में नौकरी दिलाने (प्लेसमेंट) में मदद भी मिलती है।

svc-skill_development-complaint = शिकायत
    .desc = ट्रेनिंग सेंटर, ट्रेनर या जॉब मेले से जुड़ी समस्या

slot-skill_development_qualification = आपकी सबसे ऊंची पढ़ाई क्या है?
    .label = पढ़ाई
    .invalid = कृपया लिस्ट से अपनी पढ़ाई चुनें, या उसका नंबर भेजें।

slot-skill_development_sector = किस क्षेत्र में ट्रेनिंग चाहिए?
    .label = ट्रेनिंग क्षेत्र
    .invalid = कृपया लिस्ट से एक क्षेत्र चुनें, या उसका नंबर भेजें।

slot-skill_development_candidate_id = अपना APSSDC कैंडिडेट या पंजीकरण ID भेजें।
    .label = कैंडिडेट ID
    .invalid = पंजीकरण SMS में जैसा लिखा है वैसा ID भेजें, जैसे { $example }।

opt-skill_development_qualification-below_10th = 10वीं से कम
opt-skill_development_qualification-tenth = 10वीं कक्षा
opt-skill_development_qualification-inter = इंटरमीडिएट (12वीं)
opt-skill_development_qualification-iti = ITI
opt-skill_development_qualification-diploma = डिप्लोमा
opt-skill_development_qualification-degree = डिग्री
opt-skill_development_qualification-btech = B.Tech / इंजीनियरिंग
opt-skill_development_qualification-pg = PG

opt-skill_development_sector-it = IT / कंप्यूटर
opt-skill_development_sector-electronics = इलेक्ट्रॉनिक्स
opt-skill_development_sector-automobile = ऑटोमोबाइल
opt-skill_development_sector-healthcare = हेल्थकेयर
opt-skill_development_sector-retail = रिटेल / सेल्स
opt-skill_development_sector-construction = निर्माण
opt-skill_development_sector-tailoring = सिलाई
opt-skill_development_sector-beauty = ब्यूटी और वेलनेस
