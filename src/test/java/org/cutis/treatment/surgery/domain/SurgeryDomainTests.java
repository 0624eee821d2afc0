package org.cutis.treatment.surgery.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cutis.clinical.TumourFacts;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;
import org.cutis.treatment.TreatmentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The margin reason gate, the margins coming back, and the checks of a procedure's details. */
class SurgeryDomainTests {
	static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
	static final Excision.Cancer MELANOMA = new Excision.Cancer(UUID.randomUUID(), UUID.randomUUID(),
			UUID.randomUUID(), "L1", "melanoma");

	static ExcisionDetails excision(String margin, String unit, String reason) {
		return new ExcisionDetails("dr-kim", TODAY, margin == null ? null : new BigDecimal(margin), unit, reason, null);
	}

	static String fieldsOf(Runnable action) {
		try {
			action.run();
			return "";
		}
		catch (InvalidInput invalid) {
			return String.join(",", invalid.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList());
		}
	}

	@ParameterizedTest(name = "Breslow {0} mm → {1}-{2} cm")
	@CsvSource({ "0.8, 1, 1", "1.0, 1, 1", "1.5, 1, 2", "2.0, 1, 2", "3.1, 2, 2", "6.0, 2, 2" })
	void theRulesProposeTheMarginForTheBreslowThickness(String breslow, String min, String max) {
		MarginProposal p = MarginProposal.forMelanoma(false, new BigDecimal(breslow));
		assertThat(p.minCm()).isEqualByComparingTo(min);
		assertThat(p.maxCm()).isEqualByComparingTo(max);
		assertThat(p.why()).isNotEmpty();
		assertThat(p.ruleSet()).isEqualTo("NCCN-MELANOMA");
	}

	@Test
	void inSituIsHalfToOneCentimetreAndAnUnmeasuredThicknessProposesNothing() {
		assertThat(MarginProposal.forMelanoma(true, null).label()).isEqualTo("0.5-1 cm");
		MarginProposal none = MarginProposal.forMelanoma(false, null);
		assertThat(none.proposed()).isFalse();
		assertThat(none.why()).extracting(w -> w.code()).containsExactly("surgery.proposal.noThickness");
	}

	@Test
	void aNarrowerMarginNeedsAReasonWhichIsKeptWithTheProposal() {
		MarginProposal oneCm = MarginProposal.forMelanoma(false, new BigDecimal("0.9"));
		assertThat(fieldsOf(() -> excision("8", "mm", null).validate(TODAY, oneCm)))
			.isEqualTo("narrowerReason:surgery.margin.narrowerNeedsReason");
		assertThat(fieldsOf(() -> excision("0.8", "cm", " ").validate(TODAY, oneCm)))
			.isEqualTo("narrowerReason:surgery.margin.narrowerNeedsReason");
		// the proposed margin in either unit needs no reason
		assertThat(fieldsOf(() -> excision("10", "mm", null).validate(TODAY, oneCm))).isEmpty();
		assertThat(fieldsOf(() -> excision("1", "cm", null).validate(TODAY, oneCm))).isEmpty();

		Excision narrower = new Excision(MELANOMA, excision("8", "mm", "eyelid margin, functional site"), oneCm,
				TODAY, "dr-kim", Instant.now());
		assertThat(narrower.narrowerReason()).isEqualTo("eyelid margin, functional site");
		assertThat(narrower.proposal().label()).isEqualTo("1 cm");
		assertThat(narrower.proposalWhy()).isEqualTo(oneCm.why());
		assertThat(narrower.treatmentType()).isEqualTo(TreatmentType.WIDE_LOCAL_EXCISION);
		assertThat(narrower.status()).isEqualTo(Excision.Status.AWAITING_PATHOLOGY);

		// a reason given for a margin that is not narrower is not kept as if it were
		Excision wide = new Excision(MELANOMA, excision("2", "cm", "just in case"), oneCm, TODAY, "dr-kim",
				Instant.now());
		assertThat(wide.narrowerReason()).isNull();
		assertThat(wide.plannedMarginMm()).isEqualByComparingTo("20");
	}

	@Test
	void marginsAndDatesAreCheckedByField() {
		MarginProposal none = MarginProposal.none("surgery.proposal.noRule");
		assertThat(fieldsOf(() -> excision("0", "mm", null).validate(TODAY, none)))
			.isEqualTo("plannedMargin:surgery.margin.range");
		assertThat(fieldsOf(() -> excision("6", "cm", null).validate(TODAY, none)))
			.isEqualTo("plannedMargin:surgery.margin.range");
		assertThat(fieldsOf(() -> excision("4", "inch", null).validate(TODAY, none)))
			.isEqualTo("marginUnit:error.field.oneOf");
		assertThat(fieldsOf(() -> new ExcisionDetails(null, TODAY.plusDays(1), null, null, null, null)
			.validate(TODAY, none))).contains("surgeon:error.field.required", "performedOn:surgery.date.future",
					"marginUnit:error.field.required", "plannedMargin:error.field.required");
		// a cSCC or BCC has no margin rule here: any margin within range, no reason needed
		assertThat(fieldsOf(() -> excision("4", "mm", null).validate(TODAY, none))).isEmpty();
	}

	@Test
	void theSignedReportsMarginsMakeTheExcisionDoneOnceAndAVoidedOneStaysVoided() {
		MarginProposal oneCm = MarginProposal.forMelanoma(false, new BigDecimal("0.9"));
		Excision e = new Excision(MELANOMA, excision("1", "cm", null), oneCm, TODAY, "dr-kim", Instant.now());
		var clear = new TumourFacts.Margins(false, new BigDecimal("9"), false, new BigDecimal("4"), false);
		assertThat(e.marginsReturned(UUID.randomUUID(), clear, "dr-path", Instant.now())).isTrue();
		assertThat(e.status()).isEqualTo(Excision.Status.DONE);
		assertThat(e.marginsClear()).isTrue();
		var involved = new TumourFacts.Margins(true, null, false, new BigDecimal("4"), false);
		assertThat(e.marginsReturned(UUID.randomUUID(), involved, "dr-path", Instant.now())).isFalse();
		assertThat(e.marginsClear()).isFalse();

		e.voidRecord("wrong patient", 0, "dr-kim", Instant.now());
		assertThat(e.marginsReturned(UUID.randomUUID(), clear, "dr-path", Instant.now())).isFalse();
		assertThat(e.status()).isEqualTo(Excision.Status.VOIDED);
		assertThatThrownBy(() -> e.changeComplications("bleeding", 0)).isInstanceOf(RefusedTransition.class);
	}

	@Test
	void anEditOfAnOlderVersionIsRefused() {
		Excision e = new Excision(MELANOMA, excision("1", "cm", null), MarginProposal.forMelanoma(true, null), TODAY,
				"dr-kim", Instant.now());
		assertThatThrownBy(() -> e.changeComplications("seroma", 3))
			.isInstanceOf(org.cutis.shared.ConcurrentEdit.class);
		assertThatThrownBy(() -> e.voidRecord(" ", 0, "dr-kim", Instant.now())).isInstanceOf(InvalidInput.class);
	}

	static ProcedureDetails procedure(String kind, UUID cancer, LocalDate on, Integer examined, Integer positive,
			String agent, String area, Integer weeks, Integer cycles) {
		return new ProcedureDetails(kind, cancer, "dr-kim", on, null, null, examined, positive, null, null, agent,
				area == null ? null : new BigDecimal(area), weeks, cycles);
	}

	@Test
	void aFieldTherapyNamesAKnownAgentAPositiveAreaAndWeeksWithinTheAgentsCourse() {
		assertThat(fieldsOf(() -> procedure("topical-field-therapy", null, TODAY, null, null, "imiquimod", "25", 4,
				null).validate(TODAY))).isEmpty();
		assertThat(fieldsOf(() -> procedure("topical-field-therapy", null, TODAY, null, null, "aspirin", "-3", 0,
				null).validate(TODAY))).isEqualTo(
						"agent:surgery.procedure.agent.unknown,areaCm2:surgery.procedure.area.range,weeks:surgery.procedure.weeks.range");
		// 5-fluorouracil is given for weeks, not months
		assertThat(fieldsOf(() -> procedure("topical-field-therapy", null, TODAY, null, null, "fluorouracil", "50", 12,
				null).validate(TODAY))).isEqualTo("weeks:surgery.procedure.weeks.range");
		assertThat(fieldsOf(() -> procedure("topical-field-therapy", null, TODAY, null, null, null, null, null, null)
			.validate(TODAY))).isEqualTo(
					"agent:error.field.required,areaCm2:error.field.required,weeks:error.field.required");
	}

	@Test
	void aNodalProcedureBelongsToACancerAndCountsItsNodes() {
		UUID cancer = UUID.randomUUID();
		assertThat(fieldsOf(() -> procedure("slnb", cancer, TODAY, 3, 1, null, null, null, null).validate(TODAY)))
			.isEmpty();
		assertThat(fieldsOf(() -> procedure("lymph-node-dissection", null, TODAY, 0, 2, null, null, null, null)
			.validate(TODAY))).isEqualTo(
					"cancerId:surgery.procedure.cancerRequired,nodesExamined:surgery.procedure.range,nodesPositive:surgery.procedure.range");
		assertThat(fieldsOf(() -> procedure("slnb", cancer, TODAY, 3, 4, null, null, null, null).validate(TODAY)))
			.isEqualTo("nodesPositive:surgery.procedure.range");
	}

	@Test
	void unknownKindsFutureDatesAndDetailsOfAnotherKindAreRefusedByField() {
		assertThat(fieldsOf(() -> procedure("laser", null, TODAY, null, null, null, null, null, null).validate(TODAY)))
			.isEqualTo("kind:error.field.oneOf");
		assertThat(fieldsOf(() -> procedure("cryotherapy", null, TODAY.plusDays(1), 2, null, "imiquimod", null, null,
				9).validate(TODAY))).isEqualTo(
						"performedOn:surgery.date.future,nodesExamined:surgery.procedure.notForKind,agent:surgery.procedure.notForKind,cycles:surgery.procedure.range");
		assertThat(fieldsOf(() -> procedure("curettage-electrodesiccation", null, TODAY, null, null, null, null, null,
				2).validate(TODAY))).isEmpty();
		assertThat(ProcedureKind.fromCode("cryotherapy").type()).isEqualTo(TreatmentType.CRYOTHERAPY);
	}
}
