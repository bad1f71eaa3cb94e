/** Intake answers, red-flag triage, STarT Back and the contraindication policy. */
package org.kneadwell.screening;
