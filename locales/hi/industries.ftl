# Industries & Commerce — Hindi

dept-industries = उद्योग और MSME
    .desc = सिंगल डेस्क मंज़ूरी, MSME, प्रोत्साहन और औद्योगिक ज़मीन

svc-industries-single_desk = सिंगल डेस्क मंज़ूरी
    .desc = उद्योग शुरू करने की सभी मंज़ूरियां एक ही जगह पर

svc-industries-udyam_registration = उद्यम (MSME) पंजीकरण
    .desc = उद्यम पोर्टल पर मुफ्त MSME पंजीकरण

svc-industries-application_status = आवेदन स्थिति
    .desc = सिंगल डेस्क या प्रोत्साहन आवेदन की स्थिति देखें

svc-industries-incentive_claim = औद्योगिक प्रोत्साहन
    .desc = पूंजी, बिजली या ब्याज सब्सिडी और SGST वापसी का क्लेम

svc-industries-land_allotment = औद्योगिक ज़मीन APIIC
    .desc = APIIC इंडस्ट्रियल पार्क में प्लॉट या ज़मीन का आवेदन

svc-industries-pmegp_loan = PMEGP लोन
    .desc = छोटा व्यवसाय शुरू करने के लिए सब्सिडी वाला लोन
    .answer = PMEGP में नया छोटा व्यवसाय शुरू करने के लिए 15% से 35% सब्सिडी के साथ बैंक लोन मिलता है: मैन्युफैक्चरिंग में ₹50 लाख तक और सर्विस यूनिट में ₹20 लाख तक की प्रोजेक्ट लागत। 18 साल या उससे ज़्यादा उम्र का कोई भी आवेदन कर सकता है; बड़े प्रोजेक्ट के लिए कम से कम 8वीं पास होना ज़रूरी है। लागत का 5% से 10% आपको खुद लगाना होता है। KVIC PMEGP पोर्टल पर ऑनलाइन आवेदन करें, या अपने जिला उद्योग केंद्र (DIC) से मदद लें।

svc-industries-dic_contact = जिला उद्योग केंद्र
    .desc = आपके जिले के DIC का पता और संपर्क नंबर

svc-industries-grievance = उद्योग शिकायत
    .desc = मंज़ूरी, प्रोत्साहन या ज़मीन में देरी या समस्या

slot-industries_enterprise_name = आपकी यूनिट या कंपनी का नाम क्या है?
    .label = यूनिट का नाम
    .invalid = कृपया अपनी यूनिट या कंपनी का नाम लिखें।

slot-industries_sector = आपकी यूनिट किस क्षेत्र में है?
    .label = क्षेत्र
    .invalid = कृपया लिस्ट से क्षेत्र चुनें, या उसका नंबर भेजें।

slot-industries_investment = कुल निवेश कितना है, रुपये में?
    .label = निवेश
    .invalid = कृपया निवेश रुपये में भेजें, जैसे 2500000।

slot-industries_incentive_type = किस प्रोत्साहन का क्लेम करना है?
    .label = प्रोत्साहन
    .invalid = कृपया लिस्ट से एक प्रोत्साहन चुनें, या उसका नंबर भेजें।

slot-industries_land_acres = कितने एकड़ ज़मीन चाहिए?
    .label = ज़मीन (एकड़)
    .invalid = कृपया ज़मीन एकड़ में पूरी संख्या में भेजें, जैसे 2।

opt-industries_sector-food_processing = फूड प्रोसेसिंग
opt-industries_sector-textiles = कपड़ा / गारमेंट
opt-industries_sector-engineering = इंजीनियरिंग
opt-industries_sector-chemicals = केमिकल / फार्मा
opt-industries_sector-electronics = इलेक्ट्रॉनिक्स
opt-industries_sector-services = सेवाएं
opt-industries_sector-other = अन्य

opt-industries_incentive_type-capital_subsidy = पूंजी सब्सिडी
opt-industries_incentive_type-power_subsidy = बिजली खर्च सब्सिडी
opt-industries_incentive_type-interest_subsidy = ब्याज सब्सिडी
opt-industries_incentive_type-sgst_refund = SGST वापसी
opt-industries_incentive_type-stamp_duty = स्टांप ड्यूटी वापसी
