package org.cutis.demo.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cutis.referral.RedFlag;
import org.cutis.rules.RuleEngine;
import org.cutis.rules.RuleOutcome;
import org.cutis.rules.ctcae.CtcaeTerm;

/**
 * The skin-care clinic's record of a drug reaction it accepted from the oncologist: the skin
 * adverse event with its CTCAE term, the first visit's findings and the grade the rule
 * ({@code ctcae.grade}, the same the clinic's form asks) proposes from them, confirmed by the
 * dermatologist, the drug named by the referral attributed as probable, and the red flags asked
 * again at the visit. Reactions seen more than two months ago have resolved; the rest are active.
 */
final class GeneratedAdverseEvents {
	private static final RuleEngine RULES = new RuleEngine();

	private final GeneratedIds ids;
	private final Random random;
	private final Instant now;
	private final ZoneId zone;
	private final CopyRows event = new CopyRows("skin_adverse_event", "id, patient_id, referral_id, term, onset_date,"
			+ " status, resolved_on, proposed_grade, confirmed_grade, last_assessed_on, created_by, created_at,"
			+ " resolved_by, resolved_at, version");
	private final CopyRows drug = new CopyRows("skin_adverse_event_drug", "id, adverse_event_id, position, drug_code,"
			+ " drug_name, free_entry, attribution, recorded_by, recorded_at");
	private final CopyRows assessment = new CopyRows("skin_adverse_event_assessment", "id, adverse_event_id,"
			+ " assessed_on, findings, proposed_grade, confirmed_grade, assessed_by, assessed_at, confirmed_by,"
			+ " confirmed_at, red_flags, version");
	private long written;

	GeneratedAdverseEvents(Random random, Instant now, ZoneId zone, GeneratedIds ids) {
		this.ids = ids;
		this.random = random;
		this.now = now;
		this.zone = zone;
	}

	/**
	 * The reaction of an accepted drug-reaction referral, seen at the clinic on {@code seen}.
	 *
	 * @param drugRow the catalogue drug as the referral names it (code, Korean name, English name, class)
	 */
	void seen(UUID patientId, UUID referralId, String[] drugRow, Set<RedFlag> flags, Instant received, Instant seen) {
		if (seen.isAfter(now)) {
			seen = now.minus(Duration.ofMinutes(10));
		}
		CtcaeTerm term = flags.isEmpty() ? termOf(drugRow[0]) : CtcaeTerm.STEVENS_JOHNSON_SYNDROME;
		Map<String, Object> findings = findings(term);
		int grade = grade(term, findings);
		UUID id = ids.next();
		String derm = SyntheticCenter.DOCTORS[random.nextInt(2)];
		LocalDate seenOn = LocalDate.ofInstant(seen, zone);
		LocalDate onset = LocalDate.ofInstant(received, zone).minusDays(3 + random.nextInt(14));
		// confirmed at the visit: the event saved, then confirmed (and resolved later), one version each
		Instant confirmed = seen.plus(Duration.ofMinutes(10));
		LocalDate resolvedOn = seenOn.plusDays(14 + random.nextInt(42));
		boolean resolved = resolvedOn.isBefore(LocalDate.ofInstant(now, zone));
		Instant resolvedAt = resolved ? resolvedOn.atTime(11, 0).atZone(zone).toInstant() : null;
		event.add(id).add(patientId).add(referralId).add(term.termName()).add(onset).add(resolved ? "resolved" : "active")
			.add(resolved ? resolvedOn : null).add(grade).add(grade).add(seenOn).add(derm).add(seen)
			.add(resolved ? derm : null).add(resolvedAt).add(resolved ? 2 : 1);
		event.end();
		drug.add(ids.next()).add(id).add(0).add(drugRow[0]).add(drugRow[2]).add(false).add("probable").add(derm)
			.add(seen);
		drug.end();
		assessment.add(ids.next()).add(id).add(seenOn).add(json(findings)).add(grade).add(grade).add(derm).add(seen)
			.add(derm).add(confirmed).add(flags.stream().map(RedFlag::code).collect(Collectors.joining(","))).add(1);
		assessment.end();
		written++;
	}

	long written() {
		return written;
	}

	void copy(Connection connection) throws SQLException {
		event.copy(connection);
		drug.copy(connection);
		assessment.copy(connection);
	}

	/** The reaction each drug of the referrals is known for. */
	private static CtcaeTerm termOf(String drugCode) {
		return switch (drugCode) {
			case "cetuximab" -> CtcaeTerm.RASH_ACNEIFORM;
			case "erlotinib" -> CtcaeTerm.PARONYCHIA;
			case "capecitabine" -> CtcaeTerm.PALMAR_PLANTAR_ERYTHRODYSESTHESIA;
			case "docetaxel" -> CtcaeTerm.NAIL_DISCOLORATION;
			default -> CtcaeTerm.RASH_MACULO_PAPULAR;
		};
	}

	/** The first visit's findings, the inputs of ctcae.grade the term reads; mostly mild to moderate. */
	private Map<String, Object> findings(CtcaeTerm term) {
		Map<String, Object> f = new LinkedHashMap<>();
		String[] symptoms = { "mild", "mild", "moderate", "severe" };
		switch (term) {
			case RASH_ACNEIFORM, RASH_MACULO_PAPULAR -> {
				f.put("bsaPercent", new int[] { 5, 8, 15, 25, 40 }[random.nextInt(5)]);
				f.put("symptoms", symptoms[random.nextInt(symptoms.length)]);
			}
			case PARONYCHIA -> {
				f.put("treatment", random.nextBoolean() ? "topical" : "oral");
				f.put("pain", random.nextBoolean());
			}
			case PALMAR_PLANTAR_ERYTHRODYSESTHESIA -> {
				f.put("pain", random.nextInt(3) > 0);
				f.put("symptoms", symptoms[random.nextInt(symptoms.length)]);
			}
			case STEVENS_JOHNSON_SYNDROME -> {
				f.put("bsaPercent", 3 + random.nextInt(7));
				f.put("skinSloughing", true);
			}
			default -> {
			}
		}
		return f;
	}

	private static int grade(CtcaeTerm term, Map<String, Object> findings) {
		Map<String, Object> input = new LinkedHashMap<>(findings);
		input.put("term", term.termName());
		if (RULES.evaluate("ctcae.grade", input) instanceof RuleOutcome.Success success) {
			return ((Number) success.value()).intValue();
		}
		throw new IllegalStateException("ctcae.grade refused the generated findings " + input);
	}

	/** The findings as the clinic stores them (jsonb: key order and spacing are not kept anyway). */
	private static String json(Map<String, Object> findings) {
		return findings.entrySet().stream()
			.map(e -> "\"" + e.getKey() + "\":" + (e.getValue() instanceof String s ? "\"" + s + "\"" : e.getValue()))
			.collect(Collectors.joining(",", "{", "}"));
	}
}
