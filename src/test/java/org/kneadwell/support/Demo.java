package org.kneadwell.support;

/** The demo clinic's logins (see README), for tests that act as its people. */
public final class Demo {

    public static final String PASSWORD = "demo-kneadwell";
    public static final String TOTP_SECRET = "KNEADWELLDEMO234";
    public static final String ADMIN = "admin@demo.kneadwell.org";
    public static final String THERAPIST = "therapist@demo.kneadwell.org";
    public static final String OTHER_THERAPIST = "tomas.novak@demo.kneadwell.org";
    public static final String CLINICIAN = "clinician@demo.kneadwell.org";
    public static final String OTHER_CLINICIAN = "liam.obrien@demo.kneadwell.org";
    public static final String PATIENT = "patient@demo.kneadwell.org";

    private Demo() {
    }

    public static boolean needsTotp(String email) {
        return email.equals(ADMIN) || email.equals(CLINICIAN) || email.equals(OTHER_CLINICIAN);
    }
}
