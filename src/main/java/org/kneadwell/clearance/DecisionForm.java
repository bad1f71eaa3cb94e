package org.kneadwell.clearance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kneadwell.shared.Technique;
import org.springframework.util.MultiValueMap;

/** Reads the decision page's form fields into the same {@link DecisionInput} the API receives. */
final class DecisionForm {

    private DecisionForm() {
    }

    static DecisionInput read(MultiValueMap<String, String> form) {
        Map<String, Integer> caps = new LinkedHashMap<>();
        for (Technique technique : Technique.values()) {
            String value = form.getFirst("cap." + technique.name());
            if (value != null && !value.isBlank()) {
                try {
                    caps.put(technique.name(), Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    caps.put(technique.name(), -1);
                }
            }
        }
        List<DecisionInput.PermissionInput> permissions = new ArrayList<>();
        for (String value : list(form, "permissions")) {
            int colon = value.indexOf(':');
            permissions.add(colon < 0 ? new DecisionInput.PermissionInput(value, null)
                    : new DecisionInput.PermissionInput(value.substring(0, colon), value.substring(colon + 1)));
        }
        DecisionInput.Scope scope = new DecisionInput.Scope(list(form, "techniques"), caps, list(form, "avoidRegions"),
                form.getFirst("heat"), form.getFirst("precautions"), form.containsKey("liftsHold"), permissions);
        return new DecisionInput(form.getFirst("decision"), scope, form.getFirst("validUntil"), form.getFirst("reason"));
    }

    private static List<String> list(MultiValueMap<String, String> form, String field) {
        List<String> values = form.get(field);
        return values == null ? List.of() : values;
    }
}
