package org.cutis.oncology.web;

import java.util.List;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.oncology.application.Radiotherapy;
import org.cutis.oncology.application.RegimenCatalogue;
import org.cutis.oncology.application.SystemicTherapy;
import org.cutis.oncology.application.SystemicTherapy.CourseRecord;
import org.cutis.oncology.domain.EndReason;
import org.cutis.oncology.domain.RadiotherapyCourse;
import org.cutis.oncology.domain.RadiotherapyIntent;
import org.cutis.oncology.domain.RadiotherapyTechnique;
import org.cutis.oncology.domain.Regimen;
import org.cutis.oncology.domain.RegimenCategory;
import org.cutis.oncology.domain.Setting;
import org.cutis.oncology.domain.SystemicCourse;
import org.cutis.oncology.domain.SystemicCycle;
import org.cutis.patient.PatientDirectory;
import org.cutis.rules.oncology.FractionationCheck;
import org.cutis.rules.oncology.MostellerBodySurfaceArea;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.web.FormErrors;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerSummary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The oncology pages: a cancer's courses with the forms to start a systemic course and record a
 * radiotherapy course, each course's page (cycles, end), and the regimen catalogue. Every page says
 * that Cutis records what oncology decided and is not a chemotherapy ordering system.
 */
@Controller
@Requires(Permission.ONCOLOGY_READ)
class OncologyController {
	/** The regimen list's entry for a regimen not in the catalogue. */
	static final String OTHER = "other";

	private final SystemicTherapy systemic;
	private final Radiotherapy radiotherapy;
	private final RegimenCatalogue catalogue;
	private final CancerDirectory cancers;
	private final PatientDirectory patients;
	private final AuditLog audit;

	OncologyController(SystemicTherapy systemic, Radiotherapy radiotherapy, RegimenCatalogue catalogue,
			CancerDirectory cancers, PatientDirectory patients, AuditLog audit) {
		this.systemic = systemic;
		this.radiotherapy = radiotherapy;
		this.catalogue = catalogue;
		this.cancers = cancers;
		this.patients = patients;
		this.audit = audit;
	}

	@GetMapping("/cancers/{id}/oncology")
	String cancerCourses(@PathVariable UUID id, Model model) {
		model.addAttribute("startForm", new StartCourseForm());
		model.addAttribute("rtForm", new RadiotherapyForm());
		return cancerPage(id, model);
	}

	@PostMapping("/cancers/{id}/systemic-courses")
	@Requires(Permission.SYSTEMIC_COURSE_RECORD)
	String start(@PathVariable UUID id, @ModelAttribute("startForm") StartCourseForm form, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			String regimen = OTHER.equals(form.getRegimen()) ? form.getRegimenOther() : form.getRegimen();
			try {
				SystemicCourse course = systemic.start(new SystemicCourse.Start(id, regimen, form.getSetting(),
						form.getLine(), form.getHeightCm(), form.getWeightKg(), form.getStartDate()));
				return "redirect:/systemic-courses/" + course.id();
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		model.addAttribute("rtForm", new RadiotherapyForm());
		return cancerPage(id, model);
	}

	@PostMapping("/cancers/{id}/radiotherapy-courses")
	@Requires(Permission.RADIOTHERAPY_COURSE_RECORD)
	String recordRadiotherapy(@PathVariable UUID id, @ModelAttribute("rtForm") RadiotherapyForm form,
			BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				RadiotherapyCourse course = radiotherapy.record(new RadiotherapyCourse.Summary(id, form.getSite(),
						form.getIntent(), form.getTechnique(), form.getTotalDoseGy(), form.getFractions(),
						form.getDosePerFractionGy(), form.getStartDate(), form.getEndDate()));
				return "redirect:/radiotherapy-courses/" + course.id();
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		model.addAttribute("startForm", new StartCourseForm());
		return cancerPage(id, model);
	}

	private String cancerPage(UUID id, Model model) {
		CancerSummary cancer = cancers.find(id).orElseThrow(() -> new NotFound("cancer", id));
		audit.record(AuditAction.VIEW, cancer.patientId(), "oncology-courses", id, null);
		model.addAttribute("cancer", cancer);
		model.addAttribute("patient", patients.find(cancer.patientId()).orElse(null));
		model.addAttribute("systemicCourses", systemic.ofCancer(id));
		model.addAttribute("radiotherapyCourses", radiotherapy.ofCancer(id));
		model.addAttribute("regimens", catalogue.active());
		model.addAttribute("categories", RegimenCategory.values());
		model.addAttribute("settings", Setting.values());
		model.addAttribute("intents", RadiotherapyIntent.values());
		model.addAttribute("techniques", RadiotherapyTechnique.values());
		model.addAttribute("tolerance", FractionationCheck.TOLERANCE_GY.toPlainString());
		model.addAttribute("heightMin", MostellerBodySurfaceArea.MIN_HEIGHT_CM.toPlainString());
		model.addAttribute("heightMax", MostellerBodySurfaceArea.MAX_HEIGHT_CM.toPlainString());
		model.addAttribute("weightMax", MostellerBodySurfaceArea.MAX_WEIGHT_KG.toPlainString());
		return "oncology/cancer-courses";
	}

	@GetMapping("/systemic-courses/{id}")
	String systemicCourse(@PathVariable UUID id, Model model) {
		CourseRecord record = systemic.view(id);
		CycleForm cycle = new CycleForm();
		cycle.setNumber(record.nextCycleNumber());
		model.addAttribute("cycleForm", cycle);
		model.addAttribute("endForm", new EndCourseForm());
		return coursePage(record, model);
	}

	@PostMapping("/systemic-courses/{id}/cycles")
	@Requires(Permission.SYSTEMIC_COURSE_RECORD)
	String cycle(@PathVariable UUID id, @ModelAttribute("cycleForm") CycleForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				systemic.recordCycle(id, form.getVersion(), new SystemicCycle.Entry(form.getNumber(), form.getDate(),
						form.isHeld(), form.getHoldReason(), form.getDosePercent(), form.getDoseReductionReason()));
				return "redirect:/systemic-courses/" + id + "#cycles";
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		model.addAttribute("endForm", new EndCourseForm());
		return coursePage(systemic.recordOf(id), model);
	}

	@PostMapping("/systemic-courses/{id}/end")
	@Requires(Permission.SYSTEMIC_COURSE_RECORD)
	String end(@PathVariable UUID id, @ModelAttribute("endForm") EndCourseForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				systemic.end(id, form.getVersion(), form.getDate(), form.getReason(), form.getNote());
				return "redirect:/systemic-courses/" + id;
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		CourseRecord record = systemic.recordOf(id);
		CycleForm cycle = new CycleForm();
		cycle.setNumber(record.nextCycleNumber());
		model.addAttribute("cycleForm", cycle);
		return coursePage(record, model);
	}

	private String coursePage(CourseRecord record, Model model) {
		SystemicCourse course = record.course();
		model.addAttribute("course", course);
		model.addAttribute("record", record);
		model.addAttribute("cycles", record.cycles());
		model.addAttribute("cancer", cancers.find(course.cancerId()).orElse(null));
		model.addAttribute("patient", patients.find(course.patientId()).orElse(null));
		model.addAttribute("endReasons", EndReason.values());
		model.addAttribute("bsaSource", MostellerBodySurfaceArea.SOURCE);
		return "oncology/systemic-course";
	}

	@GetMapping("/radiotherapy-courses/{id}")
	String radiotherapyCourse(@PathVariable UUID id, Model model) {
		model.addAttribute("rtEndForm", new RadiotherapyEndForm());
		return radiotherapyPage(radiotherapy.view(id), model);
	}

	@PostMapping("/radiotherapy-courses/{id}/end")
	@Requires(Permission.RADIOTHERAPY_COURSE_RECORD)
	String endRadiotherapy(@PathVariable UUID id, @ModelAttribute("rtEndForm") RadiotherapyEndForm form,
			BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				radiotherapy.end(id, form.getVersion(), form.getEndDate());
				return "redirect:/radiotherapy-courses/" + id;
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		return radiotherapyPage(radiotherapy.view(id), model);
	}

	private String radiotherapyPage(RadiotherapyCourse course, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("cancer", cancers.find(course.cancerId()).orElse(null));
		model.addAttribute("patient", patients.find(course.patientId()).orElse(null));
		model.addAttribute("tolerance", FractionationCheck.TOLERANCE_GY.toPlainString());
		return "oncology/radiotherapy-course";
	}

	@GetMapping("/oncology/regimens")
	@Requires(Permission.REGIMEN_CATALOGUE)
	String regimens(Model model) {
		model.addAttribute("regimenForm", new RegimenForm());
		return regimenPage(model);
	}

	@PostMapping("/oncology/regimens")
	@Requires(Permission.REGIMEN_CATALOGUE)
	String addRegimen(@ModelAttribute("regimenForm") RegimenForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				Regimen added = catalogue.add(form.getName(), form.getCategory());
				return "redirect:/oncology/regimens#regimen-" + added.code();
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		return regimenPage(model);
	}

	/** Retires a regimen (new courses no longer offer it) or restores it. */
	@PostMapping("/oncology/regimens/{code}/active")
	@Requires(Permission.REGIMEN_CATALOGUE)
	String setActive(@PathVariable String code, @RequestParam boolean active,
			@RequestParam(required = false) Long version) {
		catalogue.setActive(code, active, version);
		return "redirect:/oncology/regimens#regimen-" + code;
	}

	private String regimenPage(Model model) {
		List<Regimen> all = catalogue.all();
		model.addAttribute("regimens", all);
		model.addAttribute("categories", RegimenCategory.values());
		return "oncology/regimens";
	}
}
