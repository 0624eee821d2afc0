package org.cutis.oncology.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.rules.oncology.MostellerBodySurfaceArea;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.persistence.InputName;

/**
 * A systemic therapy course as the hematology-oncology department decided it: the regimen (from
 * the catalogue, or a free entry marked as such), setting and line, the height and weight it was
 * decided with and the body surface area by Mosteller, then its cycles (given or held, at full or
 * reduced dose) and its end with the reason. Ongoing until ended; an ended course takes nothing more.
 */
@Entity
@Table(name = "systemic_course")
public class SystemicCourse {
	public static final int MAX_LINE = 10;

	public enum Status {
		ONGOING, ENDED;

		public String code() {
			return name().toLowerCase();
		}
	}

	@Id
	private UUID id;
	private UUID cancerId;
	private UUID patientId;
	@InputName("regimen")
	private String regimenCode;
	@InputName("regimen")
	private String regimenName;
	private boolean freeEntry;
	@Enumerated(EnumType.STRING)
	private Setting setting;
	private int line;
	private BigDecimal heightCm;
	private BigDecimal weightKg;
	private BigDecimal bsaM2;
	private LocalDate startDate;
	@Enumerated(EnumType.STRING)
	private Status status;
	private int cyclesRecorded;
	private LocalDate endDate;
	@Enumerated(EnumType.STRING)
	private EndReason endReason;
	@InputName("note")
	private String endNote;
	private String recordedBy;
	private Instant recordedAt;
	private String endedBy;
	private Instant endedAt;
	@Version
	private long version;

	protected SystemicCourse() {
	}

	/** What the oncologist entered to start a course; codes as typed, checked by {@link #start}. */
	public record Start(UUID cancerId, String regimen, String setting, Integer line, BigDecimal heightCm,
			BigDecimal weightKg, LocalDate startDate) {
	}

	/**
	 * Starts a course; {@code catalogued} is the catalogue's regimen the entry names, or null for a
	 * free entry. Every problem is reported at once, each naming its field.
	 */
	public static SystemicCourse start(Start given, UUID patientId, Regimen catalogued, String by, Instant now) {
		// kept to a tenth, as the columns hold them, so the BSA is computed from what is stored
		Start in = new Start(given.cancerId(), given.regimen(), given.setting(), given.line(), tenth(given.heightCm()),
				tenth(given.weightKg()), given.startDate());
		List<FieldProblem> problems = CourseEntryChecks.problems(in, MAX_LINE);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		SystemicCourse course = new SystemicCourse();
		course.id = UUID.randomUUID();
		course.cancerId = in.cancerId();
		course.patientId = patientId;
		course.freeEntry = catalogued == null;
		course.regimenCode = catalogued == null ? null : catalogued.code();
		course.regimenName = catalogued == null ? in.regimen().trim() : catalogued.name();
		course.setting = Setting.fromCode(in.setting()).orElseThrow();
		course.line = in.line();
		course.heightCm = in.heightCm();
		course.weightKg = in.weightKg();
		course.bsaM2 = MostellerBodySurfaceArea.bsaM2(in.heightCm(), in.weightKg());
		course.startDate = in.startDate();
		course.status = Status.ONGOING;
		course.recordedBy = by;
		course.recordedAt = now;
		return course;
	}

	private static BigDecimal tenth(BigDecimal value) {
		return value == null ? null : value.setScale(1, java.math.RoundingMode.HALF_UP);
	}

	/**
	 * Records a cycle given or held. Cycles are numbered from 1 without gaps: the next is the one
	 * after the last given; a held cycle keeps its number, so the same number follows when it is
	 * given. Dates run forward from the start. A hold, or a dose below 100 %, needs its reason.
	 *
	 * @param previous the cycles recorded so far
	 */
	public SystemicCycle recordCycle(List<SystemicCycle> previous, SystemicCycle.Entry entry, LocalDate today,
			String by, Instant now) {
		if (status != Status.ONGOING) {
			throw new RefusedTransition("oncology.course.ended");
		}
		int expected = nextCycleNumber(previous);
		List<FieldProblem> problems = new ArrayList<>();
		if (entry.number() == null || entry.number() != expected) {
			problems.add(new FieldProblem("number", "oncology.cycle.number.next", expected));
		}
		LocalDate last = lastDate(previous);
		dateProblems("date", entry.date(), last, today, problems);
		boolean held = Boolean.TRUE.equals(entry.held());
		problems.addAll(CourseEntryChecks.holdAndDoseProblems(entry));
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		cyclesRecorded++;
		return new SystemicCycle(id, entry.number(), entry.date(), held, held ? entry.holdReason().trim() : null,
				held || entry.dosePercent() == null || entry.dosePercent() == 100 ? null : entry.dosePercent(),
				held || entry.dosePercent() == null || entry.dosePercent() == 100 ? null : entry.doseReductionReason().trim(),
				by, now);
	}

	/** Ends the course on a date not before its start or its last cycle, for one of the reasons. */
	public void end(LocalDate date, String reason, String note, List<SystemicCycle> cycles, LocalDate today, String by,
			Instant now) {
		if (status != Status.ONGOING) {
			throw new RefusedTransition("oncology.course.ended");
		}
		List<FieldProblem> problems = new ArrayList<>();
		dateProblems("date", date, lastDate(cycles), today, problems);
		if (EndReason.fromCode(reason).isEmpty()) {
			problems.add(new FieldProblem("reason", blank(reason) ? "error.field.required" : "error.field.oneOf",
					EndReason.allowed()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		status = Status.ENDED;
		endDate = date;
		endReason = EndReason.fromCode(reason).orElseThrow();
		endNote = blank(note) ? null : note.trim();
		endedBy = by;
		endedAt = now;
	}

	public static int nextCycleNumber(List<SystemicCycle> previous) {
		return previous.stream().filter(c -> !c.held()).mapToInt(SystemicCycle::number).max().orElse(0) + 1;
	}

	private LocalDate lastDate(List<SystemicCycle> cycles) {
		return cycles.stream().map(SystemicCycle::date).max(Comparator.naturalOrder()).orElse(null);
	}

	private void dateProblems(String field, LocalDate date, LocalDate last, LocalDate today, List<FieldProblem> problems) {
		if (date == null) {
			problems.add(new FieldProblem(field, "error.field.required"));
		}
		else if (date.isBefore(startDate)) {
			problems.add(new FieldProblem(field, "oncology.date.beforeStart", startDate.toString()));
		}
		else if (last != null && date.isBefore(last)) {
			problems.add(new FieldProblem(field, "oncology.date.beforeLastCycle", last.toString()));
		}
		else if (date.isAfter(today)) {
			problems.add(new FieldProblem(field, "oncology.date.future"));
		}
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

	public String regimenCode() {
		return regimenCode;
	}

	public String regimenName() {
		return regimenName;
	}

	public boolean freeEntry() {
		return freeEntry;
	}

	public Setting setting() {
		return setting;
	}

	public int line() {
		return line;
	}

	public BigDecimal heightCm() {
		return heightCm;
	}

	public BigDecimal weightKg() {
		return weightKg;
	}

	public BigDecimal bsaM2() {
		return bsaM2;
	}

	public LocalDate startDate() {
		return startDate;
	}

	public Status status() {
		return status;
	}

	public boolean ongoing() {
		return status == Status.ONGOING;
	}

	public LocalDate endDate() {
		return endDate;
	}

	public EndReason endReason() {
		return endReason;
	}

	public String endNote() {
		return endNote;
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
