package org.kneadwell.bench;

/**
 * The size of a generated clinic: {@code patients} patients; a therapist for every 100 patients (a caseload)
 * and a supervising clinician for every 500.
 */
record Scale(int patients) {

    int therapists() {
        return Math.max(1, (patients + 99) / 100);
    }

    int clinicians() {
        return Math.max(1, (patients + 499) / 500);
    }

    String label() {
        return patients % 1000 == 0 ? (patients / 1000) + "K" : String.valueOf(patients);
    }
}
