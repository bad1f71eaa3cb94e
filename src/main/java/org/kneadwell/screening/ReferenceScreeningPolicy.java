package org.kneadwell.screening;

import org.kneadwell.screening.policy.ScreeningPolicy;
import org.springframework.stereotype.Component;

/** The reference policy with no clinic overrides: what a new clinic, the demo clinic included, starts with. */
@Component
class ReferenceScreeningPolicy implements CurrentScreeningPolicy {

    @Override
    public ScreeningPolicy current() {
        return ScreeningPolicy.reference();
    }
}
