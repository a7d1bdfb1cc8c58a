# Registration & Stamps — English

dept-registration = Registration
    .desc = EC, certified copies, marriage registration and slot booking

svc-registration-encumbrance_certificate = Encumbrance (EC)
    .desc = Get an EC listing registered deals on a property

svc-registration-marriage_certificate = Marriage certificate
    .desc = Register your marriage and get the certificate

svc-registration-certified_copy = Certified copy
    .desc = Get a certified copy of a registered document

svc-registration-market_value = Land market value
    .desc = See the government market value of land or a plot

svc-registration-slot_booking = Registration slot
    .desc = Book a time slot at the Sub-Registrar office

svc-registration-document_status = Document status
    .desc = Track a registration or certified copy application

svc-registration-stamp_duty = Stamp duty & fees
    .desc = Stamp duty and registration fee for a sale deed
    .answer = For a sale deed in Andhra Pradesh you pay about 7.5% of the market value or the sale price, whichever is higher: stamp duty 5%, transfer duty 1.5% and registration fee 1%. Gift, settlement and other deeds have different rates. Check the exact amount at registration.ap.gov.in or at your Sub-Registrar office.

slot-registration_sro = Which Sub-Registrar office (SRO)? (e.g. Guntur, Tenali)
    .label = SRO
    .invalid = Please type the Sub-Registrar office name.

slot-registration_document_number = What is the document number?
    .label = Document no.
    .invalid = Please send only the document number in digits, e.g. { $example }.
