package org.kneadwell.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worked examples of {@code docs/screening-examples.json}, copied to the test resources so the
 * build needs nothing outside the repository. An expectation written as an object must be contained in the
 * answer; one written in prose is checked by the matching assertion below.
 */
final class WorkedExamples {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Example(String name, JsonNode request, JsonNode expect) {

        boolean isRefused() {
            return expect.has("status");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Map<String, Consumer<JsonNode>> PROSE = Map.of(
            "all five CONTRAINDICATED, each listing RF2 as a reason", techniques -> techniques.values().forEach(t -> {
                assertThat(t.get("status").asString()).isEqualTo("CONTRAINDICATED");
                assertThat(t.get("reasons").findValuesAsString("code")).contains("RF2");
            }),
            "all five SUITABLE with maxPressure 5, heat STANDARD, no avoidRegions", techniques -> techniques.values()
                    .forEach(t -> {
                        assertThat(t.get("status").asString()).isEqualTo("SUITABLE");
                        assertThat(t.get("maxPressure").asInt()).isEqualTo(5);
                        assertThat(t.get("heat").asString()).isEqualTo("STANDARD");
                        assertThat(t.get("avoidRegions").isEmpty()).isTrue();
                    }),
            "all five RESTRICTED with LOWER_BACK_LEFT in avoidRegions", techniques -> techniques.values().forEach(t -> {
                assertThat(t.get("status").asString()).isEqualTo("RESTRICTED");
                assertThat(t.get("avoidRegions").values()).extracting(JsonNode::asString).contains("LOWER_BACK_LEFT");
            }));

    private WorkedExamples() {
    }

    static List<Example> all() {
        try (InputStream in = WorkedExamples.class.getResourceAsStream("/screening/screening-examples.json")) {
            List<Example> examples = new ArrayList<>();
            JSON.readTree(in).get("examples").forEach(e -> examples.add(new Example(e.get("name").asString(),
                    e.get("request"), e.get("expect"))));
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks an evaluate answer (as JSON) against the example's expectations. */
    static void assertAnswers(Example example, JsonNode answer) {
        example.expect().properties().forEach(expected -> {
            String field = expected.getKey();
            if (field.equals("techniques")) {
                assertTechniques(expected.getValue(), byTechnique(answer.get("techniques")));
            } else {
                assertContains(answer.get(field), expected.getValue(), field);
            }
        });
    }

    private static void assertTechniques(JsonNode expected, JsonNode techniques) {
        assertThat(techniques.propertyNames()).containsExactly("SWEDISH", "DEEP_TISSUE", "TRIGGER_POINT",
                "MYOFASCIAL_RELEASE", "HOT_STONE");
        if (expected.isString()) {
            Consumer<JsonNode> check = PROSE.get(expected.asString());
            if (check == null) {
                fail("Write an assertion for the prose expectation: " + expected.asString());
            }
            check.accept(techniques);
        } else {
            assertContains(techniques, expected, "techniques");
        }
    }

    private static JsonNode byTechnique(JsonNode list) {
        var object = JSON.createObjectNode();
        list.forEach(t -> object.set(t.get("technique").asString(), t));
        return object;
    }

    private static void assertContains(JsonNode actual, JsonNode expected, String path) {
        assertThat(actual).as(path).isNotNull();
        if (expected.isObject()) {
            expected.properties().forEach(e -> assertContains(actual.get(e.getKey()), e.getValue(), path + "." + e.getKey()));
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }
}
