package org.kneadwell.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published OpenAPI description (/v3/api-docs) lists every API route the application registers, each with
 * the bearer scheme (except the token exchange itself) and its errors as problem JSON; it lists no page; it and
 * Swagger UI are public, and only Swagger UI's page policy allows inline styles.
 */
@KneadwellTest
class ApiDescriptionTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDescriptionListsEveryApiRouteWithBearerSecurityAndProblemJsonErrors() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).as("public, without signing in").isEqualTo(200);
        JsonNode description = JsonMapper.builder().build().readTree(response.body());
        assertThat(description.path("openapi").asString()).startsWith("3.1");
        assertThat(description.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");

        List<String> registered = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            for (String route : apiRoutes(entry.getKey())) {
                registered.add(route);
                String verb = route.substring(0, route.indexOf(' ')).toLowerCase(Locale.ROOT);
                String path = route.substring(route.indexOf(' ') + 1);
                JsonNode operation = description.path("paths").path(path).path(verb);
                softly.assertThat(operation.isMissingNode()).as("%s is described", route).isFalse();
                if (operation.isMissingNode()) {
                    continue;
                }
                RouteAccess rule = RouteAccessInterceptor.ruleOf(entry.getValue());
                if (isPublic(rule)) {
                    softly.assertThat(operation.path("security").size()).as("%s needs no token", route).isZero();
                } else {
                    softly.assertThat(operation.path("security").path(0).has("bearer")).as("%s needs a bearer token", route)
                            .isTrue();
                    softly.assertThat(operation.at("/responses/401/content/application~1problem+json/schema/$ref")
                            .asString()).as("%s answers 401 as problem JSON", route)
                            .isEqualTo("#/components/schemas/ProblemDetail");
                }
                softly.assertThat(problemStatuses(operation)).as("%s has its errors as problem JSON", route).isNotEmpty();
                if (path.contains("{")) {
                    softly.assertThat(problemStatuses(operation)).as("%s: an id you may not see", route).contains("404");
                }
            }
        }
        softly.assertAll();
        assertThat(registered).as("API routes found in the handler mappings").hasSizeGreaterThan(15);

        Set<String> described = new TreeSet<>();
        description.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> described.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertThat(described).as("exactly the API routes, and no page").isEqualTo(new TreeSet<>(registered));
    }

    @Test
    void aBookingDescribesTheSlotTakenConflictAndItsCreatedAnswer() throws Exception {
        JsonNode booking = JsonMapper.builder().build().readTree(get("/v3/api-docs").body())
                .at("/paths/~1api~1v1~1appointments/post/responses");
        assertThat(booking.has("201")).isTrue();
        assertThat(booking.at("/409/content/application~1problem+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/ProblemDetail");
        assertThat(booking.at("/400/content/application~1problem+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/ProblemDetail");
    }

    @Test
    void swaggerUiIsPublicAndOnlyItsPageMayUseInlineStyles() throws Exception {
        HttpResponse<String> ui = get("/swagger-ui/index.html");
        HttpResponse<String> docs = get("/v3/api-docs");
        HttpResponse<String> login = get("/login");

        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(get("/v3/api-docs.yaml").statusCode()).isEqualTo(200);
        assertThat(ui.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("style-src 'self' 'unsafe-inline'").contains("script-src 'self';")
                .contains("frame-ancestors 'none'"));
        assertThat(docs.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .doesNotContain("unsafe-inline"));
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .doesNotContain("unsafe-inline"));
        assertThat(ui.headers().allValues("Set-Cookie")).as("no session for the docs").isEmpty();
    }

    private static List<String> apiRoutes(RequestMappingInfo info) {
        List<String> routes = new ArrayList<>();
        Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
        for (String pattern : info.getPatternValues()) {
            if (pattern.startsWith("/api/")) {
                for (RequestMethod verb : verbs.isEmpty() ? Set.of(RequestMethod.GET) : verbs) {
                    routes.add(verb.name() + " " + pattern);
                }
            }
        }
        return routes;
    }

    private static boolean isPublic(RouteAccess rule) {
        return rule != null && List.of(rule.value()).contains(Audience.PUBLIC);
    }

    private static List<String> problemStatuses(JsonNode operation) {
        List<String> statuses = new ArrayList<>();
        operation.path("responses").properties().forEach(response -> {
            if (response.getKey().startsWith("4") && "#/components/schemas/ProblemDetail".equals(response.getValue()
                    .at("/content/application~1problem+json/schema/$ref").asString())) {
                statuses.add(response.getKey());
            }
        });
        return statuses;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
