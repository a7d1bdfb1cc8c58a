# Revenue — English

dept-revenue = Revenue
    .desc = Certificates, land records and MeeSeva services

svc-revenue-income_certificate = Income certificate
    .desc = Apply for an income certificate

svc-revenue-caste_certificate = Caste certificate
    .desc = Apply for an SC, ST or BC caste certificate

svc-revenue-residence_certificate = Residence cert.
    .desc = Apply for a residence certificate for your address

svc-revenue-ews_certificate = EWS certificate
    .desc = Economically Weaker Section certificate for OC families

svc-revenue-family_member_certificate = Family certificate
    .desc = Lists the family members of a person who has died

svc-revenue-land_records = Land records (1-B)
    .desc = See the Adangal and 1-B details of your land

svc-revenue-integrated_certificate = Integrated cert.
    .desc = Caste, date of birth and nativity in one certificate

svc-revenue-mutation_status = Mutation status
    .desc = Track your land mutation (name transfer) application

slot-revenue_annual_income = What is your family's total yearly income in rupees?
    .label = Yearly income
    .invalid = Please type the yearly income in rupees, like 120000.

slot-revenue_caste_category = Which category do you belong to?
    .label = Category
    .invalid = Please choose one of the options by its number.

opt-revenue_caste_category-sc = SC
opt-revenue_caste_category-st = ST
opt-revenue_caste_category-bc_a = BC-A
opt-revenue_caste_category-bc_b = BC-B
opt-revenue_caste_category-bc_c = BC-C
opt-revenue_caste_category-bc_d = BC-D
opt-revenue_caste_category-bc_e = BC-E
