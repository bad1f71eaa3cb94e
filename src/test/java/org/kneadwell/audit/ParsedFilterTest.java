package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ParsedFilterTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final UUID ADMIN = UUID.fromString("7d1c2b0e-3f4a-4c5d-8e9f-0a1b2c3d4e5f");

    private static ParsedFilter parse(String from, String to, String user, String patient) {
        return ParsedFilter.parse(new ReportFilter(from, to, user, patient, null), BERLIN,
                email -> email.equals("admin@clinic.example") ? Optional.of(ADMIN) : Optional.empty());
    }

    @Test
    void noFilterMeansEverything() {
        ParsedFilter parsed = parse(null, "", "  ", null);
        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.criteria()).isEqualTo(ReportCriteria.ALL);
    }

    @Test
    void datesCoverWholeDaysInTheClinicZone() {
        ParsedFilter parsed = parse("2026-03-28", "2026-03-29", null, null);
        assertThat(parsed.criteria().from()).isEqualTo(Instant.parse("2026-03-27T23:00:00Z"));
        // the clocks go forward on 29 March, so the day after the "to" date starts at 22:00 UTC
        assertThat(parsed.criteria().until()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
    }

    @Test
    void findsTheUserByEmailWhateverTheCase() {
        assertThat(parse(null, null, " Admin@Clinic.example ", null).criteria().actorId()).isEqualTo(ADMIN);
        assertThat(parse(null, null, ADMIN.toString(), null).criteria().actorId()).isEqualTo(ADMIN);
    }

    @Test
    void explainsEachValueItCannotRead() {
        ParsedFilter parsed = parse("28/03/2026", "yesterday", "nobody", "42");
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.errors()).containsEntry("from", "audit.filter.from.invalid")
                .containsEntry("to", "audit.filter.to.invalid")
                .containsEntry("user", "audit.filter.user.invalid")
                .containsEntry("patient", "audit.filter.patient.invalid");
    }

    @Test
    void refusesAnUnknownEmailAndAnEndBeforeTheStart() {
        ParsedFilter parsed = parse("2026-03-02", "2026-03-01", "someone@else.example", null);
        assertThat(parsed.errors()).containsEntry("user", "audit.filter.user.unknown")
                .containsEntry("to", "audit.filter.to.beforeFrom");
    }

    @Test
    void refusesAShortenedUuid() {
        assertThat(parse(null, null, null, "1-1-1-1-1").errors()).containsEntry("patient",
                "audit.filter.patient.invalid");
    }

    @Test
    void aPatientGivenByNameBecomesEveryPatientOfThatName() {
        UUID dee = UUID.randomUUID();
        UUID deeToo = UUID.randomUUID();
        ParsedFilter parsed = ParsedFilter.parse(new ReportFilter(null, null, null, " Dee ", null), BERLIN,
                email -> Optional.empty(), name -> name.equals("Dee") ? List.of(dee, deeToo) : List.of());

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.criteria().patientIds()).containsExactly(dee, deeToo);
        assertThat(ParsedFilter.parse(new ReportFilter(null, null, null, "Nobody", null), BERLIN,
                email -> Optional.empty(), name -> List.of()).errors())
                .containsEntry("patient", "audit.filter.patient.noMatch");
    }

    @Test
    void readsThePageNumberAndFallsBackToTheFirstPage() {
        assertThat(ParsedFilter.pageNumber(new ReportFilter(null, null, null, null, "3"))).isEqualTo(3);
        assertThat(ParsedFilter.pageNumber(new ReportFilter(null, null, null, null, "0"))).isEqualTo(1);
        assertThat(ParsedFilter.pageNumber(new ReportFilter(null, null, null, null, "next"))).isEqualTo(1);
        assertThat(ParsedFilter.pageNumber(new ReportFilter(null, null, null, null, null))).isEqualTo(1);
    }
}
