package vn.ddcihub.operations.question;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.operations.common.OpsField;
import vn.ddcihub.operations.common.OpsFiles.FileInfo;
import vn.ddcihub.operations.common.OpsFiles.Upload;
import vn.ddcihub.operations.common.OpsFiles;
import vn.ddcihub.operations.common.OpsOrganisations;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.ConflictException;
import vn.ddcihub.shared.FileKind;
import vn.ddcihub.shared.InputProblem;

/**
 * The anonymous side of questions and petitions: a business sends one (rate limit per
 * address, a challenge, a hidden field robots fill, size and kind limits on attachments)
 * and receives a tracking code; with the code it follows the status and rates the answer.
 * Nothing sent is public before a leader approves the answer. Submissions are not audited
 * under a user (there is none); the item itself is the record.
 */
@Service
public class PublicQuestions {

	/**
	 * Attachments: at most this many, each at most {@link #MAX_FILE_BYTES} — together
	 * under the 10 MB a page form may upload.
	 */
	public static final int MAX_FILES = 3;

	public static final long MAX_FILE_BYTES = 3L * 1024 * 1024;

	static final Set<FileKind> ATTACHMENT_KINDS = Set.of(FileKind.values());

	private final QuestionRepository questions;

	private final QuestionChallenges challenges;

	private final SubmissionLimits limits;

	private final OpsFiles files;

	private final OrgDirectory directory;

	private final OpsOrganisations organisations;

	private final MessageSource messages;

	private final int pageSize;

	PublicQuestions(QuestionRepository questions, QuestionChallenges challenges, SubmissionLimits limits,
			OpsFiles files, OrgDirectory directory, OpsOrganisations organisations, MessageSource messages,
			@Value("${ddci.questions.page-size:10}") int pageSize) {
		this.questions = questions;
		this.challenges = challenges;
		this.limits = limits;
		this.files = files;
		this.directory = directory;
		this.organisations = organisations;
		this.messages = messages;
		this.pageSize = pageSize;
	}

	/** The organisations a business may address: the active departments. */
	@Transactional(readOnly = true)
	public List<Organisation> desks() {
		return organisations.departments();
	}

	/** The outcome of a submission. */
	public sealed interface Outcome {

		/** Stored; {@code trackingCode} is shown once and never stored in clear. */
		record Received(long id, String trackingCode) implements Outcome {
		}

		/** Too many submissions from this address. */
		record Throttled(long waitSeconds) implements Outcome {
		}

	}

	/**
	 * Checks and stores a question or petition (its field rules were checked by the
	 * caller).
	 * @throws BadInputException with problems on the fields to change; nothing is stored
	 */
	@Transactional(noRollbackFor = BadInputException.class)
	public Outcome submit(QuestionInput input, List<Upload> uploads, String address) {
		long wait = limits.waitSeconds(address);
		if (wait > 0) {
			return new Outcome.Throttled(wait);
		}
		limits.count(address);
		// A robot fills the hidden field; it gets the challenge's message, not a hint.
		if (!input.website().isEmpty() | !challenges.answered(input.challengeId(), input.challengeAnswer())) {
			throw new BadInputException(
					List.of(InputProblem.field("challengeAnswer", text("operations.question.challenge.wrong"))));
		}
		List<InputProblem> problems = new ArrayList<>(problems(input));
		List<Upload> sent = uploads.stream().filter(u -> u.size() > 0).toList();
		if (sent.size() > MAX_FILES) {
			problems.add(InputProblem.field("files", text("operations.question.files.tooMany", MAX_FILES)));
		}
		List<FileKind> kinds = new ArrayList<>();
		for (Upload upload : sent) {
			try {
				kinds.add(files.check(upload, "files", ATTACHMENT_KINDS, MAX_FILE_BYTES));
			}
			catch (BadInputException ex) {
				problems.addAll(ex.problems());
			}
		}
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
		String code = TrackingCodes.generate();
		long id = questions.insert(input, TrackingCodes.hash(code), false, OffsetDateTime.now());
		for (int i = 0; i < sent.size(); i++) {
			questions.attach(id, files.store(sent.get(i), kinds.get(i)));
		}
		return new Outcome.Received(id, code);
	}

	/**
	 * The rules across fields: an organisation that takes questions, a petition names its
	 * business and tax code, a phone or an e-mail. Checked with the field rules, so the
	 * form shows every problem at once.
	 */
	@Transactional(readOnly = true)
	public List<InputProblem> problems(QuestionInput input) {
		List<InputProblem> problems = new ArrayList<>();
		if (input.organisationId() != null && desks().stream().noneMatch(o -> o.id().equals(input.organisationId()))) {
			problems.add(InputProblem.field("organisationId", text("operations.question.organisation.unknown")));
		}
		if (input.kind() == QuestionKind.PETITION) {
			if (input.businessName().isEmpty()) {
				problems.add(InputProblem.field("businessName", text("operations.question.businessName.petition")));
			}
			if (input.taxCode().isEmpty()) {
				problems.add(InputProblem.field("taxCode", text("operations.question.taxCode.petition")));
			}
		}
		if (input.phone().isEmpty() && input.email().isEmpty()) {
			problems.add(InputProblem.field("phone", text("operations.question.contact.required")));
		}
		return problems;
	}

	/** What the sender sees with the tracking code. */
	public record Tracked(Question question, String organisationName, List<FileInfo> files) {
	}

	@Transactional(readOnly = true)
	public Optional<Tracked> track(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return questions.byTrackingHash(TrackingCodes.hash(code))
			.map(q -> new Tracked(q, directory.organisation(q.organisationId()).map(Organisation::name).orElse(""),
					questions.files(q.id())));
	}

	/** The sender rates an answered item, once. */
	@Transactional
	public Optional<Tracked> rate(String code, QuestionRating rating) {
		Optional<Question> found = code == null ? Optional.empty() : questions.byTrackingHash(TrackingCodes.hash(code));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Question question = questions.lock(found.get().id()).orElseThrow();
		if (!question.answered() || question.rating() != null) {
			throw new ConflictException("operations.question.rate.notNow");
		}
		questions.update(question.with(question.status(), question.unitId(), question.dueOn(), question.answer(),
				question.returnComment(), question.withheldReason(), question.assignedAt(), question.answeredAt(),
				rating));
		return track(code);
	}

	/** One page (from 1) of published questions and answers. */
	public record PublishedPage(List<PublishedQuestion> items, int page, int pageCount, long total) {
	}

	@Transactional(readOnly = true)
	public PublishedPage published(String query, OpsField field, int page) {
		long total = questions.countPublished(query, field);
		int pageCount = (int) Math.max(1, (total + pageSize - 1) / pageSize);
		int number = Math.min(Math.max(1, page), pageCount);
		List<PublishedQuestion> items = questions.published(query, field, (number - 1) * pageSize, pageSize)
			.stream()
			.map(PublishedQuestion::of)
			.toList();
		return new PublishedPage(items, number, pageCount, total);
	}

	@Transactional(readOnly = true)
	public Optional<PublishedQuestion> publishedItem(long id) {
		return questions.find(id).filter(Question::published).map(PublishedQuestion::of);
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
