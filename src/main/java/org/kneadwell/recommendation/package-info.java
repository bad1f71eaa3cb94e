/** Explainable technique ranking: goals, preferences, evidence, STarT Back stratum and the patient's own history, within effective safety. */
package org.kneadwell.recommendation;
