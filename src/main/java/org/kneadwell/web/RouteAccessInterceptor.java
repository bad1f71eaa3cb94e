package org.kneadwell.web;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Enforces each handler's {@link RouteAccess} rule before it runs. One of our handlers without a rule is
 * refused (fail closed); the route sweep test makes sure none exists. Every refusal is audited with the
 * refused route (method and path, without the query) as its target.
 */
class RouteAccessInterceptor implements HandlerInterceptor {

    static final String REFUSED = "route.refused";
    private static final int MAX_TARGET = 200;

    private final AuditTrail audit;
    /**
     * Each handler's audiences, looked up once (annotations do not change while the app runs); an empty optional
     * for a handler without a rule. Finding merged annotations on every request cost a few percent of an API read.
     */
    private final Map<Handler, Optional<Set<Audience>>> rules = new ConcurrentHashMap<>();

    /** A handler method as seen on one controller (an inherited method may carry different class-level rules). */
    private record Handler(Class<?> beanType, Method method) {
    }

    RouteAccessInterceptor(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !isOurs(method)) {
            return true; // static resources, and the framework's own error page (RouteSweepTest lists them)
        }
        Optional<Set<Audience>> rule = rules.computeIfAbsent(new Handler(method.getBeanType(), method.getMethod()),
                h -> Optional.ofNullable(ruleOf(method)).map(RouteAccessInterceptor::audiences));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        CurrentUser user = authentication != null && authentication.getPrincipal() instanceof CurrentUser current
                ? current : null;
        if (rule.isEmpty()) {
            throw refused(user, request, "This route declares no access rule");
        }
        Set<Audience> audiences = rule.get();
        if (audiences.contains(Audience.PUBLIC)) {
            return true;
        }
        if (user == null) {
            throw refused(null, request, "Sign in first");
        }
        if (audiences.contains(Audience.SIGNED_IN) || audiences.contains(Audience.valueOf(user.role().name()))) {
            return true;
        }
        throw refused(user, request, "Your role may not use this route");
    }

    private static Set<Audience> audiences(RouteAccess rule) {
        return Collections.unmodifiableSet(rule.value().length == 0 ? EnumSet.noneOf(Audience.class)
                : EnumSet.of(rule.value()[0], rule.value()));
    }

    private AccessDeniedException refused(CurrentUser user, HttpServletRequest request, String why) {
        String target = request.getMethod() + " " + request.getRequestURI();
        audit.denied(user, REFUSED, null, "route",
                target.length() > MAX_TARGET ? target.substring(0, MAX_TARGET) : target);
        return new AccessDeniedException(why);
    }

    static boolean isOurs(HandlerMethod method) {
        return method.getBeanType().getName().startsWith("org.kneadwell.");
    }

    /** The rule on the method, else on its controller; null if neither declares one. */
    static RouteAccess ruleOf(HandlerMethod method) {
        RouteAccess onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RouteAccess.class);
        return onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RouteAccess.class);
    }
}
