package org.kneadwell.session;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.kneadwell.screening.policy.Heat;
import org.kneadwell.session.NoteInput.PalpationInput;
import org.kneadwell.session.NoteInput.TreatmentInput;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Technique;

/**
 * Reads a typed note into {@link NoteContent}, naming every field that is wrong on its face: pain outside 0–10,
 * pressure outside 0–5, minutes not above 0 or beyond the session, regions or techniques outside the vocabulary,
 * a stone temperature above the contract's standard range (49–54 °C, screening contract §1), text too long.
 * Whether the rows are allowed on the day is {@link SafetyCheck}'s business.
 */
final class NoteReader {

    static final int MAX_TEXT = 4000;
    static final int MAX_WORDS = 2000;
    static final int MAX_REASON = 1000;
    static final BigDecimal MAX_CM = new BigDecimal("100");

    /** The content read, or the problems that stopped it. */
    record Read(NoteContent content, List<NoteProblem> problems) {
    }

    private final List<NoteProblem> problems = new ArrayList<>();

    private NoteReader() {
    }

    static Read read(NoteInput in, int sessionMinutes) {
        return new NoteReader().readNote(in, sessionMinutes);
    }

    private Read readNote(NoteInput in, int sessionMinutes) {
        Attendance attendance = attendance(in.attendance());
        Integer painBefore = pain("painBefore", in.painBefore());
        Integer painAfter = pain("painAfter", in.painAfter());
        Set<BodyRegion> painRegions = regions("painRegions", in.painRegions(), false);
        String subjective = text("subjective", in.subjective(), MAX_TEXT);
        NoteInput.ObjectiveInput objective = in.objective();
        List<Palpation> palpations = new ArrayList<>();
        BigDecimal schober = null;
        BigDecimal fingertip = null;
        if (objective != null) {
            List<PalpationInput> given = objective.palpation() == null ? List.of() : objective.palpation();
            for (int i = 0; i < given.size(); i++) {
                palpation("objective.palpation[" + i + "]", given.get(i)).ifPresent(palpations::add);
            }
            schober = centimetres("objective.schoberCm", objective.schoberCm());
            fingertip = centimetres("objective.fingertipToFloorCm", objective.fingertipToFloorCm());
        }
        String assessment = text("assessment", in.assessment(), MAX_TEXT);
        String plan = text("plan", in.plan(), MAX_TEXT);
        String words = text("patientWords", in.patientWords(), MAX_WORDS);
        List<TreatmentRow> rows = new ArrayList<>();
        List<TreatmentInput> typed = in.treatments() == null ? List.of() : in.treatments();
        int total = 0;
        for (int i = 0; i < typed.size(); i++) {
            TreatmentInput row = typed.get(i);
            if (row == null) {
                problems.add(NoteProblem.of("treatments[" + i + "]", "note.error.row.missing"));
                continue;
            }
            Optional<TreatmentRow> read = row("treatments[" + i + "]", row, sessionMinutes);
            if (read.isPresent()) {
                total += read.get().minutes();
                if (total > sessionMinutes) {
                    problems.add(NoteProblem.of("treatments[" + i + "].minutes", "note.error.minutes.total",
                            sessionMinutes));
                }
                rows.add(read.get());
            }
        }
        if (attendance == Attendance.NO_SHOW && !typed.isEmpty()) {
            problems.add(NoteProblem.of("treatments", "note.error.noShow.treatments"));
        }
        if (attendance == Attendance.NO_SHOW && painAfter != null) {
            problems.add(NoteProblem.of("painAfter", "note.error.noShow.painAfter"));
        }
        if (!problems.isEmpty()) {
            return new Read(null, problems);
        }
        return new Read(new NoteContent(attendance, painBefore, painRegions, subjective, palpations, schober, fingertip,
                assessment, plan, rows, painAfter, words), List.of());
    }

    private Attendance attendance(String value) {
        if (NoteInput.empty(value)) {
            return Attendance.ATTENDED;
        }
        try {
            return Attendance.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(NoteProblem.of("attendance", "note.error.attendance"));
            return Attendance.ATTENDED;
        }
    }

    private Integer pain(String field, String value) {
        Integer pain = whole(field, value, "note.error.pain");
        if (pain != null && (pain < 0 || pain > 10)) {
            problems.add(NoteProblem.of(field, "note.error.pain"));
            return null;
        }
        return pain;
    }

    private Integer whole(String field, String value, String key, Object... args) {
        if (NoteInput.empty(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(NoteProblem.of(field, key, args));
            return null;
        }
    }

    private BigDecimal decimal(String field, String value, String key, Object... args) {
        if (NoteInput.empty(value)) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(NoteProblem.of(field, key, args));
            return null;
        }
    }

    private BigDecimal centimetres(String field, String value) {
        BigDecimal cm = decimal(field, value, "note.error.cm");
        if (cm != null && (cm.signum() < 0 || cm.compareTo(MAX_CM) > 0 || cm.scale() > 1)) {
            problems.add(NoteProblem.of(field, "note.error.cm"));
            return null;
        }
        return cm;
    }

    private String text(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            problems.add(NoteProblem.of(field, "note.error.tooLong", max));
        }
        return text;
    }

    private Set<BodyRegion> regions(String field, List<String> codes, boolean required) {
        Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
        if (codes != null) {
            for (String code : codes) {
                Optional<Set<BodyRegion>> known = BodyRegion.expand(code);
                if (known.isEmpty()) {
                    problems.add(NoteProblem.of(field, "note.error.region"));
                    return regions;
                }
                regions.addAll(known.get());
            }
        }
        if (required && regions.isEmpty()) {
            problems.add(NoteProblem.of(field, "note.error.regions.required"));
        }
        return regions;
    }

    private Optional<Palpation> palpation(String field, PalpationInput in) {
        if (in == null || (NoteInput.empty(in.region()) && NoteInput.empty(in.tension()))) {
            return Optional.empty();
        }
        Optional<Set<BodyRegion>> region = BodyRegion.expand(in.region());
        if (region.isEmpty() || region.get().size() != 1) {
            problems.add(NoteProblem.of(field + ".region", "note.error.palpation.region"));
        }
        Integer tension = whole(field + ".tension", in.tension(), "note.error.tension");
        if (tension == null || tension < 0 || tension > Palpation.MAX_TENSION) {
            if (tension != null || NoteInput.empty(in.tension())) {
                problems.add(NoteProblem.of(field + ".tension", "note.error.tension"));
            }
            return Optional.empty();
        }
        if (region.isEmpty() || region.get().size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new Palpation(region.get().iterator().next(), tension,
                Boolean.TRUE.equals(in.triggerPoints())));
    }

    private Optional<TreatmentRow> row(String field, TreatmentInput in, int sessionMinutes) {
        int before = problems.size();
        Technique technique = null;
        if (NoteInput.empty(in.technique())) {
            problems.add(NoteProblem.of(field + ".technique", "note.error.technique.required"));
        } else {
            try {
                technique = Technique.valueOf(in.technique().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(NoteProblem.of(field + ".technique", "note.error.technique"));
            }
        }
        Set<BodyRegion> regions = regions(field + ".regions", in.regions(), true);
        Integer pressure = whole(field + ".pressure", in.pressure(), "note.error.pressure");
        if (pressure == null && NoteInput.empty(in.pressure())) {
            problems.add(NoteProblem.of(field + ".pressure", "note.error.pressure"));
        } else if (pressure != null && (pressure < 0 || pressure > TreatmentRow.MAX_PRESSURE)) {
            problems.add(NoteProblem.of(field + ".pressure", "note.error.pressure"));
        }
        Integer minutes = whole(field + ".minutes", in.minutes(), "note.error.minutes", sessionMinutes);
        if (minutes == null && NoteInput.empty(in.minutes())) {
            problems.add(NoteProblem.of(field + ".minutes", "note.error.minutes", sessionMinutes));
        } else if (minutes != null && (minutes <= 0 || minutes > sessionMinutes)) {
            problems.add(NoteProblem.of(field + ".minutes", "note.error.minutes", sessionMinutes));
        }
        BigDecimal stone = decimal(field + ".stoneTemperatureC", in.stoneTemperatureC(), "note.error.stone.range",
                Heat.STANDARD_MAX_C);
        if (technique == Technique.HOT_STONE && stone == null && NoteInput.empty(in.stoneTemperatureC())) {
            problems.add(NoteProblem.of(field + ".stoneTemperatureC", "note.error.stone.required"));
        } else if (technique != null && technique != Technique.HOT_STONE && !NoteInput.empty(in.stoneTemperatureC())) {
            problems.add(NoteProblem.of(field + ".stoneTemperatureC", "note.error.stone.notHotStone"));
        } else if (stone != null && (stone.signum() <= 0 || stone.doubleValue() > Heat.STANDARD_MAX_C
                || stone.scale() > 1)) {
            problems.add(NoteProblem.of(field + ".stoneTemperatureC", "note.error.stone.range", Heat.STANDARD_MAX_C));
        }
        String reason = text(field + ".overrideReason", in.overrideReason(), MAX_REASON);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new TreatmentRow(technique, regions, pressure, minutes,
                technique == Technique.HOT_STONE ? stone : null, reason, List.of()));
    }
}
