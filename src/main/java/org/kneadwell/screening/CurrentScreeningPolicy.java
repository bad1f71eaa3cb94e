package org.kneadwell.screening;

import org.kneadwell.screening.policy.ScreeningPolicy;

/**
 * The policy the clinic screens with now: the reference policy, tightened by the clinic's overrides once
 * those are stored (screening contract §2.4). Every screen asks here, so results record the version used.
 */
public interface CurrentScreeningPolicy {

    ScreeningPolicy current();
}
