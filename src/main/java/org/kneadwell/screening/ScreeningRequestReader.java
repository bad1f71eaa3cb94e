package org.kneadwell.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.kneadwell.screening.EvaluateRequest.Condition;
import org.kneadwell.screening.EvaluateRequest.StartBack;
import org.kneadwell.screening.policy.Bothersomeness;
import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.ConditionEntry;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.screening.policy.ScreeningInput;
import org.kneadwell.screening.policy.StartBackAnswers;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Cause;

/**
 * Turns a request into the policy's input, checking every field and naming each bad one by its path
 * (screening contract §4): all problems at once, never a partial answer.
 */
final class ScreeningRequestReader {

    private final Map<String, String> errors = new LinkedHashMap<>();

    private ScreeningRequestReader() {
    }

    static ScreeningInput read(EvaluateRequest request) {
        return new ScreeningRequestReader().input(request);
    }

    private ScreeningInput input(EvaluateRequest r) {
        Integer weeks = number("painDurationWeeks", r.painDurationWeeks(), 0, ScreeningInput.MAX_PAIN_DURATION_WEEKS);
        if (r.painDurationWeeks() == null) {
            errors.put("painDurationWeeks", "Required: how many weeks the pain has lasted.");
        }
        Integer age = number("ageYears", r.ageYears(), 0, ScreeningInput.MAX_AGE_YEARS);
        Integer intensity = number("painIntensity", r.painIntensity(), 0, ScreeningInput.MAX_PAIN_INTENSITY);
        Set<BodyRegion> painRegions = regions("painRegions", r.painRegions());
        Set<Cause> causes = codes("causes", r.causes(), Cause.class);
        Set<BodyRegion> treatmentRegions = regions("treatmentRegions", r.treatmentRegions());
        Set<RedFlag> redFlags = codes("redFlags", r.redFlags(), RedFlag.class);
        List<ConditionEntry> conditions = new ArrayList<>();
        List<Condition> given = r.conditions() == null ? List.of() : r.conditions();
        for (int i = 0; i < given.size(); i++) {
            condition("conditions[" + i + "]", given.get(i)).ifPresent(conditions::add);
        }
        StartBackAnswers startBack = r.startBack() == null ? null : startBack(r.startBack());
        if (!errors.isEmpty()) {
            throw new InvalidScreeningRequestException(errors);
        }
        return new ScreeningInput(age, weeks, intensity, painRegions, causes, treatmentRegions, redFlags, conditions,
                startBack);
    }

    private Optional<ConditionEntry> condition(String path, Condition c) {
        if (c == null) {
            errors.put(path, "A condition needs at least a code.");
            return Optional.empty();
        }
        int before = errors.size();
        ConditionCode code = code(path + ".code", c.code(), ConditionCode.class);
        Set<BodyRegion> regions = regions(path + ".regions", c.regions());
        Integer weeks = number(path + ".weeks", c.weeks(), 0, ConditionEntry.MAX_PREGNANCY_WEEKS);
        boolean highRisk = Boolean.TRUE.equals(c.highRisk());
        boolean contagious = Boolean.TRUE.equals(c.contagious());
        if (code != null) {
            if (code.requiresRegions() && regions.isEmpty() && !errors.containsKey(path + ".regions")) {
                errors.put(path + ".regions", code + " needs at least one region.");
            }
            if (code.takesWeeks() && c.weeks() == null) {
                errors.put(path + ".weeks", "Required for " + code + ": weeks of pregnancy, 0-45.");
            }
            if (!code.takesWeeks() && c.weeks() != null) {
                errors.put(path + ".weeks", "Only PREGNANCY takes weeks.");
            }
            if (highRisk && !code.takesHighRisk()) {
                errors.put(path + ".highRisk", "Only PREGNANCY can be high-risk.");
            }
            if (contagious && !code.takesContagious()) {
                errors.put(path + ".contagious", "Only SKIN_LESION can be contagious.");
            }
        }
        return errors.size() > before ? Optional.empty()
                : Optional.of(new ConditionEntry(code, regions, weeks, highRisk, contagious));
    }

    private StartBackAnswers startBack(StartBack s) {
        int before = errors.size();
        if (s.agree() == null) {
            errors.put("startBack.agree", "Required: the 8 agree/disagree answers.");
        } else if (s.agree().size() != StartBackAnswers.AGREE_ITEMS) {
            errors.put("startBack.agree", "Needs exactly 8 answers, not " + s.agree().size() + ".");
        } else {
            for (int i = 0; i < s.agree().size(); i++) {
                if (s.agree().get(i) == null) {
                    errors.put("startBack.agree[" + i + "]", "Must be true (agree) or false (disagree).");
                }
            }
        }
        Bothersomeness bothersomeness = code("startBack.bothersomeness", s.bothersomeness(), Bothersomeness.class);
        return errors.size() > before ? null : new StartBackAnswers(s.agree(), bothersomeness);
    }

    private Integer number(String path, Number value, int min, int max) {
        if (value == null) {
            return null;
        }
        double number = value.doubleValue();
        if (number != Math.rint(number)) {
            errors.put(path, "Must be a whole number.");
            return null;
        }
        if (number < min || number > max) {
            errors.put(path, "Must be between " + min + " and " + max + ".");
            return null;
        }
        return (int) number;
    }

    private Set<BodyRegion> regions(String path, List<String> given) {
        return each(path, given, BodyRegion.class, BodyRegion::expand);
    }

    private <E extends Enum<E>> Set<E> codes(String path, List<String> given, Class<E> type) {
        return each(path, given, type, code -> Optional.ofNullable(parse(code, type)).map(EnumSet::of));
    }

    private <E extends Enum<E>> Set<E> each(String path, List<String> given, Class<E> type,
            Function<String, Optional<? extends Set<E>>> expand) {
        Set<E> result = EnumSet.noneOf(type);
        for (int i = 0; given != null && i < given.size(); i++) {
            Optional<? extends Set<E>> codes = given.get(i) == null ? Optional.empty() : expand.apply(given.get(i));
            if (codes.isPresent()) {
                result.addAll(codes.get());
            } else {
                errors.put(path + "[" + i + "]", unknown(given.get(i), type));
            }
        }
        return result;
    }

    private <E extends Enum<E>> E code(String path, String value, Class<E> type) {
        if (value == null) {
            errors.put(path, "Required.");
            return null;
        }
        E code = parse(value, type);
        if (code == null) {
            errors.put(path, unknown(value, type));
        }
        return code;
    }

    private static <E extends Enum<E>> E parse(String value, Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    private static String unknown(String value, Class<? extends Enum<?>> type) {
        return value == null ? "Must be a code, not null." : "Unknown code \"" + value + "\"; expected one of "
                + Arrays.toString(type.getEnumConstants()) + (type == BodyRegion.class ? " or LOWER_BACK, LEGS, BACK." : ".");
    }
}
