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
import org.cutis.patient.Mrn;
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
		return new PatientSummary(id, mrn, nameHangul, nameLatin, sex, birthDate, preferredLanguage, isVoided());
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
