package org.kneadwell.patient;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.AccountSummary;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Invitations;
import org.kneadwell.identity.Role;
import org.kneadwell.shared.CareTeamAlert;
import org.kneadwell.shared.ClinicSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient-record use cases. Each one asks the {@link AccessPolicy} first and writes an audit event;
 * a patient the caller may not see is reported exactly like a missing one.
 */
@Service
public class PatientRecords {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final int OLDEST_AGE = 130;

    private final Patients patients;
    private final CareTeams careTeams;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final AccountDirectory accounts;
    private final Invitations invitations;
    private final ClinicSettings clinic;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<CareTeamGuard> guards;

    PatientRecords(Patients patients, CareTeams careTeams, AccessPolicy policy, AuditTrail audit,
            AccountDirectory accounts, Invitations invitations, ClinicSettings clinic, ApplicationEventPublisher events,
            Clock clock, List<CareTeamGuard> guards) {
        this.patients = patients;
        this.careTeams = careTeams;
        this.policy = policy;
        this.audit = audit;
        this.accounts = accounts;
        this.invitations = invitations;
        this.clinic = clinic;
        this.events = events;
        this.clock = clock;
        this.guards = List.copyOf(guards);
    }

    /**
     * The patient, if the caller may do {@code action} to their data; otherwise a {@link PatientNotFoundException}
     * after recording the refusal. Other modules call this before touching a patient's data.
     */
    public Patient require(CurrentUser user, UUID patientId, PatientAction action) {
        return allowed(user, patientId, action, patients.byPublicId(patientId), p -> p);
    }

    /** What was found, if the caller may do {@code action} to that patient; otherwise refused and recorded. */
    private <T> T allowed(CurrentUser user, UUID patientId, PatientAction action, Optional<T> found,
            java.util.function.Function<T, Patient> patientOf) {
        if (found.isEmpty() || !policy.may(user, action, patientOf.apply(found.get()))) {
            audit.denied(user, "patient." + action.name().toLowerCase(java.util.Locale.ROOT), patientId, "patient",
                    patientId.toString());
            throw new PatientNotFoundException();
        }
        return found.get();
    }

    /** The caller may do {@code action}; used by pages to decide what to offer. */
    public boolean may(CurrentUser user, PatientAction action, Patient patient) {
        return policy.may(user, action, patient);
    }

    /**
     * The record and its care team, for the chart and the API: the hottest read there is, so one query and no
     * transaction of its own (no BEGIN and COMMIT round trips, and no connection held while its audit event is
     * stored: the event is stored, or the read refused, before the chart is returned).
     */
    public PatientChart chart(CurrentUser user, UUID patientId) {
        Patients.Charted found = allowed(user, patientId, PatientAction.VIEW_DEMOGRAPHICS, patients.charted(patientId),
                Patients.Charted::patient);
        Patient patient = found.patient();
        boolean clinical = policy.may(user, PatientAction.VIEW_CLINICAL, patient);
        PatientDetails details = clinical ? patient.details() : withoutReferral(patient.details());
        PatientChart chart = new PatientChart(new Patient(patient.id(), patient.publicId(), details,
                patient.accountId(), patient.createdAt()), patient.ageOn(clinic.today(clock)), found.careTeam(),
                found.accountStatus(), clinical);
        audit.read(user, "patient.read", patientId, "patient", patientId.toString());
        return chart;
    }

    /** The care team of a patient the caller already obtained through {@link #require}. */
    @Transactional(readOnly = true)
    public List<CareTeamMember> careTeam(Patient patient) {
        return careTeams.of(patient.id());
    }

    /** The patient's age today, in the clinic's time zone. */
    public int ageToday(Patient patient) {
        return patient.ageOn(clinic.today(clock));
    }

    /** The signed-in patient's own record, if one is linked to their account. */
    @Transactional(readOnly = true)
    public Optional<Patient> ownRecord(CurrentUser user) {
        return user.is(Role.PATIENT) ? patients.byAccount(user.accountId()) : Optional.empty();
    }

    /** Patients the caller may see, by name fragment or date of birth (ISO or day/month/year). */
    @Transactional(readOnly = true)
    public List<Patient> search(CurrentUser user, String query) {
        LocalDate dateOfBirth = parseDate(query);
        List<Patient> found = switch (policy.searchScope(user)) {
            case SELF -> patients.byAccount(user.accountId()).stream().toList();
            case CARE_TEAM -> patients.search(query, dateOfBirth, user.accountId());
            case CLINIC -> patients.search(query, dateOfBirth, null);
        };
        audit.read(user, "patient.search", null, "patient-search", String.valueOf(found.size()));
        return found;
    }

    @Transactional
    public Patient register(CurrentUser by, PatientDetails details) {
        if (!policy.mayRegisterPatients(by)) {
            throw new AccessDeniedException("Only staff register patients");
        }
        check(details);
        UUID publicId = UUID.randomUUID();
        long id = patients.insert(publicId, details, by.accountId(), clock.instant());
        if (by.is(Role.THERAPIST) || by.is(Role.CLINICIAN)) {
            careTeams.add(id, by.accountId(), TeamRole.valueOf(by.role().name()), by.accountId(), clock.instant());
        }
        audit.write(by, "patient.create", publicId, "patient", publicId.toString());
        return patients.byPublicId(publicId).orElseThrow();
    }

    /**
     * A patient record arriving from another system (a FHIR import), under the public id it travels with when that
     * id is free here (so a record exported from one Kneadwell clinic keeps its id in the next), otherwise a new one.
     * The same rules as {@link #register}; audited as {@code patient.import}.
     */
    @Transactional
    public Patient registerImported(CurrentUser by, UUID travellingId, PatientDetails details) {
        if (!policy.mayRegisterPatients(by)) {
            throw new AccessDeniedException("Only staff register patients");
        }
        check(details);
        UUID publicId = travellingId != null && patients.byPublicId(travellingId).isEmpty() ? travellingId
                : UUID.randomUUID();
        long id = patients.insert(publicId, details, by.accountId(), clock.instant());
        if (by.is(Role.THERAPIST) || by.is(Role.CLINICIAN)) {
            careTeams.add(id, by.accountId(), TeamRole.valueOf(by.role().name()), by.accountId(), clock.instant());
        }
        audit.write(by, "patient.import", publicId, "patient", publicId.toString());
        return patients.byPublicId(publicId).orElseThrow();
    }

    /** Whether the caller may export every patient's record (FHIR bulk data). */
    public boolean mayExportClinic(CurrentUser user) {
        return policy.mayExportClinic(user);
    }

    /** Runs one patient's part of a clinic export with the admin allowed to read it (see the access policy). */
    public <T> T exportingClinic(CurrentUser admin, java.util.function.Supplier<T> work) {
        return policy.exportingClinic(admin, work);
    }

    /**
     * The public ids of the clinic's patients after {@code after} (in id order), {@code size} at most, for a clinic
     * export; only for those who may export the clinic.
     */
    @Transactional(readOnly = true)
    public List<UUID> clinicPage(CurrentUser user, UUID after, int size) {
        if (!policy.mayExportClinic(user)) {
            throw new AccessDeniedException("Only admins export the clinic");
        }
        return patients.publicIdsAfter(after, size);
    }

    /** How many patients a clinic export covers; only for those who may export the clinic. */
    public long clinicSize(CurrentUser user) {
        if (!policy.mayExportClinic(user)) {
            throw new AccessDeniedException("Only admins export the clinic");
        }
        return patients.count();
    }

    /** Whether the caller may open patient records at all (staff). */
    public boolean mayRegister(CurrentUser user) {
        return policy.mayRegisterPatients(user);
    }

    /**
     * Whether a record with this public id is in the clinic, whoever's it is: for staff matching an import to the
     * records here (what they may then do with it is asked separately, with {@link #require}).
     */
    public boolean exists(CurrentUser user, UUID patientId) {
        if (!policy.mayRegisterPatients(user)) {
            throw new AccessDeniedException("Only staff import records");
        }
        return patients.byPublicId(patientId).isPresent();
    }

    @Transactional
    public Patient updateDetails(CurrentUser by, UUID patientId, PatientDetails details) {
        Patient patient = require(by, patientId, PatientAction.EDIT_DEMOGRAPHICS);
        check(details);
        PatientDetails kept = policy.may(by, PatientAction.EDIT_CLINICAL, patient) ? details
                : withReferral(details, patient.details().referralNote());
        patients.update(patient.id(), kept);
        audit.write(by, "patient.update", patientId, "patient", patientId.toString());
        if (!sameAddress(patient.details().email(), kept.email())) {
            cancelPendingInvitation(by, patient);
        }
        return patients.byPublicId(patientId).orElseThrow();
    }

    /** A link sent to the old address must not open the record once the address has changed. */
    private void cancelPendingInvitation(CurrentUser by, Patient patient) {
        if (patient.accountId() == null || accounts.find(patient.accountId())
                .filter(a -> a.status() == org.kneadwell.identity.AccountStatus.INVITED).isEmpty()) {
            return;
        }
        patients.unlinkAccount(patient.id());
        if (invitations.cancel(by, patient.accountId())) {
            audit.write(by, "patient.invitation.cancelled", patient.publicId(), "patient",
                    patient.publicId().toString());
        }
    }

    private static boolean sameAddress(String before, String after) {
        return before == null ? after == null
                : after != null && before.strip().equalsIgnoreCase(after.strip());
    }

    /** Puts an active therapist or clinician on the care team; returns false if they already were. */
    @Transactional
    public boolean addToCareTeam(CurrentUser by, UUID patientId, UUID accountId) {
        Patient patient = require(by, patientId, PatientAction.MANAGE_CARE_TEAM);
        AccountSummary member = accounts.find(accountId)
                .filter(a -> a.role() == Role.THERAPIST || a.role() == Role.CLINICIAN)
                .filter(a -> a.status() == org.kneadwell.identity.AccountStatus.ACTIVE)
                .orElseThrow(() -> new InvalidPatientDetailsException(Map.of("accountId", "careTeam.unknownMember")));
        boolean added = careTeams.add(patient.id(), member.id(), TeamRole.valueOf(member.role().name()),
                by.accountId(), clock.instant());
        if (added) {
            audit.write(by, "careteam.add", patientId, "care-team", member.publicId().toString());
        }
        return added;
    }

    /** Who would leave the care team and whether they may, for the confirmation page; empty if not a member. */
    @Transactional(readOnly = true)
    public Optional<CareTeamRemoval> removal(CurrentUser by, UUID patientId, UUID accountId) {
        Patient patient = require(by, patientId, PatientAction.MANAGE_CARE_TEAM);
        audit.read(by, "careteam.read", patientId, "care-team", accountId.toString());
        return member(patient, accountId).map(m -> new CareTeamRemoval(patient, m, refusal(by, patient, m)));
    }

    /**
     * Takes a member off the care team. The supervising clinician stays unless the caller is a clinician or an
     * admin, who must confirm, and while a {@link CareTeamGuard} objects (an open clearance request); a refusal
     * is audited, changes nothing and is thrown as a {@link CareTeamChangeRefusedException}.
     */
    @Transactional
    public CareTeamRemoval.Outcome removeFromCareTeam(CurrentUser by, UUID patientId, UUID accountId,
            boolean confirmed) {
        Patient patient = require(by, patientId, PatientAction.MANAGE_CARE_TEAM);
        Optional<CareTeamMember> member = member(patient, accountId);
        if (member.isEmpty()) {
            return CareTeamRemoval.Outcome.NOT_A_MEMBER;
        }
        CareTeamRemoval removal = new CareTeamRemoval(patient, member.get(), refusal(by, patient, member.get()));
        if (removal.refused()) {
            audit.denied(by, "careteam.remove", patientId, "care-team", accountId.toString());
            throw new CareTeamChangeRefusedException(removal.refusal());
        }
        if (removal.needsConfirmation() && !confirmed) {
            return CareTeamRemoval.Outcome.CONFIRM_FIRST;
        }
        careTeams.remove(patient.id(), member.get().accountId());
        audit.write(by, "careteam.remove", patientId, "care-team", accountId.toString());
        return CareTeamRemoval.Outcome.REMOVED;
    }

    private Optional<CareTeamMember> member(Patient patient, UUID accountId) {
        return careTeams.of(patient.id()).stream().filter(m -> m.accountPublicId().equals(accountId)).findFirst();
    }

    /** Why {@code member} stays on the team if {@code by} asks to remove them, or {@code null} if they may go. */
    private String refusal(CurrentUser by, Patient patient, CareTeamMember member) {
        if (member.teamRole() == TeamRole.CLINICIAN && by.is(Role.THERAPIST)) {
            return "careTeam.clinicianStays";
        }
        return guards.stream().map(guard -> guard.whyKeep(patient.publicId(), member)).flatMap(Optional::stream)
                .findFirst().orElse(null);
    }

    /** Sends the patient a one-time link to an account of their own, linked to this record. */
    @Transactional
    public void inviteToAccount(CurrentUser by, UUID patientId, String sourceIp) {
        Patient patient = require(by, patientId, PatientAction.INVITE);
        if (patient.accountId() != null) {
            throw new InvalidPatientDetailsException(Map.of("email", "patient.invite.alreadyHasAccount"));
        }
        if (patient.details().email() == null) {
            throw new InvalidPatientDetailsException(Map.of("email", "patient.invite.needsEmail"));
        }
        List<CareTeamMember> team = careTeams.of(patient.id());
        if (by.is(Role.ADMIN) && team.isEmpty()) {
            throw new InvalidPatientDetailsException(Map.of("email", "patient.invite.adminNeedsCareTeam"));
        }
        try {
            AccountSummary account = invitations.invite(by, patient.details().email(), patient.displayName(),
                    Role.PATIENT, sourceIp);
            patients.linkAccount(patient.id(), account.id());
        } catch (Invitations.EmailTakenException taken) {
            throw new InvalidPatientDetailsException(Map.of("email", "invite.emailTaken"));
        }
        audit.write(by, "patient.invite", patientId, "patient", patientId.toString());
        if (by.is(Role.ADMIN)) {
            tellCareTeamOfAdminInvitation(by, patient, team);
        }
    }

    /**
     * An admin may not see clinical data, and whoever accepts the invitation can: the care team sees every
     * invitation an admin sends, and to which address, so one sent to an address that is not the patient's is
     * noticed.
     */
    private void tellCareTeamOfAdminInvitation(CurrentUser admin, Patient patient, List<CareTeamMember> team) {
        Set<Long> recipients = team.stream().map(CareTeamMember::accountId).collect(Collectors.toSet());
        events.publishEvent(new CareTeamAlert(patient.publicId(), recipients, CareTeamAlert.Level.WARNING,
                patient.displayName() + ": " + admin.displayName() + " (admin) sent an account invitation to "
                        + patient.details().email() + ". If that is not the patient's address, tell the clinic at once.",
                "/patients/" + patient.publicId(), true, false));
    }

    private void check(PatientDetails details) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate today = clinic.today(clock);
        if (details.dateOfBirth() != null && details.dateOfBirth().isAfter(today)) {
            problems.put("dateOfBirth", "patient.dateOfBirth.future");
        } else if (details.dateOfBirth() != null && details.dateOfBirth().isBefore(today.minusYears(OLDEST_AGE))) {
            problems.put("dateOfBirth", "patient.dateOfBirth.tooOld");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPatientDetailsException(problems);
        }
    }

    private static LocalDate parseDate(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(query.strip());
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDate.parse(query.strip(), DAY_MONTH_YEAR);
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static PatientDetails withoutReferral(PatientDetails d) {
        return withReferral(d, null);
    }

    private static PatientDetails withReferral(PatientDetails d, String referral) {
        return new PatientDetails(d.givenName(), d.familyName(), d.dateOfBirth(), d.email(), d.phone(),
                d.emergencyContactName(), d.emergencyContactPhone(), d.preferredLanguage(), referral);
    }
}
