package org.kneadwell.demo;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Form fields as a page would send them, so the demo clinic is filled in through the same doors as a user. */
final class DemoForm {

    private final MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();

    static DemoForm with(String... namesAndValues) {
        DemoForm form = new DemoForm();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.fields.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    DemoForm and(String name, String... values) {
        for (String value : values) {
            fields.add(name, value);
        }
        return this;
    }

    MultiValueMap<String, String> fields() {
        return fields;
    }
}
