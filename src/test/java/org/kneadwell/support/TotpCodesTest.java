package org.kneadwell.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.AccountAdministration;
import org.kneadwell.identity.AccountAdministration.DemoAccount;
import org.kneadwell.identity.Role;
import org.kneadwell.identity.Totp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tests that need a new TOTP time step move the application's clock on; none waits for the wall clock. */
@KneadwellTest
class TotpCodesTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    Clock clock;

    @Autowired
    AccountAdministration administration;

    @Test
    void threeSignInsWithAnAuthenticatorCodeInARowTakeSecondsNotTimeSteps() {
        String email = "totp.steps@example.org";
        administration.createDemoAccounts(List.of(new DemoAccount(email, "Totp Steps", Role.CLINICIAN,
                Demo.TOTP_SECRET)), Demo.PASSWORD);
        Api api = new Api(port);
        List<Integer> statuses = new ArrayList<>();
        long started = System.nanoTime();

        for (int i = 0; i < 3; i++) {
            statuses.add(api.requestToken(email, Demo.PASSWORD, TotpCodes.fresh(email, totp)).statusCode());
        }

        assertThat(statuses).containsExactly(200, 200, 200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertThat(clock).isSameAs(TestClock.shared());
    }
}
