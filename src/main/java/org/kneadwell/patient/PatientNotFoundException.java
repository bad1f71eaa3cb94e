package org.kneadwell.patient;

/**
 * The patient does not exist or the caller may not see them; the two are deliberately indistinguishable
 * (404 in both cases) so ids cannot be probed.
 */
public class PatientNotFoundException extends RuntimeException {

    public PatientNotFoundException() {
        super("patient.notFound");
    }
}
