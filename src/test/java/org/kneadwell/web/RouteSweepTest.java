package org.kneadwell.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kneadwell.identity.AccountAdministration;
import org.kneadwell.identity.AccountAdministration.DemoAccount;
import org.kneadwell.identity.Role;
import org.kneadwell.identity.Totp;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.kneadwell.support.Api;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.kneadwell.support.TotpCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application, from the handler mappings, must declare an access rule; then each route is
 * called by every role with someone else's patient: roles outside the rule get 403, anonymous callers are sent
 * to sign in (pages) or get 401 (API), and a therapist, clinician or patient who is not on that patient's care
 * team gets 404, the same answer as for a record that does not exist. Nothing changes, and nothing answers 500.
 */
@KneadwellTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteSweepTest {

    /**
     * Handlers that are not ours and therefore carry no rule: the framework's error page, and springdoc's public
     * API description and Swagger UI, which hold no patient data (ApiDescriptionTest covers them).
     */
    private static final Set<String> FRAMEWORK_HANDLERS = Set.of(
            "org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController",
            "org.springdoc.webmvc.api.OpenApiWebMvcResource",
            "org.springdoc.webmvc.ui.SwaggerConfigResource",
            "org.springdoc.webmvc.ui.SwaggerWelcomeWebMvc");

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

    /** Rosa Martinez: on Maya Chen's and Dr Shah's care team only. */
    UUID foreignPatient;
    final Map<Audience, Browserless> pages = new LinkedHashMap<>();
    final Map<Audience, String> tokens = new LinkedHashMap<>();

    record Route(RequestMethod method, String pattern, RouteAccess rule) {
        boolean isApi() {
            return pattern.startsWith("/api/");
        }
    }

    @BeforeAll
    void signInEveryRole() {
        foreignPatient = jdbc.sql("select public_id from patient where given_name = 'Rosa' and family_name = 'Martinez'")
                .query(UUID.class).single();
        // The API side uses accounts of its own for the roles with a second factor, so no code is used twice.
        administration.createDemoAccounts(List.of(
                new DemoAccount("sweep.admin@example.org", "Sweep Admin", Role.ADMIN, Demo.TOTP_SECRET),
                new DemoAccount("sweep.clinician@example.org", "Sweep Clinician", Role.CLINICIAN, Demo.TOTP_SECRET)),
                Demo.PASSWORD);
        Map<Audience, String> pageUser = Map.of(Audience.PATIENT, Demo.PATIENT, Audience.THERAPIST,
                Demo.OTHER_THERAPIST, Audience.CLINICIAN, Demo.OTHER_CLINICIAN, Audience.ADMIN, Demo.ADMIN);
        Map<Audience, String> apiUser = Map.of(Audience.PATIENT, Demo.PATIENT, Audience.THERAPIST,
                Demo.OTHER_THERAPIST, Audience.CLINICIAN, "sweep.clinician@example.org", Audience.ADMIN,
                "sweep.admin@example.org");
        Api api = new Api(port);
        for (Audience audience : List.of(Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN)) {
            Browserless page = new Browserless(port);
            assertThat(page.signIn(pageUser.get(audience), totp)).as("sign in " + audience).isTrue();
            page.get("/");
            pages.put(audience, page);
            String email = apiUser.get(audience);
            String code = audience == Audience.CLINICIAN || audience == Audience.ADMIN ? TotpCodes.fresh(email, totp) : null;
            tokens.put(audience, Api.tokenIn(api.requestToken(email, Demo.PASSWORD, code).body()));
        }
    }

    @Test
    void everyRouteDeclaresAnAccessRule() {
        List<String> undeclared = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!FRAMEWORK_HANDLERS.contains(method.getBeanType().getName())
                    && RouteAccessInterceptor.ruleOf(method) == null) {
                undeclared.add(info + " -> " + method);
            }
        });
        assertThat(undeclared).as("routes without @RouteAccess").isEmpty();
        assertThat(routes()).hasSizeGreaterThan(15);
    }

    @Test
    void everyRoleGetsOnlyWhatItsRuleAllowsAndNeverSeesSomeoneElsesPatient() {
        List<String> careTeamBefore = careTeamOfForeignPatient();
        SoftAssertions softly = new SoftAssertions();
        for (Route route : routes()) {
            Set<Audience> allowed = EnumSet.noneOf(Audience.class);
            allowed.addAll(List.of(route.rule().value()));
            boolean open = allowed.contains(Audience.PUBLIC);
            String path = concrete(route.pattern());

            int anonymous = call(route, path, null);
            softly.assertThat(anonymous).as("anonymous %s %s", route.method(), path).isNotEqualTo(500);
            if (!open) {
                softly.assertThat(anonymous).as("anonymous %s %s", route.method(), path)
                        .isEqualTo(route.isApi() ? 401 : 302);
            }
            for (Audience role : pages.keySet()) {
                int status = call(route, path, role);
                String what = role + " " + route.method() + " " + path;
                softly.assertThat(status).as(what).isNotEqualTo(500);
                boolean roleAllowed = open || allowed.contains(Audience.SIGNED_IN) || allowed.contains(role);
                if (!roleAllowed) {
                    softly.assertThat(status).as(what + " (role not allowed)").isEqualTo(403);
                } else if (route.rule().patientData() && route.pattern().contains("{id}") && role != Audience.ADMIN) {
                    softly.assertThat(status).as(what + " (someone else's patient)").isEqualTo(404);
                } else {
                    softly.assertThat(status).as(what + " (allowed)").isNotEqualTo(403);
                }
            }
        }
        softly.assertAll();
        assertThat(careTeamOfForeignPatient()).as("nothing changed").isEqualTo(careTeamBefore);
    }

    @Test
    void aPatientIdThatDoesNotExistLooksExactlyLikeSomeoneElses() {
        Api api = new Api(port);
        String token = api.token(Demo.OTHER_THERAPIST, totp);
        HttpResponse<String> missing = api.get("/api/v1/patients/" + UUID.randomUUID(), token);
        HttpResponse<String> foreign = api.get("/api/v1/patients/" + foreignPatient, token);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body().replace(foreignPatient.toString(), "ID"))
                .isEqualTo(missing.body().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "ID"));
    }

    private List<String> careTeamOfForeignPatient() {
        return jdbc.sql("""
                select a.email from care_team_member m join patient p on p.id = m.patient_id
                join account a on a.id = m.account_id where p.public_id = ? order by a.email""")
                .param(foreignPatient).query(String.class).list();
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod method = entry.getValue();
            if (FRAMEWORK_HANDLERS.contains(method.getBeanType().getName())) {
                continue;
            }
            Set<RequestMethod> verbs = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                for (RequestMethod verb : verbs.isEmpty() ? Set.of(RequestMethod.GET) : verbs) {
                    routes.add(new Route(verb, pattern, RouteAccessInterceptor.ruleOf(method)));
                }
            }
        }
        // Revoking a token is swept last: it ends the tokens the other calls use.
        routes.sort(java.util.Comparator.comparing(r -> r.method() == RequestMethod.DELETE));
        return routes;
    }

    private String concrete(String pattern) {
        return pattern.replace("{id}", foreignPatient.toString())
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private int call(Route route, String path, Audience role) {
        if (route.isApi()) {
            String body = route.method() == RequestMethod.GET || route.method() == RequestMethod.DELETE ? null : "{}";
            return new Api(port).send(route.method().name(), path, role == null ? null : tokens.get(role), body)
                    .statusCode();
        }
        Browserless page = role == null ? new Browserless(port) : pages.get(role);
        return switch (route.method()) {
            case GET -> page.get(path).statusCode();
            case POST -> {
                page.get("/");
                yield page.post(path, Map.of()).statusCode();
            }
            default -> throw new IllegalStateException("Add " + route.method() + " to the sweep");
        };
    }
}
