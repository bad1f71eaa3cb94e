package org.kneadwell.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** A patient record as stored. Clinical modules key their own rows by {@link #publicId()}. */
public record Patient(long id, UUID publicId, PatientDetails details, Long accountId, Instant createdAt) {

    public String displayName() {
        return details.givenName() + " " + details.familyName();
    }

    public int ageOn(LocalDate day) {
        return Period.between(details.dateOfBirth(), day).getYears();
    }
}
