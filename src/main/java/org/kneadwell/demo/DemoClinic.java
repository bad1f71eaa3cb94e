package org.kneadwell.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kneadwell.identity.AccountAdministration;
import org.kneadwell.identity.AccountAdministration.DemoAccount;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.AccountSummary;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Invitations;
import org.kneadwell.identity.Role;
import org.kneadwell.notification.Alert.Severity;
import org.kneadwell.notification.Alerts;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientDetails;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.patient.clinic.AccountLinks;
import org.kneadwell.shared.ClinicSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds a realistic demo clinic on first start so a newcomer sees Kneadwell working: an admin, three
 * therapists, two clinicians, a pending invitation, a deactivated account, and patients of different ages and
 * histories with their care teams. Seeds only an empty database: the embedded one by default, PostgreSQL only
 * with {@code KNEADWELL_DEMO=true}. All demo logins use {@link #PASSWORD}; the clinician and admin use the TOTP
 * secret {@link #TOTP_SECRET}. Each feature adds its own part of the story here.
 */
@Component
class DemoClinic implements ApplicationRunner {

    static final String PASSWORD = "demo-kneadwell";
    static final String TOTP_SECRET = "KNEADWELLDEMO234";
    private static final Logger log = LoggerFactory.getLogger(DemoClinic.class);

    private final AccountAdministration administration;
    private final AccountDirectory directory;
    private final Invitations invitations;
    private final PatientRecords patients;
    private final AccountLinks accountLinks;
    private final Alerts alerts;
    private final DemoScreens screens;
    private final DemoClearances clearances;
    private final DemoTherapists therapists;
    private final DemoPlans plans;
    private final DemoAppointments appointments;
    private final DemoSafetyOverTime safetyOverTime;
    private final DemoFollowUps followUps;
    private final DemoOutcomes outcomes;
    private final DemoMessages messages;
    private final DemoReports reports;
    private final DemoImport fhirImport;
    private final DemoSessionNotes sessionNotes;
    private final DemoSessionDay sessionDay;
    private final ClinicSettings clinic;
    private final Clock clock;
    private final String demo;

    DemoClinic(AccountAdministration administration, AccountDirectory directory, Invitations invitations,
            PatientRecords patients, AccountLinks accountLinks, Alerts alerts, DemoScreens screens,
            DemoClearances clearances, DemoTherapists therapists, DemoPlans plans, DemoAppointments appointments,
            DemoSafetyOverTime safetyOverTime, DemoFollowUps followUps, DemoOutcomes outcomes, DemoMessages messages,
            DemoReports reports, DemoImport fhirImport, DemoSessionNotes sessionNotes, DemoSessionDay sessionDay,
            ClinicSettings clinic, Clock clock,
            @Value("${kneadwell.demo:}") String demo) {
        this.administration = administration;
        this.directory = directory;
        this.invitations = invitations;
        this.patients = patients;
        this.accountLinks = accountLinks;
        this.alerts = alerts;
        this.screens = screens;
        this.clearances = clearances;
        this.therapists = therapists;
        this.plans = plans;
        this.appointments = appointments;
        this.safetyOverTime = safetyOverTime;
        this.followUps = followUps;
        this.outcomes = outcomes;
        this.messages = messages;
        this.reports = reports;
        this.fhirImport = fhirImport;
        this.sessionNotes = sessionNotes;
        this.sessionDay = sessionDay;
        this.clinic = clinic;
        this.clock = clock;
        this.demo = demo.strip();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean wanted = demo.equalsIgnoreCase("true") || (demo.isEmpty() && clinic.embeddedDatabase());
        if (!wanted || !directory.all().isEmpty()) {
            return;
        }
        log.info("Seeding the demo clinic (password '{}'; see README for the TOTP secret)", PASSWORD);
        long started = System.nanoTime();
        seed();
        log.info("Seeded the demo clinic in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void seed() {
        Map<String, AccountSummary> staff = administration.createDemoAccounts(List.of(
                new DemoAccount("admin@demo.kneadwell.org", "Alex Morgan", Role.ADMIN, TOTP_SECRET),
                new DemoAccount("therapist@demo.kneadwell.org", "Maya Chen", Role.THERAPIST, null),
                new DemoAccount("tomas.novak@demo.kneadwell.org", "Tomas Novak", Role.THERAPIST, null),
                new DemoAccount("amara.okafor@demo.kneadwell.org", "Amara Okafor", Role.THERAPIST, null),
                new DemoAccount("clinician@demo.kneadwell.org", "Dr Priya Shah", Role.CLINICIAN, TOTP_SECRET),
                new DemoAccount("liam.obrien@demo.kneadwell.org", "Liam O'Brien", Role.CLINICIAN, TOTP_SECRET),
                new DemoAccount("patient@demo.kneadwell.org", "Jordan Ellis", Role.PATIENT, null),
                new DemoAccount("chris.doyle@demo.kneadwell.org", "Chris Doyle", Role.THERAPIST, null)),
                PASSWORD).stream().collect(Collectors.toMap(a -> a.email().substring(0, a.email().indexOf('@')),
                        Function.identity()));
        CurrentUser admin = staff.get("admin").asCurrentUser();
        therapists.seed(staff, admin);
        CurrentUser maya = staff.get("therapist").asCurrentUser();
        CurrentUser tomas = staff.get("tomas.novak").asCurrentUser();
        CurrentUser amara = staff.get("amara.okafor").asCurrentUser();
        UUID priya = staff.get("clinician").publicId();
        UUID liam = staff.get("liam.obrien").publicId();

        Patient jordan = register(maya, "Jordan", "Ellis", 41, "patient@demo.kneadwell.org", "+44 7700 900101",
                "Sam Ellis", "+44 7700 900102", "en",
                "Chronic low back pain for 3 years after a lifting injury at work; desk job; no other conditions.");
        accountLinks.linkAccount(jordan.publicId(), staff.get("patient").id());
        patients.addToCareTeam(admin, jordan.publicId(), priya);

        Patient rosa = register(maya, "Rosa", "Martinez", 67, "rosa.martinez@example.org", "+44 7700 900111",
                "Luis Martinez", "+44 7700 900112", "es",
                "Low back pain for 2 years with lumbar spinal stenosis; osteoporosis; takes apixaban for atrial fibrillation.");
        patients.addToCareTeam(admin, rosa.publicId(), priya);

        Patient david = register(tomas, "David", "Okonkwo", 34, "d.okonkwo@example.org", "+44 7700 900121",
                "Ngozi Okonkwo", "+44 7700 900122", "en",
                "Recurrent low back pain for 8 months; amateur rugby; muscle tension across the lower back.");
        patients.addToCareTeam(admin, david.publicId(), liam);

        Patient hannah = register(amara, "Hannah", "Schmidt", 29, "hannah.schmidt@example.org", "+49 151 2345 6789",
                "Jonas Schmidt", "+49 151 2345 6790", "de",
                "Pregnant, 24 weeks; low back and pelvic girdle pain since the first trimester.");
        patients.addToCareTeam(admin, hannah.publicId(), priya);

        Patient george = register(tomas, "George", "Whitfield", 74, null, "+44 7700 900141",
                "Margaret Whitfield", "+44 7700 900142", "en",
                "Back pain for 6 months; history of prostate cancer (treated 2019); recent unexplained weight loss.");
        patients.addToCareTeam(admin, george.publicId(), liam);

        Patient aisha = register(maya, "Aisha", "Rahman", 52, "aisha.rahman@example.org", "+44 7700 900151",
                "Imran Rahman", "+44 7700 900152", "ur",
                "Chronic low back pain for 5 years; type 2 diabetes with peripheral neuropathy in both feet.");
        patients.addToCareTeam(admin, aisha.publicId(), priya);

        Patient wei = register(amara, "Wei", "Zhang", 45, "wei.zhang@example.org", null, null, null, "zh",
                "Low back and neck tension for 4 years; long-haul driver; enjoys heat; no other conditions.");
        patients.addToCareTeam(admin, wei.publicId(), liam);

        Patient kofi = register(maya, "Kofi", "Mensah", 58, "kofi.mensah@example.org", "+44 7700 900171",
                "Efua Mensah", "+44 7700 900172", "en",
                "Chronic low back pain after L4-L5 discectomy in 2021; rheumatoid arthritis, currently not flaring.");
        patients.addToCareTeam(admin, kofi.publicId(), liam);
        patients.addToCareTeam(admin, kofi.publicId(), tomas.publicId());

        Patient ines = register(tomas, "Inês", "Carvalho", 38, "ines.carvalho@example.org", "+351 912 345 678",
                "Rui Carvalho", "+351 912 345 679", "pt",
                "Fibromyalgia with widespread pain including the lower back for 6 years; poor sleep; high stress.");
        patients.addToCareTeam(admin, ines.publicId(), priya);

        Patient marek = register(tomas, "Marek", "Kowalski", 47, "marek.kowalski@example.org", "+44 7700 900181",
                "Anna Kowalska", "+44 7700 900182", "pl",
                "Low back pain for 5 months after lifting at work; MRI showed an L5-S1 disc herniation.");
        patients.addToCareTeam(admin, marek.publicId(), priya);

        CurrentUser jordanSelf = staff.get("patient").asCurrentUser();
        screens.nothingRestricted(jordanSelf, jordan.publicId());
        screens.needsClearance(maya, rosa.publicId());
        screens.restricted(amara, hannah.publicId());
        screens.onHold(tomas, george.publicId());
        screens.reducedSensation(maya, aisha.publicId());
        screens.inProgress(tomas, ines.publicId());
        screens.emergency(tomas, marek.publicId());
        clearances.approveExpiringSoon(staff.get("clinician").asCurrentUser(), aisha.publicId());
        clearances.askForMoreInformation(staff.get("liam.obrien").asCurrentUser(), george.publicId());

        invitations.invite(admin, "sam.rivera@demo.kneadwell.org", "Sam Rivera", Role.THERAPIST, null);
        administration.deactivate(admin, staff.get("chris.doyle").publicId(), null);
        alerts.raise(staff.get("admin").id(), null, Severity.INFO,
                "Sam Rivera has been invited and has not activated the account yet.", "/admin/users", false);
        plans.seed(maya, jordan.publicId(), amara, hannah.publicId(), wei.publicId());
        appointments.seed(maya, jordan.publicId());
        safetyOverTime.seed(tomas, david.publicId());
        sessionNotes.seed(maya, jordan.publicId(), amara, hannah.publicId());
        followUps.seed(jordanSelf, jordan.publicId());
        outcomes.seed(maya, jordanSelf, jordan.publicId(), aisha.publicId(), kofi.publicId());
        sessionDay.seed(admin, maya, jordanSelf, jordan.publicId(), aisha.publicId(), kofi.publicId(),
                hannah.publicId(), david.publicId());
        messages.seed(jordanSelf, maya, staff.get("clinician").asCurrentUser(), tomas, jordan.publicId(),
                aisha.publicId(), kofi.publicId());
        reports.seed(maya, jordan.publicId());
        fhirImport.seed(maya);
    }

    private Patient register(CurrentUser by, String given, String family, int age, String email, String phone,
            String emergencyName, String emergencyPhone, String language, String referral) {
        LocalDate today = clinic.today(clock);
        LocalDate born = today.minusYears(age).minusDays(37L * (family.length() + given.length()));
        return patients.register(by, new PatientDetails(given, family, born, email, phone, emergencyName,
                emergencyPhone, language, referral));
    }
}
