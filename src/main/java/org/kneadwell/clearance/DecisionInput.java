package org.kneadwell.clearance;

import java.util.List;
import java.util.Map;

/**
 * A clinician's decision as the API and the decision page send it, before any checking: codes are text, so an
 * unknown one can be reported against its field.
 */
public record DecisionInput(String decision, Scope scope, String validUntil, String reason) {

    /** The approval's scope. */
    public record Scope(List<String> techniques, Map<String, Integer> pressureCaps, List<String> avoidRegions,
            String heat, String precautions, Boolean liftsHold, List<PermissionInput> permissions) {
    }

    /** Lifts the contraindication of {@code technique} that {@code restriction} (a condition code) caused. */
    public record PermissionInput(String technique, String restriction) {
    }
}
