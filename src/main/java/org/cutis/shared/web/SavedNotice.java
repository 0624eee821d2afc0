package org.cutis.shared.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A success message after every save: a page form that posts and is redirected (post/redirect/get)
 * without an error gets the flash attribute {@code saved}, which the header shows once as
 * "저장했습니다" / "Saved". Pages that already say what was saved (a new account's password, a
 * lesion "recorded", a draft "saved") keep their own message. The patient module's pages are left
 * to that module, which words its own confirmations.
 */
@Configuration(proxyBeanMethods = false)
class SavedNotice implements WebMvcConfigurer, HandlerInterceptor {

	static final String SAVED = "saved";

	/** Flash attributes that already confirm the save in their own words. */
	private static final Set<String> OWN_CONFIRMATION = Set.of("created", "reset");

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**", "/error");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (!"POST".equals(request.getMethod()) || view == null || view.getViewName() == null
				|| !view.getViewName().startsWith("redirect:") || !(handler instanceof HandlerMethod method)
				|| method.getBeanType().getPackageName().startsWith("org.cutis.patient")) {
			return;
		}
		String target = view.getViewName();
		if (target.contains("saved") || target.contains("recorded")) {
			return;
		}
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		boolean refused = flash.keySet().stream().anyMatch(key -> key.toLowerCase().contains("error")
				|| key.equals("problems") || key.equals("refused") || OWN_CONFIRMATION.contains(key));
		if (!refused) {
			flash.put(SAVED, Boolean.TRUE);
		}
	}
}
