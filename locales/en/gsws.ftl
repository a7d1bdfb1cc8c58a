# Village & Ward Secretariats — English

dept-gsws = Secretariats (GSWS)
    .desc = Your village or ward secretariat: service status, contacts and help

svc-gsws-service_request_status = Request status
    .desc = Track any application made at a secretariat

svc-gsws-certificate_download = Download certificate
    .desc = Get the certificate for an approved application

svc-gsws-find_secretariat = Find my secretariat
    .desc = Address and staff contacts of your secretariat

svc-gsws-household_details = Household details
    .desc = See the members listed in your household record

svc-gsws-services_list = Services offered
    .desc = What you can get done at a secretariat
    .answer = Village and ward secretariats offer hundreds of services in one place: income, caste and other certificates, rice card and pension applications, land records, birth and death certificates, bill payments and welfare scheme applications. Staff include the Panchayat or Ward Secretary, Digital Assistant, VRO, and engineering, welfare and health assistants. Carry your ID proof and any old application number.

svc-gsws-office_hours = Office hours
    .desc = When secretariats are open
    .answer = Secretariats are open on all government working days, about 10 am to 5 pm, and are closed on Sundays and public holidays. Staff may be out in the field in the morning for surveys and pension distribution, so the afternoon is a good time to visit.

svc-gsws-service_complaint = Complaint on service
    .desc = Complain about delay or poor service at a secretariat
