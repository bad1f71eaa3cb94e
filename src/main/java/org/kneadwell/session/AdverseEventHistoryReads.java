package org.kneadwell.session;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.session.history.AdverseEventHistory;
import org.kneadwell.shared.Technique;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adverse events per technique for the ranking (see {@link AdverseEventHistory}). */
@Service
class AdverseEventHistoryReads implements AdverseEventHistory {

    private final AdverseEventStore store;

    AdverseEventHistoryReads(AdverseEventStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Technique, List<AdverseEvent>> byTechnique(UUID patientId) {
        return store.ofPatient(patientId).stream().filter(e -> e.technique() != null)
                .collect(Collectors.groupingBy(AdverseEvent::technique, () -> new EnumMap<>(Technique.class),
                        Collectors.toList()));
    }
}
