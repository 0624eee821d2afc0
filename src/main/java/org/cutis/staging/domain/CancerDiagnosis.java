package org.cutis.staging.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.staging.DiagnosisKind;
import org.cutis.staging.PathologyFindings;

/**
 * A primary cancer of one lesion: its coded diagnosis and the pathology values it was staged
 * from (the latest signed or amended report). Its staging records are kept beside it.
 */
@Entity
@Table(name = "cancer_diagnosis")
public class CancerDiagnosis {
	@Id
	private UUID id;
	private UUID patientId;
	private UUID lesionId;
	private UUID latestReportId;
	private String lesionLabel;
	@Enumerated(EnumType.STRING)
	private DiagnosisKind kind;
	private String snomedCode;
	private String icd10Code;
	@jakarta.persistence.Column(name = "icd_o3_code")
	private String icdO3Code;
	private LocalDate diagnosisDate;
	private String histologicSubtype;
	private String site;
	private boolean inSitu;
	private BigDecimal breslowMm;
	private boolean ulceration;
	private Integer mitoticRate;
	private boolean microsatellites;
	private BigDecimal diameterCm;
	private BigDecimal depthMm;
	private String differentiation;
	private boolean perineuralInvasion;
	@jakarta.persistence.Column(name = "perineural_nerve01mm")
	private boolean perineuralNerve01mm;
	private boolean beyondSubcutaneousFat;
	private String bone;
	private String bccSubtype;
	private String borders;
	private boolean recurrent;
	private boolean priorRadiotherapy;
	private boolean discordant;
	private Instant recordedAt;
	private String recordedBy;
	private Instant amendedAt;
	@Version
	private long version;

	protected CancerDiagnosis() {
	}

	public CancerDiagnosis(PathologyFindings f, String by, Instant now) {
		this.id = UUID.randomUUID();
		this.patientId = f.patientId();
		this.lesionId = f.lesionId();
		this.recordedAt = now;
		this.recordedBy = by;
		take(f);
	}

	/** A later report of the same lesion (amendment, re-excision) replaces the values staged from. */
	public void amend(PathologyFindings f, Instant now) {
		take(f);
		this.amendedAt = now;
	}

	private void take(PathologyFindings f) {
		latestReportId = f.reportId();
		lesionLabel = f.lesionLabel();
		kind = f.kind();
		snomedCode = f.snomedCode();
		icd10Code = f.icd10Code();
		icdO3Code = f.icdO3Code();
		diagnosisDate = f.diagnosisDate();
		histologicSubtype = f.histologicSubtype();
		site = f.site();
		inSitu = f.inSitu();
		breslowMm = f.breslowMm();
		ulceration = f.ulceration();
		mitoticRate = f.mitoticRatePerMm2();
		microsatellites = f.microsatellites();
		diameterCm = f.diameterCm();
		depthMm = f.depthMm();
		differentiation = f.differentiation();
		perineuralInvasion = f.perineuralInvasion();
		perineuralNerve01mm = f.perineuralNerveAtLeast01mm();
		beyondSubcutaneousFat = f.beyondSubcutaneousFat();
		bone = f.bone();
		bccSubtype = f.bccSubtype();
		borders = f.borders();
		recurrent = f.recurrent();
		priorRadiotherapy = f.priorRadiotherapy();
		discordant = f.discordant();
	}

	public PathologyFindings findings() {
		return new PathologyFindings(patientId, lesionId, latestReportId, lesionLabel, kind, snomedCode, icd10Code,
				icdO3Code, diagnosisDate, histologicSubtype, site, inSitu, breslowMm, ulceration, mitoticRate,
				microsatellites, diameterCm, depthMm, differentiation, perineuralInvasion, perineuralNerve01mm,
				beyondSubcutaneousFat, bone, bccSubtype, borders, recurrent, priorRadiotherapy, discordant);
	}

	public UUID id() {
		return id;
	}

	public UUID patientId() {
		return patientId;
	}

	public UUID lesionId() {
		return lesionId;
	}

	public UUID latestReportId() {
		return latestReportId;
	}

	public String lesionLabel() {
		return lesionLabel;
	}

	public DiagnosisKind kind() {
		return kind;
	}

	public LocalDate diagnosisDate() {
		return diagnosisDate;
	}

	public String histologicSubtype() {
		return histologicSubtype;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

	public String recordedBy() {
		return recordedBy;
	}

	public Instant amendedAt() {
		return amendedAt;
	}

	public long version() {
		return version;
	}
}
