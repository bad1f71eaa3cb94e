package org.kneadwell.therapist;

import java.util.Locale;

/** People search by a language's name ("Spanish"); the directory stores codes ("es"). */
final class LanguageNames {

    private LanguageNames() {
    }

    /** The code of the language named (in English, any case), or the input unchanged when it names none. */
    static String codeFor(String nameOrCode) {
        for (String code : Locale.getISOLanguages()) {
            if (Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(nameOrCode)) {
                return code;
            }
        }
        return nameOrCode;
    }
}
