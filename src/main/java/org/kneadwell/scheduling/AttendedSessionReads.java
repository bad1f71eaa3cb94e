package org.kneadwell.scheduling;

import java.time.Instant;
import java.util.List;

import org.kneadwell.scheduling.clinic.AttendedSessions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Attended sessions for clinic jobs (see {@link AttendedSessions}). */
@Service
class AttendedSessionReads implements AttendedSessions {

    private final Appointments appointments;

    AttendedSessionReads(Appointments appointments) {
        this.appointments = appointments;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Appointment> endedBetween(Instant from, Instant to) {
        return appointments.attendedEndedBetween(from, to);
    }
}
