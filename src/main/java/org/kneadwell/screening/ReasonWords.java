package org.kneadwell.screening;

import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.Reason;
import org.kneadwell.screening.policy.ReasonNames;
import org.springframework.stereotype.Component;

/** Pages name a reason or a condition in words ({@code ${@reasonWords.of(r)}}), never by its code. */
@Component("reasonWords")
public class ReasonWords {

    public String of(Reason reason) {
        return ReasonNames.of(reason);
    }

    public String unlessSaid(Reason reason) {
        return ReasonNames.unlessSaid(reason);
    }

    /** A condition code as staff read it ("Herniated disc with sciatica or nerve-root pain"). */
    public String condition(String code) {
        return ConditionCode.valueOf(code).label();
    }
}
