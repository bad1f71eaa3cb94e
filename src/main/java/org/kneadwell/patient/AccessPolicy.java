package org.kneadwell.patient;

import java.util.EnumSet;
import java.util.Set;

import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.AccountStatus;
import org.kneadwell.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The one place that answers "may this user do this to this patient's data". Services ask it; nothing else
 * decides. The rules (architecture.md, Security model):
 * <ul>
 * <li>a patient sees and adds to their own record only;</li>
 * <li>therapists and clinicians see and change the records of patients whose care team they are on;</li>
 * <li>admins administer every record (demographics, care team, invitations) and may bring records in from another
 * system (a FHIR import), but do not read clinical data, except while exporting the whole clinic
 * ({@link #exportingClinic}: FHIR bulk data, each patient's record audited as a disclosure).</li>
 * </ul>
 */
@Component
public class AccessPolicy {

    private static final Set<PatientAction> OWN_RECORD = EnumSet.of(PatientAction.VIEW_DEMOGRAPHICS,
            PatientAction.VIEW_CLINICAL, PatientAction.EDIT_CLINICAL);
    private static final Set<PatientAction> CARE_TEAM = EnumSet.allOf(PatientAction.class);
    private static final Set<PatientAction> ADMINISTRATION = EnumSet.of(PatientAction.VIEW_DEMOGRAPHICS,
            PatientAction.EDIT_DEMOGRAPHICS, PatientAction.MANAGE_CARE_TEAM, PatientAction.INVITE,
            PatientAction.IMPORT_RECORDS);

    private final CareTeams careTeams;
    private final AccountDirectory accounts;
    /** The admin whose clinic export is running on this thread, if any (see {@link #exportingClinic}). */
    private final ThreadLocal<Long> exporting = new ThreadLocal<>();

    AccessPolicy(CareTeams careTeams, AccountDirectory accounts) {
        this.careTeams = careTeams;
        this.accounts = accounts;
    }

    public boolean may(CurrentUser user, PatientAction action, Patient patient) {
        return switch (user.role()) {
            case PATIENT -> patient.accountId() != null && patient.accountId() == user.accountId()
                    && OWN_RECORD.contains(action);
            case THERAPIST, CLINICIAN -> careTeams.isMember(patient.id(), user.accountId()) && CARE_TEAM.contains(action);
            case ADMIN -> ADMINISTRATION.contains(action)
                    || action == PatientAction.VIEW_CLINICAL && Long.valueOf(user.accountId()).equals(exporting.get());
        };
    }

    /** Whether the user may export every patient's record (FHIR bulk data): admins, moving the clinic's records. */
    public boolean mayExportClinic(CurrentUser user) {
        return user.role() == org.kneadwell.identity.Role.ADMIN;
    }

    /**
     * Runs {@code work} (one patient's part of a clinic export) with the admin allowed to read clinical data: the
     * one exception to "admins do not read clinical data", bounded to this thread and this call. Every read inside
     * is audited as usual under the admin's name, and the export records each patient's record as a disclosure.
     */
    public <T> T exportingClinic(CurrentUser admin, java.util.function.Supplier<T> work) {
        if (!mayExportClinic(admin)) {
            throw new org.springframework.security.access.AccessDeniedException("Only admins export the clinic");
        }
        // An export runs for minutes after the request that started it: the admin's account is asked again for
        // every patient, so a deactivation stops a running export at the next patient.
        if (accounts.find(admin.accountId()).filter(a -> a.status() == AccountStatus.ACTIVE).isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "The account that started the export is no longer active");
        }
        Long before = exporting.get();
        exporting.set(admin.accountId());
        try {
            return work.get();
        } finally {
            if (before == null) {
                exporting.remove();
            } else {
                exporting.set(before);
            }
        }
    }

    /** Whose patients a search may return. */
    SearchScope searchScope(CurrentUser user) {
        return switch (user.role()) {
            case PATIENT -> SearchScope.SELF;
            case THERAPIST, CLINICIAN -> SearchScope.CARE_TEAM;
            case ADMIN -> SearchScope.CLINIC;
        };
    }

    /** Who may open a new patient record (they join its care team if they treat or review). */
    public boolean mayRegisterPatients(CurrentUser user) {
        return user.role().isStaff();
    }

    enum SearchScope { SELF, CARE_TEAM, CLINIC }
}
