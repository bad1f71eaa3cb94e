/** The demo clinic seeded into a fresh embedded database (or anywhere with KNEADWELL_DEMO=true); uses every module, used by none. */
package org.kneadwell.demo;
