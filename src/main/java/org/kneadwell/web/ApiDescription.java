package org.kneadwell.web;

import java.util.List;
import java.util.Map;

import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI 3.1 description of {@code /api/v1} ({@code /v3/api-docs}, shown by Swagger UI). The errors every
 * operation can answer follow from its route rule and its parameters, so they cannot drift from the code: 401
 * without a valid token, 403 when the rule leaves out a role, 400 for bad input, 404 for an id the caller may not
 * see. Errors only some routes give (409 when a slot is taken) are declared on their handler with
 * {@code @ApiResponse}. Every error is RFC 9457 problem JSON.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String BEARER = "bearer";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "ProblemDetail";
    private static final List<Audience> EVERY_ROLE = List.of(Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN,
            Audience.ADMIN);

    @Bean
    OpenAPI kneadwellApi() {
        return new OpenAPI()
                .info(new Info().title("Kneadwell API").version("v1")
                        .description("The JSON API of Kneadwell. Exchange an e-mail address and password (and a TOTP "
                                + "code for clinicians and admins) for a bearer token at POST /api/v1/auth/token, then "
                                + "send it as `Authorization: Bearer <token>`. Errors are RFC 9457 problem JSON; bad "
                                + "input names each field in `errors`; a patient you may not see is a 404, like a "
                                + "missing one.")
                        .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A token from POST /api/v1/auth/token (8 hours)"))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    @Bean
    OperationCustomizer securityAndProblems() {
        return (operation, handler) -> describe(operation, handler);
    }

    static Operation describe(Operation operation, HandlerMethod handler) {
        RouteAccess rule = RouteAccessInterceptor.ruleOf(handler);
        List<Audience> audiences = rule == null ? List.of() : List.of(rule.value());
        boolean open = audiences.contains(Audience.PUBLIC);
        operation.setSecurity(open ? List.of() : List.of(new SecurityRequirement().addList(BEARER)));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        if (has(handler, RequestBody.class) || has(handler, RequestParam.class) || has(handler, PathVariable.class)) {
            responses.putIfAbsent("400", problem("Invalid input: `errors` names each field and what is wrong with it"));
        }
        responses.putIfAbsent("401", problem(open ? "The credentials were not accepted"
                : "No token, or one that has expired or been revoked"));
        if (!open && !audiences.contains(Audience.SIGNED_IN) && !audiences.containsAll(EVERY_ROLE)) {
            responses.putIfAbsent("403", problem("Your role may not use this route"));
        }
        if (has(handler, PathVariable.class)) {
            responses.putIfAbsent("404", problem("No record with this id is visible to you (missing or not yours: "
                    + "the same answer)"));
        }
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
        operation.setResponses(responses);
        return operation;
    }

    private static boolean has(HandlerMethod handler, Class<? extends java.lang.annotation.Annotation> annotation) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(annotation)) {
                return true;
            }
        }
        return false;
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static Schema<?> problemSchema() {
        Schema fieldProblem = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field as a path, e.g. conditions[1].code"))
                .addProperty("message", new StringSchema().description("what is wrong with it, in words"));
        Map<String, Schema> properties = new java.util.LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").example("about:blank"));
        properties.put("title", new StringSchema().example("Invalid request"));
        properties.put("status", new io.swagger.v3.oas.models.media.IntegerSchema().example(400));
        properties.put("detail", new StringSchema().example("Some fields are missing or invalid; see errors."));
        properties.put("instance", new StringSchema().format("uri-reference"));
        properties.put("errors", new ArraySchema().items(fieldProblem)
                .description("one entry per field that is missing or invalid (400 only)"));
        properties.put("incident", new StringSchema().description("quote it to the clinic's admin (500 only)"));
        return new ObjectSchema().description("RFC 9457 problem details").properties(properties)
                .required(List.of("title", "status"));
    }
}
