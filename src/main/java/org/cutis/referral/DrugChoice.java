package org.cutis.referral;

/**
 * A drug as the referrer names it: a catalogue code ("cetuximab"), or, marked as a free entry, the
 * name of a drug the catalogue does not have yet (a trial drug, a new approval). Without the mark a
 * name the catalogue does not know is refused, so a typo never passes for a drug.
 */
public record DrugChoice(String drug, boolean freeEntry) {
	public DrugChoice {
		drug = drug == null || drug.isBlank() ? null : drug.strip();
	}

	public static DrugChoice catalogue(String code) {
		return new DrugChoice(code, false);
	}
}
