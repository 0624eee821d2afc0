package org.cutis.rules.ctcae;

import java.util.Locale;
import java.util.Set;

import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.InvalidInputException;

/**
 * The CTCAE v5.0 dermatology terms Cutis grades, with the condensed wording of each defined grade
 * (null where the term defines no such grade) and the findings its criteria read (reference 7).
 */
public enum CtcaeTerm {
	RASH_ACNEIFORM("Rash acneiform", "10037847", "Skin and subcutaneous tissue disorders", RashGraders::acneiform,
			Set.of("bsaPercent", "symptoms", "psychosocialImpact", "adlLimit", "superinfection"),
			"Papules and/or pustules covering <10% BSA, with or without pruritus or tenderness",
			"Papules and/or pustules covering 10-30% BSA with or without symptoms; psychosocial impact; limiting instrumental ADL; or >30% BSA with or without mild symptoms",
			"Papules and/or pustules covering >30% BSA with moderate or severe symptoms; limiting self-care ADL; local superinfection with oral antibiotics indicated",
			"Any % BSA with extensive superinfection and IV antibiotics indicated; life-threatening consequences",
			"Death"),
	RASH_MACULO_PAPULAR("Rash maculo-papular", "10037868", "Skin and subcutaneous tissue disorders", RashGraders::maculoPapular,
			Set.of("bsaPercent", "symptoms", "adlLimit"),
			"Macules/papules covering <10% BSA with or without symptoms",
			"Macules/papules covering 10-30% BSA with or without symptoms; limiting instrumental ADL; or >30% BSA with or without mild symptoms",
			"Macules/papules covering >30% BSA with moderate or severe symptoms; limiting self-care ADL",
			null, null),
	PALMAR_PLANTAR_ERYTHRODYSESTHESIA("Palmar-plantar erythrodysesthesia syndrome", "10054524", "Skin and subcutaneous tissue disorders",
			AppendageGraders::palmarPlantar, Set.of("pain", "symptoms", "adlLimit"),
			"Minimal skin changes or dermatitis (erythema, oedema, hyperkeratosis) without pain",
			"Skin changes (peeling, blisters, bleeding, fissures, oedema, hyperkeratosis) with pain; limiting instrumental ADL",
			"Severe skin changes with pain; limiting self-care ADL",
			null, null),
	PRURITUS("Pruritus", "10037087", "Skin and subcutaneous tissue disorders", AppendageGraders::pruritus,
			Set.of("extent", "symptoms", "treatment", "adlLimit"),
			"Mild or localized; topical intervention indicated",
			"Widespread and intermittent; skin changes from scratching; oral intervention indicated; limiting instrumental ADL",
			"Widespread and constant; limiting self-care ADL or sleep; systemic corticosteroid or immunosuppressive therapy indicated",
			null, null),
	DRY_SKIN("Dry skin", "10013786", "Skin and subcutaneous tissue disorders", RashGraders::drySkin,
			Set.of("bsaPercent", "symptoms", "adlLimit"),
			"Covering <10% BSA and no associated erythema or pruritus",
			"Covering 10-30% BSA and associated with erythema or pruritus; limiting instrumental ADL",
			"Covering >30% BSA and associated with pruritus; limiting self-care ADL",
			null, null),
	PARONYCHIA("Paronychia", "10034016", "Infections and infestations", AppendageGraders::paronychia,
			Set.of("treatment", "pain", "adlLimit"),
			"Nail fold oedema or erythema; disruption of the cuticle",
			"Local intervention or oral intervention (antibiotic, antifungal, antiviral) indicated; painful nail fold oedema or erythema; discharge or nail plate separation; limiting instrumental ADL",
			"Operative intervention or IV antibiotics indicated; limiting self-care ADL",
			null, null),
	ALOPECIA("Alopecia", "10001760", "Skin and subcutaneous tissue disorders", AppendageGraders::alopecia,
			Set.of("hairLossPercent", "wigNeeded", "psychosocialImpact"),
			"Hair loss <50% of normal, visible only on close inspection; no wig or hair piece needed",
			"Hair loss >=50% of normal, readily apparent; wig or hair piece needed to camouflage; psychosocial impact",
			null, null, null),
	SKIN_HYPERPIGMENTATION("Skin hyperpigmentation", "10040865", "Skin and subcutaneous tissue disorders", RashGraders::hyperpigmentation,
			Set.of("bsaPercent", "psychosocialImpact"),
			"Hyperpigmentation covering <10% BSA; no psychosocial impact",
			"Hyperpigmentation covering >10% BSA; associated psychosocial impact",
			null, null, null),
	PHOTOSENSITIVITY("Photosensitivity", "10034966", "Skin and subcutaneous tissue disorders", RashGraders::photosensitivity,
			Set.of("bsaPercent", "pain", "blistering", "treatment"),
			"Painless erythema covering <10% BSA",
			"Tender erythema covering 10-30% BSA",
			"Erythema covering >30% BSA with blistering; oral corticosteroid therapy indicated; pain control indicated",
			"Life-threatening consequences; urgent intervention indicated",
			"Death"),
	ERYTHEMA_MULTIFORME("Erythema multiforme", "10015218", "Skin and subcutaneous tissue disorders", SevereSkinGraders::erythemaMultiforme,
			Set.of("bsaPercent", "pain", "mucosalErosions"),
			"Target lesions covering <10% BSA, not associated with skin tenderness",
			"Target lesions covering 10-30% BSA, associated with skin tenderness",
			"Target lesions covering >30% BSA with oral or genital erosions",
			"Target lesions covering >30% BSA with fluid or electrolyte abnormalities; ICU care or burn unit indicated",
			"Death"),
	STEVENS_JOHNSON_SYNDROME("Stevens-Johnson syndrome", "10042033", "Skin and subcutaneous tissue disorders", SevereSkinGraders::stevensJohnson,
			Set.of("bsaPercent", "skinSloughing"),
			null, null,
			"Skin sloughing covering <10% BSA with associated signs (erythema, purpura, epidermal or mucous membrane detachment)",
			"Skin sloughing covering 10-30% BSA with associated signs",
			"Death"),
	TOXIC_EPIDERMAL_NECROLYSIS("Toxic epidermal necrolysis", "10044223", "Skin and subcutaneous tissue disorders", SevereSkinGraders::toxicEpidermalNecrolysis,
			Set.of("bsaPercent", "skinSloughing"),
			null, null, null,
			"Skin sloughing covering >=30% BSA with associated symptoms (erythema, purpura, epidermal or mucous membrane detachment)",
			"Death"),
	DERMATITIS_RADIATION("Dermatitis radiation", "10061103", "Injury, poisoning and procedural complications", SevereSkinGraders::radiationDermatitis,
			Set.of("desquamation", "bleedingMinorTrauma"),
			"Faint erythema or dry desquamation",
			"Moderate to brisk erythema; patchy moist desquamation, mostly confined to skin folds and creases; moderate oedema",
			"Moist desquamation in areas other than skin folds and creases; bleeding induced by minor trauma or abrasion",
			"Life-threatening consequences; skin necrosis or ulceration of full thickness dermis; spontaneous bleeding from involved site; skin graft indicated",
			"Death"),
	NAIL_CHANGES("Nail changes", "10028689", "Skin and subcutaneous tissue disorders", AppendageGraders::presentOnly,
			Set.of(), "Present", null, null, null, null),
	NAIL_DISCOLORATION("Nail discoloration", null, "Skin and subcutaneous tissue disorders", AppendageGraders::presentOnly,
			Set.of(), "Present (the only grade defined; wording condensed in the Cutis reference)", null, null, null, null),
	NAIL_RIDGING("Nail ridging", null, "Skin and subcutaneous tissue disorders", AppendageGraders::presentOnly,
			Set.of(), "Present (the only grade defined; wording condensed in the Cutis reference)", null, null, null, null),
	NAIL_LOSS("Nail loss", null, "Skin and subcutaneous tissue disorders", AppendageGraders::nailLoss,
			Set.of("symptoms", "pain", "adlLimit"),
			"Asymptomatic separation of the nail bed from the nail plate or nail loss",
			"Symptomatic separation of the nail bed from the nail plate or nail loss; limiting instrumental ADL",
			null, null, null),
	BULLOUS_DERMATITIS("Bullous dermatitis", null, "Skin and subcutaneous tissue disorders", RashGraders::bullous,
			Set.of("bsaPercent", "pain", "adlLimit"),
			"Asymptomatic; blisters covering <10% BSA",
			"Blisters covering 10-30% BSA; painful blisters; limiting instrumental ADL",
			"Blisters covering >30% BSA; limiting self-care ADL",
			"Blisters covering >30% BSA with fluid or electrolyte abnormalities; ICU care or burn unit indicated",
			"Death");

	private final String termName;
	private final String meddraCode;
	private final String systemOrganClass;
	private final TermGrader grader;
	private final Set<String> criteria;
	private final String[] definitions;
	// message codes of the two names, made once: the grade's explanation names both on every call
	private final String labelCode;
	private final String organClassCode;

	CtcaeTerm(String termName, String meddraCode, String systemOrganClass, TermGrader grader, Set<String> criteria,
			String g1, String g2, String g3, String g4, String g5) {
		this.termName = termName;
		this.meddraCode = meddraCode;
		this.systemOrganClass = systemOrganClass;
		this.labelCode = "rules.term." + termName.replaceAll("[^A-Za-z0-9]+", "-");
		this.organClassCode = "rules.soc." + systemOrganClass.replaceAll("[^A-Za-z0-9]+", "-");
		this.grader = grader;
		this.criteria = criteria;
		this.definitions = new String[] {null, g1, g2, g3, g4, g5};
	}

	/** The message code of the organ class's name, as {@link #label()} is the term's. */
	public String organClassCode() {
		return organClassCode;
	}

	public String termName() {
		return termName;
	}

	/** The term by name in the reader's language: the CTCAE's own English, a Korean reader's Korean. */
	public Explanation label() {
		return Explanation.of(labelCode);
	}

	/** The Korean name (rules messages), e.g. 여드름양 발진 for Rash acneiform. */
	public String nameKo() {
		return label().render(Locale.KOREAN);
	}

	/**
	 * The findings (contract field names of {@code ctcae.grade}) this term's criteria read, in the
	 * order the calculator asks them; life-threatening and fatal where the term defines grade 4 or 5.
	 */
	public java.util.List<String> findings() {
		java.util.List<String> ordered = new java.util.ArrayList<>();
		for (String field : java.util.List.of("bsaPercent", "symptoms", "pain", "adlLimit", "psychosocialImpact", "treatment",
				"superinfection", "extent", "hairLossPercent", "wigNeeded", "desquamation", "bleedingMinorTrauma",
				"mucosalErosions", "blistering", "skinSloughing")) {
			if (criteria.contains(field)) {
				ordered.add(field);
			}
		}
		if (defines(4)) {
			ordered.add("lifeThreatening");
		}
		if (defines(5)) {
			ordered.add("fatal");
		}
		return ordered;
	}

	/** The grades CTCAE v5.0 defines for this term, lowest first. */
	public java.util.List<Integer> definedGrades() {
		java.util.List<Integer> grades = new java.util.ArrayList<>();
		for (int grade = 1; grade <= 5; grade++) {
			if (defines(grade)) {
				grades.add(grade);
			}
		}
		return grades;
	}

	/** MedDRA code as verified in the Cutis reference; null where the reference gives none. */
	public String meddraCode() {
		return meddraCode;
	}

	public String systemOrganClass() {
		return systemOrganClass;
	}

	TermGrader grader() {
		return grader;
	}

	/** Findings (contract field names) this term's criteria read, besides life-threatening and fatal. */
	public Set<String> criteria() {
		return criteria;
	}

	public boolean defines(int grade) {
		return grade >= 1 && grade <= 5 && definitions[grade] != null;
	}

	/** The condensed CTCAE v5.0 wording of a defined grade. */
	public String definition(int grade) {
		if (!defines(grade)) {
			throw new IllegalArgumentException(termName + " has no grade " + grade);
		}
		return definitions[grade];
	}

	public int lowestGrade() {
		int grade = 1;
		while (!defines(grade)) {
			grade++;
		}
		return grade;
	}

	public int highestGrade() {
		int grade = 5;
		while (!defines(grade)) {
			grade--;
		}
		return grade;
	}

	/** The terms by lower-case name, the first of a name winning as the scan in declaration order did. */
	private static final class ByName {
		static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
		static final java.util.Map<String, CtcaeTerm> TERMS = new java.util.HashMap<>();

		static {
			for (CtcaeTerm term : values()) {
				TERMS.putIfAbsent(term.termName.toLowerCase(Locale.ROOT), term);
			}
		}

		private ByName() {
		}
	}

	/** Finds a term by its CTCAE name, ignoring case and repeated spaces. */
	public static CtcaeTerm byName(String name) {
		if (name != null) {
			CtcaeTerm term = ByName.TERMS.get(ByName.SPACES.matcher(name.trim()).replaceAll(" ").toLowerCase(Locale.ROOT));
			if (term != null) {
				return term;
			}
		}
		StringBuilder known = new StringBuilder();
		for (CtcaeTerm term : values()) {
			known.append(known.length() == 0 ? "" : ", ").append(term.termName);
		}
		throw new InvalidInputException("term", "rules.invalid.ctcae.term", "term", known.toString(), name);
	}
}
