package org.cutis.demo.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A mixed registry batch for the benchmark, as {@code docs/gen-rules-batch.py} writes it (so that
 * the bench needs no Python): every contract rule in turn, varied inputs from a seeded random, and
 * one line in sixteen deliberately invalid (a Breslow thickness out of range or not a number).
 */
final class RulesBatchInput {

	private static final String[] T = { "T1a", "T1b", "T2a", "T2b", "T3a", "T3b", "T4a", "T4b" };
	private static final String[] N = { "N0", "N1a", "N1b", "N1c", "N2a", "N2b", "N2c", "N3a", "N3b", "N3c" };
	private static final String[] SITES = { "nose", "cheek", "back", "trunk", "forearm", "scalp", "hand", "ear", "thigh",
			"neck" };
	private static final String[] CTCAE = { "\"bsaPercent\":20,\"psychosocialImpact\":true,\"term\":\"Rash acneiform\"",
			"\"extent\":\"widespread-intermittent\",\"treatment\":\"oral\",\"term\":\"Pruritus\"",
			"\"bsaPercent\":15,\"symptoms\":\"mild\",\"term\":\"Dry skin\"",
			"\"hairLossPercent\":60,\"wigNeeded\":true,\"term\":\"Alopecia\"", "\"term\":\"Nail changes\"" };

	private final Random random;

	RulesBatchInput(long seed) {
		this.random = new Random(seed);
	}

	/** Writes {@code lines} request lines to {@code file}. */
	static void write(Path file, int lines, long seed) throws IOException {
		RulesBatchInput input = new RulesBatchInput(seed);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int i = 0; i < lines; i++) {
				out.write(input.line(i));
				out.write('\n');
			}
		}
	}

	/** The request of line {@code i} (from 0), without newline. */
	String line(int i) {
		return "{\"id\":\"case-" + i + "\"," + request(i % 16) + "}";
	}

	private String request(int kind) {
		return switch (kind) {
			case 0 -> rule("melanoma.t", "\"breslowMm\":" + decimal(0, 8, 2) + ",\"ulceration\":" + chance(.3));
			case 1 -> rule("melanoma.n", "\"occultNodes\":" + random.nextInt(6) + ",\"clinicalNodes\":" + random.nextInt(3)
					+ ",\"itm\":" + chance(.2));
			case 2 -> rule("melanoma.m", "\"sites\":" + sites() + ",\"ldh\":\"normal\"");
			case 3, 4 -> rule("melanoma.stage", "\"classification\":" + quote(pick("clinical", "pathological")) + ",\"t\":"
					+ quote(pick(T)) + ",\"n\":" + quote(pick(N)) + ",\"m\":" + quote(pick("M0", "M0", "M1b(0)")));
			case 5 -> rule("melanoma.margin", "\"breslowMm\":" + decimal(0, 6, 1));
			case 6 -> rule("melanoma.slnb", "\"t\":" + quote(pick(T)));
			case 7 -> rule("cscc.t", "\"diameterCm\":" + decimal(0.2, 6, 1) + ",\"perineuralInvasion\":" + chance(.1));
			case 8 -> rule("cscc.bwh", "\"diameterCm\":" + decimal(0.2, 4, 1) + ",\"differentiation\":"
					+ quote(pick("well", "moderate", "poor")));
			case 9 -> rule("cscc.n", "\"classification\":\"pathological\",\"nodes\":[{\"side\":\"ipsilateral\",\"sizeCm\":"
					+ decimal(0.5, 7, 1) + ",\"ene\":" + chance(.3) + "}]");
			case 10 -> rule("cscc.stage", "\"t\":" + quote(pick("T1", "T2", "T3", "T4a")) + ",\"n\":"
					+ quote(pick("N0", "N1", "N2b")) + ",\"m\":\"M0\"");
			case 11 -> rule("bcc.risk", "\"site\":" + quote(pick(SITES)) + ",\"diameterCm\":" + decimal(0.2, 3, 1)
					+ ",\"subtype\":" + quote(pick("nodular", "superficial", "infiltrative")));
			case 12 -> rule("mohs.auc", "\"tumor\":" + quote(pick("bcc-nodular", "bcc-superficial", "scc-nonaggressive"))
					+ ",\"site\":" + quote(pick(SITES)) + ",\"diameterCm\":" + decimal(0.2, 3, 1) + ",\"patient\":\"healthy\"");
			case 13 -> rule("ctcae.grade", pick(CTCAE));
			case 14 -> rule("followup.schedule", "\"diagnosis\":\"melanoma\",\"stage\":" + quote(pick("IA", "IIB", "IIIC"))
					+ ",\"guideline\":" + quote(pick("NCCN", "CCA", "SIGN")));
			default -> rule("melanoma.t", "\"breslowMm\":" + pick("-1", "150", "\"thick\"")); // invalid on purpose
		};
	}

	private static String rule(String name, String input) {
		return "\"rule\":\"" + name + "\",\"input\":{" + input + "}";
	}

	private String decimal(double from, double to, int places) {
		double value = from + random.nextDouble() * (to - from);
		return new java.math.BigDecimal(value).setScale(places, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
			.toPlainString();
	}

	private String sites() {
		List<String> all = new ArrayList<>(List.of("\"lung\"", "\"liver\"", "\"skin\"", "\"brain\""));
		Collections.shuffle(all, random);
		return "[" + String.join(",", all.subList(0, random.nextInt(3))) + "]";
	}

	private boolean chance(double p) {
		return random.nextDouble() < p;
	}

	private String pick(String... values) {
		return values[random.nextInt(values.length)];
	}

	private static String quote(String text) {
		return String.format(Locale.ROOT, "\"%s\"", text);
	}
}
