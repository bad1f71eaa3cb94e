package org.kneadwell.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kneadwell.identity.AccountAdministration;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.ApiTokens;
import org.kneadwell.identity.Totp;
import org.kneadwell.notification.Alerts;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.support.Api;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.kneadwell.web.sweep.Caller;
import org.kneadwell.web.sweep.Cast;
import org.kneadwell.web.sweep.ClinicState;
import org.kneadwell.web.sweep.ForeignRecords;
import org.kneadwell.web.sweep.ForeignRows;
import org.kneadwell.web.sweep.ListProbes;
import org.kneadwell.web.sweep.ListProbes.Probe;
import org.kneadwell.web.sweep.PathVariables;
import org.kneadwell.web.sweep.RecordKind;
import org.kneadwell.web.sweep.RecordKind.Belongs;
import org.kneadwell.web.sweep.Request;
import org.kneadwell.web.sweep.Route;
import org.kneadwell.web.sweep.Routes;
import org.kneadwell.web.sweep.Sweeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application, from the handler mappings, must declare an access rule; then every route is
 * called by every role from two care teams that do not overlap (see {@link Cast}), with each path variable filled
 * by a real record of the kind it names (see {@link PathVariables} and {@link ForeignRecords}) that belongs to
 * Jordan Ellis's side:
 * <ul>
 * <li>roles outside the rule get 403, anonymous callers are sent to sign in (pages) or get 401 (API);</li>
 * <li>the patient and their care team get what they asked for (the positive control: the ids are real);</li>
 * <li>anyone else gets 404, the answer for a record that does not exist, and a write changes nothing;</li>
 * <li>no list, search or page shows anyone a patient they may not reach (see {@link ForeignRows}).</li>
 * </ul>
 * The sweep never changes the demo clinic: where its caller could really change a record, it asks about one that
 * does not exist instead. Nothing answers 500.
 */
@KneadwellTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteSweepTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountDirectory directory;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Alerts alerts;

    @Autowired
    ClinicSettings clinic;

    @Autowired
    Clock clock;

    Cast cast;
    ForeignRecords foreign;
    ForeignRows hidden;

    @BeforeAll
    void signInBothCareTeams() {
        cast = Cast.signIn(port, totp, administration, directory, tokens, jdbc);
        foreign = new ForeignRecords(jdbc, alerts);
        hidden = new ForeignRows(jdbc);
    }

    @BeforeEach
    void freshTokens() {
        cast.issueFreshTokens();
    }

    @Test
    void theSweepCallsTheRoutesThroughThePrefixCheckedMapping() {
        assertThat(mappings).isInstanceOf(PrefixCheckedHandlerMapping.class);
    }

    @Test
    void everyRouteDeclaresAnAccessRule() {
        List<String> undeclared = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (Routes.isOurs(method) && RouteAccessInterceptor.ruleOf(method) == null) {
                undeclared.add(info + " -> " + method);
            }
        });
        assertThat(undeclared).as("routes without @RouteAccess").isEmpty();
        assertThat(routes()).hasSizeGreaterThan(15);
    }

    @Test
    void everyPathVariableNamesAKindOfRecordTheSweepFindsInTheDemoClinic() {
        for (Route route : routes()) {
            Request.kindsOf(route).forEach(kind -> assertThat(foreign.of(kind).value()).isNotBlank());
        }
        assertThat(ListProbes.unknownAmong(routes())).as("list probes naming no route").isEmpty();
    }

    /**
     * The sweep never lets a write succeed, so the records a write route names must be shown to their owners
     * elsewhere (by a read route with the same record, or a list probe): then an outsider's 404 on the write is
     * about a record that exists, not a made-up id.
     */
    @Test
    void everyRecordAWriteNamesIsShownToItsOwnerByARead() {
        Set<RecordKind> shownByReads = EnumSet.noneOf(RecordKind.class);
        routes().stream().filter(Route::reads).forEach(route -> shownByReads.addAll(Request.kindsOf(route)));
        shownByReads.addAll(ListProbes.shown());
        Set<RecordKind> namedByWrites = EnumSet.noneOf(RecordKind.class);
        routes().stream().filter(route -> !route.reads()).forEach(route -> Request.kindsOf(route).stream()
                .filter(kind -> kind.belongs() != Belongs.TO_EVERYONE).forEach(namedByWrites::add));

        assertThat(shownByReads).as("kinds of record a read shows to their owner").containsAll(namedByWrites);
    }

    @Test
    void everyRoleGetsOnlyWhatItsRuleAllowsAndSomeoneElsesRecordIsA404ThatChangesNothing() {
        SoftAssertions softly = new SoftAssertions();
        Sweeper sweep = sweeper(softly);
        for (Route route : routes()) {
            Map<String, List<String>> before = route.reads() || Request.kindsOf(route).isEmpty() ? null
                    : ClinicState.of(jdbc);
            sweep.anonymously(route, cast.anonymous());
            int refused = 0;
            int served = 0;
            for (Caller caller : cast.signedIn()) {
                switch (sweep.as(caller, route)) {
                    case REFUSED_AS_OUTSIDER -> refused++;
                    case SERVED_TO_OWNER -> served++;
                    default -> { }
                }
            }
            if (belongsToSomeone(route)) {
                softly.assertThat(refused).as("%s was asked for by someone outside (negative control)", route)
                        .isPositive();
                if (route.reads()) {
                    softly.assertThat(served).as("%s served the record's owner (positive control)", route).isPositive();
                }
            }
            if (before != null) {
                softly.assertThat(ClinicState.of(jdbc)).as("nothing changed after %s", route).isEqualTo(before);
            }
        }
        softly.assertAll();
    }

    @Test
    void listsAndSearchesShowEachCareTeamItsOwnPatientsAndNothingOfAnyoneElse() {
        SoftAssertions softly = new SoftAssertions();
        Sweeper sweep = sweeper(softly);
        for (Route route : routes()) {
            if (!route.reads() || route.isPublic()
                    || !PathVariables.of(route).values().stream().allMatch(kind -> kind == RecordKind.PATIENT)) {
                continue;
            }
            for (Caller caller : cast.signedIn()) {
                boolean needsOwnPatient = !PathVariables.of(route).isEmpty();
                if (!route.allows(caller.audience()) || (needsOwnPatient && caller.ownPatient() == null)) {
                    continue;
                }
                String path = sweep.ownPath(route, caller);
                for (Probe probe : ListProbes.of(route)) {
                    boolean alreadySwept = probe.shows() == null && path.equals(sweep.real(route).path());
                    if (!alreadySwept) {
                        sweep.ownList(caller, route, path + probe.query(), probe.shows());
                    }
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void aPatientIdThatDoesNotExistLooksExactlyLikeSomeoneElses() {
        Api api = new Api(port);
        String token = api.token(Demo.OTHER_THERAPIST, totp);
        UUID someoneElses = foreign.patient();
        HttpResponse<String> missing = api.get("/api/v1/patients/" + UUID.randomUUID(), token);
        HttpResponse<String> foreignAnswer = api.get("/api/v1/patients/" + someoneElses, token);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(foreignAnswer.statusCode()).isEqualTo(404);
        assertThat(foreignAnswer.body().replace(someoneElses.toString(), "ID"))
                .isEqualTo(missing.body().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "ID"));
    }

    private boolean belongsToSomeone(Route route) {
        return Request.kindsOf(route).stream().anyMatch(kind -> kind.belongs() != Belongs.TO_EVERYONE);
    }

    private Sweeper sweeper(SoftAssertions softly) {
        return new Sweeper(foreign, hidden, clinic.today(clock), softly);
    }

    private List<Route> routes() {
        return Routes.of(mappings, RouteAccessInterceptor::ruleOf);
    }
}
