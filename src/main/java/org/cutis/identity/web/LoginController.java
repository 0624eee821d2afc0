package org.cutis.identity.web;

import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.shared.CutisProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@Requires(Permission.PUBLIC)
class LoginController {
	private final CutisProperties properties;

	LoginController(CutisProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demo", properties.demo());
		return "identity/login";
	}
}
