/** In-app alerts and the e-mail outbox (every message recorded; sent over SMTP when configured). */
package org.kneadwell.notification;
