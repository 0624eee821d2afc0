package org.cutis.oncology.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.rules.oncology.FractionationCheck;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.RefusedTransition;

/**
 * The summary of a radiotherapy course as radiation oncology gave it: target site, intent,
 * technique, total dose in fractions with the dose per fraction (which must be the total divided
 * by the fractions, within {@link FractionationCheck#TOLERANCE_GY}), start and end dates. Without
 * an end date the course is still running; the end is recorded once.
 */
@Entity
@Table(name = "radiotherapy_course")
public class RadiotherapyCourse {
	public static final BigDecimal MAX_TOTAL_GY = new BigDecimal("150");
	public static final BigDecimal MAX_PER_FRACTION_GY = new BigDecimal("30");
	public static final int MAX_FRACTIONS = 60;

	@Id
	private UUID id;
	private UUID cancerId;
	private UUID patientId;
	private String site;
	private String intent;
	private String technique;
	private BigDecimal totalDoseGy;
	private int fractions;
	private BigDecimal dosePerFractionGy;
	private LocalDate startDate;
	private LocalDate endDate;
	private String recordedBy;
	private Instant recordedAt;
	private String endedBy;
	private Instant endedAt;
	@Version
	private long version;

	protected RadiotherapyCourse() {
	}

	public record Summary(UUID cancerId, String site, String intent, String technique, BigDecimal totalDoseGy,
			Integer fractions, BigDecimal dosePerFractionGy, LocalDate startDate, LocalDate endDate) {
	}

	public static RadiotherapyCourse record(Summary given, UUID patientId, LocalDate today, String by, Instant now) {
		// doses are kept to a hundredth of a gray, as the columns hold them; the check uses what is stored
		Summary in = new Summary(given.cancerId(), given.site(), given.intent(), given.technique(),
				hundredth(given.totalDoseGy()), given.fractions(), hundredth(given.dosePerFractionGy()), given.startDate(),
				given.endDate());
		List<FieldProblem> problems = new ArrayList<>();
		if (in.site() == null || in.site().isBlank()) {
			problems.add(new FieldProblem("site", "error.field.required"));
		}
		if (RadiotherapyIntent.fromCode(in.intent()).isEmpty()) {
			problems.add(new FieldProblem("intent", blank(in.intent()) ? "error.field.required" : "error.field.oneOf",
					RadiotherapyIntent.allowed()));
		}
		if (RadiotherapyTechnique.fromCode(in.technique()).isEmpty()) {
			problems.add(new FieldProblem("technique", blank(in.technique()) ? "error.field.required" : "error.field.oneOf",
					RadiotherapyTechnique.allowed()));
		}
		boolean total = positiveUpTo(in.totalDoseGy(), MAX_TOTAL_GY);
		if (!total) {
			problems.add(new FieldProblem("totalDoseGy", "oncology.rt.totalDose.range", MAX_TOTAL_GY.toPlainString()));
		}
		boolean fractions = in.fractions() != null && in.fractions() >= 1 && in.fractions() <= MAX_FRACTIONS;
		if (!fractions) {
			problems.add(new FieldProblem("fractions", "oncology.rt.fractions.range", MAX_FRACTIONS));
		}
		if (!positiveUpTo(in.dosePerFractionGy(), MAX_PER_FRACTION_GY)) {
			problems.add(new FieldProblem("dosePerFractionGy", "oncology.rt.dosePerFraction.range",
					MAX_PER_FRACTION_GY.toPlainString()));
		}
		else if (total && fractions
				&& !FractionationCheck.consistent(in.totalDoseGy(), in.fractions(), in.dosePerFractionGy())) {
			problems.add(new FieldProblem("dosePerFractionGy", "oncology.rt.dosePerFraction.inconsistent",
					FractionationCheck.expectedDosePerFraction(in.totalDoseGy(), in.fractions()).toPlainString(),
					FractionationCheck.TOLERANCE_GY.toPlainString()));
		}
		if (in.startDate() == null) {
			problems.add(new FieldProblem("startDate", "error.field.required"));
		}
		else {
			endProblems(in.startDate(), in.endDate(), today, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		RadiotherapyCourse course = new RadiotherapyCourse();
		course.id = UUID.randomUUID();
		course.cancerId = in.cancerId();
		course.patientId = patientId;
		course.site = in.site().trim();
		course.intent = RadiotherapyIntent.fromCode(in.intent()).orElseThrow().code();
		course.technique = RadiotherapyTechnique.fromCode(in.technique()).orElseThrow().code();
		course.totalDoseGy = in.totalDoseGy();
		course.fractions = in.fractions();
		course.dosePerFractionGy = in.dosePerFractionGy();
		course.startDate = in.startDate();
		course.endDate = in.endDate();
		course.recordedBy = by;
		course.recordedAt = now;
		if (in.endDate() != null) {
			course.endedBy = by;
			course.endedAt = now;
		}
		return course;
	}

	/** The last fraction given: the course is complete. */
	public void end(LocalDate date, LocalDate today, String by, Instant now) {
		if (endDate != null) {
			throw new RefusedTransition("oncology.rt.ended");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (date == null) {
			problems.add(new FieldProblem("endDate", "error.field.required"));
		}
		else {
			endProblems(startDate, date, today, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		endDate = date;
		endedBy = by;
		endedAt = now;
	}

	private static void endProblems(LocalDate start, LocalDate end, LocalDate today, List<FieldProblem> problems) {
		if (end == null) {
			return;
		}
		if (end.isBefore(start)) {
			problems.add(new FieldProblem("endDate", "oncology.date.endBeforeStart", start.toString()));
		}
		else if (end.isAfter(today)) {
			problems.add(new FieldProblem("endDate", "oncology.date.future"));
		}
	}

	private static BigDecimal hundredth(BigDecimal value) {
		return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP);
	}

	private static boolean positiveUpTo(BigDecimal value, BigDecimal max) {
		return value != null && value.signum() > 0 && value.compareTo(max) <= 0;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public UUID id() {
		return id;
	}

	public UUID cancerId() {
		return cancerId;
	}

	public UUID patientId() {
		return patientId;
	}

	public String site() {
		return site;
	}

	public RadiotherapyIntent intent() {
		return RadiotherapyIntent.fromCode(intent).orElseThrow();
	}

	public RadiotherapyTechnique technique() {
		return RadiotherapyTechnique.fromCode(technique).orElseThrow();
	}

	public BigDecimal totalDoseGy() {
		return totalDoseGy;
	}

	public int fractions() {
		return fractions;
	}

	public BigDecimal dosePerFractionGy() {
		return dosePerFractionGy;
	}

	public LocalDate startDate() {
		return startDate;
	}

	public LocalDate endDate() {
		return endDate;
	}

	public boolean ongoing() {
		return endDate == null;
	}

	public String recordedBy() {
		return recordedBy;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

	public String endedBy() {
		return endedBy;
	}

	public Instant endedAt() {
		return endedAt;
	}

	public long version() {
		return version;
	}
}
