package org.kneadwell.screening;

import java.util.List;

import org.kneadwell.screening.policy.Heat;
import org.kneadwell.screening.policy.Reason;
import org.kneadwell.screening.policy.ScreeningResult;
import org.kneadwell.screening.policy.StartBackRisk;
import org.kneadwell.screening.policy.StartBackScore;
import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.screening.policy.TechniqueVerdict;
import org.kneadwell.screening.policy.TriageTier;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Technique;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON answer of the evaluate API, field for field as screening contract §4 writes it: {@code startBack}
 * only when answers were given, techniques in contract order, avoided regions sorted by code.
 */
public record ScreeningResponse(String policyVersion, boolean chronic, TriageJson triage, boolean clearanceRequired,
        @JsonInclude(JsonInclude.Include.NON_NULL) StartBackJson startBack, List<VerdictJson> techniques) {

    public record ReasonJson(String code, String text, List<String> sources) {
        static List<ReasonJson> of(List<Reason> reasons) {
            return reasons.stream().map(r -> new ReasonJson(r.code(), r.text(), r.sources())).toList();
        }
    }

    public record TriageJson(TriageTier tier, boolean massageOnHold, List<ReasonJson> reasons) {
    }

    public record StartBackJson(int total, int psychosocial, StartBackRisk risk) {
        static StartBackJson of(StartBackScore score) {
            return score == null ? null : new StartBackJson(score.total(), score.psychosocial(), score.risk());
        }
    }

    public record VerdictJson(Technique technique, TechniqueStatus status, int maxPressure, Heat heat,
            List<BodyRegion> avoidRegions, boolean clearanceRequired, List<ReasonJson> reasons) {
        static VerdictJson of(TechniqueVerdict v) {
            return new VerdictJson(v.technique(), v.status(), v.maxPressure(), v.heat(), List.copyOf(v.avoidRegions()),
                    v.clearanceRequired(), ReasonJson.of(v.reasons()));
        }
    }

    public static ScreeningResponse of(ScreeningResult result) {
        return new ScreeningResponse(result.policyVersion(), result.chronic(),
                new TriageJson(result.triage().tier(), result.triage().massageOnHold(),
                        ReasonJson.of(result.triage().reasons())),
                result.clearanceRequired(), StartBackJson.of(result.startBack()),
                result.techniques().stream().map(VerdictJson::of).toList());
    }
}
