package vn.ddcihub.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the start page after signing in. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "web/home";
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			@RequestParam(required = false) String logout, Model model) {
		model.addAttribute("error", error != null);
		model.addAttribute("locked", locked != null);
		model.addAttribute("loggedOut", logout != null);
		return "web/login";
	}
}
