/** Kernel shared by every module: the audit event type, route access declarations, the clinic clock and its public address. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.kneadwell.shared;
