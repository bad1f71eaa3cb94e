package org.kneadwell.therapist;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The admin's credential form; the expiry stays text so a malformed date is reported beside its field. */
record CredentialForm(
        @NotBlank @Size(max = 100) String registrationNumber,
        @NotBlank @Size(max = 200) String issuingBody,
        @NotBlank @Size(max = 200) String jurisdiction,
        @NotBlank @Pattern(regexp = "^$|^\\d{4}-\\d{2}-\\d{2}$", message = "{therapist.date.format}") String expiresOn) {

    static CredentialForm of(Credential c) {
        return new CredentialForm(text(c.registrationNumber()), text(c.issuingBody()), text(c.jurisdiction()),
                c.expiresOn() == null ? "" : c.expiresOn().toString());
    }

    CredentialDetails toDetails() {
        try {
            return new CredentialDetails(registrationNumber.strip(), issuingBody.strip(), jurisdiction.strip(),
                    LocalDate.parse(expiresOn));
        } catch (DateTimeParseException e) {
            throw InvalidTherapistDetailsException.of("expiresOn", "therapist.date.format");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
