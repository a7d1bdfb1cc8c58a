# Backward Classes Welfare — Hindi

dept-bc_welfare = पिछड़ा वर्ग कल्याण
    .desc = BC छात्रवृत्ति, हॉस्टल, आवासीय स्कूल, लोन, कोचिंग

svc-bc_welfare-scholarship_status = छात्रवृत्ति स्थिति
    .desc = BC पोस्ट-मैट्रिक छात्रवृत्ति या फीस भुगतान की स्थिति देखें

svc-bc_welfare-hostel_admission = BC हॉस्टल एडमिशन
    .desc = सरकारी BC कल्याण हॉस्टल में सीट के लिए आवेदन

svc-bc_welfare-residential_school = BC आवासीय स्कूल
    .desc = महात्मा ज्योतिबा फुले BC गुरुकुल स्कूलों में दाखिला कैसे लें
    .answer = महात्मा ज्योतिबा फुले AP BC कल्याण आवासीय स्कूलों में BC बच्चों को मुफ्त पढ़ाई, खाना और रहना मिलता है, कुछ सीटें दूसरे वर्गों के लिए भी होती हैं। कक्षा 5 में (और ऊपर की कक्षाओं व जूनियर कॉलेज की कुछ सीटों में) दाखिला प्रवेश परीक्षा से होता है, जिसकी सूचना आमतौर पर फरवरी या मार्च में आती है। सूचना आने पर बच्चे के जाति, आय और स्टडी सर्टिफिकेट के साथ ऑनलाइन आवेदन करें। तारीखों के लिए नज़दीकी BC आवासीय स्कूल या अपने ग्राम/वार्ड सचिवालय में पूछें।

svc-bc_welfare-loan_apply = BC लोन आवेदन
    .desc = BC कॉर्पोरेशन से स्वरोज़गार के लिए सब्सिडी लोन

svc-bc_welfare-loan_status = BC लोन स्थिति
    .desc = BC कॉर्पोरेशन लोन आवेदन की स्थिति देखें

svc-bc_welfare-study_circle = मुफ्त कोचिंग
    .desc = सरकारी नौकरी परीक्षाओं के लिए BC स्टडी सर्कल मुफ्त कोचिंग

svc-bc_welfare-hostel_complaint = हॉस्टल शिकायत
    .desc = BC हॉस्टल में खाना, पानी, सुरक्षा की समस्या बताएं

slot-bc_welfare_hostel_level = छात्र स्कूल में है या कॉलेज में?
    .label = स्तर
    .invalid = कृपया स्कूल या कॉलेज चुनें।

slot-bc_welfare_exam = किस परीक्षा की कोचिंग चाहिए?
    .label = परीक्षा
    .invalid = कृपया दी गई परीक्षाओं में से किसी एक का नंबर भेजें।

slot-bc_welfare_hostel_name = कौन सा हॉस्टल? नाम और जगह लिखें।
    .label = हॉस्टल
    .invalid = कृपया हॉस्टल का नाम और जगह लिखें।

slot-bc_welfare_hostel_issue = समस्या क्या है?
    .label = समस्या
    .invalid = कृपया दिए गए विकल्पों में से किसी एक का नंबर भेजें।

opt-bc_welfare_hostel_level-school = स्कूल (कक्षा 3-10)
opt-bc_welfare_hostel_level-college = कॉलेज (10वीं के बाद)

opt-bc_welfare_exam-appsc_groups = APPSC ग्रुप परीक्षा
opt-bc_welfare_exam-dsc = DSC / TET (टीचर)
opt-bc_welfare_exam-police = पुलिस कांस्टेबल / SI
opt-bc_welfare_exam-banks = बैंक परीक्षाएं
opt-bc_welfare_exam-ssc_railways = SSC और रेलवे
opt-bc_welfare_exam-civil_services = सिविल सेवा (UPSC)

opt-bc_welfare_hostel_issue-food = खाना
opt-bc_welfare_hostel_issue-water = पीने का पानी
opt-bc_welfare_hostel_issue-toilets = शौचालय या बाथरूम
opt-bc_welfare_hostel_issue-safety = सुरक्षा
opt-bc_welfare_hostel_issue-warden = वार्डन या स्टाफ
opt-bc_welfare_hostel_issue-other = अन्य
