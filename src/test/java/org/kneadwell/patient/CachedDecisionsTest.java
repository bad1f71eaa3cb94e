package org.kneadwell.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.AccountAdministration;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.Api;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Token and care-team decisions are cached, and a change still takes effect on the very next request: each case
 * first answers a request (so the decision is cached), then changes the fact behind it, then asks again.
 */
@KneadwellTest
@DirtiesContext
class CachedDecisionsTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Totp totp;
    @Autowired AccountAdministration administration;
    @Autowired PatientRecords records;

    @Test
    void aRevokedTokenIsRefusedOnTheNextRequest() {
        Api api = new Api(port);
        String token = api.token(Demo.THERAPIST, totp);
        String rosa = "/api/v1/patients/" + patient("Martinez");
        assertThat(api.get(rosa, token).statusCode()).isEqualTo(200);
        assertThat(api.get(rosa, token).statusCode()).isEqualTo(200);

        assertThat(api.send("DELETE", "/api/v1/auth/token", token, null).statusCode()).isBetween(200, 204);

        assertThat(api.get(rosa, token).statusCode()).isEqualTo(401);
    }

    @Test
    void aDeactivatedAccountsTokenIsRefusedOnTheNextRequest() {
        Api api = new Api(port);
        String token = api.token(Demo.OTHER_THERAPIST, totp);
        String david = "/api/v1/patients/" + patient("Okonkwo");
        assertThat(api.get(david, token).statusCode()).isEqualTo(200);

        administration.deactivate(admin(), account(Demo.OTHER_THERAPIST), "127.0.0.1");

        assertThat(api.get(david, token).statusCode()).isEqualTo(401);
    }

    @Test
    void careTeamChangesTakeEffectOnTheNextRequest() {
        Api api = new Api(port);
        String token = api.token(Demo.THERAPIST, totp);
        // Marek Kowalski: Tomas Novak's patient, whose care team Maya Chen is not on in the demo clinic
        UUID marek = patient("Kowalski");
        UUID maya = account(Demo.THERAPIST);
        String path = "/api/v1/patients/" + marek;
        assertThat(api.get(path, token).statusCode()).as("not on Marek's team").isEqualTo(404);
        assertThat(api.get(path, token).statusCode()).isEqualTo(404);

        records.addToCareTeam(admin(), marek, maya);
        assertThat(api.get(path, token).statusCode()).as("added").isEqualTo(200);
        assertThat(api.get(path, token).statusCode()).isEqualTo(200);

        assertThat(records.removeFromCareTeam(admin(), marek, maya, true)).isEqualTo(CareTeamRemoval.Outcome.REMOVED);
        assertThat(api.get(path, token).statusCode()).as("removed").isEqualTo(404);
    }

    private CurrentUser admin() {
        return jdbc.sql("select id, public_id, email, display_name from account where email = ?").param(Demo.ADMIN)
                .query((rs, i) -> new CurrentUser(rs.getLong("id"), rs.getObject("public_id", UUID.class),
                        rs.getString("email"), rs.getString("display_name"), Role.ADMIN))
                .single();
    }

    private UUID account(String email) {
        return jdbc.sql("select public_id from account where email = ?").param(email).query(UUID.class).single();
    }

    private UUID patient(String family) {
        return jdbc.sql("select public_id from patient where family_name = ?").param(family).query(UUID.class)
                .single();
    }
}
