package org.kneadwell.screening.policy;

/** The STarT Back risk group of persistent disabling pain (Keele) [S90][S91]. */
public enum StartBackRisk {
    LOW, MEDIUM, HIGH
}
