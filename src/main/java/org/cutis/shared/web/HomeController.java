package org.cutis.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page of the center and the staff start page after login. */
@Controller
class HomeController {
	@GetMapping("/")
	String center() {
		return "site/index";
	}

	@GetMapping("/home")
	String home() {
		return "home";
	}
}
