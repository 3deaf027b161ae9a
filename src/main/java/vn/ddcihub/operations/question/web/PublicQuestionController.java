package vn.ddcihub.operations.question.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ddcihub.operations.common.OpsDownloads;
import vn.ddcihub.operations.common.OpsField;
import vn.ddcihub.operations.common.OpsFiles;
import vn.ddcihub.operations.common.OpsFiles.Upload;
import vn.ddcihub.operations.question.PublicQuestions;
import vn.ddcihub.operations.question.PublicQuestions.Outcome;
import vn.ddcihub.operations.question.PublicQuestions.Tracked;
import vn.ddcihub.operations.question.QuestionChallenges;
import vn.ddcihub.operations.question.QuestionInput;
import vn.ddcihub.operations.question.QuestionRating;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;
import vn.ddcihub.shared.NotFoundException;

/**
 * The public side of business questions and petitions (no sign-in): the published
 * questions and answers with a search without diacritics, the form to send one (a
 * challenge, a rate limit per address, CSRF), the tracking code on success, and the
 * tracking page where the sender follows the status and rates the answer.
 */
@Controller
@PreAuthorize("permitAll()")
@RequestMapping("/cong-khai/hoi-dap")
class PublicQuestionController {

	static final String CODE = "trackingCode";

	private final PublicQuestions questions;

	private final QuestionChallenges challenges;

	private final OpsFiles files;

	PublicQuestionController(PublicQuestions questions, QuestionChallenges challenges, OpsFiles files) {
		this.questions = questions;
		this.challenges = challenges;
		this.files = files;
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "linh-vuc", required = false) String field,
			@RequestParam(name = "trang", defaultValue = "1") int page, Model model) {
		String typed = query == null ? "" : query.strip();
		if (typed.length() > 200) {
			typed = typed.substring(0, 200);
		}
		OpsField chosen = OpsField.parse(field).orElse(null);
		model.addAttribute("query", typed);
		model.addAttribute("field", chosen);
		model.addAttribute("result", questions.published(typed, chosen, page));
		return "operations/question/public-list";
	}

	@GetMapping("/{id}")
	String item(@PathVariable long id, Model model) {
		model.addAttribute("item", questions.publishedItem(id)
			.orElseThrow(() -> new NotFoundException("operations.question.notFound", id)));
		return "operations/question/public-item";
	}

	@GetMapping("/gui")
	String form(Model model) {
		var desks = questions.desks();
		return form(model, FormState.of(QuestionInput.blank(desks.size() == 1 ? desks.get(0).id() : null, null)));
	}

	@PostMapping("/gui")
	String send(@Valid @ModelAttribute("form") QuestionInput form, BindingResult binding,
			@RequestParam(name = "files", required = false) List<MultipartFile> attached, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes flash) {
		FormState checked = FormState.of(form, binding).with(questions.problems(form));
		return FormSubmission.submit(checked, () -> {
			Outcome outcome = questions.submit(form, uploads(attached), request.getRemoteAddr());
			if (outcome instanceof Outcome.Throttled throttled) {
				response.setStatus(429);
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.waitSeconds()));
				model.addAttribute("minutes", (int) Math.max(1, (throttled.waitSeconds() + 59) / 60));
				return form(model, FormState.of(form.withChallenge(null)));
			}
			flash.addFlashAttribute(CODE, ((Outcome.Received) outcome).trackingCode());
			return "redirect:/cong-khai/hoi-dap/da-gui";
		}, typed -> {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, typed);
		});
	}

	@GetMapping("/da-gui")
	String sent(Model model) {
		if (!model.containsAttribute(CODE)) {
			return "redirect:/cong-khai/hoi-dap/tra-cuu";
		}
		return "operations/question/public-sent";
	}

	@GetMapping("/tra-cuu")
	String trackForm(Model model) {
		model.addAttribute("code", "");
		return "operations/question/public-track";
	}

	@PostMapping("/tra-cuu")
	String track(@RequestParam(name = "code", defaultValue = "") String code, HttpServletResponse response,
			Model model) {
		return tracked(code, questions.track(code), response, model);
	}

	@PostMapping("/tra-cuu/danh-gia")
	String rate(@RequestParam(name = "code", defaultValue = "") String code,
			@RequestParam(name = "rating") QuestionRating rating, HttpServletResponse response, Model model) {
		Optional<Tracked> tracked = questions.rate(code, rating);
		model.addAttribute("rated", tracked.isPresent());
		return tracked(code, tracked, response, model);
	}

	/**
	 * An attachment of a tracked item, for its sender only (the code is posted, not in
	 * the address).
	 */
	@PostMapping("/tra-cuu/tep/{fileId}")
	ResponseEntity<byte[]> attachment(@RequestParam(name = "code", defaultValue = "") String code,
			@PathVariable long fileId) {
		questions.track(code)
			.filter(t -> t.files().stream().anyMatch(f -> f.id() == fileId))
			.orElseThrow(() -> new NotFoundException("operations.file.notFound", fileId));
		return OpsDownloads.download(files.file(fileId).orElseThrow());
	}

	private static String tracked(String code, Optional<Tracked> tracked, HttpServletResponse response, Model model) {
		String typed = code.strip();
		model.addAttribute("code", typed.length() > 40 ? typed.substring(0, 40) : typed);
		if (tracked.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("notFound", true);
			return "operations/question/public-track";
		}
		model.addAttribute("tracked", tracked.get());
		return "operations/question/public-track";
	}

	private String form(Model model, FormState form) {
		model.addAttribute("form", form);
		model.addAttribute("desks", questions.desks());
		model.addAttribute("challenge", challenges.create());
		model.addAttribute("maxFiles", PublicQuestions.MAX_FILES);
		model.addAttribute("maxMegabytes", PublicQuestions.MAX_FILE_BYTES / (1024 * 1024));
		return "operations/question/public-form";
	}

	static List<Upload> uploads(List<MultipartFile> attached) {
		List<Upload> uploads = new ArrayList<>();
		if (attached != null) {
			for (MultipartFile file : attached) {
				if (!file.isEmpty()) {
					uploads.add(new Upload(file.getOriginalFilename(), file.getSize(), file));
				}
			}
		}
		return uploads;
	}

}
