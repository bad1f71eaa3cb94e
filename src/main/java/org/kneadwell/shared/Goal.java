package org.kneadwell.shared;

/** The benefits a patient can choose to work towards (screening contract §1). */
public enum Goal {
    PAIN_RELIEF, CIRCULATION, MUSCLE_TENSION, STRESS_RELIEF, RANGE_OF_MOTION, POSTURE
}
