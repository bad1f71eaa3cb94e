package org.kneadwell.scheduling;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.therapist.TherapistDirectory;
import org.kneadwell.therapist.TherapistProfile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the clinic still has to rebook, for the admin's home: counts per therapist, no patient data. */
@Service
public class Rebooking {

    private final Appointments appointments;
    private final TherapistDirectory directory;
    private final Clock clock;

    Rebooking(Appointments appointments, TherapistDirectory directory, Clock clock) {
        this.appointments = appointments;
        this.directory = directory;
        this.clock = clock;
    }

    /** One therapist's upcoming sessions that are marked for rebooking. */
    public record Waiting(UUID therapistId, String therapistName, long sessions) {
    }

    @Transactional(readOnly = true)
    public List<Waiting> awaitingRebooking(CurrentUser admin) {
        if (!admin.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only admins see the clinic's rebooking list");
        }
        return appointments.awaitingRebookingByTherapist(clock.instant()).entrySet().stream()
                .map(e -> new Waiting(e.getKey(), directory.profile(e.getKey()).map(TherapistProfile::displayName)
                        .orElse(e.getKey().toString()), e.getValue()))
                .toList();
    }
}
