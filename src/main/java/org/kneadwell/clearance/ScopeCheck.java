package org.kneadwell.clearance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.Reason;
import org.kneadwell.screening.policy.ScreeningResult;
import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.screening.policy.TechniqueVerdict;
import org.kneadwell.shared.Technique;

/**
 * Whether a clinician's scope fits the screen it clears (issue 4, "Decisions"): every permission names a real
 * contraindication that may be lifted, every contraindicated technique in scope is permitted reason by reason,
 * and a hold is lifted exactly when there is one. Contraindications are read from the screen's condition
 * verdicts, which stand even when a hold is lifted (screening contract §2.1).
 */
public final class ScopeCheck {

    public static final String ABSOLUTE = "clearance.error.absolute";
    public static final String NO_SUCH_RESTRICTION = "clearance.error.noSuchRestriction";
    public static final String NEEDS_PERMISSION = "clearance.error.needsPermission";
    public static final String NO_HOLD = "clearance.error.noHold";
    public static final String HOLD_NOT_LIFTED = "clearance.error.holdNotLifted";

    private ScopeCheck() {
    }

    /** Everything wrong with the scope for this screen, on hold exactly when the screen is; empty if it may pass. */
    public static List<ScopeProblem> problems(ScreeningResult screen, ClearanceScope scope) {
        return problems(screen, scope, screen.triage().massageOnHold());
    }

    /**
     * Everything wrong with the scope for the latest screen, when a hold stands or not (an earlier unresolved screen
     * may hold a patient whose latest screen does not, screening contract §5.1); empty if a clinician may approve it.
     */
    public static List<ScopeProblem> problems(ScreeningResult screen, ClearanceScope scope, boolean onHold) {
        Objects.requireNonNull(screen, "screen");
        Objects.requireNonNull(scope, "scope");
        List<ScopeProblem> problems = new ArrayList<>();
        int index = 0;
        for (Permission permission : scope.permissions()) {
            String field = "permissions[" + index++ + "]";
            String detail = permission.technique() + ": " + permission.restrictionCode();
            if (!contraindicatingCodes(screen, permission.technique()).contains(permission.restrictionCode())) {
                problems.add(new ScopeProblem(field, NO_SUCH_RESTRICTION, detail));
            } else if (AbsoluteContraindications.isAbsolute(permission.restrictionCode(), screen)) {
                problems.add(new ScopeProblem(field, ABSOLUTE, detail));
            }
        }
        for (Technique technique : scope.techniques()) {
            unliftedProblem(screen, scope, technique).ifPresent(problems::add);
        }
        if (scope.liftsHold() && !onHold) {
            problems.add(new ScopeProblem("liftsHold", NO_HOLD, screen.triage().tier().name()));
        }
        if (onHold && !scope.liftsHold()) {
            problems.add(new ScopeProblem("liftsHold", HOLD_NOT_LIFTED, screen.triage().tier().name()));
        }
        return List.copyOf(problems);
    }

    /**
     * A contraindicated technique in scope without a permission for every reason. If an unlifted reason is
     * absolute, say so ({@code clearance.error.absolute}): asking for a permission that can never be given misleads.
     */
    private static Optional<ScopeProblem> unliftedProblem(ScreeningResult screen, ClearanceScope scope,
            Technique technique) {
        List<String> unlifted = new ArrayList<>();
        boolean absolute = false;
        for (ConditionCode code : contraindicatingCodes(screen, technique)) {
            if (!scope.permits(technique, code)) {
                unlifted.add(code.name());
                absolute |= AbsoluteContraindications.isAbsolute(code, screen);
            }
        }
        if (unlifted.isEmpty()) {
            return Optional.empty();
        }
        String detail = technique + ": " + String.join(", ", unlifted);
        return Optional.of(new ScopeProblem("techniques", absolute ? ABSOLUTE : NEEDS_PERMISSION, detail));
    }

    /** The codes of the reasons the screen's condition verdict contraindicates the technique for; empty if not CI. */
    static Set<ConditionCode> contraindicatingCodes(ScreeningResult screen, Technique technique) {
        TechniqueVerdict verdict = screen.conditionVerdicts().get(technique.ordinal());
        Set<ConditionCode> codes = new LinkedHashSet<>();
        if (verdict.status() == TechniqueStatus.CONTRAINDICATED) {
            for (Reason reason : verdict.reasons()) {
                reason.condition().ifPresent(codes::add);
            }
        }
        return codes;
    }
}
