package org.kneadwell.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kneadwell.audit.AuditLog;
import org.kneadwell.identity.Totp;
import org.kneadwell.screening.policy.ScreeningPolicy;
import org.kneadwell.shared.Technique;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** An admin tightens the policy (a new version, audited) and cannot loosen it. Its own database: it changes policy. */
@KneadwellTest
@TestPropertySource(properties = "kneadwell.test.database=clinic-policy")
class ClinicPolicyTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    ClinicPolicy policy;

    @Autowired
    JdbcClient jdbc;

    @Test
    void tighteningMakesANewVersionAndLooseningIsRefusedWithoutChangingAnything() {
        Browserless admin = new Browserless(port);
        assertThat(admin.signIn(Demo.ADMIN, totp)).isTrue();
        assertThat(admin.get("/admin/policy").body()).contains("2026.1");

        HttpResponse<String> looser = admin.post("/admin/policy", Map.of("kind", "PRESSURE_CAP",
                "condition", "ANTICOAGULANT_THERAPY", "technique", "SWEDISH", "maxPressure", "3"));
        assertThat(looser.statusCode()).isEqualTo(200);
        assertThat(looser.body()).contains("id=\"policy-refused\"").contains("a clinic cap must be lower");
        assertThat(policy.current().version()).isEqualTo(ScreeningPolicy.REFERENCE_VERSION);

        HttpResponse<String> noTechnique = admin.post("/admin/policy", Map.of("kind", "PRESSURE_CAP",
                "condition", "ANTICOAGULANT_THERAPY", "technique", "", "maxPressure", "1"));
        assertThat(noTechnique.body()).contains("technique").contains("is-invalid");

        HttpResponse<String> tighter = admin.post("/admin/policy", Map.of("kind", "PRESSURE_CAP",
                "condition", "ANTICOAGULANT_THERAPY", "technique", "SWEDISH", "maxPressure", "1"));
        assertThat(tighter.statusCode()).isEqualTo(302);
        assertThat(policy.current().version()).isEqualTo("2026.1+clinic.1");
        assertThat(admin.get("/admin/policy").body()).contains("2026.1+clinic.1").contains("capped at level 1");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'policy.tighten'").query(Long.class)
                .single()).isEqualTo(1);

        // A screen made now uses the tighter policy and says so.
        var screen = org.kneadwell.screening.policy.ScreeningEngine.evaluate(
                new org.kneadwell.screening.policy.ScreeningInput(60, 30, 4, null, null, null, null,
                        java.util.List.of(org.kneadwell.screening.policy.ConditionEntry.of(
                                org.kneadwell.screening.policy.ConditionCode.ANTICOAGULANT_THERAPY)), null),
                policy.current());
        assertThat(screen.policyVersion()).isEqualTo("2026.1+clinic.1");
        assertThat(screen.verdict(Technique.SWEDISH).maxPressure()).isEqualTo(1);

        HttpResponse<String> again = admin.post("/admin/policy", Map.of("kind", "PRESSURE_CAP",
                "condition", "ANTICOAGULANT_THERAPY", "technique", "SWEDISH", "maxPressure", "1"));
        assertThat(again.body()).as("a rule already in force makes no new version").contains("id=\"policy-refused\"")
                .contains("already has this rule");
        assertThat(policy.current().version()).isEqualTo("2026.1+clinic.1");
    }

    @Test
    void aStoredRuleOfAnUnknownKindFailsLoudlyInsteadOfBecomingAnotherRule() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClinicPolicy.rule("MYSTERY",
                org.kneadwell.screening.policy.ConditionCode.OSTEOPOROSIS, null, null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown kind MYSTERY");
    }
}
