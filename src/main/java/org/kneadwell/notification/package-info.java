/** In-app alerts and the e-mail outbox (every message recorded; sent over SMTP when configured). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "identity :: actor" })
package org.kneadwell.notification;
