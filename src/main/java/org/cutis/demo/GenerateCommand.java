package org.cutis.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cutis.demo.generator.SyntheticCenter;
import org.cutis.shared.CutisProperties;
import org.cutis.shared.database.BulkLoad;
import org.cutis.shared.database.DatabaseServer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./cutis generate --patients N}: writes a synthetic center of N patients into the
 * database with COPY (the demo accounts too, so that a clinician can log in and a benchmark can
 * search), with a progress bar; the search rebuild of {@code ./cutis reindex} runs after it in the
 * same start (this runner comes first), then Cutis exits. Leaves {@code generated-center.json}
 * in the data directory: what was written and samples (MRNs, accession numbers, names) for
 * {@code ./cutis bench}.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "cutis.generate.patients")
class GenerateCommand implements ApplicationRunner {
	static final String SAMPLES = "generated-center.json";
	private final SyntheticCenter center;
	private final DemoAccounts accounts;
	private final GeneratedBoard board;
	private final CutisProperties properties;
	private final DatabaseServer server;
	private final int patients;
	private final long seed;
	private volatile boolean generated;

	GenerateCommand(SyntheticCenter center, DemoAccounts accounts, GeneratedBoard board, CutisProperties properties,
			DatabaseServer server, @Value("${cutis.generate.patients}") int patients,
			@Value("${cutis.generate.seed:20261201}") long seed) {
		this.center = center;
		this.accounts = accounts;
		this.board = board;
		this.properties = properties;
		this.server = server;
		this.patients = patients;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException, InterruptedException {
		if (patients < 1 || patients > 10_000_000) {
			throw new IllegalArgumentException("--patients must be between 1 and 10,000,000, got " + patients);
		}
		PrintStream out = System.err;
		long started = System.nanoTime();
		accounts.enrolMissing();
		long copying = System.nanoTime();
		SyntheticCenter.Written written = center.generate(patients, seed, new Bar(out));
		out.printf("%nThe COPY phase took %.1f s, of which in PostgreSQL's COPY by table:", (System.nanoTime() - copying) / 1e9);
		SyntheticCenter.copySecondsByTable().forEach((table, s) -> out.printf(" %s %.1f s,", table, s));
		SyntheticCenter.Treated treated = written.treated();
		out.printf("%n%,d cancers staged by the rules, %,d treatment plans (%,d operated), %,d surveillance plans with"
				+ " %,d visits, %,d recall items open (%,d overdue).", treated.cancers(), treated.treatmentPlans(),
				treated.treatmentsDone(), treated.surveillancePlans(), treated.surveillanceVisits(), treated.recallItems(),
				treated.overdue());
		SyntheticCenter.Excisions excisions = treated.excisions();
		out.printf("%n%,d excisions with their re-excision specimens (%,d with residual tumour, %,d with an involved"
				+ " margin), %,d restaged by their report (%,d with a new stage); %,d clinic sessions, %,d follow-up"
				+ " appointments (%,d seen).", excisions.excisions(), excisions.residual(), excisions.marginInvolved(),
				excisions.restaged(), excisions.stageChanged(), written.clinics().sessions(),
				written.clinics().appointments(), written.clinics().seen());
		out.printf("%nThe tumor board: %d signed cancers through the services ...", GeneratedBoard.CANCERS);
		List<UUID> meetings = board.load(written.patientIds(), seed);
		double seconds = (System.nanoTime() - started) / 1e9;
		out.printf("%nGenerated %,d patients, %,d lesions, %,d specimens, %,d reports, %,d referrals, %,d skin adverse"
				+ " events, %,d cancers, %,d treatment plans, %,d surveillance plans in %.1f s.%n", written.patients(),
				written.lesions(), written.specimens(), written.reports(), written.referrals(), written.adverseEvents(),
				written.treated().cancers(), written.treated().treatmentPlans(), written.treated().surveillancePlans(),
				seconds);
		writeSamples(written, meetings, seconds);
		generated = true;
	}

	/** Last, after the search rebuild that follows this runner: the load's WAL and the next backup. */
	@EventListener(ContextClosedEvent.class)
	void tellOfTheWalArchive() {
		if (generated) {
			System.err.println(BulkLoad.afterwards(server, " --data-dir " + properties.dataDir()));
		}
	}

	private void writeSamples(SyntheticCenter.Written written, List<UUID> meetings, double seconds) throws IOException {
		Path file = properties.dataDir().resolve(SAMPLES);
		Map<String, Object> samples = new LinkedHashMap<>();
		long before = 0;
		if (Files.exists(file)) {
			Object earlier = JsonMapper.builder().build().readValue(file.toFile(), Map.class).get("patients");
			before = earlier instanceof Number n ? n.longValue() : 0;
		}
		samples.put("patients", before + written.patients());
		samples.put("generatedSeconds", Math.round(seconds * 10) / 10.0);
		samples.put("lesions", written.lesions());
		samples.put("specimens", written.specimens());
		samples.put("reports", written.reports());
		samples.put("referrals", written.referrals());
		samples.put("adverseEvents", written.adverseEvents());
		samples.put("cancers", written.treated().cancers());
		samples.put("treatmentPlans", written.treated().treatmentPlans());
		samples.put("treatmentsDone", written.treated().treatmentsDone());
		samples.put("surveillancePlans", written.treated().surveillancePlans());
		samples.put("surveillanceVisits", written.treated().surveillanceVisits());
		samples.put("recallItems", written.treated().recallItems());
		samples.put("excisions", written.treated().excisions().excisions());
		samples.put("excisionsWithResidualTumour", written.treated().excisions().residual());
		samples.put("restaged", written.treated().excisions().restaged());
		samples.put("clinicSessions", written.clinics().sessions());
		samples.put("appointments", written.clinics().appointments());
		samples.put("appointmentsSeen", written.clinics().seen());
		samples.put("mrns", written.mrns());
		samples.put("accessions", written.accessions());
		samples.put("names", written.names());
		samples.put("chartPatients", written.chartPatients().stream().map(UUID::toString).toList());
		samples.put("chartEvents", written.chartEvents());
		samples.put("crowdedBirthDate", written.crowd().birthDate().toString());
		samples.put("crowdedBirthDateCount", written.crowd().patients());
		samples.put("meetings", meetings.stream().map(UUID::toString).toList());
		Files.createDirectories(file.getParent());
		JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), samples);
	}

	/** One line redrawn in place, like the rebuild's. */
	private static final class Bar implements SyntheticCenter.Progress {
		private final PrintStream out;
		private long lastDrawn;

		Bar(PrintStream out) {
			this.out = out;
		}

		@Override
		public void at(String phase, long done, long total) {
			long now = System.nanoTime();
			if (now - lastDrawn < 100_000_000L && done != total) {
				return;
			}
			lastDrawn = now;
			int width = 30;
			int filled = (int) Math.min(width, done * width / Math.max(1, total));
			out.printf("\r%-9s [%s] %,d / %,d", phase, "#".repeat(filled) + " ".repeat(width - filled), done, total);
			out.flush();
		}
	}
}
