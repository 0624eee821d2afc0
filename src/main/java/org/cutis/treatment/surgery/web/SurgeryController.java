package org.cutis.treatment.surgery.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cutis.identity.CurrentUser;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.Role;
import org.cutis.identity.StaffDirectory;
import org.cutis.identity.StaffMember;
import org.cutis.lesion.LesionDirectory;
import org.cutis.lesion.LesionSummary;
import org.cutis.patient.PatientDirectory;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.web.FormErrors;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.NodalPathology;
import org.cutis.treatment.surgery.application.SurgeryRecords;
import org.cutis.treatment.surgery.domain.Excision;
import org.cutis.treatment.surgery.domain.ExcisionDetails;
import org.cutis.treatment.surgery.domain.MarginUnit;
import org.cutis.treatment.surgery.domain.Procedure;
import org.cutis.treatment.surgery.domain.ProcedureDetails;
import org.cutis.treatment.surgery.domain.ProcedureKind;
import org.cutis.treatment.surgery.domain.TopicalAgent;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The surgery pages: the excision form with the rules' proposed margin and its explanation, the
 * procedure form, the record pages (with corrections of complications and voiding), and a cancer's
 * excisions and procedures.
 */
@Controller
@Requires(Permission.PROCEDURE_READ)
class SurgeryController {
	private final SurgeryRecords records;
	private final CancerDirectory cancers;
	private final LesionDirectory lesions;
	private final PatientDirectory patients;
	private final StaffDirectory staff;
	private final CurrentUser currentUser;
	private final MessageSource messages;
	private final Clock clock;

	SurgeryController(SurgeryRecords records, CancerDirectory cancers, LesionDirectory lesions,
			PatientDirectory patients, StaffDirectory staff, CurrentUser currentUser, MessageSource messages,
			Clock clock) {
		this.records = records;
		this.cancers = cancers;
		this.lesions = lesions;
		this.patients = patients;
		this.staff = staff;
		this.currentUser = currentUser;
		this.messages = messages;
		this.clock = clock;
	}

	record ExcisionForm(String surgeon, LocalDate performedOn, BigDecimal plannedMargin, String marginUnit,
			String narrowerReason, String complications) {
		ExcisionDetails details() {
			return new ExcisionDetails(surgeon, performedOn, plannedMargin, marginUnit, narrowerReason, complications);
		}
	}

	@GetMapping("/cancers/{id}/excisions/new")
	@Requires(Permission.PROCEDURE_RECORD)
	String excisionForm(@PathVariable UUID id, Model model) {
		var planning = records.planning(id);
		var proposal = planning.proposal();
		// the form starts at the smallest proposed margin, in centimetres as the rule states it
		model.addAttribute("form", new ExcisionForm(currentUser.username(), LocalDate.now(clock),
				proposal.proposed() ? proposal.minCm().stripTrailingZeros() : null, proposal.proposed() ? "cm" : "mm",
				null, null));
		return excisionPage(planning, model);
	}

	@PostMapping("/cancers/{id}/excisions")
	@Requires(Permission.PROCEDURE_RECORD)
	String recordExcision(@PathVariable UUID id, @ModelAttribute("form") ExcisionForm form, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			try {
				Excision excision = records.recordExcision(id, form.details());
				return "redirect:/excisions/" + excision.id() + "?recorded";
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		return excisionPage(records.planning(id), model);
	}

	private String excisionPage(SurgeryRecords.Planning planning, Model model) {
		model.addAttribute("cancer", planning.cancer());
		model.addAttribute("proposal", planning.proposal());
		model.addAttribute("patient", patients.find(planning.cancer().patientId()).orElse(null));
		model.addAttribute("units", MarginUnit.values());
		model.addAttribute("physicians", physicians());
		return "treatment/surgery/excision-form";
	}

	@GetMapping("/excisions/{id}")
	String excision(@PathVariable UUID id, Model model) {
		Excision excision = records.viewExcision(id);
		model.addAttribute("excision", excision);
		model.addAttribute("patient", patients.find(excision.patientId()).orElse(null));
		return "treatment/surgery/excision";
	}

	@PostMapping("/excisions/{id}/complications")
	@Requires(Permission.PROCEDURE_RECORD)
	String changeExcision(@PathVariable UUID id, @RequestParam(required = false) String complications,
			@RequestParam long version, RedirectAttributes redirect, Locale locale) {
		try {
			records.changeExcisionComplications(id, complications, version);
			return "redirect:/excisions/" + id + "?saved";
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("problems", FormErrors.texts(invalid, messages, locale));
			return "redirect:/excisions/" + id;
		}
	}

	@PostMapping("/excisions/{id}/void")
	@Requires(Permission.PROCEDURE_RECORD)
	String voidExcision(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@RequestParam long version, RedirectAttributes redirect, Locale locale) {
		try {
			records.voidExcision(id, reason, version);
			return "redirect:/excisions/" + id + "?voided";
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("problems", FormErrors.texts(invalid, messages, locale));
			return "redirect:/excisions/" + id;
		}
	}

	@GetMapping("/cancers/{id}/surgery")
	String overview(@PathVariable UUID id, Model model) {
		var overview = records.overview(id);
		model.addAttribute("overview", overview);
		model.addAttribute("cancer", overview.cancer());
		model.addAttribute("patient", patients.find(overview.cancer().patientId()).orElse(null));
		return "treatment/surgery/overview";
	}

	record ProcedureForm(String kind, UUID cancerId, String performedBy, LocalDate performedOn, String complications,
			String basin, Integer nodesExamined, Integer nodesPositive, BigDecimal largestDepositMm,
			Boolean extranodalExtension, String agent, BigDecimal areaCm2, Integer weeks, Integer cycles) {
		/** The form shows every kind's fields; only those of the chosen kind are taken. */
		ProcedureDetails details() {
			ProcedureKind k = ProcedureKind.fromCode(kind);
			boolean nodal = k != null && k.nodal();
			boolean field = k == ProcedureKind.TOPICAL_FIELD_THERAPY;
			boolean cycled = k != null && k.hasCycles();
			return new ProcedureDetails(kind, cancerId, performedBy, performedOn, complications, nodal ? basin : null,
					nodal ? nodesExamined : null, nodal ? nodesPositive : null, nodal ? largestDepositMm : null,
					nodal ? extranodalExtension : null, field ? agent : null, field ? areaCm2 : null,
					field ? weeks : null, cycled ? cycles : null);
		}
	}

	@GetMapping("/lesions/{id}/procedures/new")
	@Requires(Permission.PROCEDURE_RECORD)
	String procedureForm(@PathVariable UUID id, @RequestParam(required = false) String kind, Model model) {
		UUID cancerId = cancers.findByLesion(id).map(c -> c.id()).orElse(null);
		model.addAttribute("form", new ProcedureForm(kind, cancerId, currentUser.username(), LocalDate.now(clock),
				null, null, null, null, null, null, null, null, null, null));
		return procedurePage(id, model);
	}

	@PostMapping("/lesions/{id}/procedures")
	@Requires(Permission.PROCEDURE_RECORD)
	String recordProcedure(@PathVariable UUID id, @ModelAttribute("form") ProcedureForm form, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			try {
				Procedure procedure = records.recordProcedure(id, form.details());
				return "redirect:/procedures/" + procedure.id() + "?recorded";
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		return procedurePage(id, model);
	}

	private String procedurePage(UUID lesionId, Model model) {
		LesionSummary lesion = lesions.find(lesionId).orElseThrow(() -> new NotFound("lesion", lesionId));
		model.addAttribute("lesion", lesion);
		model.addAttribute("patient", patients.find(lesion.patientId()).orElse(null));
		model.addAttribute("cancer", cancers.findByLesion(lesionId).orElse(null));
		model.addAttribute("kinds", ProcedureKind.values());
		model.addAttribute("agents", TopicalAgent.values());
		model.addAttribute("basins", NodalPathology.BASINS);
		model.addAttribute("physicians", physicians());
		return "treatment/surgery/procedure-form";
	}

	@GetMapping("/procedures/{id}")
	String procedure(@PathVariable UUID id, Model model) {
		Procedure procedure = records.viewProcedure(id);
		model.addAttribute("procedure", procedure);
		model.addAttribute("patient", patients.find(procedure.patientId()).orElse(null));
		return "treatment/surgery/procedure";
	}

	@PostMapping("/procedures/{id}/complications")
	@Requires(Permission.PROCEDURE_RECORD)
	String changeProcedure(@PathVariable UUID id, @RequestParam(required = false) String complications,
			@RequestParam long version, RedirectAttributes redirect, Locale locale) {
		try {
			records.changeProcedureComplications(id, complications, version);
			return "redirect:/procedures/" + id + "?saved";
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("problems", FormErrors.texts(invalid, messages, locale));
			return "redirect:/procedures/" + id;
		}
	}

	@PostMapping("/procedures/{id}/void")
	@Requires(Permission.PROCEDURE_RECORD)
	String voidProcedure(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@RequestParam long version, RedirectAttributes redirect, Locale locale) {
		try {
			records.voidProcedure(id, reason, version);
			return "redirect:/procedures/" + id + "?voided";
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("problems", FormErrors.texts(invalid, messages, locale));
			return "redirect:/procedures/" + id;
		}
	}

	/** Who may be named as the one who operated: dermatologists and surgeons, the recorder first. */
	private List<StaffMember> physicians() {
		List<StaffMember> all = new ArrayList<>();
		staff.find(currentUser.username()).filter(m -> m.role().isClinician()).ifPresent(all::add);
		for (Role role : List.of(Role.DERMATOLOGIST, Role.SURGEON)) {
			staff.withRole(role)
				.stream()
				.filter(m -> all.stream().noneMatch(a -> a.username().equals(m.username())))
				.forEach(all::add);
		}
		return all;
	}
}
