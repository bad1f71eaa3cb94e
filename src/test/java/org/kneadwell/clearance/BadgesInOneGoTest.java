package org.kneadwell.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The staff home's badges are read for all listed patients at once (a few set-based queries instead of two per
 * patient) and are exactly the badge each patient's own effective safety gives, for every demo therapist and
 * clinician.
 */
@KneadwellTest
class BadgesInOneGoTest {

    @Autowired PatientSafety safety;
    @Autowired PatientRecords records;
    @Autowired ClinicSettings clinic;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void eachBadgeIsThePatientsOwnEffectiveSafety() {
        LocalDate today = clinic.today(clock);
        int compared = 0;
        for (String email : List.of(Demo.THERAPIST, Demo.OTHER_THERAPIST, Demo.CLINICIAN, Demo.OTHER_CLINICIAN)) {
            CurrentUser user = user(email);
            List<Patient> mine = records.search(user, "");
            Map<UUID, SafetyBadge> expected = new HashMap<>();
            mine.forEach(p -> expected.put(p.publicId(), safety.on(p.publicId(), today).badge()));

            assertThat(safety.badges(user, mine)).as(email).isEqualTo(expected);
            compared += expected.size();
        }
        assertThat(compared).as("badges compared").isGreaterThan(5);
    }

    private CurrentUser user(String email) {
        return jdbc.sql("select id, public_id, email, display_name, role from account where email = ?").param(email)
                .query((rs, i) -> new CurrentUser(rs.getLong("id"), rs.getObject("public_id", UUID.class),
                        rs.getString("email"), rs.getString("display_name"), Role.valueOf(rs.getString("role"))))
                .single();
    }
}
