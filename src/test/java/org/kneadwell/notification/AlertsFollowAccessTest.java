package org.kneadwell.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.AccountAdministration;
import org.kneadwell.identity.AccountAdministration.DemoAccount;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.AccountSummary;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientDetails;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.shared.CareTeamAlert;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Security review, issue 9 item 3: a therapist taken off a care team no longer sees that patient's alerts (red-flag
 * codes, a clinician's question) on their home; alerts about patients they still treat, and alerts about no
 * patient, stay.
 */
@KneadwellTest
class AlertsFollowAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    PatientRecords patients;

    @Autowired
    Alerts alerts;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aTherapistRemovedFromTheCareTeamNoLongerSeesThatPatientsAlerts() {
        String email = "noor.haddad." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        AccountSummary noor = administration.createDemoAccounts(
                List.of(new DemoAccount(email, "Noor Haddad", Role.THERAPIST, null)), Demo.PASSWORD).get(0);
        CurrentUser admin = accounts.findByEmail(Demo.ADMIN).orElseThrow().asCurrentUser();
        Patient leaving = patients.register(noor.asCurrentUser(), details("Leaving"));
        Patient staying = patients.register(noor.asCurrentUser(), details("Staying"));
        events.publishEvent(new CareTeamAlert(leaving.publicId(), Set.of(noor.id()), CareTeamAlert.Level.WARNING,
                "Leaving: red flags on intake (RF_SADDLE_ANAESTHESIA)", "/patients/" + leaving.publicId(), true, false));
        events.publishEvent(new CareTeamAlert(staying.publicId(), Set.of(noor.id()), CareTeamAlert.Level.INFO,
                "Staying: the clinician asks about the last session", "/patients/" + staying.publicId(), false, false));
        alerts.raise(noor.id(), null, Alert.Severity.INFO, "Welcome to the clinic rota", null, false);

        Browserless page = new Browserless(port);
        assertThat(page.signIn(email, Demo.PASSWORD, "")).isTrue();
        assertThat(page.get("/").body()).contains("RF_SADDLE_ANAESTHESIA").contains("Staying: the clinician asks")
                .contains("Welcome to the clinic rota");

        assertThat(patients.removeFromCareTeam(admin, leaving.publicId(), noor.publicId(), true))
                .isEqualTo(org.kneadwell.patient.CareTeamRemoval.Outcome.REMOVED);

        String home = page.get("/").body();
        assertThat(home).doesNotContain("RF_SADDLE_ANAESTHESIA").doesNotContain("Leaving:")
                .contains("Staying: the clinician asks").contains("Welcome to the clinic rota");
        assertThat(alerts.openFor(noor.asCurrentUser())).extracting(Alert::patientId)
                .doesNotContain(leaving.publicId()).contains(staying.publicId());
    }

    private static PatientDetails details(String family) {
        return new PatientDetails("Sam", family, LocalDate.of(1980, 5, 17), null, null, null, null, "en", null);
    }
}
