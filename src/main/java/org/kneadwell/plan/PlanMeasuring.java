package org.kneadwell.plan;

import java.time.Instant;

/**
 * What decides when a patient's questionnaires fall due: the schedule of their plan and when their latest plan was
 * completed ({@code null} if none was).
 */
public record PlanMeasuring(Measuring measuring, Instant lastPlanCompleted) {
}
