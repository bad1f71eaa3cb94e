package org.kneadwell.screening.policy;

import java.util.Arrays;

/**
 * What a reason is about, in words a person reads instead of its code: the red flag's summary
 * ("Numbness in the saddle area"), the condition's clinical label ("Herniated disc with sciatica or nerve-root
 * pain"), or else the subject its text opens with ("Inflammatory arthritis: ...").
 */
public final class ReasonNames {

    private ReasonNames() {
    }

    public static String of(Reason reason) {
        if (isName(RedFlag.class, reason.code())) {
            return RedFlag.valueOf(reason.code()).summary();
        }
        if (isName(ConditionCode.class, reason.code())) {
            return ConditionCode.valueOf(reason.code()).label();
        }
        int colon = reason.text().indexOf(": ");
        return colon > 0 ? reason.text().substring(0, colon) : reason.text();
    }

    /** The name, or nothing when the reason's text already opens with it (so a line never says it twice). */
    public static String unlessSaid(Reason reason) {
        String name = of(reason);
        return reason.text().startsWith(name) ? "" : name;
    }

    private static <E extends Enum<E>> boolean isName(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(constant -> constant.name().equals(code));
    }
}
