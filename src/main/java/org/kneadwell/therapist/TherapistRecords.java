package org.kneadwell.therapist;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.Technique;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the directory: therapists keep their own profile and availability; admins keep credentials,
 * their verification, locations and places. Every change is audited.
 */
@Service
@Transactional
public class TherapistRecords {

    private final Therapists therapists;
    private final AuditTrail audit;
    private final ClinicSettings clinic;
    private final Clock clock;

    TherapistRecords(Therapists therapists, AuditTrail audit, ClinicSettings clinic, Clock clock) {
        this.therapists = therapists;
        this.audit = audit;
        this.clinic = clinic;
        this.clock = clock;
    }

    /** Creates or replaces the therapist's own profile; returns its public id. */
    public UUID saveProfile(CurrentUser therapist, ProfileDetails d) {
        require(therapist, Role.THERAPIST);
        Set<UUID> known = new LinkedHashSet<>();
        therapists.locations().forEach(l -> known.add(l.id()));
        if (!known.containsAll(d.locationIds())) {
            throw InvalidTherapistDetailsException.of("locations", "therapist.location.unknown");
        }
        Therapists.Row row = ownRow(therapist);
        therapists.updateProfile(row.id(), d.chronicBackPainYears(), new java.util.TreeSet<>(d.languages()), d.bio(),
                d.accessibilityNotes());
        Set<Technique> techniques = java.util.EnumSet.noneOf(Technique.class);
        techniques.addAll(d.techniques());
        therapists.replaceTechniques(row.id(), techniques);
        therapists.replaceLocations(row.id(), d.locationIds());
        audit.write(therapist, "therapist.profile.update", null, "therapist", row.publicId().toString());
        return row.publicId();
    }

    public void updateCredential(CurrentUser admin, UUID profileId, CredentialDetails d) {
        require(admin, Role.ADMIN);
        Therapists.Row row = row(profileId);
        if (d.expiresOn() != null && d.expiresOn().isBefore(clinic.today(clock))) {
            throw InvalidTherapistDetailsException.of("expiresOn", "therapist.expiresOn.past");
        }
        therapists.updateCredential(row.id(), d.registrationNumber(), d.issuingBody(), d.jurisdiction(), d.expiresOn());
        audit.write(admin, "therapist.credential.update", null, "therapist", profileId.toString());
    }

    /** Records that {@code admin} checked the credential now; a credential without number or expiry cannot be. */
    public void verify(CurrentUser admin, UUID profileId) {
        require(admin, Role.ADMIN);
        Therapists.Row row = row(profileId);
        Credential c = row.credential();
        if (c.registrationNumber() == null || c.registrationNumber().isBlank() || c.expiresOn() == null) {
            throw InvalidTherapistDetailsException.of("registrationNumber", "therapist.verify.incomplete");
        }
        if (c.expiredBy(clinic.today(clock))) {
            throw InvalidTherapistDetailsException.of("expiresOn", "therapist.verify.expired");
        }
        therapists.verify(row.id(), admin.publicId(), clock.instant());
        audit.write(admin, "therapist.verify", null, "therapist", profileId.toString());
    }

    public UUID addHours(CurrentUser therapist, DayOfWeek day, LocalTime start, LocalTime end, UUID locationId) {
        Therapists.Row row = ownRow(therapist);
        requireOrdered(start, end);
        if (therapists.locationsOf(row.id()).stream().noneMatch(l -> l.id().equals(locationId))) {
            throw InvalidTherapistDetailsException.of("location", "therapist.hours.notYourLocation");
        }
        WeeklyHours hours = new WeeklyHours(UUID.randomUUID(), day, start, end, locationId);
        if (therapists.schedule(row.id(), 0).hours().stream().anyMatch(hours::overlaps)) {
            throw InvalidTherapistDetailsException.of("start", "therapist.hours.overlap");
        }
        therapists.insertHours(row.id(), hours);
        audit.write(therapist, "therapist.hours.add", null, "therapist", row.publicId().toString());
        return hours.id();
    }

    public UUID addBreak(CurrentUser therapist, DayOfWeek day, LocalTime start, LocalTime end) {
        Therapists.Row row = ownRow(therapist);
        requireOrdered(start, end);
        WeeklyBreak pause = new WeeklyBreak(UUID.randomUUID(), day, start, end);
        if (therapists.schedule(row.id(), 0).breaks().stream().anyMatch(pause::overlaps)) {
            throw InvalidTherapistDetailsException.of("start", "therapist.break.overlap");
        }
        therapists.insertBreak(row.id(), pause);
        audit.write(therapist, "therapist.break.add", null, "therapist", row.publicId().toString());
        return pause.id();
    }

    public UUID addTimeOff(CurrentUser therapist, java.time.LocalDate startsOn, java.time.LocalDate endsOn,
            String reason) {
        Therapists.Row row = ownRow(therapist);
        if (startsOn.isBefore(clinic.today(clock))) {
            throw InvalidTherapistDetailsException.of("startsOn", "therapist.timeOff.past");
        }
        if (endsOn.isBefore(startsOn)) {
            throw InvalidTherapistDetailsException.of("endsOn", "therapist.timeOff.endBeforeStart");
        }
        TimeOff off = new TimeOff(UUID.randomUUID(), startsOn, endsOn, reason);
        if (therapists.schedule(row.id(), 0).timeOff().stream().anyMatch(off::overlaps)) {
            throw InvalidTherapistDetailsException.of("startsOn", "therapist.timeOff.overlap");
        }
        therapists.insertTimeOff(row.id(), off);
        audit.write(therapist, "therapist.timeOff.add", null, "therapist", row.publicId().toString());
        return off.id();
    }

    /** Removes one of the therapist's own hours, breaks or days off; false when there was none with this id. */
    public boolean removeAvailability(CurrentUser therapist, UUID id) {
        Therapists.Row row = ownRow(therapist);
        boolean removed = therapists.deleteAvailability("working_hours", row.id(), id)
                || therapists.deleteAvailability("availability_break", row.id(), id)
                || therapists.deleteAvailability("time_off", row.id(), id);
        if (removed) {
            audit.write(therapist, "therapist.availability.remove", null, "therapist", row.publicId().toString());
        }
        return removed;
    }

    public void setBuffer(CurrentUser therapist, int minutes) {
        if (minutes < 0 || minutes > 120) {
            throw InvalidTherapistDetailsException.of("minutes", "therapist.buffer.range");
        }
        Therapists.Row row = ownRow(therapist);
        therapists.updateBuffer(row.id(), minutes);
        audit.write(therapist, "therapist.buffer.update", null, "therapist", row.publicId().toString());
    }

    public Location addLocation(CurrentUser admin, String name, String address, double latitude, double longitude) {
        require(admin, Role.ADMIN);
        Location location = new Location(UUID.randomUUID(), name.strip(), address.strip(), latitude, longitude);
        therapists.insertLocation(location);
        audit.write(admin, "location.create", null, "location", location.id().toString());
        return location;
    }

    public Place addPlace(CurrentUser admin, String name, double latitude, double longitude) {
        require(admin, Role.ADMIN);
        if (therapists.placeNamed(name.strip())) {
            throw InvalidTherapistDetailsException.of("name", "therapist.place.duplicate");
        }
        Place place = new Place(UUID.randomUUID(), name.strip(), latitude, longitude);
        therapists.insertPlace(place, admin.publicId(), clock.instant());
        audit.write(admin, "place.create", null, "place", place.id().toString());
        return place;
    }

    /** The therapist's profile row, made empty on first use. */
    private Therapists.Row ownRow(CurrentUser therapist) {
        require(therapist, Role.THERAPIST);
        return therapists.byAccount(therapist.accountId()).orElseGet(() -> {
            UUID id = UUID.randomUUID();
            therapists.insertProfile(id, therapist.accountId());
            return therapists.byPublicId(id).orElseThrow();
        });
    }

    private Therapists.Row row(UUID profileId) {
        return therapists.byPublicId(profileId).orElseThrow(() -> new TherapistNotFoundException(profileId));
    }

    private static void requireOrdered(LocalTime start, LocalTime end) {
        if (!end.isAfter(start)) {
            throw InvalidTherapistDetailsException.of("end", "therapist.time.endAfterStart");
        }
    }

    private static void require(CurrentUser user, Role role) {
        if (!user.is(role)) {
            throw new AccessDeniedException("Only a " + role + " may do this");
        }
    }
}
