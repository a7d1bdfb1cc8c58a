# Commercial Taxes — Telugu

dept-commercial_taxes = వాణిజ్య పన్నులు
    .desc = GST చెక్, రిజిస్ట్రేషన్ స్థితి, వృత్తి పన్ను, ఫిర్యాదులు

svc-commercial_taxes-gstin_search = GST నంబర్ చెక్
    .desc = షాపు GSTIN సరైనదేనా, యాక్టివ్‌గా ఉందా చూడండి

svc-commercial_taxes-registration_status = GST నమోదు స్థితి
    .desc = ARN నంబర్‌తో మీ GST రిజిస్ట్రేషన్ దరఖాస్తు స్థితి చూడండి

svc-commercial_taxes-new_registration = కొత్త GST నమోదు
    .desc = GST పోర్టల్‌లో GST రిజిస్ట్రేషన్ కోసం దరఖాస్తు చేయండి

svc-commercial_taxes-professional_tax = వృత్తి పన్ను
    .desc = మీ వృత్తి, వ్యాపారం లేదా ఉద్యోగానికి వృత్తి పన్ను చెల్లించండి

svc-commercial_taxes-tax_evasion_complaint = పన్ను ఎగవేత ఫిర్యాదు
    .desc = షాపు బిల్లు ఇవ్వడం లేదా? నకిలీ GST వసూలు చేస్తున్నారా? చెప్పండి

svc-commercial_taxes-eway_bill = ఈ-వే బిల్లు
    .desc = సరుకు రవాణాకు ఈ-వే బిల్లు తయారు చేయండి లేదా చెక్ చేయండి

svc-commercial_taxes-helpline = GST సహాయం
    .desc = GST సందేహాలకు హెల్ప్‌లైన్ నంబర్, ఆఫీసులు
    .answer = GST పోర్టల్ సమస్యలకు GSTN హెల్ప్‌డెస్క్ 1800-103-4786 (ఉచితం)కి కాల్ చేయండి. రాష్ట్ర పన్ను సందేహాలకు దగ్గరలోని వాణిజ్య పన్నుల సర్కిల్ ఆఫీసుకు వెళ్లండి లేదా apct.gov.in చూడండి. కొనేటప్పుడు ఎప్పుడూ సరైన బిల్లు అడగండి: మీరు కట్టే GST ప్రభుత్వానికి చేరుతుంది.

slot-commercial_taxes_gstin = 15 అక్షరాల GSTIN ఏమిటి? (బిల్లుపై ఉంటుంది)
    .label = GSTIN
    .invalid = GSTINలో 15 అక్షరాలు, అంకెలు ఉంటాయి, ఉదా: { $example }. చూసి మళ్లీ పంపండి.

slot-commercial_taxes_arn = మీ GST దరఖాస్తు ARN (అప్లికేషన్ రిఫరెన్స్ నంబర్) ఏమిటి?
    .label = ARN
    .invalid = ARN ఇలా ఉంటుంది: { $example }. చూసి మళ్లీ పంపండి.

slot-commercial_taxes_ptin = మీ వృత్తి పన్ను నమోదు నంబర్ (PTIN) ఏమిటి?
    .label = PT నంబర్
    .invalid = వృత్తి పన్ను నంబర్ అంకెల్లో పంపండి (8 నుండి 12 అంకెలు).
