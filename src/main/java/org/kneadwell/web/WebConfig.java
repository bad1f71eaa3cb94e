package org.kneadwell.web;

import org.kneadwell.audit.AuditTrail;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the route access check (which audits its refusals) for every handler, and Spring MVC's request mapping
 * with a cheap first look at each route ({@link PrefixCheckedHandlerMapping}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final AuditTrail audit;

    WebConfig(AuditTrail audit) {
        this.audit = audit;
    }

    @Bean
    static WebMvcRegistrations prefixCheckedRequestMapping() {
        return new WebMvcRegistrations() {
            @Override
            public PrefixCheckedHandlerMapping getRequestMappingHandlerMapping() {
                return new PrefixCheckedHandlerMapping();
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RouteAccessInterceptor(audit));
    }
}
