/** Treatment plans: goals, techniques within effective safety, dose, reassessment points and the self-care and exercise part of the package. */
package org.kneadwell.plan;
