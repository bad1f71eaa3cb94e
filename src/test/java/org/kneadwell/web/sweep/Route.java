package org.kneadwell.web.sweep;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.web.bind.annotation.RequestMethod;

/** One verb on one URL pattern of the application, with the access rule its handler declares. */
public record Route(RequestMethod method, String pattern, RouteAccess rule) {

    /** A path variable and the path segment before it ("patients/{id}" names a patient). */
    private static final Pattern VARIABLE = Pattern.compile("([^/{}]+)/\\{([^}/]+)}");

    public boolean isApi() {
        return pattern.startsWith("/api/") || pattern.equals("/fhir") || pattern.startsWith("/fhir/");
    }

    public boolean reads() {
        return method == RequestMethod.GET;
    }

    public boolean isPublic() {
        return allows(Audience.PUBLIC);
    }

    /** Whether the rule lets this audience call the route at all. */
    public boolean allows(Audience audience) {
        for (Audience allowed : rule.value()) {
            if (allowed == audience || allowed == Audience.PUBLIC || allowed == Audience.SIGNED_IN) {
                return true;
            }
        }
        return false;
    }

    /** Each path variable ("{planId}") keyed by where it sits ("plans/{planId}"), in the order they appear. */
    public Map<String, String> variablesBySlot() {
        Map<String, String> slots = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            slots.put("{" + m.group(2) + "}", m.group(1) + "/{" + m.group(2) + "}");
        }
        if (slots.size() != pattern.chars().filter(c -> c == '{').count()) {
            throw new IllegalStateException("The sweep cannot read the path variables of " + this
                    + ": every variable must follow a literal segment, like /patients/{id}");
        }
        return slots;
    }

    @Override
    public String toString() {
        return method + " " + pattern;
    }
}
