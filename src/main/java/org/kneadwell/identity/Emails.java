package org.kneadwell.identity;

import java.util.Locale;

/** E-mail addresses are user names; they compare without case and surrounding space. */
final class Emails {

    private Emails() {
    }

    static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
