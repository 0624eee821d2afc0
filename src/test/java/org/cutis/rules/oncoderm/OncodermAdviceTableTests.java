package org.cutis.rules.oncoderm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutis.rules.RuleFixtures.ENGINE;
import static org.cutis.rules.RuleFixtures.failure;
import static org.cutis.rules.RuleFixtures.success;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.cutis.rules.RuleOutcome;
import org.cutis.rules.batch.RulesBatch;
import org.cutis.rules.common.Explanation;
import org.cutis.rules.ctcae.CtcaeTerm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chemotherapy skin-care rules against the tables of {@code docs/clinical-reference.md}
 * section 11: the document is read here, not the code's table, so that a row changed on one side
 * only fails. Every documented row and grade is evaluated through the rule engine.
 */
class OncodermAdviceTableTests {

	private static final Path REFERENCE = Path.of("docs/clinical-reference.md");

	/** One documented cell, expanded: one drug class, one term, one grade. */
	record Documented(String drugClass, String term, int grade, String action, String treatment, String sourceKey,
			boolean verified) {
	}

	private static List<Documented> advice;
	private static List<List<String>> prophylaxis;
	private static Map<String, String> citations;

	@BeforeAll
	static void readTheReference() throws IOException {
		String text = Files.readString(REFERENCE);
		advice = new ArrayList<>();
		for (List<String> row : table(text, "### 11.1")) {
			int[] grades = grades(row.get(2));
			for (String drugClass : row.get(0).split(",\\s*")) {
				for (int grade = grades[0]; grade <= grades[1]; grade++) {
					advice.add(new Documented(drugClass.trim(), row.get(1), grade, row.get(3).replace("`", ""), row.get(4),
							row.get(5), verified(row.get(6))));
				}
			}
		}
		prophylaxis = table(text, "### 11.2");
		citations = new LinkedHashMap<>();
		for (List<String> row : table(text, "### 11.3")) {
			citations.put(row.get(0), row.get(1));
		}
		assertThat(advice).as("rows of 11.1").hasSizeGreaterThan(40);
		assertThat(prophylaxis).as("rows of 11.2").isNotEmpty();
	}

	/** The first markdown table after {@code heading}, without its header and separator lines. */
	private static List<List<String>> table(String text, String heading) {
		int at = text.indexOf("\n" + heading);
		assertThat(at).as("heading %s in %s", heading, REFERENCE).isPositive();
		List<String> lines = text.substring(at + 1).lines().toList();
		List<List<String>> rows = new ArrayList<>();
		boolean inTable = false;
		for (String line : lines.subList(1, lines.size())) {
			if (line.startsWith("|")) {
				inTable = true;
				String inner = line.substring(1, line.lastIndexOf('|'));
				rows.add(Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList());
			} else if (inTable) {
				break;
			}
		}
		// header and the |---| line
		return rows.subList(2, rows.size());
	}

	private static int[] grades(String cell) {
		String[] ends = cell.split("[–-]");
		int from = Integer.parseInt(ends[0].trim());
		return new int[] { from, ends.length > 1 ? Integer.parseInt(ends[1].trim()) : from };
	}

	private static boolean verified(String mark) {
		assertThat(mark).matches("\\[(V2?: [^\\]]+|M)\\]");
		return mark.startsWith("[V");
	}

	private static Map<String, Object> input(String drugClass, String term, int grade) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("drugClass", drugClass);
		input.put("term", term);
		input.put("grade", grade);
		return input;
	}

	private static String key(String drugClass, String term, int grade) {
		return drugClass + " | " + term + " | " + grade;
	}

	@Test
	void everyDocumentedRowIsTheRulesAnswerWithItsSource() {
		for (Documented row : advice) {
			RuleOutcome.Success answer = success("oncoderm.advice", input(row.drugClass(), row.term(), row.grade()));
			String what = key(row.drugClass(), row.term(), row.grade());
			assertThat(answer.result().get("value")).as(what).isEqualTo(row.action());
			assertThat(answer.result().get("action")).as(what).isEqualTo(row.action());
			assertThat(answer.result().get("skinTreatment")).as(what).isEqualTo(row.treatment());
			assertThat(citations).as("source key of %s", what).containsKey(row.sourceKey());
			assertThat(answer.result().get("source")).as(what).isEqualTo(citations.get(row.sourceKey()));
			assertThat(answer.source()).as(what).isEqualTo(citations.get(row.sourceKey()));
			assertThat(answer.ruleSet()).as(what).isEqualTo(row.sourceKey());
			assertThat(answer.result().get("verified")).as(what).isEqualTo(row.verified());
			String korean = String.valueOf(answer.resultText("skinTreatment", Locale.KOREAN));
			assertThat(korean).as("Korean skin treatment of %s", what).containsPattern("\\p{IsHangul}").isNotEqualTo(row.treatment());
			if (!row.verified()) {
				assertThat(answer.explanation()).as(what).anySatisfy(line -> assertThat(line).contains("unverified [M]"));
			}
		}
	}

	@Test
	void theReferenceHoldsEveryRowOfTheCodeAndNoOther() {
		Set<String> documented = advice.stream().map(d -> key(d.drugClass(), d.term(), d.grade()))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(documented).as("no cell documented twice").hasSameSizeAs(advice);
		Set<String> coded = new TreeSet<>();
		for (AdviceRow row : AdviceTable.all()) {
			for (int grade = row.fromGrade(); grade <= row.toGrade(); grade++) {
				coded.add(key(row.drugClass().code(), row.term().termName(), grade));
			}
		}
		assertThat(coded).isEqualTo(documented);
	}

	@Test
	void everyCaseNoRowCoversIsNoAdviceNeverAnInventedThreshold() {
		Set<String> documented = advice.stream().map(d -> key(d.drugClass(), d.term(), d.grade())).collect(Collectors.toSet());
		int silent = 0;
		for (DrugClass drugClass : DrugClass.values()) {
			for (CtcaeTerm term : CtcaeTerm.values()) {
				for (int grade : term.definedGrades()) {
					if (documented.contains(key(drugClass.code(), term.termName(), grade))) {
						continue;
					}
					RuleOutcome.Success answer = success("oncoderm.advice", input(drugClass.code(), term.termName(), grade));
					assertThat(answer.result().get("action")).isEqualTo("no-advice");
					assertThat(answer.result().get("verified")).isEqualTo(false);
					assertThat(answer.result().get("skinTreatment")).isEqualTo("No skin treatment in the reference");
					assertThat(answer.ruleSet()).isEqualTo("CUTIS-ONCODERM");
					silent++;
				}
			}
		}
		assertThat(silent).isPositive();
		RuleOutcome.Success death = success("oncoderm.advice", input("immune-checkpoint-inhibitor", "Toxic epidermal necrolysis", 5));
		assertThat(death.result().get("action")).isEqualTo("no-advice");
		assertThat(death.explanation()).anySatisfy(line -> assertThat(line).startsWith("Grade 5 is death"));
		RuleOutcome.Success quiet = success("oncoderm.advice", input("taxane", "Rash acneiform", 2));
		assertThat(quiet.explanation()).anySatisfy(line -> assertThat(line).startsWith("The reference is silent on Rash acneiform"));
		assertThat(quiet.explanation(Locale.KOREAN)).anySatisfy(line -> assertThat(line).startsWith("참고 자료에는 탁산에 의한 여드름양 발진"));
	}

	@Test
	void theIssuesCetuximabRashIsHeldUntilGrade2WithDoxycycline() {
		RuleOutcome.Success answer = success("oncoderm.advice", "drugClass=egfr-inhibitor; term=Rash acneiform; grade=3");
		assertThat(answer.result()).containsEntry("action", "hold-until-grade-2").containsEntry("verified", true);
		assertThat((String) answer.result().get("skinTreatment")).contains("doxycycline 100 mg twice daily");
		assertThat(String.valueOf(answer.resultText("skinTreatment", Locale.KOREAN))).contains("독시사이클린 100 mg 하루 2회");
		assertThat(answer.explanation(Locale.KOREAN).get(0)).isEqualTo("EGFR 억제제에 의한 피부 이상반응: 여드름양 발진, CTCAE v5.0 3등급");
		assertThat(answer.explanation().get(0)).isEqualTo("Skin adverse event attributed to an EGFR inhibitor: Rash acneiform, CTCAE v5.0 grade 3");
		RuleOutcome.Success sjs = success("oncoderm.advice", "drugClass=immune-checkpoint-inhibitor; term=Stevens-Johnson syndrome; grade=3");
		assertThat(sjs.result().get("action")).isEqualTo("discontinue");
		assertThat(sjs.source()).contains("ASCO", "2021", "ESMO", "2022");
	}

	@Test
	void everyDocumentedRegimenIsTheRulesAnswer() {
		Set<String> documentedClasses = new TreeSet<>();
		for (List<String> row : prophylaxis) {
			documentedClasses.add(row.get(0));
			RuleOutcome.Success answer = success("oncoderm.prophylaxis", "drugClass=" + row.get(0));
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> items = (List<Map<String, Object>>) answer.result().get("regimen");
			assertThat(answer.result().get("value")).isEqualTo("regimen");
			assertThat(items.stream().map(i -> (String) i.get("en")).collect(Collectors.joining("; "))).as(row.get(0))
				.isEqualTo(row.get(1));
			items.forEach(i -> assertThat((String) i.get("ko")).as("Korean of %s", i.get("item")).containsPattern("\\p{IsHangul}"));
			assertThat(answer.result().get("weeks")).as(row.get(0))
				.isEqualTo(row.get(2).equals("–") ? null : Integer.valueOf(row.get(2)));
			assertThat(answer.result().get("source")).isEqualTo(citations.get(row.get(3)));
			assertThat(answer.ruleSet()).isEqualTo(row.get(3));
			assertThat(answer.result().get("verified")).isEqualTo(verified(row.get(4)));
		}
		Set<String> coded = ProphylaxisRegimen.all().stream().map(r -> r.drugClass().code()).collect(Collectors.toCollection(TreeSet::new));
		assertThat(coded).isEqualTo(documentedClasses);
		for (DrugClass drugClass : DrugClass.values()) {
			if (!documentedClasses.contains(drugClass.code())) {
				RuleOutcome.Success none = success("oncoderm.prophylaxis", "drugClass=" + drugClass.code());
				assertThat(none.result()).containsEntry("value", "no-regimen").containsEntry("regimen", List.of())
					.containsEntry("verified", false);
				assertThat(none.explanation()).anySatisfy(line -> assertThat(line).startsWith("The reference holds no pre-emptive skin regimen"));
			}
		}
		RuleOutcome.Success egfr = success("oncoderm.prophylaxis", "drugClass=egfr-inhibitor");
		assertThat(egfr.result().get("weeks")).isEqualTo(6);
		assertThat(egfr.result().get("regimen").toString()).contains("SPF 30", "doxycycline 100 mg twice daily", "minocycline 100 mg daily");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			drugClass=chemo; term=Alopecia; grade=1             | drugClass | egfr-inhibitor, immune-checkpoint-inhibitor | 다음 중 하나여야 합니다: egfr-inhibitor
			term=Alopecia; grade=1                              | drugClass | drugClass is required: one of egfr-inhibitor | 필수 항목입니다
			drugClass=taxane; term=Hand rash; grade=1           | term      | Rash acneiform                              | 지원되는 CTCAE v5.0 용어여야 합니다
			drugClass=taxane; term=Alopecia; grade=4            | grade     | Alopecia defines grade 1 or 2 in CTCAE v5.0; grade 4 is not one of them | CTCAE v5.0의 탈모에는 1 또는 2등급만 정의되어 있습니다. 4등급은 없습니다
			drugClass=other; term=Stevens-Johnson syndrome; grade=1 | grade | Stevens-Johnson syndrome defines grade 3, 4 or 5 in CTCAE v5.0 | 스티븐스-존슨 증후군에는 3, 4 또는 5등급만
			drugClass=taxane; term=Alopecia; grade=6            | grade     | CTCAE grade                                 | CTCAE 등급은 1에서 5 사이의 정수여야 합니다
			drugClass=taxane; term=Alopecia                     | grade     | CTCAE grade                                 | CTCAE 등급이 필요합니다
			""")
	void badInputNamesTheFieldInEnglishAndKorean(String spec, String field, String english, String korean) {
		RuleOutcome.Failure failure = failure("oncoderm.advice", spec);
		assertThat(failure.field()).isEqualTo(field);
		assertThat(failure.message(Locale.ENGLISH)).contains(english);
		assertThat(failure.message(Locale.KOREAN)).contains(korean);
	}

	@Test
	void prophylaxisRefusesAnUnknownDrugClass() {
		RuleOutcome.Failure failure = failure("oncoderm.prophylaxis", "drugClass=steroid");
		assertThat(failure.field()).isEqualTo("drugClass");
		assertThat(failure.message()).contains("radiotherapy", "steroid");
	}

	@Test
	void everyCodedWordHasKoreanAndEnglishText() {
		List<Explanation> texts = new ArrayList<>();
		Arrays.stream(SkinTreatment.values()).map(SkinTreatment::text).forEach(texts::add);
		Arrays.stream(ProphylaxisItem.values()).map(ProphylaxisItem::text).forEach(texts::add);
		Arrays.stream(AdviceAction.values()).map(AdviceAction::label).forEach(texts::add);
		Arrays.stream(DrugClass.values()).map(DrugClass::label).forEach(texts::add);
		Arrays.stream(AdviceAction.values()).map(a -> Explanation.of("rules.value." + a.code())).forEach(texts::add);
		AdviceTable.all().stream().filter(r -> r.note() != null)
			.map(r -> Explanation.of("rules.why.oncoderm.note." + r.note())).forEach(texts::add);
		for (Explanation text : texts) {
			assertThat(text.english()).as(text.code()).isNotEqualTo(text.code());
			assertThat(text.render(Locale.KOREAN)).as(text.code()).isNotEqualTo(text.code()).containsPattern("\\p{IsHangul}");
		}
	}

	@Test
	void batchModeAnswersTheNewRulesInEitherLanguage() {
		String lines = String.join("\n",
				"{\"id\": 1, \"rule\": \"oncoderm.advice\", \"input\": {\"drugClass\": \"fluoropyrimidine\", \"term\": \"Palmar-plantar erythrodysesthesia syndrome\", \"grade\": 2}}",
				"{\"id\": 2, \"rule\": \"oncoderm.advice\", \"lang\": \"ko\", \"input\": {\"drugClass\": \"taxane\", \"term\": \"Alopecia\", \"grade\": 4}}",
				"{\"id\": 3, \"rule\": \"oncoderm.prophylaxis\", \"input\": {\"drugClass\": \"egfr-inhibitor\"}}",
				"{\"id\": 4, \"rule\": \"oncoderm.advice\", \"lang\": \"ko\", \"input\": {\"drugClass\": \"radiotherapy\", \"term\": \"Dermatitis radiation\", \"grade\": 1}}");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(RulesBatch.run(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), out)).isZero();
		JsonMapper json = JsonMapper.builder().build();
		List<JsonNode> answers = out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
		assertThat(answers).hasSize(4);
		JsonNode capecitabine = answers.get(0).get("result");
		assertThat(capecitabine.get("action").asString()).isEqualTo("hold-until-grade-1");
		assertThat(capecitabine.get("verified").asBoolean()).isTrue();
		assertThat(capecitabine.get("source").asString()).contains("Capecitabine");
		assertThat(answers.get(0).get("ruleSet").asString()).isEqualTo("CAPECITABINE-LABEL/ESMO-DERM-2021");
		assertThat(answers.get(0).get("explanation").toString()).contains("75 %");
		assertThat(answers.get(1).get("error").get("field").asString()).isEqualTo("grade");
		assertThat(answers.get(1).get("error").get("message").asString()).contains("탈모", "1 또는 2등급");
		assertThat(answers.get(2).get("result").get("weeks").asInt()).isEqualTo(6);
		assertThat(answers.get(2).get("result").get("regimen").get(3).get("ko").asString()).contains("독시사이클린");
		assertThat(answers.get(3).get("result").get("verified").asBoolean()).isFalse();
		assertThat(answers.get(3).get("explanation").toString()).contains("방사선 피부염", "미검증");
		assertThat(ENGINE.ruleNames()).contains("oncoderm.advice", "oncoderm.prophylaxis");
	}
}
