/** Clearance requests, clinician decisions with scope and expiry, and effective safety: what may be done for a patient on a given day. */
package org.kneadwell.clearance;
