package org.kneadwell.screening;

import java.util.Locale;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.screening.policy.ClinicRule;
import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.PolicyLoosenedException;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.kneadwell.shared.Technique;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clinic policy page: the reference policy, the clinic's tightenings, and a form to add one. */
@Controller
@RequestMapping("/admin/policy")
@RouteAccess(Audience.ADMIN)
class PolicyController {

    private final ClinicPolicy policy;

    PolicyController(ClinicPolicy policy) {
        this.policy = policy;
    }

    @GetMapping
    String show(Model model) {
        return page(model, "PRESSURE_CAP", null, null, null, null);
    }

    @PostMapping
    String tighten(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String condition,
            @RequestParam(defaultValue = "") String technique, @RequestParam(defaultValue = "") String region,
            @RequestParam(defaultValue = "") String maxPressure, @AuthenticationPrincipal CurrentUser admin,
            Model model, RedirectAttributes redirect) {
        ClinicRule rule;
        try {
            rule = rule(kind, condition, technique, region, maxPressure);
        } catch (InvalidRuleException invalid) {
            model.addAttribute("fieldError", invalid.field);
            return page(model, kind, condition, technique, region, maxPressure);
        }
        try {
            var tightened = policy.tighten(admin, rule);
            redirect.addFlashAttribute("notice", "policy.tightened");
            redirect.addFlashAttribute("newVersion", tightened.version());
            return "redirect:/admin/policy";
        } catch (PolicyLoosenedException refused) {
            model.addAttribute("refused", refused.getMessage());
            return page(model, kind, condition, technique, region, maxPressure);
        }
    }

    private String page(Model model, String kind, String condition, String technique, String region,
            String maxPressure) {
        model.addAttribute("version", policy.current().version());
        model.addAttribute("revisions", policy.revisions());
        model.addAttribute("conditions", ConditionCode.values());
        model.addAttribute("techniques", Technique.values());
        model.addAttribute("regions", BodyRegion.values());
        model.addAttribute("kind", kind);
        model.addAttribute("condition", condition);
        model.addAttribute("technique", technique);
        model.addAttribute("region", region);
        model.addAttribute("maxPressure", maxPressure);
        return "screening/policy";
    }

    private static ClinicRule rule(String kind, String condition, String technique, String region,
            String maxPressure) {
        ConditionCode code = parse(ConditionCode.class, condition, "condition");
        switch (kind) {
            case "PRESSURE_CAP" -> {
                int cap;
                try {
                    cap = Integer.parseInt(maxPressure.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidRuleException("maxPressure");
                }
                if (cap < 0 || cap > 4) {
                    throw new InvalidRuleException("maxPressure");
                }
                return new ClinicRule.PressureCap(code, parse(Technique.class, technique, "technique"), cap);
            }
            case "AVOID_REGION" -> {
                Technique which = technique.isBlank() ? null : parse(Technique.class, technique, "technique");
                return new ClinicRule.AvoidRegion(code, which, parse(BodyRegion.class, region, "region"));
            }
            case "REQUIRE_CLEARANCE" -> {
                return new ClinicRule.RequireClearance(code);
            }
            default -> throw new InvalidRuleException("kind");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRuleException(field);
        }
    }

    private static final class InvalidRuleException extends RuntimeException {
        private final String field;

        InvalidRuleException(String field) {
            super(field);
            this.field = field;
        }
    }
}
