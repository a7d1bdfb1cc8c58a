# Mana Mitra — conversation texts — Hindi (हिन्दी)

brand = मन मित्र

# The language codes (en, te, hi) are matched by the program already, so "hi" is left out
# here on purpose: it is also the most common greeting.
language-name = हिन्दी
    .aliases = hindi, hindhi, hindee, indi, हिंदी, हिन्दी, हिंदि, హిందీ

choose-language = अपनी भाषा चुनें।

welcome = *मन मित्र* में आपका स्वागत है 🙏 — WhatsApp पर आंध्र प्रदेश सरकार की सेवाएँ।
    किसी भी समय विकल्प का नंबर लिखकर चुन सकते हैं। मुख्य मेनू के लिए 0 या मेनू लिखें, और मदद के लिए मदद या help लिखें।

welcome-back = मन मित्र में फिर से स्वागत है!

language-changed = ठीक है! अब से हम हिंदी में बात करेंगे।

session-resumed = माफ़ कीजिए, पिछली बातचीत का समय खत्म हो गया। चलिए, मुख्य मेनू से फिर शुरू करते हैं।

departments-header = सरकारी विभाग

departments-body = विभाग चुनें: सूची में टैप करें या उसका नंबर लिखें।

services-body = { $department } की सेवाएँ। एक चुनें: टैप करें या उसका नंबर लिखें।

menu-button = चुनें

menu-footer = 0 = मुख्य मेनू · मदद = help

menu-footer-more = आगे = अगला पेज · 0 = मुख्य मेनू

nav-next = और देखें

nav-next-page = पेज { $page } (कुल { $pages } पेज)

nav-menu = मुख्य मेनू

nav-done = बस, धन्यवाद

not-understood = माफ़ कीजिए, समझ नहीं आया। किसी विकल्प का नंबर लिखें, या मुख्य मेनू के लिए 0 लिखें।

number-out-of-range = कृपया 1 से { $max } तक का नंबर लिखें।

service-start = { $service }: इसके लिए कुछ जानकारी चाहिए।

optional-hint = (यह ज़रूरी नहीं — छोड़ने के लिए छोड़ें या skip लिखें)

confirm-body =
    कृपया एक बार जाँच लें — *{ $service }*:
    { $summary }
    क्या यह सब सही है?

confirm-yes = हाँ, भेजें

confirm-edit = बदलें

confirm-cancel = रद्द करें

cancelled = रद्द कर दिया। कुछ भी नहीं भेजा गया।

anything-else = क्या और कोई मदद चाहिए?

goodbye = मन मित्र इस्तेमाल करने के लिए धन्यवाद! 🙏 यह बातचीत खत्म हुई। फिर से शुरू करने के लिए कभी भी Hi भेजें।

help = *मन मित्र कैसे इस्तेमाल करें*
    • विकल्प चुनने के लिए उसका नंबर लिखें, या सूची में टैप करें।
    • 0 / मेनू / menu — मुख्य मेनू
    • पीछे / peeche / back — एक कदम पीछे
    • आगे / aage / more — सूची का अगला पेज
    • छोड़ें / nahi / skip — जो सवाल ज़रूरी नहीं, उसे छोड़ें
    • भाषा / bhasha / language — भाषा बदलें
    • बंद / band / stop — बातचीत खत्म करें
    • मदद / madad / help — यह मदद फिर से देखें

ended-hint = फिर से शुरू करने के लिए Hi भेजें।

audio-not-supported = माफ़ कीजिए, अभी वॉइस मैसेज समझ में नहीं आते। कृपया लिखकर भेजें, या मेनू से चुनें।

media-not-supported = धन्यवाद, लेकिन यहाँ फ़ोटो या दस्तावेज़ की ज़रूरत नहीं है। कृपया अपना जवाब लिखकर भेजें।

location-not-needed = धन्यवाद, लेकिन यहाँ आपकी लोकेशन की ज़रूरत नहीं है।

unsupported-message = माफ़ कीजिए, इस तरह का मैसेज यहाँ नहीं पढ़ा जा सकता। कृपया अपना जवाब टेक्स्ट में लिखें।

invalid-too-short = यह बहुत छोटा है। कृपया थोड़ा और पूरा लिखें।

invalid-too-long = यह बहुत लंबा है। कृपया थोड़ा छोटा करके लिखें।

invalid-out-of-range = यह संख्या तय सीमा से बाहर है। कृपया जाँचकर फिर से लिखें।

invalid-date-not-future = वह तारीख निकल चुकी है। कृपया आज या उसके बाद की तारीख लिखें।

invalid-date-not-past = वह तारीख अभी आई नहीं है। कृपया बीती हुई तारीख लिखें।

result-portal = { $service }: कृपया आधिकारिक पोर्टल पर आगे बढ़ें: { $url }

result-done = { $service } — हो गया। रेफरेंस नंबर: *{ $reference }*

result-document = आपका दस्तावेज़: { $url }

result-payment = यहाँ भुगतान करें: { $url }

result-payment-amount = भुगतान की राशि: ₹{ $amount }। यहाँ भुगतान करें: { $url }

result-rejected =
    माफ़ कीजिए, विभाग { $service } के लिए आपका अनुरोध पूरा नहीं कर सका।
    कारण: { $message }
    रेफरेंस नंबर: *{ $reference }*

result-failed =
    { $service }: विभाग का सिस्टम अभी जवाब नहीं दे रहा है। आपका अनुरोध रेफरेंस नंबर *{ $reference }* के साथ सेव हो गया है।
    कृपया थोड़ी देर बाद फिर कोशिश करें। दफ़्तर से संपर्क करें तो यही नंबर बताएँ।

result-not-connected =
    { $service } सेवा अभी WhatsApp पर उपलब्ध नहीं है। कृपया आधिकारिक पोर्टल पर आवेदन करें: { $url }
    आपका रेफरेंस नंबर: *{ $reference }*
