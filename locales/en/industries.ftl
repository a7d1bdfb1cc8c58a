# Industries & Commerce — English

dept-industries = Industries & MSME
    .desc = Single Desk approvals, MSME, incentives and industrial land

svc-industries-single_desk = Single Desk
    .desc = Apply for all approvals to start an industry in one place

svc-industries-udyam_registration = Udyam (MSME)
    .desc = Free MSME registration on the Udyam portal

svc-industries-application_status = Application status
    .desc = Track your Single Desk or incentive application

svc-industries-incentive_claim = Industry incentives
    .desc = Claim capital, power or interest subsidy and SGST refund

svc-industries-land_allotment = APIIC land
    .desc = Apply for a plot or land in an APIIC industrial park

svc-industries-pmegp_loan = PMEGP loan
    .desc = Loan with subsidy to start a small business
    .answer = Under PMEGP you can get a bank loan with a subsidy of 15% to 35% to start a new small business: up to ₹50 lakh project cost for manufacturing and ₹20 lakh for service units. Anyone 18 or older can apply; bigger projects need at least 8th class. You put in 5% to 10% of the cost yourself. Apply online on the KVIC PMEGP portal, or get help at your District Industries Centre (DIC).

svc-industries-dic_contact = District Ind. Centre
    .desc = Address and contact of the DIC in your district

svc-industries-grievance = Industry grievance
    .desc = Delays, problems with approvals, incentives or land

slot-industries_enterprise_name = What is the name of your unit or company?
    .label = Unit name
    .invalid = Please type the name of your unit or company.

slot-industries_sector = Which sector is your unit in?
    .label = Sector
    .invalid = Please choose a sector from the list, or type its number.

slot-industries_investment = How much is the total investment, in rupees?
    .label = Investment
    .invalid = Please type the investment in rupees, for example 2500000.

slot-industries_incentive_type = Which incentive do you want to claim?
    .label = Incentive
    .invalid = Please choose an incentive from the list, or type its number.

slot-industries_land_acres = How many acres of land do you need?
    .label = Land (acres)
    .invalid = Please type the land needed in acres as a whole number, for example 2.

opt-industries_sector-food_processing = Food processing
opt-industries_sector-textiles = Textiles / garments
opt-industries_sector-engineering = Engineering
opt-industries_sector-chemicals = Chemicals / pharma
opt-industries_sector-electronics = Electronics
opt-industries_sector-services = Services
opt-industries_sector-other = Other

opt-industries_incentive_type-capital_subsidy = Capital subsidy
opt-industries_incentive_type-power_subsidy = Power cost subsidy
opt-industries_incentive_type-interest_subsidy = Interest subsidy
opt-industries_incentive_type-sgst_refund = SGST refund
opt-industries_incentive_type-stamp_duty = Stamp duty refund
