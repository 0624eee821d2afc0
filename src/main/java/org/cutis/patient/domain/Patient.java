package org.cutis.patient.domain;

import org.cutis.patient.PatientDetails;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.patient.Insurance;
import org.cutis.patient.InsuranceType;
import org.cutis.patient.Mrn;
import org.cutis.patient.SpecialCopay;
import org.cutis.patient.PatientSummary;
import org.cutis.patient.Sex;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.persistence.InputName;

/** A registered patient. Never deleted: a record registered in error is voided with a reason. */
@Entity
@Table(name = "patient")
public class Patient {
	@Id
	private UUID id;
	private String mrn;
	private String nameHangul;
	private String nameLatin;
	private String nameLatinKey;
	@Enumerated(EnumType.STRING)
	private Sex sex;
	private LocalDate birthDate;
	private String phone;
	private String address;
	private String preferredLanguage;
	private String emergencyName;
	private String emergencyRelation;
	private String emergencyPhone;
	private String alerts;
	private Instant registeredAt;
	private String registeredBy;
	private Instant voidedAt;
	private String voidedBy;
	@InputName("reason")
	private String voidReason;
	private byte[] rrnCipher;
	private String rrnKeyId;
	private String rrnHash;
	private String rrnMasked;
	@Enumerated(EnumType.STRING)
	@InputName("insurance.type")
	private InsuranceType insuranceType;
	@InputName("insurance.grade")
	private Integer insuranceGrade;
	@InputName("specialCopay.number")
	private String specialCopayNumber;
	@InputName("specialCopay.registeredOn")
	private LocalDate specialCopayRegisteredOn;
	private LocalDate specialCopayExpiresOn;
	@Version
	private long version;

	protected Patient() {
	}

	public Patient(Mrn mrn, PatientDetails details, String by, Instant now) {
		this.id = UUID.randomUUID();
		this.mrn = mrn.value();
		this.registeredAt = now;
		this.registeredBy = by;
		apply(details);
	}

	public void change(PatientDetails details) {
		if (isVoided()) {
			throw new RefusedTransition("patient.voided");
		}
		apply(details);
	}

	public void voidRecord(String reason, String by, Instant now) {
		if (isVoided()) {
			throw new RefusedTransition("patient.voided");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "error.reason.required");
		}
		this.voidedAt = now;
		this.voidedBy = by;
		this.voidReason = reason.trim();
	}

	/** Records the registration number as protected for this row, or removes it (null). */
	public void recordRrn(ProtectedRrn rrn) {
		if (isVoided()) {
			throw new RefusedTransition("patient.voided");
		}
		this.rrnCipher = rrn == null ? null : rrn.cipher();
		this.rrnKeyId = rrn == null ? null : rrn.keyId();
		this.rrnHash = rrn == null ? null : rrn.hash();
		this.rrnMasked = rrn == null ? null : rrn.masked();
	}

	public void recordInsurance(Insurance insurance) {
		if (isVoided()) {
			throw new RefusedTransition("patient.voided");
		}
		this.insuranceType = insurance.type();
		this.insuranceGrade = insurance.type() == null ? null : insurance.grade();
	}

	public void recordSpecialCopay(SpecialCopay copay) {
		if (isVoided()) {
			throw new RefusedTransition("patient.voided");
		}
		this.specialCopayNumber = copay.recorded() ? copay.number() : null;
		this.specialCopayRegisteredOn = copay.recorded() ? copay.registeredOn() : null;
		this.specialCopayExpiresOn = copay.recorded() ? copay.expiresOn() : null;
	}

	public boolean hasRrn() {
		return rrnCipher != null;
	}

	/** "900101-1******", or null when no number is recorded. */
	public String rrnMasked() {
		return rrnMasked;
	}

	public String rrnKeyId() {
		return rrnKeyId;
	}

	public byte[] rrnCipher() {
		return rrnCipher == null ? null : rrnCipher.clone();
	}

	public String rrnHash() {
		return rrnHash;
	}

	public Insurance insurance() {
		return insuranceType == null ? Insurance.NONE : new Insurance(insuranceType, insuranceGrade);
	}

	public SpecialCopay specialCopay() {
		return specialCopayNumber == null && specialCopayRegisteredOn == null ? SpecialCopay.NONE
				: new SpecialCopay(specialCopayNumber, specialCopayRegisteredOn);
	}

	private void apply(PatientDetails d) {
		this.nameHangul = d.nameHangul();
		this.nameLatin = d.nameLatin();
		this.nameLatinKey = d.latinKey();
		this.sex = d.sex();
		this.birthDate = d.birthDate();
		this.phone = d.phone();
		this.address = d.address();
		this.preferredLanguage = d.preferredLanguage();
		this.emergencyName = d.emergencyName();
		this.emergencyRelation = d.emergencyRelation();
		this.emergencyPhone = d.emergencyPhone();
		this.alerts = d.alerts();
	}

	public PatientDetails details() {
		return new PatientDetails(nameHangul, nameLatin, sex, birthDate, phone, address, preferredLanguage,
				emergencyName, emergencyRelation, emergencyPhone, alerts);
	}

	public PatientSummary summary() {
		return new PatientSummary(id, mrn, nameHangul, nameLatin, sex, birthDate, preferredLanguage, isVoided(),
				rrnMasked);
	}

	public int ageOn(LocalDate date) {
		return Period.between(birthDate, date).getYears();
	}

	public boolean isVoided() {
		return voidedAt != null;
	}

	public UUID id() {
		return id;
	}

	public String mrn() {
		return mrn;
	}

	public Instant registeredAt() {
		return registeredAt;
	}

	public String registeredBy() {
		return registeredBy;
	}

	public Instant voidedAt() {
		return voidedAt;
	}

	public String voidedBy() {
		return voidedBy;
	}

	public String voidReason() {
		return voidReason;
	}

	public long version() {
		return version;
	}
}
