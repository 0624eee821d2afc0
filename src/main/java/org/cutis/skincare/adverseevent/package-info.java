/**
 * Skin adverse events of cancer drugs: one CTCAE v5.0 term in one patient, from its onset until
 * resolved. Each assessment's findings go to {@code ctcae.grade}, which proposes the grade with its
 * definition; the dermatologist confirms it or changes it with a reason. Each event is attributed
 * to the drugs that may have caused it (certain to unrelated), and the drug with the strongest
 * attribution asks {@code oncoderm.advice} what to tell oncology.
 */
package org.cutis.skincare.adverseevent;
