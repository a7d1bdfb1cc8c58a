# Agricultural Marketing — English

dept-marketing = Agri Markets
    .desc = Market yard prices, Rythu Bazars, pledge loans and e-NAM

svc-marketing-rythu_bazar_prices = Rythu Bazar prices
    .desc = Today's vegetable prices at a Rythu Bazar

svc-marketing-market_prices = Market yard prices
    .desc = Latest crop prices at market yards in your district

svc-marketing-rythu_bazar_locations = Find a Rythu Bazar
    .desc = Rythu Bazars in your district and their timings

svc-marketing-farmer_id_card = Rythu Bazar card
    .desc = Get an identity card to sell your produce at a Rythu Bazar

svc-marketing-pledge_loan = Produce pledge loan
    .desc = Rythu Bandhu Pathakam: loan against produce in a market godown
    .answer = Under Rythu Bandhu Pathakam, you can store your produce in an Agricultural Market Committee (AMC) godown and get a loan of up to 75% of its value, with no interest for the first 180 days (there is a limit per farmer). This helps you wait for a better price instead of selling right after harvest. Meet the secretary of your nearest Agricultural Market Committee with your pattadar passbook and bank details.

svc-marketing-enam = e-NAM online market
    .desc = Sell your crop online to traders across India through e-NAM

svc-marketing-market_complaint = Market complaint
    .desc = Late payment, wrong weighing or low price at a market yard

slot-marketing_market_name = Which Rythu Bazar or market yard? Type its name or town.
    .label = Market
    .invalid = Please type the name or town of the market.

slot-marketing_commodity = Which crop?
    .label = Crop
    .invalid = Please choose one of the crops.

slot-marketing_issue = What is the complaint about?
    .label = Complaint
    .invalid = Please choose one of the options.

opt-marketing_commodity-paddy = Paddy
opt-marketing_commodity-cotton = Cotton
opt-marketing_commodity-chilli = Chilli
opt-marketing_commodity-turmeric = Turmeric
opt-marketing_commodity-groundnut = Groundnut
opt-marketing_commodity-maize = Maize
opt-marketing_commodity-onion = Onion
opt-marketing_commodity-tomato = Tomato

opt-marketing_issue-payment_delay = Payment delayed
opt-marketing_issue-weighing = Wrong weighing
opt-marketing_issue-low_price = Price below MSP
opt-marketing_issue-commission = Extra commission
opt-marketing_issue-facilities = No facilities
opt-marketing_issue-other = Other
