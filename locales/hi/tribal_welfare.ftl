# Tribal Welfare — Hindi

dept-tribal_welfare = आदिवासी कल्याण
    .desc = ST छात्रवृत्ति, गुरुकुल स्कूल, वन अधिकार, ITDA और GCC

svc-tribal_welfare-scholarship_status = छात्रवृत्ति स्थिति
    .desc = ST पोस्ट-मैट्रिक छात्रवृत्ति या फीस भुगतान की स्थिति देखें

svc-tribal_welfare-gurukulam_admission = आदिवासी गुरुकुल
    .desc = ST आवासीय स्कूलों की प्रवेश परीक्षा और एडमिशन

svc-tribal_welfare-rofr_patta_status = वन अधिकार पट्टा
    .desc = वन अधिकार कानून के तहत अपनी ज़मीन के दावे की स्थिति देखें

svc-tribal_welfare-tricor_loan_status = ST लोन (ट्राइकॉर)
    .desc = आदिवासी कॉर्पोरेशन स्वरोज़गार लोन की स्थिति देखें

svc-tribal_welfare-gcc_forest_produce = GCC और वन उपज
    .desc = वन उपज GCC को बेचना और GCC DR डिपो
    .answer = गिरिजन सहकारी निगम (GCC) आदिवासियों से शहद, इमली, अड्डा पत्ते, रीठा, गोंद और पहाड़ी झाड़ू जैसी छोटी वन उपज उचित दाम पर खरीदता है, और पैसा वहीं या बैंक खाते में देता है। GCC आदिवासी गांवों में DR डिपो भी चलाता है जहां राशन और रोज़ की चीज़ें मिलती हैं। मौजूदा खरीद दाम और नज़दीकी GCC केंद्र के लिए अपने ग्राम सचिवालय या ITDA कार्यालय में पूछें।

svc-tribal_welfare-hostel_complaint = हॉस्टल शिकायत
    .desc = ST हॉस्टल या आश्रम स्कूल में खाना, स्वास्थ्य, सुरक्षा की समस्या

svc-tribal_welfare-itda_grievance = ITDA शिकायत
    .desc = अपने ITDA प्रोजेक्ट ऑफिसर को शिकायत या अर्ज़ी

slot-tribal_welfare_hostel_name = कौन सा हॉस्टल या आश्रम स्कूल? नाम और जगह लिखें।
    .label = हॉस्टल
    .invalid = कृपया हॉस्टल या स्कूल का नाम और जगह लिखें।

slot-tribal_welfare_hostel_issue = समस्या क्या है?
    .label = समस्या
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

slot-tribal_welfare_itda = कौन सा ITDA?
    .label = ITDA
    .invalid = कृपया दिए गए ITDA में से किसी एक का नंबर भेजें।

opt-tribal_welfare_hostel_issue-food = खाना
opt-tribal_welfare_hostel_issue-water = पीने का पानी
opt-tribal_welfare_hostel_issue-toilets = शौचालय या बाथरूम
opt-tribal_welfare_hostel_issue-health = बच्चे बीमार
opt-tribal_welfare_hostel_issue-safety = सुरक्षा
opt-tribal_welfare_hostel_issue-other = अन्य

opt-tribal_welfare_itda-paderu = पाडेरु
opt-tribal_welfare_itda-rampachodavaram = रंपचोडवरम
opt-tribal_welfare_itda-chintur = चिंतूर
opt-tribal_welfare_itda-kr_puram = के.आर. पुरम
opt-tribal_welfare_itda-seethampeta = सीतमपेटा
opt-tribal_welfare_itda-parvathipuram = पार्वतीपुरम
opt-tribal_welfare_itda-srisailam = श्रीशैलम
opt-tribal_welfare_itda-nellore = नेल्लूर
