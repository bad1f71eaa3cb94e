package org.kneadwell.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.scheduling.Appointment;
import org.kneadwell.shared.Technique;

class FollowUpAnswerTest {

    private static FollowUpInput answer(Integer pain, String soreness, String bruising,
            List<FollowUpInput.ReactionInput> others, String helpfulness) {
        return new FollowUpInput(pain, soreness, bruising, others, helpfulness);
    }

    private static InvalidFollowUpException refusal(FollowUpInput input) {
        return (InvalidFollowUpException) org.assertj.core.api.Assertions.catchThrowable(() -> FollowUpAnswer.parse(input));
    }

    @Test
    void turnsSorenessBruisingAndOtherReactionsIntoReactionsWithSeverity() {
        FollowUpAnswer parsed = FollowUpAnswer.parse(answer(3, "MILD", "NONE",
                List.of(new FollowUpInput.ReactionInput("OTHER", "SEVERE", "fainted at home")), "VERY"));

        assertThat(parsed.painNow()).isEqualTo(3);
        assertThat(parsed.helpfulness()).isEqualTo(Helpfulness.VERY);
        assertThat(parsed.reactions()).extracting(FollowUpAnswer.Reaction::kind, FollowUpAnswer.Reaction::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReactionKind.SORENESS, Severity.MILD),
                        org.assertj.core.groups.Tuple.tuple(ReactionKind.OTHER, Severity.SEVERE));
        assertThat(parsed.worst()).contains(Severity.SEVERE);
    }

    @Test
    void refusesPainOutsideZeroToTenAndNamesTheField() {
        assertThat(refusal(answer(11, "NONE", "NONE", List.of(), "VERY")).fieldErrors())
                .containsEntry("painNow", "followUp.error.painRange");
        assertThat(refusal(answer(-1, "NONE", "NONE", List.of(), "VERY")).fieldErrors()).containsKey("painNow");
        assertThat(refusal(answer(null, "NONE", "NONE", List.of(), "VERY")).fieldErrors())
                .containsEntry("painNow", "followUp.error.painMissing");
    }

    @Test
    void refusesUnknownReactionKindsAndSeveritiesNamingEachField() {
        InvalidFollowUpException refused = refusal(answer(2, "TERRIBLE", "NONE", List.of(
                new FollowUpInput.ReactionInput("ITCHY_EARS", "MILD", null),
                new FollowUpInput.ReactionInput("HEADACHE", "NONE", null),
                new FollowUpInput.ReactionInput("SORENESS", "MILD", null)), null));

        assertThat(refused.fieldErrors()).containsEntry("soreness", "followUp.error.severity")
                .containsEntry("otherReactions[0].kind", "followUp.error.reactionKind")
                .containsEntry("otherReactions[1].severity", "followUp.error.severity")
                .containsEntry("otherReactions[2].kind", "followUp.error.reactionKind")
                .containsEntry("helpfulness", "followUp.error.helpfulness");
    }

    @Test
    void refusesAnOtherReactionWithoutWordsAndOneListedTwice() {
        InvalidFollowUpException refused = refusal(answer(2, "NONE", "NONE", List.of(
                new FollowUpInput.ReactionInput("OTHER", "MILD", " "),
                new FollowUpInput.ReactionInput("NAUSEA", "MILD", null),
                new FollowUpInput.ReactionInput("NAUSEA", "SEVERE", null)), "A_LITTLE"));

        assertThat(refused.fieldErrors()).containsEntry("otherReactions[0].description", "followUp.error.otherDescription")
                .containsEntry("otherReactions[2].kind", "followUp.error.reactionTwice");
    }

    @Test
    void aValueCannotHoldPainOutsideTheScale() {
        assertThatThrownBy(() -> new FollowUpAnswer(11, Helpfulness.VERY, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFollowUpOpensFortyEightHoursAfterTheSessionEndsAndOnlyForAnAttendedOne() {
        Instant end = Instant.parse("2026-11-24T11:00:00Z");
        Appointment attended = session(Appointment.Status.ATTENDED, end);

        assertThat(SessionFollowUps.status(attended, null, end.plus(Duration.ofHours(47))))
                .isEqualTo(SessionFollowUps.Status.NOT_YET);
        assertThat(SessionFollowUps.status(attended, null, end.plus(Duration.ofHours(48))))
                .isEqualTo(SessionFollowUps.Status.OPEN);
        assertThat(SessionFollowUps.status(session(Appointment.Status.NO_SHOW, end), null, end.plus(Duration.ofDays(3))))
                .isEqualTo(SessionFollowUps.Status.NOT_ATTENDED);
        FollowUp answered = new FollowUp(1, UUID.randomUUID(), attended.patientId(), attended.publicId(),
                Technique.SWEDISH, attended.start(), end, end.plus(Duration.ofHours(48)), end.plus(Duration.ofHours(50)),
                2, Helpfulness.VERY);
        assertThat(SessionFollowUps.status(attended, answered, end.plus(Duration.ofDays(3))))
                .isEqualTo(SessionFollowUps.Status.ANSWERED);
    }

    private static Appointment session(Appointment.Status status, Instant end) {
        return new Appointment(1, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, null, null,
                Technique.SWEDISH, end.minus(Duration.ofHours(1)), end, status, null, false,
                end.minus(Duration.ofDays(7)), null, null, null);
    }
}
