# School Education — English

dept-school_education = School Education
    .desc = SSC hall tickets, results, school admissions and complaints

svc-school_education-hall_ticket = Hall ticket
    .desc = Download your SSC or Open School hall ticket

svc-school_education-results = Exam results
    .desc = See SSC and Open School results with marks

svc-school_education-recounting = Recounting of marks
    .desc = Apply for recounting or reverification of SSC marks

svc-school_education-duplicate_certificate = Duplicate SSC memo
    .desc = Get a duplicate SSC marks memo if the original is lost

svc-school_education-rte_admission = RTE free seats
    .desc = 25% free seats for poor children in private schools (RTE)

svc-school_education-talliki_vandanam = Talliki Vandanam
    .desc = Yearly help to mothers of school-going children
    .answer = Under Talliki Vandanam, mothers get ₹15,000 a year for each child studying from class 1 to intermediate (a small part goes to the school upkeep fund). The money is paid into the mother's bank account. The child needs at least 75% attendance, and the family must have a rice card and be within the income and land limits. To check eligibility or report a missing payment, visit your village or ward secretariat with the rice card and the child's school details.

svc-school_education-school_complaint = School complaint
    .desc = Report problems with mid-day meals, teachers, toilets or water

slot-school_education_exam = Which exam?
    .label = Exam
    .invalid = Please choose one of the options.

slot-school_education_subject = Which subject should be recounted?
    .label = Subject
    .invalid = Please choose one of the subjects.

slot-school_education_complaint_type = What is the problem about?
    .label = Problem
    .invalid = Please choose one of the options.

opt-school_education_exam-ssc = SSC (Class 10)
opt-school_education_exam-ssc_supplementary = SSC supplementary
opt-school_education_exam-open_ssc = Open School SSC
opt-school_education_exam-open_inter = Open School Inter

opt-school_education_subject-first_language = First language
opt-school_education_subject-second_language = Second language
opt-school_education_subject-english = English
opt-school_education_subject-maths = Maths
opt-school_education_subject-science = Science
opt-school_education_subject-social = Social studies

opt-school_education_complaint_type-mid_day_meal = Mid-day meal
opt-school_education_complaint_type-teacher = Teachers
opt-school_education_complaint_type-toilets = Toilets
opt-school_education_complaint_type-drinking_water = Drinking water
opt-school_education_complaint_type-building = Building / rooms
opt-school_education_complaint_type-books_uniform = Books or uniform
opt-school_education_complaint_type-other = Other
