package org.kneadwell.outcome;

import org.kneadwell.screening.ScreeningCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps where the patient said it hurts at each intake, for the body-map view over time. Synchronous, in the
 * screening's transaction, like {@link SessionPain}.
 */
@Component
class IntakePain {

    private final PainMaps maps;

    IntakePain(PainMaps maps) {
        this.maps = maps;
    }

    @EventListener
    void on(ScreeningCompleted screened) {
        if (!screened.painReported().isEmpty()) {
            maps.insert(screened.patientId(), new PainMap(screened.at(), PainMap.Source.INTAKE,
                    screened.painReported()), null);
        }
    }
}
