package org.kneadwell.patient;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /**
     * What the form would refuse, for details that arrive without one (a FHIR import): each field's name and what is
     * wrong with it, in words. Dates are checked by {@link PatientRecords} as for any registration.
     */
    public Map<String, String> shapeProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (givenName == null || givenName.isEmpty() || givenName.length() > 100) {
            problems.put("givenName", "A given name of 1 to 100 characters is required.");
        }
        if (familyName == null || familyName.isEmpty() || familyName.length() > 100) {
            problems.put("familyName", "A family name of 1 to 100 characters is required.");
        }
        if (dateOfBirth == null) {
            problems.put("dateOfBirth", "A date of birth is required.");
        }
        if (email != null && (email.length() > 254 || !email.matches("^[^@\\s]+@[^@\\s]+$"))) {
            problems.put("email", "The e-mail address is not one we can write to.");
        }
        if (phone != null && !phone.matches(PatientForm.PHONE)) {
            problems.put("phone", "The phone number has characters a phone number does not have, or is too long.");
        }
        if (preferredLanguage == null || !preferredLanguage.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            problems.put("preferredLanguage", "The language is not a language tag (such as en or en-GB).");
        }
        return problems;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
