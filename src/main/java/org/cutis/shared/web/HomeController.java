package org.cutis.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public front page of the center and the start page after login. Their permissions (PUBLIC,
 * SIGNED_IN) are in the identity module's route list: the shared kernel cannot see the matrix.
 */
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
