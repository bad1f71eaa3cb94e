/** Kernel shared by every module: the audit event type, route access declarations, the clinic clock and its public address. */
package org.kneadwell.shared;
