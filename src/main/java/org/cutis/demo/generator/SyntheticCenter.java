package org.cutis.demo.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.cutis.patient.Mrn;
import org.cutis.surveillance.FollowUpCalendar;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes a synthetic center of N patients straight into the tables with COPY, in chunks of a few
 * thousand patients (one transaction each): patients (names from {@link SyntheticNames}, MRNs from
 * the registry's own sequence with their check digit, birth dates by the age of a skin cancer
 * center's patients), their lesions on the body map, biopsy specimens with accession numbers from
 * the biopsy sequence and every state of the loop with its steps, the pathologist's intake of
 * the received ones, and reports (drafts, and signed ones with synoptic findings, Korean free
 * text, and pT computed by the rules for melanoma), the cancers those signed reports open with
 * their evidence and their first staging computed by the staging module's own calculator
 * ({@link GeneratedCancers}), their treatment plans ({@link GeneratedTreatments}) completed by the
 * surgery module's excision records with their re-excision specimens through the biopsy loop, the
 * signed reports' margins and the restaging they bring ({@link GeneratedExcisions},
 * {@link GeneratedRestaging}), the surveillance plans of the completed treatments with the follow-up
 * rule's calendar, the next visits the nurses booked into the doctors' clinic sessions and the
 * recall list's open items ({@link GeneratedSurveillance}, {@link GeneratedClinic},
 * {@link GeneratedRecall}), the referrals that brought the patients (with the triage worklist's rank)
 * and the skin-care clinic's adverse events and skin prophylaxis of the accepted drug reactions.
 * Mohs cases, work-up orders, visit notes (and so appointments attended: the doctor's note marks a
 * patient seen) and the appointments of new referrals are not generated. The same seed gives the same
 * center.
 */
@Component
public class SyntheticCenter {
	public static final String CLERK = "demo-clerk";
	static final String[] DOCTORS = { "demo-derm", "demo-derm2", "demo-surg" };
	static final String PATHOLOGIST = "demo-path";
	static final String NURSE = "demo-nurse";
	private static final int CHUNK = 2_000;

	/** Told how far the load is. */
	public interface Progress {
		void at(String phase, long done, long total);
	}

	/** What was written, and samples a benchmark can ask for. */
	public record Written(long patients, long lesions, long specimens, long reports, long referrals, long adverseEvents,
			Treated treated, List<String> mrns, List<String> accessions, List<String> names, List<UUID> patientIds,
			Crowd crowd, List<UUID> chartPatients, long chartEvents, Clinics clinics) {
	}

	/**
	 * The cancers opened by the signed reports (each staged), their treatment plans and those completed by the operation,
	 * the surveillance plans of the completed treatments with their visits, and the recall items
	 * open today (of which overdue).
	 */
	public record Treated(long cancers, long treatmentPlans, long treatmentsDone, long surveillancePlans,
			long surveillanceVisits, long recallItems, long overdue, Excisions excisions) {
	}

	/**
	 * The surgery module's excisions (each with its re-excision specimen), of which those whose report
	 * showed residual tumour and those with an involved margin; the restaging records the signed
	 * reports made, and of those the ones that changed the stage.
	 */
	public record Excisions(long excisions, long residual, long marginInvolved, long restaged, long stageChanged) {
	}

	/**
	 * The doctors' clinic sessions written (their ids, for whoever removes the center) and the follow-up
	 * appointments, of which those of the recent past where the patient was seen.
	 */
	public record Clinics(long sessions, long appointments, long seen, List<UUID> sessionIds) {
	}

	/** The birth date most patients share, and how many share it. */
	public record Crowd(LocalDate birthDate, long patients) {
	}

	private final DataSource dataSource;
	private final Clock clock;
	private final FollowUpCalendar calendar;

	SyntheticCenter(DataSource dataSource, Clock clock, FollowUpCalendar calendar) {
		this.dataSource = dataSource;
		this.clock = clock;
		this.calendar = calendar;
	}

	public Written generate(int patients, long seed, Progress progress) {
		Random random = new Random(seed);
		Instant now = clock.instant();
		ZoneId zone = clock.getZone();
		Totals totals = new Totals();
		GeneratedClinic clinic = null;
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				boolean noPlansBefore = RecallKept.noPlans(connection);
				for (int from = 0; from < patients; from += CHUNK) {
					int count = Math.min(CHUNK, patients - from);
					long[] mrns = sequence(connection, "mrn_seq", count);
					if (totals.ids == null) {
						totals.ids = new GeneratedIds(seed, mrns[0]);
						clinic = new GeneratedClinic(now, zone, totals, sessionsHeld(connection, now, zone));
					}
					Chunk chunk = new Chunk(random, now, zone, totals, calendar, clinic);
					for (int i = 0; i < count; i++) {
						chunk.patient(Mrn.fromSequence(mrns[i]).value());
					}
					chunk.accessions(sequence(connection, "specimen_accession_seq", chunk.specimenCount()));
					chunk.copy(connection);
					RecallKept.notStale(connection, totals.patientIds.subList(totals.patientIds.size() - count,
							totals.patientIds.size()));
					connection.commit();
					progress.at("patients", from + count, patients);
				}
				if (noPlansBefore) {
					RecallKept.computed(connection, LocalDate.ofInstant(now, zone), now);
					connection.commit();
				}
			}
			catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Generating the synthetic center failed: " + e.getMessage(), e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		return new Written(totals.patients, totals.lesions, totals.specimens + totals.reExcisionSpecimens, totals.reports,
				totals.referrals, totals.adverseEvents, new Treated(totals.cancers, totals.treatmentPlans, totals.treatmentsDone,
						totals.surveillancePlans, totals.surveillanceVisits, totals.recallItems, totals.overdue,
						new Excisions(totals.excisions, totals.excisionsResidual, totals.excisionsInvolved, totals.restaged,
								totals.stageChanged)),
				totals.mrns, totals.accessions, totals.names, totals.patientIds, new Crowd(Chunk.CROWDED_BIRTH_DATE, totals.crowded),
				totals.chartPatients, totals.chartEvents,
				new Clinics(totals.clinicSessions, totals.appointments, totals.appointmentsSeen,
						List.copyOf(totals.sessionIds)));
	}

	/** Seconds spent in COPY so far in this process, by table, the slowest first (the rest is building the rows). */
	public static java.util.Map<String, Double> copySecondsByTable() {
		return CopyRows.secondsByTable();
	}

	/** "doctor day" of the sessions the database already holds for the generated doctors in the clinic's weeks. */
	private static java.util.Set<String> sessionsHeld(Connection connection, Instant now, ZoneId zone)
			throws SQLException {
		LocalDate today = LocalDate.ofInstant(now, zone);
		java.util.Set<String> held = new java.util.HashSet<>();
		try (var statement = connection.prepareStatement("select clinician, day from clinic_session where day between ?"
				+ " and ? and clinician = any(?)")) {
			statement.setObject(1, today.minusDays(GeneratedClinic.PAST_DAYS));
			statement.setObject(2, today.plusDays(GeneratedClinic.AHEAD_DAYS));
			statement.setArray(3, connection.createArrayOf("varchar", DOCTORS));
			try (var rs = statement.executeQuery()) {
				while (rs.next()) {
					held.add(rs.getString(1) + " " + rs.getObject(2, LocalDate.class));
				}
			}
		}
		return held;
	}

	private static long[] sequence(Connection connection, String name, int count) throws SQLException {
		long[] values = new long[count];
		if (count == 0) {
			return values;
		}
		try (var statement = connection.prepareStatement("select nextval('" + name + "') from generate_series(1, ?)")) {
			statement.setInt(1, count);
			try (var rs = statement.executeQuery()) {
				for (int i = 0; i < count && rs.next(); i++) {
					values[i] = rs.getLong(1);
				}
			}
		}
		return values;
	}

	static BigDecimal tenths(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
	}
}
