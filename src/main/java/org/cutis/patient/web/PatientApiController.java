package org.cutis.patient.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.patient.PatientDetails;
import org.cutis.patient.PatientSummary;
import org.cutis.patient.RegistrationEssentials;
import org.cutis.patient.Rrn;
import org.cutis.patient.application.DuplicateCheck;
import org.cutis.patient.application.PatientManagement;
import org.cutis.patient.application.PatientSearch.SearchPage;
import org.cutis.patient.application.PatientSearch;
import org.cutis.patient.domain.Patient;
import org.cutis.patient.web.PatientJson.PatientRequest;
import org.cutis.patient.web.PatientJson.PatientView;
import org.cutis.patient.web.PatientJson.RrnView;
import org.cutis.patient.web.PatientJson.SearchResult;
import org.cutis.patient.web.PatientJson.SummaryView;
import org.cutis.patient.web.PatientJson.VoidRequest;
import org.cutis.shared.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "patients", description = "Patient registry")
@RestController
@RequestMapping("/api/v1/patients")
class PatientApiController {
	private final PatientManagement patients;
	private final PatientSearch search;
	private final DuplicateCheck duplicates;
	private final Clock clock;

	PatientApiController(PatientManagement patients, PatientSearch search, DuplicateCheck duplicates, Clock clock) {
		this.clock = clock;
		this.patients = patients;
		this.search = search;
		this.duplicates = duplicates;
	}

	@Operation(summary = "Register a patient. Possible duplicates (same birth date, similar name) are listed in "
			+ "the answer; with rejectDuplicates=true they refuse the registration with 409 instead. "
			+ "A registration number already on another living chart is refused (field rrn).")
	@PostMapping
	@Requires(Permission.PATIENT_REGISTER)
	ResponseEntity<PatientView> register(@RequestBody PatientRequest request,
			@RequestParam(defaultValue = "false") boolean rejectDuplicates) {
		RegistrationEssentials essentials = request.essentials(LocalDate.now(clock));
		PatientDetails details = request.details(LocalDate.now(clock));
		List<PatientSummary> candidates = duplicates.candidates(details);
		if (rejectDuplicates && !candidates.isEmpty()) {
			throw new InvalidInput("nameHangul", "patient.duplicate.found", candidates.size());
		}
		Patient patient = patients.register(details, essentials);
		return ResponseEntity.status(HttpStatus.CREATED).body(PatientView.of(patient, candidates));
	}

	@Operation(summary = "One patient (audited as a view)")
	@GetMapping("/{id}")
	@Requires(Permission.PATIENT_READ)
	PatientView patient(@PathVariable UUID id) {
		return PatientView.of(patients.view(id), List.of());
	}

	@Operation(summary = "Search by MRN, name prefix (Hangul or Latin) or birth date (yyyy-mm-dd); keyset pages")
	@GetMapping
	@Requires(Permission.PATIENT_SEARCH)
	SearchResult search(@RequestParam String q, @RequestParam(required = false) String cursor) {
		SearchPage page = search.search(q, cursor);
		return new SearchResult(page.items().stream().map(SummaryView::of).toList(), page.next());
	}

	@Operation(summary = "Change a patient's details; version must be the version read (optimistic locking)")
	@PutMapping("/{id}")
	@Requires(Permission.PATIENT_CHANGE)
	PatientView change(@PathVariable UUID id, @RequestBody PatientRequest request) {
		if (request.version() == null) {
			throw new InvalidInput("version", "error.field.required");
		}
		RegistrationEssentials essentials = request.essentials(LocalDate.now(clock));
		return PatientView.of(
				patients.change(id, request.version(), request.details(LocalDate.now(clock)), essentials), List.of());
	}

	@Operation(summary = "The whole resident or foreign registration number (every other view masks it); "
			+ "audited as a view of record type rrn")
	@GetMapping("/{id}/rrn")
	@Requires(Permission.PATIENT_RRN_READ)
	RrnView rrn(@PathVariable UUID id) {
		Optional<Rrn> rrn = patients.revealRrn(id);
		return new RrnView(id, rrn.map(Rrn::formatted).orElse(null), rrn.map(Rrn::foreigner).orElse(false));
	}

	@Operation(summary = "Void a patient registered in error (never deleted)")
	@PostMapping("/{id}/void")
	@Requires(Permission.PATIENT_VOID)
	PatientView voidRecord(@PathVariable UUID id, @RequestBody VoidRequest request) {
		return PatientView.of(patients.voidRecord(id, request.reason()), List.of());
	}
}
