package org.kneadwell.screening.policy;

/** A technique's verdict for one person, strictest first (screening contract §2.3: CI beats R beats SUITABLE). */
public enum TechniqueStatus {
    CONTRAINDICATED, RESTRICTED, SUITABLE
}
