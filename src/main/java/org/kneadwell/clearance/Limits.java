package org.kneadwell.clearance;

import java.util.ArrayList;
import java.util.List;

import org.kneadwell.screening.policy.Reason;
import org.kneadwell.screening.policy.TechniqueVerdict;
import org.kneadwell.shared.DisplayDates;

/** Builds the limits of effective safety, each naming where it came from. */
final class Limits {

    private Limits() {
    }

    /** The screen's reasons for a verdict, with their codes and sources. */
    static List<Limit> fromScreen(TechniqueVerdict verdict) {
        List<Limit> limits = new ArrayList<>();
        for (Reason reason : verdict.reasons()) {
            limits.add(of(LimitSource.SCREEN, reason));
        }
        return limits;
    }

    static Limit of(LimitSource source, Reason reason) {
        return new Limit(source, reason.code(), reason.text(), reason.sources());
    }

    /** A limit set by the clearance, its text naming the clinician and the valid-until date. */
    static Limit clearance(Clearance clearance, String code, String what) {
        return new Limit(LimitSource.CLEARANCE, code, by(clearance) + ": " + what, List.of());
    }

    /** "Clearance by Dr Okafor, valid until 30 Jun 2026". */
    static String by(Clearance clearance) {
        return "Clearance by " + clearance.clinicianName() + ", valid until " + DisplayDates.date(clearance.validUntil());
    }
}
