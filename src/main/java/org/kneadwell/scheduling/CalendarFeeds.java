package org.kneadwell.scheduling;

import static org.kneadwell.shared.SqlTime.utc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * iCalendar feeds of a patient's or a therapist's sessions behind an unguessable link (256 random bits, stored only
 * as a hash), which its owner can revoke. Events say when and where, never anything clinical or a patient's name.
 */
@Service
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration PAST = Duration.ofDays(60);
    private static final Duration AHEAD = Duration.ofDays(400);

    private final JdbcClient jdbc;
    private final Appointments appointments;
    private final PatientRecords patients;
    private final AuditTrail audit;
    private final TherapistChecks therapists;
    private final Clock clock;

    CalendarFeeds(JdbcClient jdbc, Appointments appointments, PatientRecords patients, AuditTrail audit,
            TherapistChecks therapists, Clock clock) {
        this.therapists = therapists;
        this.jdbc = jdbc;
        this.appointments = appointments;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
    }

    enum Owner { PATIENT, THERAPIST }

    /** A new feed link for the signed-in patient's or therapist's own sessions; earlier links keep working until revoked. */
    @Transactional
    public String newLink(CurrentUser user) {
        Owner kind = user.is(Role.PATIENT) ? Owner.PATIENT : Owner.THERAPIST;
        UUID owner = ownerOf(user).orElseThrow(() -> new BookingRefusedException("calendar", "calendar.error.noOwner"));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into calendar_feed (token_hash, owner_kind, owner_id, created_at) values (?, ?, ?, ?)")
                .params(hash(token), kind.name(), owner, utc(clock.instant())).update();
        audit.write(user, "calendar.link", kind == Owner.PATIENT ? owner : null, "calendar-feed", null);
        return token;
    }

    /** Revokes every feed link of the signed-in user. */
    @Transactional
    public int revokeAll(CurrentUser user) {
        UUID owner = ownerOf(user).orElseThrow(() -> new BookingRefusedException("calendar", "calendar.error.noOwner"));
        int revoked = jdbc.sql("update calendar_feed set revoked_at = ? where owner_id = ? and revoked_at is null")
                .params(utc(clock.instant()), owner).update();
        audit.write(user, "calendar.revoke", user.is(Role.PATIENT) ? owner : null, "calendar-feed", null);
        return revoked;
    }

    /** Revokes every feed link of a therapist whose account is being deactivated; {@code by} is the admin. */
    @Transactional
    int revokeTherapistFeeds(UUID therapistId, CurrentUser by) {
        int revoked = jdbc.sql("update calendar_feed set revoked_at = ? where owner_kind = 'THERAPIST' and owner_id = ? "
                + "and revoked_at is null").params(utc(clock.instant()), therapistId).update();
        audit.write(by, "calendar.revoke", null, "calendar-feed", therapistId.toString());
        return revoked;
    }

    /** The feed for a live link, or empty for an unknown or revoked one, or one of a deactivated therapist. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        record Feed(Owner kind, UUID owner) {
        }
        Optional<Feed> feed = jdbc.sql("select owner_kind, owner_id from calendar_feed where token_hash = ? and revoked_at is null")
                .param(hash(token)).query((rs, i) -> new Feed(Owner.valueOf(rs.getString("owner_kind")),
                        rs.getObject("owner_id", UUID.class))).optional()
                .filter(f -> f.kind() == Owner.PATIENT || therapists.hasActiveAccount(f.owner()));
        return feed.map(f -> {
            Instant now = clock.instant();
            List<Appointment> sessions = f.kind() == Owner.PATIENT
                    ? appointments.ofPatient(f.owner()).stream()
                            .filter(a -> a.start().isAfter(now.minus(PAST)) && a.start().isBefore(now.plus(AHEAD))).toList()
                    : appointments.ofTherapist(f.owner(), now.minus(PAST), now.plus(AHEAD));
            audit.read(null, "calendar.feed", f.kind() == Owner.PATIENT ? f.owner() : null, "calendar-feed", null);
            return ICalendar.of(sessions, f.kind() == Owner.PATIENT, now);
        });
    }

    /** The patient record (for a patient) or the account (for a therapist) whose sessions the feed shows. */
    private Optional<UUID> ownerOf(CurrentUser user) {
        if (user.is(Role.PATIENT)) {
            return patients.ownRecord(user).map(Patient::publicId);
        }
        return user.is(Role.THERAPIST) ? therapists.profileOf(user.accountId()) : Optional.empty();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
