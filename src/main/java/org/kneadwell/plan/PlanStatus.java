package org.kneadwell.plan;

/** A plan is drafted, then active while it is being delivered, then completed; it never goes back. */
public enum PlanStatus {
    DRAFT, ACTIVE, COMPLETED
}
