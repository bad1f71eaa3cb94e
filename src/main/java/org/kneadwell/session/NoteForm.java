package org.kneadwell.session;

import java.util.ArrayList;
import java.util.List;

import org.kneadwell.session.NoteInput.ObjectiveInput;
import org.kneadwell.session.NoteInput.PalpationInput;
import org.kneadwell.session.NoteInput.TreatmentInput;
import org.springframework.util.MultiValueMap;

/**
 * The note page's form as typed ({@code treatments[0].pressure}, {@code palpation[1].tension}, ...) into
 * {@link NoteInput}, and a stored note back into the same shape, so the page always shows what was typed or saved.
 */
final class NoteForm {

    static final int MAX_ROWS = 12;

    private NoteForm() {
    }

    static NoteInput read(MultiValueMap<String, String> form) {
        List<TreatmentInput> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String p = "treatments[" + i + "].";
            TreatmentInput row = new TreatmentInput(form.getFirst(p + "technique"), values(form, p + "regions"),
                    form.getFirst(p + "pressure"), form.getFirst(p + "minutes"), form.getFirst(p + "stoneTemperatureC"),
                    form.getFirst(p + "overrideReason"));
            rows.add(row);
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).blank()) {
            rows.remove(rows.size() - 1);
        }
        List<PalpationInput> palpation = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String p = "palpation[" + i + "].";
            palpation.add(new PalpationInput(form.getFirst(p + "region"), form.getFirst(p + "tension"),
                    form.containsKey(p + "triggerPoints")));
        }
        while (!palpation.isEmpty() && NoteInput.empty(palpation.get(palpation.size() - 1).region())
                && NoteInput.empty(palpation.get(palpation.size() - 1).tension())) {
            palpation.remove(palpation.size() - 1);
        }
        return new NoteInput(form.getFirst("attendance"), form.getFirst("painBefore"), values(form, "painRegions"),
                form.getFirst("subjective"), new ObjectiveInput(palpation, form.getFirst("schoberCm"),
                        form.getFirst("fingertipToFloorCm")),
                form.getFirst("assessment"), form.getFirst("plan"), rows, form.getFirst("painAfter"),
                form.getFirst("patientWords"));
    }

    private static List<String> values(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values;
    }

    /** A saved note as the form shows it. */
    static NoteInput of(NoteContent c) {
        return new NoteInput(c.attendance().name(), text(c.painBefore()),
                c.painRegions().stream().map(Enum::name).toList(), c.subjective(),
                new ObjectiveInput(c.palpations().stream().map(p -> new PalpationInput(p.region().name(),
                        String.valueOf(p.tension()), p.triggerPoints())).toList(),
                        c.schoberCm() == null ? "" : c.schoberCm().toPlainString(),
                        c.fingertipFloorCm() == null ? "" : c.fingertipFloorCm().toPlainString()),
                c.assessment(), c.plan(), c.treatments().stream().map(t -> new TreatmentInput(t.technique().name(),
                        t.regions().stream().map(Enum::name).toList(), String.valueOf(t.pressure()),
                        String.valueOf(t.minutes()),
                        t.stoneTemperatureC() == null ? "" : t.stoneTemperatureC().toPlainString(),
                        t.overrideReason())).toList(),
                text(c.painAfter()), c.patientWords());
    }

    private static String text(Integer value) {
        return value == null ? "" : String.valueOf(value);
    }

    /** The rows the page shows: those typed, and {@code extra} empty ones to fill in. */
    static List<TreatmentInput> rowsToShow(NoteInput input, int extra) {
        List<TreatmentInput> rows = new ArrayList<>(input.treatments() == null ? List.of() : input.treatments());
        for (int i = 0; i < extra && rows.size() < MAX_ROWS; i++) {
            rows.add(new TreatmentInput("", List.of(), "", "", "", ""));
        }
        return rows;
    }

    static List<PalpationInput> palpationToShow(NoteInput input) {
        List<PalpationInput> rows = new ArrayList<>(input.objective() == null || input.objective().palpation() == null
                ? List.of() : input.objective().palpation());
        if (rows.size() < MAX_ROWS) {
            rows.add(new PalpationInput("", "", false));
        }
        return rows;
    }
}
