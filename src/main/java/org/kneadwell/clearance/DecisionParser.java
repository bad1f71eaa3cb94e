package org.kneadwell.clearance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.Heat;
import org.kneadwell.screening.policy.ScreeningResult;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Technique;

/**
 * Checks a decision completely before anything is saved: a reason always; for an approval a valid-until date from
 * today to 12 months ahead and a scope of known codes that {@link ScopeCheck} accepts against the latest screen;
 * "not needed" only while the latest screen itself needs no clearance and puts nothing on hold.
 */
final class DecisionParser {

    static final int MAX_MONTHS = 12;
    static final int MAX_REASON = 1000;

    record Parsed(ClearanceDecision.Kind kind, String reason, ClearanceScope scope, LocalDate validUntil) {
    }

    private final Map<String, String> errors = new LinkedHashMap<>();

    /**
     * @param screen the patient's latest screen, which every decision applies to
     * @param onHold whether a hold stands (raised by this or an earlier unresolved screen): an approval must lift it
     */
    static Parsed parse(DecisionInput input, ScreeningResult screen, boolean onHold, LocalDate today) {
        return new DecisionParser().read(input, screen, onHold, today);
    }

    private Parsed read(DecisionInput input, ScreeningResult screen, boolean onHold, LocalDate today) {
        ClearanceDecision.Kind kind = code(ClearanceDecision.Kind.class, input.decision(), "decision");
        String reason = input.reason() == null ? "" : input.reason().strip();
        if (reason.isEmpty()) {
            errors.put("reason", "clearance.error.reason");
        } else if (reason.length() > MAX_REASON) {
            errors.put("reason", "clearance.error.reasonTooLong");
        }
        ClearanceScope scope = null;
        LocalDate validUntil = null;
        if (kind == ClearanceDecision.Kind.APPROVE) {
            validUntil = validUntil(input.validUntil(), today);
            scope = scope(input.scope(), screen, onHold);
        }
        if (kind == ClearanceDecision.Kind.NOT_NEEDED
                && (screen.clearanceRequired() || screen.triage().massageOnHold())) {
            errors.put("decision", "clearance.error.notNeededRefused"); // contract §5.4
        }
        if (!errors.isEmpty()) {
            throw new InvalidDecisionException(errors);
        }
        return new Parsed(kind, reason, scope, validUntil);
    }

    private LocalDate validUntil(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            errors.put("validUntil", "clearance.error.validUntil");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isBefore(today)) {
                errors.put("validUntil", "clearance.error.validUntilPast");
            } else if (date.isAfter(today.plusMonths(MAX_MONTHS))) {
                errors.put("validUntil", "clearance.error.validUntilTooFar");
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.put("validUntil", "clearance.error.validUntil");
            return null;
        }
    }

    private ClearanceScope scope(DecisionInput.Scope in, ScreeningResult screen, boolean onHold) {
        if (in == null || in.techniques() == null || in.techniques().isEmpty()) {
            errors.put("scope.techniques", "clearance.error.techniques");
            return null;
        }
        Set<Technique> techniques = EnumSet.noneOf(Technique.class);
        for (int i = 0; i < in.techniques().size(); i++) {
            Technique t = code(Technique.class, in.techniques().get(i), "scope.techniques[" + i + "]");
            if (t != null) {
                techniques.add(t);
            }
        }
        Map<Technique, Integer> caps = new EnumMap<>(Technique.class);
        if (in.pressureCaps() != null) {
            in.pressureCaps().forEach((name, cap) -> {
                Technique t = code(Technique.class, name, "scope.pressureCaps." + name);
                if (cap == null || cap < 0 || cap > 5) {
                    errors.put("scope.pressureCaps." + name, "clearance.error.cap");
                } else if (t != null) {
                    caps.put(t, cap);
                }
            });
        }
        Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
        List<String> regionCodes = in.avoidRegions() == null ? List.of() : in.avoidRegions();
        for (int i = 0; i < regionCodes.size(); i++) {
            String field = "scope.avoidRegions[" + i + "]";
            BodyRegion.expand(regionCodes.get(i)).ifPresentOrElse(regions::addAll,
                    () -> errors.put(field, "clearance.error.region"));
        }
        Heat heat = in.heat() == null || in.heat().isBlank() ? Heat.STANDARD : code(Heat.class, in.heat(), "scope.heat");
        Set<Permission> permissions = new HashSet<>();
        List<DecisionInput.PermissionInput> asked = in.permissions() == null ? List.of() : in.permissions();
        for (int i = 0; i < asked.size(); i++) {
            DecisionInput.PermissionInput p = asked.get(i);
            Technique t = code(Technique.class, p == null ? null : p.technique(), "scope.permissions[" + i + "].technique");
            String field = "scope.permissions[" + i + "].restriction";
            ConditionCode restriction = p == null || p.restriction() == null || p.restriction().isBlank() ? null
                    : code(ConditionCode.class, p.restriction(), field);
            if (p == null || p.restriction() == null || p.restriction().isBlank()) {
                errors.put(field, "clearance.error.restriction");
            } else if (t != null && restriction != null) {
                permissions.add(new Permission(t, restriction));
            }
        }
        String precautions = in.precautions() == null ? "" : in.precautions().strip();
        if (precautions.length() > MAX_REASON) {
            errors.put("scope.precautions", "clearance.error.reasonTooLong");
        }
        permissions.stream().map(Permission::technique).filter(t -> !caps.containsKey(t)).forEach(
                t -> errors.put("scope.pressureCaps." + t.name(), "clearance.error.capForPermission"));
        if (!errors.isEmpty()) {
            return null;
        }
        ClearanceScope scope;
        try {
            scope = new ClearanceScope(techniques, caps, regions, heat, precautions, Boolean.TRUE.equals(in.liftsHold()),
                    permissions);
        } catch (IllegalArgumentException invalid) {
            errors.put("scope", "clearance.error.scope");
            return null;
        }
        for (ScopeProblem problem : ScopeCheck.problems(screen, scope, onHold)) {
            errors.put("scope." + problem.field(), problem.messageKey());
        }
        return scope;
    }

    private <E extends Enum<E>> E code(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            errors.put(field, "clearance.error.required");
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.put(field, "clearance.error.unknownCode");
            return null;
        }
    }
}
