package org.kneadwell.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.AccountStatus;
import org.kneadwell.identity.AccountSummary;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;

class AccessPolicyTest {

    private static final long PATIENT_ACCOUNT = 10;
    private static final long TEAM_THERAPIST = 20;
    private static final long OTHER_THERAPIST = 21;
    private static final long TEAM_CLINICIAN = 30;
    private static final long OTHER_CLINICIAN = 31;

    private final CareTeams careTeams = mock(CareTeams.class);
    private final AccountDirectory accounts = mock(AccountDirectory.class);
    private final AccessPolicy policy = new AccessPolicy(careTeams, accounts);
    private final Patient patient = new Patient(1, UUID.randomUUID(), new PatientDetails("Rosa", "Martinez",
            LocalDate.of(1958, 9, 6), null, null, null, null, "es", "stenosis"), PATIENT_ACCOUNT, Instant.EPOCH);

    AccessPolicyTest() {
        when(careTeams.isMember(1, TEAM_THERAPIST)).thenReturn(true);
        when(careTeams.isMember(1, TEAM_CLINICIAN)).thenReturn(true);
    }

    private static CurrentUser user(long id, Role role) {
        return new CurrentUser(id, UUID.randomUUID(), "u" + id + "@example.org", "User " + id, role);
    }

    @ParameterizedTest
    @EnumSource(PatientAction.class)
    void careTeamTherapistMayDoEverythingAndAnotherTherapistNothing(PatientAction action) {
        assertThat(policy.may(user(TEAM_THERAPIST, Role.THERAPIST), action, patient)).isTrue();
        assertThat(policy.may(user(OTHER_THERAPIST, Role.THERAPIST), action, patient)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(PatientAction.class)
    void onlyTheReferredClinicianSeesThePatient(PatientAction action) {
        assertThat(policy.may(user(TEAM_CLINICIAN, Role.CLINICIAN), action, patient)).isTrue();
        assertThat(policy.may(user(OTHER_CLINICIAN, Role.CLINICIAN), action, patient)).isFalse();
    }

    @Test
    void aPatientReadsAndAddsToTheirOwnRecordButDoesNotManageIt() {
        CurrentUser self = user(PATIENT_ACCOUNT, Role.PATIENT);
        assertThat(policy.may(self, PatientAction.VIEW_CLINICAL, patient)).isTrue();
        assertThat(policy.may(self, PatientAction.EDIT_CLINICAL, patient)).isTrue();
        assertThat(policy.may(self, PatientAction.MANAGE_CARE_TEAM, patient)).isFalse();
        assertThat(policy.may(self, PatientAction.INVITE, patient)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(PatientAction.class)
    void anotherPatientMayDoNothing(PatientAction action) {
        assertThat(policy.may(user(PATIENT_ACCOUNT + 1, Role.PATIENT), action, patient)).isFalse();
    }

    @Test
    void adminsAdministerButDoNotReadClinicalData() {
        CurrentUser admin = user(99, Role.ADMIN);
        assertThat(policy.may(admin, PatientAction.VIEW_DEMOGRAPHICS, patient)).isTrue();
        assertThat(policy.may(admin, PatientAction.MANAGE_CARE_TEAM, patient)).isTrue();
        assertThat(policy.may(admin, PatientAction.VIEW_CLINICAL, patient)).isFalse();
        assertThat(policy.may(admin, PatientAction.EDIT_CLINICAL, patient)).isFalse();
    }

    @Test
    void aPatientWithoutAnAccountIsSeenByNoPatient() {
        Patient noAccount = new Patient(2, UUID.randomUUID(), patient.details(), null, Instant.EPOCH);
        assertThat(policy.may(user(PATIENT_ACCOUNT, Role.PATIENT), PatientAction.VIEW_DEMOGRAPHICS, noAccount)).isFalse();
    }

    @Test
    void anAdminExportingTheClinicReadsClinicalDataOnlyWhileTheirAccountIsActive() {
        CurrentUser admin = user(99, Role.ADMIN);
        AccountSummary active = new AccountSummary(99, admin.publicId(), admin.email(), admin.displayName(), Role.ADMIN,
                AccountStatus.ACTIVE);
        when(accounts.find(99L)).thenReturn(java.util.Optional.of(active));
        assertThat(policy.exportingClinic(admin, () -> policy.may(admin, PatientAction.VIEW_CLINICAL, patient)))
                .isTrue();
        assertThat(policy.may(admin, PatientAction.VIEW_CLINICAL, patient)).as("after the export's part").isFalse();

        // deactivated while the export runs: the next patient's part is refused and reads nothing
        when(accounts.find(99L)).thenReturn(java.util.Optional.of(new AccountSummary(99, admin.publicId(),
                admin.email(), admin.displayName(), Role.ADMIN, AccountStatus.DEACTIVATED)));
        java.util.concurrent.atomic.AtomicBoolean ran = new java.util.concurrent.atomic.AtomicBoolean();
        assertThatThrownBy(() -> policy.exportingClinic(admin, () -> ran.getAndSet(true)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(ran).isFalse();
        assertThatThrownBy(() -> policy.exportingClinic(user(20, Role.THERAPIST), () -> true))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
