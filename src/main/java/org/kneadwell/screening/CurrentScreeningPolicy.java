package org.kneadwell.screening;

import org.kneadwell.screening.policy.ScreeningPolicy;

/** The clinic's screening policy as it stands now: the reference policy plus every clinic revision. */
public interface CurrentScreeningPolicy {

    ScreeningPolicy current();
}
