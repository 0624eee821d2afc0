package org.cutis.demo.generator;

import java.util.Random;
import java.util.UUID;

/**
 * The ids of a generation's rows: version 7 UUIDs in the order they are made, the place of the
 * time given by the run's first MRN number and a counter, the rest from the seed.
 * <p>
 * Why not {@link UUID#randomUUID()}: random keys put every insert on a random leaf of the primary
 * key and of each index on a foreign key (a patient's lesions, a plan's visits), and at a million
 * patients those indexes outgrow memory, so the load slows as it goes and writes each touched page
 * whole into the WAL after every checkpoint. Ordered keys append at the right edge. And the same
 * seed on the same database gives the same ids; a second run into it starts at a later MRN, so its
 * ids differ.
 */
final class GeneratedIds {
	private final long prefix;
	private final Random random;
	private long counter;

	GeneratedIds(long seed, long firstMrnNumber) {
		// 28 bits of MRN number (a national center's lifetime of registrations fits) and 32 of counter
		this.prefix = (firstMrnNumber & 0xFFF_FFFFL) << 32;
		this.random = new Random(seed * 31 + firstMrnNumber);
	}

	UUID next() {
		long ordered = prefix | (counter++ & 0xFFFF_FFFFL);
		// the 60 ordered bits around the version nibble, so that byte order (PostgreSQL's) is creation order
		long high = (ordered >>> 12) << 16 | 0x7000L | (ordered & 0xFFFL);
		long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
		return new UUID(high, low);
	}
}
