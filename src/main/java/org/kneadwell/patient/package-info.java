/** Patient records, care teams, and the access policy that decides who may see and change a patient's data. */
package org.kneadwell.patient;
