package org.kneadwell.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The chart (and the API's patient read) loads the patient, their account's status and their care team in one
 * query; every demo patient's chart must say what the separate look-ups say, a patient with neither account nor
 * team must come back with an empty team, and someone off the team must still be refused.
 */
@KneadwellTest
class ChartReadTest {

    @Autowired JdbcClient jdbc;
    @Autowired PatientRecords records;
    @Autowired CareTeams careTeams;
    @Autowired Patients patients;
    @Autowired AccountDirectory accounts;

    @Test
    void everyDemoPatientsChartShowsTheirAccountAndTheirWholeTeamInOrder() {
        List<UUID> all = jdbc.sql("select public_id from patient").query(UUID.class).list();
        assertThat(all).hasSizeGreaterThan(5);
        int withTeams = 0;
        int withAccounts = 0;
        for (UUID id : all) {
            PatientChart chart = records.chart(user(Demo.ADMIN, Role.ADMIN), id);
            Patient patient = patients.byPublicId(id).orElseThrow();
            assertThat(chart.careTeam()).as("care team of %s", id).isEqualTo(careTeams.of(patient.id()));
            assertThat(chart.accountStatus()).as("account of %s", id).isEqualTo(patient.accountId() == null ? null
                    : accounts.find(patient.accountId()).orElseThrow().status().name());
            assertThat(chart.patient().details().familyName()).isEqualTo(patient.details().familyName());
            withTeams += chart.careTeam().size() > 1 ? 1 : 0;
            withAccounts += chart.accountStatus() != null ? 1 : 0;
        }
        assertThat(withTeams).as("patients with more than one on their team").isPositive();
        assertThat(withAccounts).as("patients with an account").isPositive();
    }

    @Test
    void aPatientWithNoAccountAndNoTeamHasAnEmptyTeam() {
        CurrentUser admin = user(Demo.ADMIN, Role.ADMIN);
        Patient registered = records.register(admin, new PatientDetails("Ines", "Alone", LocalDate.of(1970, 3, 4),
                null, null, null, null, "en", null));

        PatientChart chart = records.chart(admin, registered.publicId());

        assertThat(chart.careTeam()).isEmpty();
        assertThat(chart.accountStatus()).isNull();
        assertThatThrownBy(() -> records.chart(user(Demo.THERAPIST, Role.THERAPIST), registered.publicId()))
                .as("a therapist off the (empty) team").isInstanceOf(PatientNotFoundException.class);
        assertThatThrownBy(() -> records.chart(admin, UUID.randomUUID())).isInstanceOf(PatientNotFoundException.class);
    }

    private CurrentUser user(String email, Role role) {
        return jdbc.sql("select id, public_id, email, display_name from account where email = ?").param(email)
                .query((rs, i) -> new CurrentUser(rs.getLong("id"), rs.getObject("public_id", UUID.class),
                        rs.getString("email"), rs.getString("display_name"), role))
                .single();
    }
}
