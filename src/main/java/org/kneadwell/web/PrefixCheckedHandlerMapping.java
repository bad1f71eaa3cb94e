package org.kneadwell.web;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Spring MVC's request mapping, with a cheap first look at each route. For a path with a variable in it
 * (`/api/v1/patients/{id}`) Spring checks every route of the application in turn, method first, then headers and
 * media types, then the pattern; with about 170 routes that was an eighth of the CPU of an audited API read (profiled
 * under the W2 benchmark). Here a route whose patterns' literal beginnings (the text before the first variable or
 * wildcard) the path does not start with is passed over before any of that; every other route is checked exactly as
 * Spring checks it, so the answer is the same, refusals (404, 405) included.
 * <p>
 * The look is only taken for a path Spring would match as written: one with a percent-escape or a path parameter
 * (`;`) is matched after decoding, so it gets Spring's full check of every route.
 */
class PrefixCheckedHandlerMapping extends RequestMappingHandlerMapping {

    /** The path being looked up on this thread, or null when every route must be checked in full. */
    private static final ThreadLocal<String> LOOKING_UP = new ThreadLocal<>();

    /**
     * Each route's literal beginnings, by identity (a route's {@code equals} compares all its conditions, which cost
     * as much as the look it saves); made once the routes are registered and read-only after that.
     */
    private volatile Map<RequestMappingInfo, String[]> beginnings = Map.of();

    @Override
    public void afterPropertiesSet() {
        super.afterPropertiesSet();
        Map<RequestMappingInfo, String[]> made = new IdentityHashMap<>();
        getHandlerMethods().keySet().forEach(info -> made.put(info, beginningsOf(info)));
        beginnings = made;
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        String previous = LOOKING_UP.get();
        LOOKING_UP.set(asWritten(lookupPath) ? lookupPath : null);
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            if (previous == null) {
                LOOKING_UP.remove();
            } else {
                LOOKING_UP.set(previous);
            }
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String path = LOOKING_UP.get();
        if (path != null && !mayMatch(info, path)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    /** Whether the path starts with the literal beginning of one of the route's patterns (a route without any may). */
    boolean mayMatch(RequestMappingInfo info, String path) {
        String[] known = beginnings.get(info);
        for (String beginning : known != null ? known : beginningsOf(info)) {
            if (path.startsWith(beginning)) {
                return true;
            }
        }
        return false;
    }

    static boolean asWritten(String path) {
        return path.indexOf('%') < 0 && path.indexOf(';') < 0;
    }

    private static String[] beginningsOf(RequestMappingInfo info) {
        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
        Set<PathPattern> patterns = condition == null ? Set.of() : condition.getPatterns();
        if (patterns.isEmpty()) {
            return new String[] { "" };
        }
        return patterns.stream().map(p -> literalBeginning(p.getPatternString())).toArray(String[]::new);
    }

    /** The pattern up to its first variable (`{`) or wildcard (`*`, `?`). */
    static String literalBeginning(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' || c == '*' || c == '?') {
                return pattern.substring(0, i);
            }
        }
        return pattern;
    }
}
