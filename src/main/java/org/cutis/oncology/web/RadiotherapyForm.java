package org.cutis.oncology.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** A radiotherapy course summary, from the cancer's oncology page. */
public class RadiotherapyForm {
	private String site;
	private String intent;
	private String technique;
	private BigDecimal totalDoseGy;
	private Integer fractions;
	private BigDecimal dosePerFractionGy;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	public String getSite() {
		return site;
	}

	public void setSite(String site) {
		this.site = site;
	}

	public String getIntent() {
		return intent;
	}

	public void setIntent(String intent) {
		this.intent = intent;
	}

	public String getTechnique() {
		return technique;
	}

	public void setTechnique(String technique) {
		this.technique = technique;
	}

	public BigDecimal getTotalDoseGy() {
		return totalDoseGy;
	}

	public void setTotalDoseGy(BigDecimal totalDoseGy) {
		this.totalDoseGy = totalDoseGy;
	}

	public Integer getFractions() {
		return fractions;
	}

	public void setFractions(Integer fractions) {
		this.fractions = fractions;
	}

	public BigDecimal getDosePerFractionGy() {
		return dosePerFractionGy;
	}

	public void setDosePerFractionGy(BigDecimal dosePerFractionGy) {
		this.dosePerFractionGy = dosePerFractionGy;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}
}
