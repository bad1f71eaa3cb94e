package org.kneadwell.web.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.kneadwell.shared.RouteAccess;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every route of the application, read from its handler mappings. */
public final class Routes {

    /** Handlers that are not ours (the framework's error page) and therefore carry no rule. */
    private static final Set<String> FRAMEWORK_HANDLERS = Set.of(
            "org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController",
            // our subclass of it: problem JSON for the API; opened directly it is a 404 (InputNeverCausesA500Test)
            "org.kneadwell.web.ProblemErrorController",
            // springdoc's public API description and Swagger UI hold no patient data (ApiDescriptionTest covers them)
            "org.springdoc.webmvc.api.OpenApiWebMvcResource",
            "org.springdoc.webmvc.ui.SwaggerConfigResource",
            "org.springdoc.webmvc.ui.SwaggerWelcomeWebMvc");

    private Routes() {
    }

    public static boolean isOurs(HandlerMethod method) {
        return !FRAMEWORK_HANDLERS.contains(method.getBeanType().getName());
    }

    /** Each verb of each pattern of our handlers; revoking a token comes last, as it ends the caller's token. */
    public static List<Route> of(RequestMappingHandlerMapping mappings, Function<HandlerMethod, RouteAccess> rule) {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod method = entry.getValue();
            if (!isOurs(method)) {
                continue;
            }
            Set<RequestMethod> verbs = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                for (RequestMethod verb : verbs.isEmpty() ? Set.of(RequestMethod.GET) : verbs) {
                    routes.add(new Route(verb, pattern, rule.apply(method)));
                }
            }
        }
        // deletes last, and the sweep's own token revocation last of all (the API calls after it would have no token)
        routes.sort(Comparator.comparing((Route r) -> r.method() == RequestMethod.DELETE)
                .thenComparing(r -> r.method() == RequestMethod.DELETE && r.pattern().equals("/api/v1/auth/token"))
                .thenComparing(Route::pattern)
                .thenComparing(r -> r.method().name()));
        return routes;
    }
}
