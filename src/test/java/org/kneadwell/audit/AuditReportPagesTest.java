package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kneadwell.shared.SqlTime.utc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.Totp;
import org.kneadwell.shared.AuditEvent;
import org.kneadwell.shared.AuditEvent.Outcome;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The admin pages through the audit report 50 events at a time, newest first, and finds a patient by name. */
@KneadwellTest
class AuditReportPagesTest {

    private static final Pattern NEXT = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");
    private static final Pattern PREVIOUS = Pattern.compile("rel=\"prev\" href=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void filteringByAPatientsNameFindsTheirEventsFiftyAPageNewestFirst() {
        String family = "Quillfeather" + letters();
        UUID patient = patientNamed("Wilhelmina", family);
        Instant start = Instant.parse("2026-01-05T08:00:00Z");
        for (int i = 1; i <= 60; i++) {
            trail.on(new AuditEvent(start.plusSeconds(60L * i), null, "THERAPIST", "patient.read", patient, "patient",
                    String.format("event-%03d", i), "192.0.2.7", Outcome.SUCCESS));
        }
        Browserless admin = new Browserless(port);
        assertThat(admin.signIn(Demo.ADMIN, totp)).isTrue();

        String first = admin.get("/admin/audit?patient=" + URLEncoder.encode("wilhelmina " + family.toLowerCase(),
                StandardCharsets.UTF_8)).body();
        assertThat(rows(first)).isEqualTo(50);
        assertThat(first).contains("Page 1, 50 events a page, newest first.").contains("event-060")
                .contains("event-013").doesNotContain("event-011").doesNotContain("Previous page");
        assertThat(first.indexOf("event-060")).isLessThan(first.indexOf("event-013"));
        assertThat(first).contains("Wilhelmina " + family);

        String next = link(NEXT, first);
        assertThat(next).contains("patient=wilhelmina%20" + family.toLowerCase()).contains("page=2");
        String second = admin.get(next).body();
        assertThat(second).contains("Page 2, 50 events a page").contains("event-001").contains("event-012")
                .doesNotContain("event-060").doesNotContain("Next page");
        assertThat(second.indexOf("event-012")).isLessThan(second.indexOf("event-001"));
        assertThat(link(PREVIOUS, second)).contains("page=1");
    }

    @Test
    void aNameThatMatchesNobodyIsRefusedBesideTheFieldKeepingWhatWasTyped() {
        Browserless admin = new Browserless(port);
        assertThat(admin.signIn(Demo.ADMIN, totp)).isTrue();
        String page = admin.get("/admin/audit?from=2026-01-01&patient=Nobodyhere" + letters()).body();
        assertThat(page).contains("id=\"patient-error\"").contains("No patient&#39;s name contains this")
                .contains("value=\"2026-01-01\"").contains("value=\"Nobodyhere").doesNotContain("<table");
    }

    private UUID patientNamed(String given, String family) {
        long admin = jdbc.sql("select id from account where email = ?").param(Demo.ADMIN).query(Long.class).single();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into patient (public_id, given_name, family_name, date_of_birth, preferred_language, created_at,
                                     created_by)
                values (?, ?, ?, ?, 'en', ?, ?)""")
                .params(id, given, family, LocalDate.of(1981, 4, 9), utc(clock.instant()), admin).update();
        return id;
    }

    private static int rows(String html) {
        return html.split("<time ", -1).length - 1;
    }

    private static String link(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as("a link matching " + pattern).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    /** Letters that cannot be read as an id, so the filter treats the text as a name. */
    private static String letters() {
        Random random = new Random();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('g' + random.nextInt(20)));
        }
        return s.toString();
    }
}
