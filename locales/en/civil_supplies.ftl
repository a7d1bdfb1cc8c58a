# Consumer Affairs, Food & Civil Supplies — English

dept-civil_supplies = Ration & Supplies
    .desc = Rice card, monthly ration, Deepam gas and ration complaints

svc-civil_supplies-ration_card_status = Rice card status
    .desc = Check if your rice card is active and see its members

svc-civil_supplies-new_ration_card = New rice card
    .desc = Apply for a new rice (ration) card for your family

svc-civil_supplies-add_member = Add member to card
    .desc = Add a newborn, spouse or other family member to your card

svc-civil_supplies-ration_entitlement = My monthly ration
    .desc = What you get this month and what you have taken

svc-civil_supplies-fair_price_shop = Find ration shop
    .desc = Your fair price shop, dealer contact and timings

svc-civil_supplies-deepam_status = Deepam gas status
    .desc = Status of your free LPG cylinder refund under Deepam-2

svc-civil_supplies-complaint = Ration complaint
    .desc = Less quantity, poor quality, ration denied or overcharging

svc-civil_supplies-helpline = Helpline numbers
    .desc = Where to call for ration and consumer problems
    .answer = For rice card and ration shop problems, call the Civil Supplies toll-free number 1967, or visit your village or ward secretariat. For complaints about shops, products or services you bought (consumer cases), call the National Consumer Helpline 1915. Keep your rice card number ready.

slot-civil_supplies_relation = How is the new member related to the card holder?
    .label = Relation
    .invalid = Please choose a relation from the list, or type its number.

slot-civil_supplies_complaint_type = What is the problem?
    .label = Problem
    .invalid = Please choose a problem from the list, or type its number.

opt-civil_supplies_relation-spouse = Wife / husband
opt-civil_supplies_relation-son = Son
opt-civil_supplies_relation-daughter = Daughter
opt-civil_supplies_relation-daughter_in_law = Daughter-in-law
opt-civil_supplies_relation-parent = Mother / father
opt-civil_supplies_relation-other = Other

opt-civil_supplies_complaint_type-less_quantity = Less quantity given
opt-civil_supplies_complaint_type-poor_quality = Poor quality rice
opt-civil_supplies_complaint_type-not_given = Ration not given
opt-civil_supplies_complaint_type-overcharging = Extra money taken
opt-civil_supplies_complaint_type-shop_closed = Shop closed
opt-civil_supplies_complaint_type-other = Other
