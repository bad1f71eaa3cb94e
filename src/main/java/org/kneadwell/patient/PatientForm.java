package org.kneadwell.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The patient form and the API's create request: field shape only; {@link PatientRecords} checks the dates. */
record PatientForm(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
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
        return new PatientForm("", "", null, "", "", "", "", "en", "");
    }

    static PatientForm of(PatientDetails d) {
        return new PatientForm(d.givenName(), d.familyName(), d.dateOfBirth(), d.email(), d.phone(),
                d.emergencyContactName(), d.emergencyContactPhone(), d.preferredLanguage(), d.referralNote());
    }

    PatientDetails toDetails() {
        return new PatientDetails(givenName, familyName, dateOfBirth, email, phone, emergencyContactName,
                emergencyContactPhone, preferredLanguage, referralNote);
    }

    static String languageName(String tag, Locale in) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(in);
    }
}
