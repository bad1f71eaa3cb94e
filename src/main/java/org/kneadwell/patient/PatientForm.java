package org.kneadwell.patient;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;


import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The patient form and the API's create request: field shape only; {@link PatientRecords} checks the dates.
 * The date of birth stays text until {@link #toDetails()}, so a malformed date is reported beside its field
 * together with every other problem (a record that cannot be built would skip validation altogether).
 */
record PatientForm(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotBlank @Pattern(regexp = "^$|^\\d{4}-\\d{2}-\\d{2}$", message = "{typeMismatch.dateOfBirth}") String dateOfBirth,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = PHONE) @Size(max = 40) String phone,
        @Size(max = 200) String emergencyContactName,
        @Pattern(regexp = PHONE) @Size(max = 40) String emergencyContactPhone,
        @NotBlank @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*") String preferredLanguage,
        @Size(max = 1000) String referralNote) {

    static final String PHONE = "^$|^\\+?[0-9 ()./-]{6,40}$";

    /** Languages offered in the form (BCP 47 tags); the API accepts any well-formed tag. */
    static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "it", "pt", "nl", "pl", "ro", "uk", "ru",
            "tr", "ar", "ur", "hi", "bn", "zh", "vi", "ja", "ko");

    static PatientForm empty() {
        return new PatientForm("", "", "", "", "", "", "", "en", "");
    }

    static PatientForm of(PatientDetails d) {
        return new PatientForm(d.givenName(), d.familyName(), d.dateOfBirth().toString(), d.email(), d.phone(),
                d.emergencyContactName(), d.emergencyContactPhone(), d.preferredLanguage(), d.referralNote());
    }

    /** The details, or {@link InvalidPatientDetailsException} for a date that does not exist (31 February). */
    PatientDetails toDetails() {
        LocalDate born;
        try {
            born = LocalDate.parse(dateOfBirth);
        } catch (DateTimeParseException e) {
            throw new InvalidPatientDetailsException(java.util.Map.of("dateOfBirth", "typeMismatch.dateOfBirth"));
        }
        return new PatientDetails(givenName, familyName, born, email, phone, emergencyContactName,
                emergencyContactPhone, preferredLanguage, referralNote);
    }

    static String languageName(String tag, Locale in) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(in);
    }
}
