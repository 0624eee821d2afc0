package org.cutis.calculator.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.rules.RuleEngine;
import org.cutis.rules.RuleOutcome;
import org.cutis.shared.web.ApiLanguage;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP face of the rules contract: the same evaluation as registry batch mode, one case per
 * request. The body is read here rather than by a message converter so that any body that is
 * not a JSON object, whatever its content type, is a 400 naming {@code body}, and so that
 * decimals arrive as BigDecimal (0.85 mm stays 0.85 before half-up rounding), as in batch mode.
 */
@Tag(name = "rules", description = "Clinical rules: AJCC 8th staging, NCCN risk, margins, SLNB, Mohs AUC, CTCAE v5.0 grades, follow-up")
@RestController
@RequestMapping("/api/v1/rules")
@Requires(Permission.CALCULATORS)
class RulesApiController {
	private final RuleEngine engine;
	private final ObjectReader reader;
	private final MessageSource messages;

	RulesApiController(RuleEngine engine, JsonMapper json, MessageSource messages) {
		this.engine = engine;
		this.reader = json.readerFor(Object.class)
			.with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		this.messages = messages;
	}

	@Operation(summary = "The rule names this server evaluates, e.g. melanoma.t, cscc.stage, ctcae.grade")
	@GetMapping
	List<String> rules() {
		return List.copyOf(engine.ruleNames());
	}

	@Operation(summary = "Evaluate one rule",
			description = "Body: the contract's input object for the rule. Answer: {result: {value, ...}, explanation: "
					+ "[sentences], source, ruleSet}. Invalid input is a 400 problem whose errors list names the field; "
					+ "an unknown rule is a 404 problem naming field 'rule'; a body that is not a JSON object is a 400 "
					+ "naming 'body'.")
	@ApiResponse(responseCode = "200", description = "Evaluated")
	@ApiResponse(responseCode = "400", description = "Invalid input (errors[].field, errors[].message)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "404", description = "Unknown rule",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@PostMapping("/{rule}")
	ResponseEntity<?> evaluate(
			@Parameter(description = "Rule name, e.g. melanoma.t", example = "melanoma.t") @PathVariable String rule,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The rule's input fields",
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(type = "object"),
							examples = @ExampleObject(value = "{\"breslowMm\": 0.75, \"ulceration\": false}"))) @RequestBody(
									required = false) String body,
			@Parameter(description = "Language of the explanation sentences and error messages: ko for Korean; English when absent")
			@RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		// one language for the whole answer, explanation and problem alike: English unless Korean is asked for
		Locale language = ApiLanguage.of(acceptLanguage);
		if (!engine.ruleNames().contains(rule)) {
			RuleOutcome.Failure unknown = (RuleOutcome.Failure) engine.evaluate(rule, Map.of());
			return problem(HttpStatus.NOT_FOUND, "rules.api.unknown.title", "rules.api.unknown.detail", unknown.field(),
					unknown.message(language), language);
		}
		Map<String, Object> input;
		try {
			input = parse(body);
		}
		catch (JacksonException e) {
			input = null;
		}
		if (input == null) {
			String message = messages.getMessage("rules.api.body.invalid", null, language);
			return problem(HttpStatus.BAD_REQUEST, "rules.api.invalid.title", "rules.api.invalid.detail", "body", message,
					language);
		}
		RuleOutcome outcome = engine.evaluate(rule, input);
		if (outcome instanceof RuleOutcome.Success success) {
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("result", success.result());
			answer.put("explanation", success.explanation(language));
			answer.put("source", success.source());
			answer.put("ruleSet", success.ruleSet());
			return ResponseEntity.ok(answer);
		}
		RuleOutcome.Failure failure = (RuleOutcome.Failure) outcome;
		return problem(HttpStatus.BAD_REQUEST, "rules.api.invalid.title", "rules.api.invalid.detail", failure.field(),
				failure.message(language), language);
	}

	/** The body as a JSON object, or null when it is absent or some other JSON value. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> parse(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		Object parsed = reader.readValue(body);
		return parsed instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String titleKey, String detailKey, String field,
			String message, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(messages.getMessage(titleKey, null, locale));
		problem.setDetail(messages.getMessage(detailKey, null, locale));
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
