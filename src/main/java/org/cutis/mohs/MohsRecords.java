package org.cutis.mohs;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.SignatureSecret;
import org.cutis.mohs.application.MohsSurgery;
import org.cutis.mohs.domain.BlockInput;

import org.springframework.stereotype.Component;

/**
 * For other modules (the demonstration center): a Mohs case as the surgeon (the current user)
 * records it: opened behind the AUC gate, its stages, the closure, the operative report signed with
 * the surgeon's password (an ordinary electronic signature).
 */
@Component
public class MohsRecords {
	private final MohsSurgery surgery;

	MohsRecords(MohsSurgery surgery) {
		this.surgery = surgery;
	}

	/** One block of a stage's map: its number, clock positions and margin (clear | peripheral | deep). */
	public record Block(int number, int fromClock, int toClock, String margin) {
	}

	/** Opens the case; tumour, site and diameter come from the cancer and lesion. Returns its id. */
	public UUID open(UUID lesionId, UUID cancerId, String patient, boolean recurrent, boolean priorRadiationAtSite) {
		return surgery.open(new MohsSurgery.Opening(lesionId, cancerId, null, null, patient, recurrent,
				priorRadiationAtSite, null)).id();
	}

	public void stage(UUID caseId, List<Block> blocks, int frozenSectionMinutes) {
		surgery.takeStage(caseId,
				blocks.stream().map(b -> new BlockInput(b.number(), b.fromClock(), b.toClock(), b.margin())).toList(),
				frozenSectionMinutes, null);
	}

	public void close(UUID caseId, BigDecimal defectLengthMm, BigDecimal defectWidthMm, String closure, String detail) {
		surgery.close(caseId, defectLengthMm, defectWidthMm, closure, detail, null);
	}

	public void sign(UUID caseId, String password) {
		surgery.sign(caseId, new SignatureSecret(password, null));
	}
}
