package org.cutis.patient.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.cutis.patient.TimelineEntry;
import org.cutis.shared.web.BenchMessages;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.springframework.context.MessageSource;

/**
 * Serves the chart ({@code /patients/{id}}), the benchmark's slowest page after the tumor board
 * packet: the patient with 593 entries, 540 of them specimen steps. Every chart request renders its
 * timeline entries into lines (a message with its arguments translated, particles fitted, escaped;
 * the time written out), and each timeline contributor keeps its newest 100 with
 * {@link TimelineEntry.Recent#of}; "show all" renders all of them. 500 entries here: 60 specimens'
 * steps, 100 signed reports, 60 lesions and 40 visits over five years, with the Korean texts of the
 * real bundles (this is the Java side of the page only: no database, no template).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TimelineBenchmark {
	private static final String[] SITES = { "왼쪽 팔", "오른쪽 다리", "등", "코", "왼쪽 뺨", "두피", "발바닥", "가슴" };
	private static final String[] STAFF = { "김지훈", "이수진", "박민호", "최은영" };
	private static final String[] IMPRESSIONS = { "lesion.impression.melanoma", "lesion.impression.bcc",
			"lesion.impression.cscc", "lesion.impression.actinic-keratosis" };

	private MessageSource messages;
	private List<TimelineEntry> newestFirst;
	private List<TimelineEntry> unordered;

	@Setup
	public void setUp() {
		messages = BenchMessages.application();
		Random random = new Random(593);
		Instant now = Instant.parse("2026-12-01T09:00:00Z");
		UUID patient = UUID.randomUUID();
		List<TimelineEntry> entries = new ArrayList<>();
		for (int s = 0; s < 60; s++) {
			String accession = String.format("S26-%06d", 1000 + s);
			String link = "/patients/" + patient + "/specimens/" + UUID.randomUUID();
			Instant at = now.minus(Duration.ofDays(random.nextInt(1800)));
			entries.add(entry(at, "biopsy.timeline.ordered", List.of(accession, "biopsy.technique.punch"), link));
			for (String step : List.of("collected", "received", "reviewed", "communicated")) {
				at = at.plus(Duration.ofHours(6 + random.nextInt(72)));
				entries.add(entry(at, "biopsy.timeline." + step, List.of(accession), link));
			}
		}
		for (int r = 0; r < 100; r++) {
			entries.add(entry(now.minus(Duration.ofDays(random.nextInt(1800))), "pathology.timeline.signed",
					List.of(String.format("S26-%06d", 1000 + r % 60), "lesion.impression.melanoma"), "/pathology/" + r));
		}
		for (int l = 0; l < 60; l++) {
			entries.add(entry(now.minus(Duration.ofDays(random.nextInt(1800))), "lesion.timeline.recorded",
					List.of("L" + (l + 1), SITES[l % SITES.length], IMPRESSIONS[l % IMPRESSIONS.length]), "/lesions/" + l));
		}
		for (int v = 0; v < 40; v++) {
			entries.add(entry(now.minus(Duration.ofDays(random.nextInt(1800))), "clinic.timeline.seen",
					List.of("피부과", STAFF[v % STAFF.length]), "/visits/" + v));
		}
		unordered = new ArrayList<>(entries);
		Collections.shuffle(unordered, random);
		entries.sort(TimelineEntry.NEWEST_FIRST);
		newestFirst = List.copyOf(entries);
	}

	private static TimelineEntry entry(Instant at, String key, List<Object> args, String link) {
		return new TimelineEntry(at, key, args, STAFF[Math.abs(key.hashCode()) % STAFF.length], link);
	}

	/** "Show all": every one of the 500 entries rendered in Korean. */
	@Benchmark
	public List<TimelineLine> renderAll() {
		return TimelineLine.render(newestFirst, messages, Locale.KOREAN);
	}

	/** The first screen: the newest 100. */
	@Benchmark
	public List<TimelineLine> renderFirstScreen() {
		return TimelineLine.render(newestFirst.subList(0, 100), messages, Locale.KOREAN);
	}

	/** A contributor's newest 100 of 500, in no order. */
	@Benchmark
	public TimelineEntry.Recent recentOf() {
		return TimelineEntry.Recent.of(unordered, 100);
	}
}
