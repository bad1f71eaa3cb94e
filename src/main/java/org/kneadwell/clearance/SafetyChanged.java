package org.kneadwell.clearance;

import java.util.UUID;

/**
 * Published in the deciding transaction whenever a patient's effective safety may have changed (a new screen, a
 * clinician's settling decision, a clearance running out), so booked sessions can follow (contract §5.5) without
 * this module knowing about them.
 */
public record SafetyChanged(UUID patientId) {
}
