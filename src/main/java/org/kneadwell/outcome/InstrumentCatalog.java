package org.kneadwell.outcome;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.kneadwell.outcome.ClinicWording.WordedItem;
import org.kneadwell.outcome.Instrument.Item;
import org.kneadwell.outcome.Instrument.Option;
import org.kneadwell.outcome.Instrument.Wording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The instruments the clinic can use, loaded once at start-up from one definition file per instrument
 * ({@code classpath:outcome/instruments/*.json}) and validated ({@link DefinitionCheck}); a bad definition stops
 * the application from starting. Instruments whose wording may not be shipped (ODI, PEG, PSS; clinical reference
 * §9) take it from {@code <id>.json} in the clinic's instrument folder ({@code kneadwell.outcome.instrument-dir},
 * by default {@code KNEADWELL_HOME/instruments}); without a matching file they are listed as unavailable, with
 * the reason.
 */
@Component
public class InstrumentCatalog {

    private static final Logger log = LoggerFactory.getLogger(InstrumentCatalog.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final Map<String, Availability> instruments;

    @Autowired
    InstrumentCatalog(@Value("${kneadwell.outcome.instrument-dir:${kneadwell.home}/instruments}") Path clinicDir) {
        this(definitions("classpath:outcome/instruments/*.json"), clinicDir);
    }

    InstrumentCatalog(List<Instrument> definitions, Path clinicDir) {
        Map<String, Availability> loaded = new LinkedHashMap<>();
        for (Instrument definition : definitions) {
            List<String> problems = DefinitionCheck.problems(definition);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Instrument definition " + definition.id() + " is invalid: " + problems);
            }
            if (loaded.containsKey(definition.id())) {
                throw new IllegalStateException("Two instrument definitions have the id " + definition.id());
            }
            loaded.put(definition.id(), definition.wording() == Wording.EMBEDDED ? Availability.ready(definition)
                    : withClinicWording(definition, clinicDir));
        }
        this.instruments = Map.copyOf(loaded);
        this.order = List.copyOf(loaded.keySet());
        loaded.values().stream().filter(a -> !a.available())
                .forEach(a -> log.info("Instrument {} unavailable: {}", a.instrument().id(), a.reason()));
    }

    private final List<String> order;

    /** Every instrument, available or not, in definition order. */
    public List<Availability> all() {
        return order.stream().map(instruments::get).toList();
    }

    public Optional<Availability> find(String id) {
        return Optional.ofNullable(id == null ? null : instruments.get(id.toUpperCase(Locale.ROOT)));
    }

    /** The instrument if the clinic can use it. */
    public Optional<Instrument> available(String id) {
        return find(id).filter(Availability::available).map(Availability::instrument);
    }

    static List<Instrument> definitions(String pattern) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
            List<Instrument> definitions = new ArrayList<>();
            java.util.Arrays.sort(files, java.util.Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    definitions.add(JSON.readValue(in, Instrument.class));
                } catch (RuntimeException e) {
                    throw new IllegalStateException("Instrument definition " + file.getFilename() + " cannot be read: "
                            + e.getMessage(), e);
                }
            }
            return definitions;
        } catch (IOException e) {
            throw new IllegalStateException("Instrument definitions cannot be read", e);
        }
    }

    static Availability withClinicWording(Instrument definition, Path clinicDir) {
        Path file = clinicDir == null ? null
                : clinicDir.resolve(definition.id().toLowerCase(Locale.ROOT) + ".json");
        if (file == null || !Files.isRegularFile(file)) {
            return Availability.unavailable(definition, "The wording is licensed (" + definition.licence()
                    + ") and the clinic has not supplied it: put the licensed wording in "
                    + definition.id().toLowerCase(Locale.ROOT) + ".json in the clinic's instrument folder.");
        }
        ClinicWording wording;
        try {
            wording = JSON.readValue(file.toFile(), ClinicWording.class);
        } catch (RuntimeException e) {
            return Availability.unavailable(definition, "The clinic's wording file cannot be read as JSON of the "
                    + "expected shape.");
        }
        List<String> problems = new ArrayList<>();
        if (!definition.id().equals(wording.id())) {
            problems.add("its id is not " + definition.id());
        }
        if (wording.licence() == null || wording.licence().isBlank()) {
            problems.add("it states no licence");
        }
        List<Item> items = new ArrayList<>();
        List<Option> shared = labelled(definition.options(), wording.optionLabels(), "optionLabels", problems);
        if (wording.items().size() != definition.items().size()) {
            problems.add("it has " + wording.items().size() + " items, not " + definition.items().size());
        } else {
            for (int i = 0; i < definition.items().size(); i++) {
                Item item = definition.items().get(i);
                WordedItem worded = wording.items().get(i);
                if (!item.id().equals(worded.id())) {
                    problems.add("item " + (i + 1) + " is " + worded.id() + ", not " + item.id());
                    continue;
                }
                if (worded.text() == null || worded.text().isBlank()) {
                    problems.add("item " + item.id() + " has no text");
                }
                List<Option> own = item.options().isEmpty() && worded.options().isEmpty() ? List.of()
                        : labelled(item.options().isEmpty() ? definition.options() : item.options(), worded.options(),
                                "item " + item.id() + " options", problems);
                items.add(new Item(item.id(), item.name(), worded.text(), item.optional(), item.reverse(), own,
                        worded.lowLabel(), worded.highLabel()));
            }
        }
        if (!problems.isEmpty()) {
            return Availability.unavailable(definition, "The clinic's wording file does not match the definition: "
                    + String.join("; ", problems) + ".");
        }
        return Availability.ready(definition.withWording(wording.licence(), wording.instructions(), shared, items));
    }

    private static List<Option> labelled(List<Option> options, List<String> labels, String where,
            List<String> problems) {
        if (labels.isEmpty()) {
            return options;
        }
        if (labels.size() != options.size()) {
            problems.add(where + " has " + labels.size() + " labels for " + options.size() + " options");
            return options;
        }
        List<Option> result = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            result.add(new Option(options.get(i).value(), options.get(i).score(), labels.get(i)));
        }
        return result;
    }
}
