package org.kneadwell.screening;

import static org.kneadwell.shared.SqlTime.utc;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.screening.policy.ClinicRule;
import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.ScreeningPolicy;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Technique;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's tightenings of the reference policy, one rule per revision. Adding a rule checks it against the
 * reference first (a loosening is refused with the reason) and is audited; the policy the screen uses is
 * rebuilt from the stored revisions, so every node agrees on the version.
 */
@Service
public class ClinicPolicy implements CurrentScreeningPolicy, SmartInitializingSingleton {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ClinicPolicy(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** One stored revision: its number and its rule. */
    public record Revision(int number, ClinicRule rule) {
    }

    /**
     * Reads every stored revision once at start-up, so a revision this version cannot read stops the app with a
     * clear message instead of being read as something else (a stricter or a looser rule) on the first screen.
     */
    @Override
    public void afterSingletonsInstantiated() {
        revisions();
    }

    @Override
    @Transactional(readOnly = true)
    public ScreeningPolicy current() {
        ScreeningPolicy policy = ScreeningPolicy.reference();
        for (Revision revision : revisions()) {
            policy = policy.tightenedBy(revision.number(), List.of(revision.rule()));
        }
        return policy;
    }

    @Transactional(readOnly = true)
    public List<Revision> revisions() {
        return jdbc.sql("select revision, kind, condition_code, technique, region, max_pressure from clinic_policy_revision order by revision")
                .query((rs, i) -> new Revision(rs.getInt("revision"), rule(rs.getString("kind"),
                        ConditionCode.valueOf(rs.getString("condition_code")), rs.getString("technique"),
                        rs.getString("region"), rs.getObject("max_pressure", Integer.class))))
                .list();
    }

    /**
     * Adds a rule as the next revision.
     *
     * @throws org.kneadwell.screening.policy.PolicyLoosenedException when the rule would loosen the reference or
     *         change nothing; nothing is stored then
     */
    @Transactional
    public ScreeningPolicy tighten(CurrentUser admin, ClinicRule rule) {
        if (!admin.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only admins change the clinic policy");
        }
        ScreeningPolicy current = current();
        int next = current.clinicRevision() + 1;
        ScreeningPolicy tightened = current.tightenedBy(next, List.of(rule));
        List<Object> values = new ArrayList<>(List.of(next, kind(rule), rule.condition().name()));
        Technique technique = rule instanceof ClinicRule.PressureCap cap ? cap.technique()
                : rule instanceof ClinicRule.AvoidRegion avoid ? avoid.technique() : null;
        values.add(technique == null ? null : technique.name());
        values.add(rule instanceof ClinicRule.AvoidRegion avoid ? avoid.region().name() : null);
        values.add(rule instanceof ClinicRule.PressureCap cap ? cap.maxPressure() : null);
        values.add(utc(clock.instant()));
        values.add(admin.publicId());
        jdbc.sql("""
                insert into clinic_policy_revision (revision, kind, condition_code, technique, region, max_pressure,
                                                    created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        audit.write(admin, "policy.tighten", null, "clinic-policy", tightened.version());
        return tightened;
    }

    private static String kind(ClinicRule rule) {
        if (rule instanceof ClinicRule.PressureCap) {
            return "PRESSURE_CAP";
        }
        return rule instanceof ClinicRule.AvoidRegion ? "AVOID_REGION" : "REQUIRE_CLEARANCE";
    }

    static ClinicRule rule(String kind, ConditionCode condition, String technique, String region,
            Integer maxPressure) {
        return switch (kind) {
            case "PRESSURE_CAP" -> new ClinicRule.PressureCap(condition, Technique.valueOf(technique), maxPressure);
            case "AVOID_REGION" -> new ClinicRule.AvoidRegion(condition,
                    technique == null ? null : Technique.valueOf(technique), BodyRegion.valueOf(region));
            case "REQUIRE_CLEARANCE" -> new ClinicRule.RequireClearance(condition);
            default -> throw new IllegalStateException("Clinic policy revision of unknown kind " + kind
                    + ": refusing to guess what it means (this version of Kneadwell is older than the database?)");
        };
    }
}
