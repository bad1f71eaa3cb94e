/** Accounts, roles, sign-in with a second factor, API tokens, invitations and sessions. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package org.kneadwell.identity;
