package org.cutis.patient.web;

import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.patient.application.SpecialCopayWorklist;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SpecialCopayController {
	private final SpecialCopayWorklist worklist;

	SpecialCopayController(SpecialCopayWorklist worklist) {
		this.worklist = worklist;
	}

	@GetMapping("/special-copay/worklist")
	@Requires(Permission.SPECIAL_COPAY_WORKLIST)
	String worklist(Model model) {
		model.addAttribute("worklist", worklist.worklist());
		return "patient/special-copay";
	}
}
