/** The reference safety-screening policy as plain Java: red-flag triage, technique verdicts and STarT Back scoring. */
@org.springframework.modulith.NamedInterface("policy")
package org.kneadwell.screening.policy;
