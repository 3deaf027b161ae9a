package vn.ddcihub.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ddcihub.org.CurrentUser;

/**
 * The sign-in page, and the start page: the cards the capabilities contribute for the
 * user (where the organisation stands in the index, its plans, the work due soonest).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class HomeController {

	private final List<StartPageSection> sections;

	HomeController(List<StartPageSection> sections) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(StartPageSection::order)).toList();
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("page") Page page, Model model) {
		model.addAttribute("cards", sections.stream().flatMap(section -> section.cards(user, page).stream()).toList());
		return "web/home";
	}

	@GetMapping("/login")
	@PreAuthorize("permitAll()")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			@RequestParam(required = false) String logout, Model model) {
		model.addAttribute("error", error != null);
		model.addAttribute("locked", locked != null);
		model.addAttribute("loggedOut", logout != null);
		return "web/login";
	}

}
