package org.kneadwell.therapist;

import java.time.LocalDate;

/** A registration or licence as entered by the admin, before verification. */
public record CredentialDetails(String registrationNumber, String issuingBody, String jurisdiction,
        LocalDate expiresOn) {
}
