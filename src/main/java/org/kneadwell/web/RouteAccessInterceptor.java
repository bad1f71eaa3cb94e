package org.kneadwell.web;

import java.util.EnumSet;
import java.util.Set;

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
 * refused (fail closed); the route sweep test makes sure none exists.
 */
class RouteAccessInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !isOurs(method)) {
            return true; // static resources, and the framework's own error page (RouteSweepTest lists them)
        }
        RouteAccess rule = ruleOf(method);
        if (rule == null) {
            throw new AccessDeniedException("This route declares no access rule");
        }
        Set<Audience> audiences = rule.value().length == 0 ? EnumSet.noneOf(Audience.class)
                : EnumSet.of(rule.value()[0], rule.value());
        if (audiences.contains(Audience.PUBLIC)) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            throw new AccessDeniedException("Sign in first");
        }
        if (audiences.contains(Audience.SIGNED_IN) || audiences.contains(Audience.valueOf(user.role().name()))) {
            return true;
        }
        throw new AccessDeniedException("Your role may not use this route");
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
