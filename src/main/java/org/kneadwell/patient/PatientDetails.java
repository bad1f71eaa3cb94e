package org.kneadwell.patient;

import java.time.LocalDate;

/** What staff record about a patient. Field shape is checked by the forms; {@link PatientRecords} checks dates. */
public record PatientDetails(String givenName, String familyName, LocalDate dateOfBirth, String email, String phone,
        String emergencyContactName, String emergencyContactPhone, String preferredLanguage, String referralNote) {

    public PatientDetails {
        givenName = strip(givenName);
        familyName = strip(familyName);
        email = blankToNull(email);
        phone = blankToNull(phone);
        emergencyContactName = blankToNull(emergencyContactName);
        emergencyContactPhone = blankToNull(emergencyContactPhone);
        referralNote = blankToNull(referralNote);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
