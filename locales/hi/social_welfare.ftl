# Social Welfare — Hindi

dept-social_welfare = समाज कल्याण (SC)
    .desc = SC छात्रवृत्ति, हॉस्टल, गुरुकुल स्कूल और लोन

svc-social_welfare-scholarship_status = छात्रवृत्ति स्थिति
    .desc = पोस्ट-मैट्रिक छात्रवृत्ति या फीस भुगतान की स्थिति देखें

svc-social_welfare-hostel_admission = SC हॉस्टल एडमिशन
    .desc = सरकारी SC कल्याण हॉस्टल में सीट के लिए आवेदन

svc-social_welfare-gurukulam_admission = गुरुकुल एडमिशन
    .desc = SC आवासीय स्कूलों की प्रवेश परीक्षा और एडमिशन

svc-social_welfare-sc_loan_status = SC कॉर्पोरेशन लोन
    .desc = SC कॉर्पोरेशन स्वरोज़गार लोन आवेदन की स्थिति देखें

svc-social_welfare-intercaste_marriage = अंतरजातीय विवाह मदद
    .desc = अंतरजातीय विवाह करने वाले जोड़ों को प्रोत्साहन: किसे और कैसे
    .answer = अगर जोड़े में से एक अनुसूचित जाति से है और विवाह अंतरजातीय है, तो सरकार प्रोत्साहन राशि देती है। शादी के एक साल के अंदर ज़िला समाज कल्याण कार्यालय में आवेदन करें। साथ में शादी का सर्टिफिकेट, दोनों के जाति सर्टिफिकेट, उम्र का प्रमाण, जॉइंट बैंक खाता और फोटो ले जाएं। मौजूदा राशि और फॉर्म के बारे में अपने ग्राम या वार्ड सचिवालय में कल्याण और शिक्षा सहायक से पूछें।

svc-social_welfare-atrocity_relief = अत्याचार केस राहत
    .desc = SC/ST अत्याचार पीड़ितों के लिए राहत राशि और मदद

svc-social_welfare-hostel_complaint = हॉस्टल शिकायत
    .desc = SC हॉस्टल में खाना, पानी, सुरक्षा की समस्या बताएं

slot-social_welfare_hostel_level = छात्र स्कूल में है या कॉलेज में?
    .label = स्तर
    .invalid = कृपया स्कूल या कॉलेज चुनें।

slot-social_welfare_hostel_name = कौन सा हॉस्टल? नाम और जगह लिखें।
    .label = हॉस्टल
    .invalid = कृपया हॉस्टल का नाम और जगह लिखें।

slot-social_welfare_hostel_issue = समस्या क्या है?
    .label = समस्या
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-social_welfare_hostel_level-school = स्कूल (कक्षा 3-10)
opt-social_welfare_hostel_level-college = कॉलेज (10वीं के बाद)

opt-social_welfare_hostel_issue-food = खाना
opt-social_welfare_hostel_issue-water = पीने का पानी
opt-social_welfare_hostel_issue-toilets = शौचालय या बाथरूम
opt-social_welfare_hostel_issue-safety = सुरक्षा
opt-social_welfare_hostel_issue-warden = वार्डन या स्टाफ
opt-social_welfare_hostel_issue-other = अन्य
