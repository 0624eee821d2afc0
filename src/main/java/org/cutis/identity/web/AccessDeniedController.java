package org.cutis.identity.web;

import jakarta.servlet.http.HttpServletResponse;

import org.cutis.identity.Permission;
import org.cutis.identity.Requires;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page a refused page request is forwarded to: 403 in the layout and the user's language,
 * like the refusals the pages raise themselves. Any method, because the refused request may be a
 * form post.
 */
@Controller
class AccessDeniedController {
	@RequestMapping(SecurityConfiguration.REFUSAL_PAGE)
	@Requires(Permission.PUBLIC)
	String refused(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		model.addAttribute("status", HttpServletResponse.SC_FORBIDDEN);
		model.addAttribute("titleKey", "error.forbidden.title");
		model.addAttribute("detailKey", "error.forbidden.detail");
		return "error/problem";
	}
}
