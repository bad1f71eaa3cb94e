/** A patient's signed sessions for the recommendation's history factor (named interface {@code session :: history}). */
@org.springframework.modulith.NamedInterface("history")
package org.kneadwell.session.history;
