package org.kneadwell.plan;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A patient's treatment plan. Its lifecycle: a therapist drafts it and may revise it while it is a
 * {@link PlanStatus#DRAFT draft}; {@link #activate activating} it needs at least one technique and the exercise part
 * of the package (NICE NG59 [S12]); an {@link PlanStatus#ACTIVE active} plan is {@link #complete completed} when its
 * course ends. Each verb refuses an illegal transition with a {@link PlanStateException}.
 * <p>
 * Whether the chosen techniques are allowed by effective safety on the day is a cross-aggregate rule, checked by
 * {@link TreatmentPlans}.
 *
 * @param id      the database key, 0 before the plan is first stored
 * @param version increases with every stored change (optimistic locking)
 */
public record TreatmentPlan(long id, UUID publicId, UUID patientId, UUID therapistId, String therapistName,
        PlanStatus status, PlanContent content, Stamp created, Stamp activated, Stamp completed, int version) {

    public TreatmentPlan {
        Objects.requireNonNull(publicId, "publicId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(therapistId, "therapistId");
        Objects.requireNonNull(therapistName, "therapistName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(created, "created");
        if ((status == PlanStatus.DRAFT) != (activated == null)) {
            throw new IllegalArgumentException("Exactly the plans that left draft have an activation");
        }
        if ((status == PlanStatus.COMPLETED) != (completed != null)) {
            throw new IllegalArgumentException("Exactly the completed plans have a completion");
        }
    }

    /** A new draft, not stored yet. */
    public static TreatmentPlan draft(UUID patientId, UUID therapistId, String therapistName, PlanContent content,
            Stamp created) {
        return new TreatmentPlan(0, UUID.randomUUID(), patientId, therapistId, therapistName, PlanStatus.DRAFT,
                content, created, null, null, 0);
    }

    /** The draft with new content; only a draft may be revised. */
    public TreatmentPlan revise(PlanContent newContent) {
        require(PlanStatus.DRAFT, "plan.error.reviseOnlyDraft");
        return with(status, newContent, activated, completed);
    }

    /** Starts delivering the plan; only from draft, with at least one technique and an exercise part. */
    public TreatmentPlan activate(Stamp by) {
        require(PlanStatus.DRAFT, "plan.error.activateOnlyDraft");
        if (content.techniques().isEmpty()) {
            throw new PlanStateException("plan.error.noTechnique");
        }
        if (!content.hasExercise()) {
            throw new PlanStateException("plan.error.noExercise");
        }
        return with(PlanStatus.ACTIVE, content, Objects.requireNonNull(by), null);
    }

    /** Ends the course; only an active plan completes. */
    public TreatmentPlan complete(Stamp by) {
        require(PlanStatus.ACTIVE, "plan.error.completeOnlyActive");
        return with(PlanStatus.COMPLETED, content, activated, Objects.requireNonNull(by));
    }

    /** Session numbers after which the patient is reassessed: every fourth and the last. */
    public List<Integer> reassessmentPoints() {
        return content.dose().reassessmentPoints();
    }

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    public boolean isActive() {
        return status == PlanStatus.ACTIVE;
    }

    private void require(PlanStatus expected, String messageKey) {
        if (status != expected) {
            throw new PlanStateException(messageKey);
        }
    }

    private TreatmentPlan with(PlanStatus newStatus, PlanContent newContent, Stamp newActivated, Stamp newCompleted) {
        return new TreatmentPlan(id, publicId, patientId, therapistId, therapistName, newStatus, newContent, created,
                newActivated, newCompleted, version);
    }
}
