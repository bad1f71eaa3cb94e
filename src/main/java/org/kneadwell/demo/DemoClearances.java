package org.kneadwell.demo;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.clearance.Clearances;
import org.kneadwell.clearance.DecisionInput;
import org.kneadwell.clearance.ExpiryWatch;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.ClinicSettings;
import org.springframework.stereotype.Component;

/**
 * The clearance part of the demo: Rosa Martinez waits in the queue (her screen opened the request), George
 * Whitfield's clinician has asked for more information, and Aisha Rahman holds a clearance that expires within two
 * weeks, so the queue and the expiry alert show on first start.
 */
@Component
class DemoClearances {

    private final Clearances clearances;
    private final ExpiryWatch expiries;
    private final ClinicSettings clinic;
    private final Clock clock;

    DemoClearances(Clearances clearances, ExpiryWatch expiries, ClinicSettings clinic, Clock clock) {
        this.clearances = clearances;
        this.expiries = expiries;
        this.clinic = clinic;
        this.clock = clock;
    }

    void approveExpiringSoon(CurrentUser clinician, UUID patient) {
        UUID request = openRequest(clinician, patient);
        clearances.decide(clinician, request, new DecisionInput("APPROVE", new DecisionInput.Scope(
                List.of("SWEDISH", "DEEP_TISSUE", "TRIGGER_POINT"), Map.of("DEEP_TISSUE", 3, "TRIGGER_POINT", 2),
                List.of("FOOT_LEFT", "FOOT_RIGHT"), "WARM_ONLY",
                "Check the skin of both feet before and after each session; no heat below the knees.", false, List.of()),
                clinic.today(clock).plusDays(10).toString(),
                "Neuropathy stable, HbA1c controlled; gentle work on the back is appropriate. Review at the diabetes clinic."));
        expiries.check();
    }

    void askForMoreInformation(CurrentUser clinician, UUID patient) {
        clearances.decide(clinician, openRequest(clinician, patient), new DecisionInput("MORE_INFO", null, null,
                "Has George seen his oncologist about the weight loss? Please ask him to book a GP appointment this week "
                        + "and send me the outcome."));
    }

    private UUID openRequest(CurrentUser clinician, UUID patient) {
        return clearances.queue(clinician).stream().filter(item -> item.patient().publicId().equals(patient))
                .findFirst().orElseThrow().request().publicId();
    }
}
