package org.kneadwell.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Baseline at intake, RMDQ and PEG every 4 weeks, the ratings weekly; overdue after the grace (issue 12 item 4). */
class SchedulesTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Instant OPENED = Instant.parse("2026-10-01T10:00:00Z");
    private static final List<Instrument> ALL = Instruments.CATALOG.all().stream().filter(Availability::available)
            .map(Availability::instrument).toList();

    private static List<Due> due(Map<String, Instant> last, String today) {
        return Schedules.due(ALL, last, OPENED, Schedules.Cadence.usual(), LocalDate.parse(today), UTC);
    }

    private static List<Due> dueAfterPlan(Map<String, Instant> last, String planCompleted, String today) {
        return Schedules.due(ALL, last, OPENED, new Schedules.Cadence(28, 7, Instant.parse(planCompleted)),
                LocalDate.parse(today), UTC);
    }

    private static List<String> dueWithPlan(Map<String, Instant> last, int questionnaireWeeks, int ratingWeeks,
            String today) {
        return Schedules.due(ALL, last, OPENED, new Schedules.Cadence(questionnaireWeeks * 7, ratingWeeks * 7, null),
                LocalDate.parse(today), UTC).stream().map(d -> d.instrument().id()).toList();
    }

    @Test
    void aNewPatientHasTheBaselineQuestionnairesDueFromTheDayTheRecordWasOpened() {
        assertThat(due(Map.of(), "2026-10-01")).extracting(d -> d.instrument().id())
                .containsExactlyInAnyOrder("RMDQ", "PEG", "STRESS", "TENSION");
        assertThat(due(Map.of(), "2026-10-08")).allMatch(d -> !d.overdue());
        assertThat(due(Map.of(), "2026-10-09")).allMatch(Due::overdue);
    }

    @Test
    void rmdqFallsDueFourWeeksAfterItWasLastAnsweredAndIsOverdueAWeekLater() {
        Map<String, Instant> last = Map.of("RMDQ", Instant.parse("2026-10-01T12:00:00Z"), "PEG",
                Instant.parse("2026-10-20T12:00:00Z"), "STRESS", Instant.parse("2026-10-27T12:00:00Z"), "TENSION",
                Instant.parse("2026-10-27T12:00:00Z"));
        assertThat(due(last, "2026-10-28")).isEmpty();
        assertThat(due(last, "2026-10-29")).extracting(d -> d.instrument().id()).containsExactly("RMDQ");
        Due rmdq = due(last, "2026-11-06").stream().filter(d -> d.instrument().id().equals("RMDQ")).findFirst()
                .orElseThrow();
        assertThat(rmdq.dueOn()).isEqualTo(LocalDate.parse("2026-10-29"));
        assertThat(rmdq.overdue()).isTrue();
    }

    @Test
    void theWeeklyRatingsAreOverdueAfterTwoDays() {
        Map<String, Instant> last = Map.of("RMDQ", Instant.parse("2026-11-01T12:00:00Z"), "PEG",
                Instant.parse("2026-11-01T12:00:00Z"), "STRESS", Instant.parse("2026-11-01T12:00:00Z"), "TENSION",
                Instant.parse("2026-11-05T12:00:00Z"));
        assertThat(due(last, "2026-11-10")).extracting(Due::overdue).containsExactly(false);
        assertThat(due(last, "2026-11-11")).singleElement().extracting(Due::overdue).isEqualTo(true);
    }

    @Test
    void therapistMeasuresAndUnscheduledInstrumentsAreNeverDue() {
        assertThat(due(Map.of(), "2027-06-01")).extracting(d -> d.instrument().id())
                .doesNotContain("SCHOBER", "FINGERTIP_FLOOR", "NPRS", "PSFS", "PGIC", "ODI", "PSS10");
    }

    @Test
    void theEndOfAPlanAsksForThePatientsImpressionOfChangeAndTheFunctionQuestionnairesOnceMore() {
        Map<String, Instant> last = Map.of("RMDQ", Instant.parse("2026-11-20T12:00:00Z"), "PEG",
                Instant.parse("2026-11-20T12:00:00Z"), "STRESS", Instant.parse("2026-11-28T12:00:00Z"), "TENSION",
                Instant.parse("2026-11-28T12:00:00Z"));
        assertThat(due(last, "2026-11-30")).as("no plan ended: nothing due yet").isEmpty();

        List<Due> due = dueAfterPlan(last, "2026-11-29T16:00:00Z", "2026-11-30");
        assertThat(due).extracting(d -> d.instrument().id()).containsExactlyInAnyOrder("PGIC", "RMDQ", "PEG");
        assertThat(due).allSatisfy(d -> {
            assertThat(d.dueOn()).isEqualTo(LocalDate.parse("2026-11-29"));
            assertThat(d.overdue()).isFalse();
        });
        assertThat(dueAfterPlan(last, "2026-11-29T16:00:00Z", "2026-12-07")).filteredOn(Due::overdue)
                .extracting(d -> d.instrument().id()).as("a week after the plan ended")
                .containsExactlyInAnyOrder("PGIC", "RMDQ", "PEG");
    }

    @Test
    void whatWasAnsweredAfterThePlanEndedIsNotAskedAgain() {
        Map<String, Instant> last = Map.of("PGIC", Instant.parse("2026-11-30T09:00:00Z"), "RMDQ",
                Instant.parse("2026-11-30T09:00:00Z"), "PEG", Instant.parse("2026-11-30T09:00:00Z"), "STRESS",
                Instant.parse("2026-11-30T09:00:00Z"), "TENSION", Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(dueAfterPlan(last, "2026-11-29T16:00:00Z", "2026-12-01")).isEmpty();
    }

    @Test
    void aPlanThatAsksEveryTwoWeeksAndRatesMonthlyMovesTheDates() {
        Map<String, Instant> last = Map.of("RMDQ", Instant.parse("2026-11-01T12:00:00Z"), "PEG",
                Instant.parse("2026-11-01T12:00:00Z"), "STRESS", Instant.parse("2026-11-01T12:00:00Z"), "TENSION",
                Instant.parse("2026-11-01T12:00:00Z"));
        assertThat(dueWithPlan(last, 4, 1, "2026-11-15")).containsExactlyInAnyOrder("STRESS", "TENSION");
        assertThat(dueWithPlan(last, 2, 4, "2026-11-15")).containsExactlyInAnyOrder("RMDQ", "PEG");
        assertThat(dueWithPlan(last, 2, 4, "2026-11-14")).isEmpty();
        assertThat(dueWithPlan(last, 2, 4, "2026-11-29")).containsExactlyInAnyOrder("RMDQ", "PEG", "STRESS",
                "TENSION");
    }
}
