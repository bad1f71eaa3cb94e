package org.kneadwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.kneadwell.support.Api;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Parallel guesses cannot outrun the sign-in throttle, and each failed attempt counts once. */
@KneadwellTest
class SignInThrottleRaceTest {

    private static final String PASSWORD = "the right horse staple";
    private static final int PARALLEL = 30;

    @LocalServerPort
    int port;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thirtyParallelGuessesGetAtMostFivePasswordChecksAndThenTheRightPasswordIsRefused() throws Exception {
        AccountSummary target = newAccount();
        List<String> passwords = new ArrayList<>();
        for (int i = 0; i < PARALLEL - 1; i++) {
            passwords.add("wrong-guess-number-" + i);
        }
        passwords.add(PARALLEL / 2, PASSWORD);

        List<Integer> statuses = inParallel(target.email(), passwords);

        long failed = events(target, "login.failed");
        long succeeded = events(target, "login.succeeded");
        long throttled = events(target, "login.throttled");
        assertThat(failed).isLessThanOrEqualTo(LoginThrottle.MAX_ATTEMPTS);
        assertThat(failed + succeeded + throttled).as("every attempt audited once, naming the account")
                .isEqualTo(PARALLEL);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(succeeded).isLessThanOrEqualTo(1);

        // A right password that won a slot gives it back, so the burst may leave slots for wrong guesses still.
        for (long left = LoginThrottle.MAX_ATTEMPTS - failed; left > 0; left--) {
            assertThat(new Api(port).requestToken(target.email(), "one-more-wrong-guess", null).statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> afterwards = new Api(port).requestToken(target.email(), PASSWORD, null);
        assertThat(afterwards.statusCode()).as("the window is used up: the right password is refused unchecked")
                .isEqualTo(401);
        assertThat(events(target, "login.failed")).isEqualTo(LoginThrottle.MAX_ATTEMPTS);
        assertThat(events(target, "login.throttled")).isEqualTo(throttled + 1);
    }

    @Test
    void onceTheWindowIsUsedUpThirtyParallelAttemptsIncludingTheRightPasswordAreAllRefusedUnchecked()
            throws Exception {
        AccountSummary target = newAccount();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            wrong.add("wrong-guess-number-" + i);
        }
        inParallel(target.email(), wrong);
        assertThat(events(target, "login.failed")).isEqualTo(LoginThrottle.MAX_ATTEMPTS);

        List<String> withTheRightOne = new ArrayList<>(wrong.subList(0, PARALLEL - 1));
        withTheRightOne.add(PASSWORD);
        List<Integer> statuses = inParallel(target.email(), withTheRightOne);

        assertThat(statuses).containsOnly(401);
        assertThat(events(target, "login.failed")).isEqualTo(LoginThrottle.MAX_ATTEMPTS);
        assertThat(events(target, "login.succeeded")).isZero();
        assertThat(events(target, "login.throttled")).isEqualTo(2L * PARALLEL - LoginThrottle.MAX_ATTEMPTS);
    }

    @Test
    void aFailedFormSignInCountsOnceSoFourTyposStillLeaveRoomForTheRightPassword() {
        AccountSummary target = newAccount();
        Browserless page = new Browserless(port);
        for (int i = 0; i < 4; i++) {
            assertThat(page.signIn(target.email(), "typo-number-" + i, "")).isFalse();
        }
        assertThat(events(target, "login.failed")).isEqualTo(4);

        assertThat(page.signIn(target.email(), PASSWORD, "")).isTrue();
        assertThat(events(target, "login.succeeded")).isEqualTo(1);
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsAnOrdinaryFailureNotAnError() {
        AccountSummary target = newAccount();
        HttpResponse<String> response = new Api(port).requestToken(target.email(), "x".repeat(104), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("Sign-in failed");
        Browserless page = new Browserless(port);
        assertThat(page.signIn(target.email(), "é".repeat(60), "")).isFalse();
        assertThat(events(target, "login.failed")).isEqualTo(2);
    }

    private AccountSummary newAccount() {
        String email = "throttle." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return administration.createDemoAccounts(
                List.of(new AccountAdministration.DemoAccount(email, "Throttle Target", Role.THERAPIST, null)),
                PASSWORD).get(0);
    }

    private List<Integer> inParallel(String email, List<String> passwords) throws Exception {
        Api api = new Api(port);
        ExecutorService pool = Executors.newFixedThreadPool(passwords.size());
        try {
            CountDownLatch ready = new CountDownLatch(passwords.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (String password : passwords) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return api.requestToken(email, password, null).statusCode();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private long events(AccountSummary account, String action) {
        return jdbc.sql("select count(*) from audit_event where action = :action and record_id = :id")
                .params(Map.of("action", action, "id", account.publicId().toString()))
                .query(Long.class).single();
    }
}
