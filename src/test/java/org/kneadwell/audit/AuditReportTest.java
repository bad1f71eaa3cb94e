package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kneadwell.shared.SqlTime.utc;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kneadwell.shared.AuditEvent;
import org.kneadwell.shared.AuditEvent.Outcome;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The report and the patient chart's audit list against a real database, with names joined in. */
@KneadwellTest
class AuditReportTest {

    @Autowired AuditTrail trail;
    @Autowired AuditReport report;
    @Autowired AuditLog log;
    @Autowired JdbcClient jdbc;
    @Autowired ClinicSettings settings;
    @Autowired Clock clock;

    private UUID therapist;
    private String therapistEmail;
    private UUID patient;
    private Instant monday;

    @BeforeEach
    void aTherapistWhoReadAPatientsChartOnThreeDays() {
        therapist = UUID.randomUUID();
        therapistEmail = "therapist-" + therapist + "@clinic.example";
        long account = jdbc.sql("""
                insert into account (public_id, email, display_name, role, status, created_at)
                values (?, ?, 'Tess Therapist, RMT', 'THERAPIST', 'ACTIVE', ?)""")
                .params(therapist, therapistEmail, utc(clock.instant())).update();
        assertThat(account).isEqualTo(1);
        long accountId = jdbc.sql("select id from account where public_id = ?").param(therapist).query(Long.class)
                .single();
        patient = UUID.randomUUID();
        jdbc.sql("""
                insert into patient (public_id, given_name, family_name, date_of_birth, preferred_language, created_at,
                                     created_by)
                values (?, 'Pat', 'O''Brien', ?, 'en', ?, ?)""")
                .params(patient, LocalDate.of(1970, 1, 1), utc(clock.instant()), accountId).update();

        ZoneId zone = settings.zone();
        monday = LocalDate.of(2026, 3, 2).atTime(9, 30).atZone(zone).toInstant();
        for (int day = 0; day < 3; day++) {
            record(therapist, "THERAPIST", "patient.read", monday.plusSeconds(day * 86_400L));
        }
        record(null, "ANONYMOUS", "patient.read.denied", monday.plusSeconds(3_600));
    }

    @Test
    void showsAPatientsEventsNewestFirstWithNames() {
        ReportPage page = report.find(criteria(null, null, null), 10);
        assertThat(page.more()).isFalse();
        assertThat(page.rows()).hasSize(4);
        assertThat(page.rows()).extracting(ReportRow::occurredAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        ReportRow newest = page.rows().get(0);
        assertThat(newest.actorName()).isEqualTo("Tess Therapist, RMT");
        assertThat(newest.actorEmail()).isEqualTo(therapistEmail);
        assertThat(newest.patientName()).isEqualTo("Pat O'Brien");
        assertThat(newest.occurredAt().getZone()).isEqualTo(settings.zone());
        assertThat(newest.occurredAt().getHour()).isEqualTo(9);
    }

    @Test
    void filtersByDaysInTheClinicZoneInclusive() {
        ParsedFilter parsed = report.parse(
                new ReportFilter("2026-03-02", "2026-03-03", null, patient.toString(), null));
        List<ReportRow> rows = report.find(parsed.criteria(), 10).rows();
        assertThat(rows).extracting(row -> row.occurredAt().toLocalDate().getDayOfMonth())
                .containsExactly(3, 2, 2);
    }

    @Test
    void filtersByUserEmail() {
        ParsedFilter parsed = report.parse(new ReportFilter(null, null, therapistEmail.toUpperCase(), null, null));
        assertThat(parsed.valid()).isTrue();
        assertThat(report.find(parsed.criteria(), 10).rows()).hasSize(3)
                .allSatisfy(row -> assertThat(row.actorId()).isEqualTo(therapist));
    }

    @Test
    void saysWhenMoreEventsMatchThanShown() {
        ReportPage page = report.find(criteria(null, null, null), 2);
        assertThat(page.rows()).hasSize(2);
        assertThat(page.more()).isTrue();
    }

    @Test
    void exportsEveryMatchAsQuotedCsv() {
        StringWriter out = new StringWriter();
        report.exportCsv(criteria(null, null, therapist), out);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo(String.join(",", AuditReport.CSV_HEADER));
        assertThat(lines[1]).contains("\"Tess Therapist, RMT\"", therapistEmail, "Pat O'Brien", patient.toString(),
                "patient.read", "SUCCESS");
        assertThat(lines[3]).startsWith("2026-03-02 09:30:00,");
    }

    @Test
    void listsWhoLookedAtAPatientFallingBackToTheRole() {
        List<AuditEntry> entries = log.forPatient(patient, 3);
        assertThat(entries).hasSize(3);
        assertThat(entries).extracting(AuditEntry::actorName)
                .containsExactly("Tess Therapist, RMT", "Tess Therapist, RMT", "ANONYMOUS");
        assertThat(entries.get(2).outcome()).isEqualTo(Outcome.DENIED);
    }

    private ReportCriteria criteria(Instant from, Instant until, UUID actor) {
        return new ReportCriteria(from, until, actor, patient);
    }

    private void record(UUID actor, String role, String action, Instant at) {
        trail.on(new AuditEvent(at, actor, role, action, patient, "patient", patient.toString(), "192.0.2.7",
                actor == null ? Outcome.DENIED : Outcome.SUCCESS));
    }
}
