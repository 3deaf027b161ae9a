package vn.ddcihub.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the {@link Page} into the model of every page. */
@ControllerAdvice
class PageModelAdvice {

	private final PageFactory pages;

	PageModelAdvice(PageFactory pages) {
		this.pages = pages;
	}

	@ModelAttribute("page")
	Page page(HttpServletRequest request) {
		return pages.create(request);
	}
}
