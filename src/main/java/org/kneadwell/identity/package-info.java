/** Accounts, roles, sign-in with a second factor, API tokens, invitations and sessions. */
package org.kneadwell.identity;
