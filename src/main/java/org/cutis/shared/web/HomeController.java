package org.cutis.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff start page after login (the public front page at / is the site module's). Its
 * permission (SIGNED_IN) is in the identity module's route list: the shared kernel cannot see the matrix.
 */
@Controller
class HomeController {
	@GetMapping("/home")
	String home() {
		return "home";
	}
}
