/** Kernel shared by every module: the audit event type, route access declarations and the clinic clock. */
package org.kneadwell.shared;
