package vn.ddcihub.survey.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.survey.AnswerType;
import vn.ddcihub.survey.Question;
import vn.ddcihub.survey.domain.SurveyForm;
import vn.ddcihub.survey.domain.WebSurvey;
import vn.ddcihub.survey.domain.WebSurvey.Admission;
import vn.ddcihub.survey.domain.WebSurvey.Entry;
import vn.ddcihub.survey.domain.WebSurvey.Submission;

/**
 * The anonymous web survey on the public portal (no sign-in): the code page, one page per
 * unit the business dealt with, and the thanks. The admitted code lives only in the
 * session (kept in PostgreSQL, so any node serves the next page); the answers typed so
 * far are a draft in the database. A wrong, used or expired code gets one and the same
 * message.
 */
@Controller
@PreAuthorize("permitAll()")
@RequestMapping("/cong-khai/khao-sat")
public class WebSurveyController {

	static final String ENTRY = "survey.web.entry";

	/** Form fields of answers are "q.<question name>", so nothing else is read as one. */
	static final String FIELD = "q.";

	private final WebSurvey survey;

	WebSurveyController(WebSurvey survey) {
		this.survey = survey;
	}

	@GetMapping
	String codePage(@RequestParam(name = "ma", required = false) String code, Model model) {
		return codePage(model, code == null ? "" : code.strip(), null);
	}

	private static String codePage(Model model, String code, String problemKey) {
		model.addAttribute("code", code.length() > 64 ? code.substring(0, 64) : code);
		model.addAttribute("problem", problemKey);
		return "survey/web-code";
	}

	@PostMapping
	String enter(@RequestParam(name = "code", required = false) String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String typed = code == null ? "" : code;
		if (typed.isBlank()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return codePage(model, "", "codes.web.code.blank");
		}
		Admission admission = survey.enter(typed, request.getRemoteAddr());
		if (admission instanceof Admission.Throttled throttled) {
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.waitSeconds()));
			model.addAttribute("minutes", (int) Math.max(1, (throttled.waitSeconds() + 59) / 60));
			return codePage(model, typed.strip(), "codes.web.code.throttled");
		}
		if (admission instanceof Admission.Admitted admitted) {
			// A new session id once admitted, so a planted session cannot ride on the
			// code.
			request.getSession(true);
			request.changeSessionId();
			request.getSession().setAttribute(ENTRY, admitted.entry().sampleId());
			return "redirect:/cong-khai/khao-sat/phieu/1";
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return codePage(model, typed.strip(), "codes.web.code.refused");
	}

	@GetMapping("/phieu/{number}")
	String unitPage(@PathVariable int number, HttpSession session, Model model) {
		Optional<Entry> entry = entry(session);
		Optional<SurveyForm> form = entry.flatMap(survey::form);
		if (form.isEmpty()) {
			return leave(session);
		}
		if (form.get().unit(number - 1).isEmpty()) {
			return "redirect:/cong-khai/khao-sat/phieu/1";
		}
		return formPage(model, form.get(), number, List.of(), null);
	}

	@PostMapping("/phieu/{number}")
	String answer(@PathVariable int number, @RequestParam(name = "action", defaultValue = "save") String action,
			@RequestParam MultiValueMap<String, String> params, HttpSession session, HttpServletResponse response,
			Model model) {
		Optional<Entry> entry = entry(session);
		Optional<SurveyForm> current = entry.flatMap(survey::form);
		if (current.isEmpty() || current.get().unit(number - 1).isEmpty()) {
			return leave(session);
		}
		SurveyForm before = current.get();
		String unitCode = before.unit(number - 1).get().code();
		if (!survey.save(entry.get(), before, unitCode, typed(before, params))) {
			return leave(session);
		}
		SurveyForm form = survey.form(entry.get()).orElseThrow();
		switch (action) {
			case "back" -> {
				return "redirect:/cong-khai/khao-sat/phieu/" + Math.max(1, number - 1);
			}
			case "next", "submit" -> {
				List<InputProblem> problems = survey.problems(form, unitCode);
				if (!problems.isEmpty()) {
					response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
					return formPage(model, form, number, problems, null);
				}
				if ("next".equals(action) && number < form.units().size()) {
					return "redirect:/cong-khai/khao-sat/phieu/" + (number + 1);
				}
				return submit(entry.get(), session, response, model);
			}
			default -> {
				return formPage(model, form, number, List.of(), "codes.web.saved");
			}
		}
	}

	/**
	 * Which questions of the page are not asked, given what is typed on it now (nothing
	 * is saved): the page's script hides them, so the conditions are read in one place.
	 */
	@PostMapping(path = "/phieu/{number}/dieu-kien", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, List<String>>> notAsked(@PathVariable int number,
			@RequestParam MultiValueMap<String, String> params, HttpSession session) {
		Optional<SurveyForm> current = entry(session).flatMap(survey::form);
		if (current.isEmpty() || current.get().unit(number - 1).isEmpty()) {
			return ResponseEntity.status(HttpServletResponse.SC_FORBIDDEN).build();
		}
		SurveyForm form = current.get();
		String unitCode = form.unit(number - 1).get().code();
		Map<String, Map<String, Object>> draft = new LinkedHashMap<>(form.draft());
		draft.put(unitCode, form.known(typed(form, params)));
		return ResponseEntity
			.ok(Map.of("hidden", notAsked(new SurveyForm(form.questionnaire(), form.units(), draft), unitCode)));
	}

	private List<String> notAsked(SurveyForm form, String unitCode) {
		var asked = survey.askedQuestions(form, unitCode);
		return form.questionnaire()
			.questions()
			.stream()
			.map(Question::name)
			.filter(name -> !asked.contains(name))
			.toList();
	}

	private String submit(Entry entry, HttpSession session, HttpServletResponse response, Model model) {
		Submission submission = survey.submit(entry);
		if (submission instanceof Submission.Invalid invalid) {
			SurveyForm form = survey.form(entry).orElseThrow();
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return formPage(model, form, form.indexOf(invalid.unitCode()) + 1, invalid.problems(), null);
		}
		session.removeAttribute(ENTRY);
		if (submission instanceof Submission.CodeGone) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return codePage(model, "", "codes.web.code.refused");
		}
		return "redirect:/cong-khai/khao-sat/da-gui";
	}

	@GetMapping("/da-gui")
	String done() {
		return "survey/web-done";
	}

	/** Leaves the survey on this device; the draft stays for the next visit. */
	@PostMapping("/thoat")
	String leave(HttpSession session) {
		session.removeAttribute(ENTRY);
		return "redirect:/cong-khai/khao-sat";
	}

	private static Optional<Entry> entry(HttpSession session) {
		return session.getAttribute(ENTRY) instanceof Long id ? Optional.of(new Entry(id)) : Optional.empty();
	}

	/** What the page sent for each question of the questionnaire, as typed. */
	private static Map<String, Object> typed(SurveyForm form, MultiValueMap<String, String> params) {
		Map<String, Object> typed = new LinkedHashMap<>();
		for (Question question : form.questionnaire().questions()) {
			List<String> values = params.get(FIELD + question.name());
			if (values == null || values.isEmpty()) {
				continue;
			}
			typed.put(question.name(),
					question.type() == AnswerType.MULTIPLE_CHOICE ? new ArrayList<>(values) : values.get(0));
		}
		return typed;
	}

	private String formPage(Model model, SurveyForm form, int number, List<InputProblem> problems, String notice) {
		SurveyForm.Unit unit = form.unit(number - 1).orElseThrow();
		model.addAttribute("notAsked", java.util.Set.copyOf(notAsked(form, unit.code())));
		Map<String, String> errors = new LinkedHashMap<>();
		problems.forEach(p -> errors.putIfAbsent(p.column(), p.message()));
		model.addAttribute("form", form);
		model.addAttribute("unit", unit);
		model.addAttribute("number", number);
		model.addAttribute("errors", errors);
		model.addAttribute("notice", notice);
		return "survey/web-form";
	}

}
