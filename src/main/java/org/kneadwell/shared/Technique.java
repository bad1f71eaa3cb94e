package org.kneadwell.shared;

/** The five massage techniques of the brief, in the order every list shows them (screening contract §1). */
public enum Technique {
    SWEDISH, DEEP_TISSUE, TRIGGER_POINT, MYOFASCIAL_RELEASE, HOT_STONE
}
