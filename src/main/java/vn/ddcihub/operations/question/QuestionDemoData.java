package vn.ddcihub.operations.question;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.operations.common.DemoPdf;
import vn.ddcihub.operations.common.OpsFiles;
import vn.ddcihub.operations.common.WorkingDays;
import vn.ddcihub.operations.question.QuestionDemoTexts.Sender;
import vn.ddcihub.operations.question.QuestionDemoTexts.Text;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.org.Unit;
import vn.ddcihub.shared.FileKind;
import vn.ddcihub.shared.VietnamTime;

/**
 * Fifty illustrative questions and petitions to the STNMT department (when
 * {@code ddci.demo=true}, once), received over the last year in every state: new,
 * assigned, drafted, awaiting approval, returned, answered and published (some late, some
 * rated), withheld, and overdue. The first is answered, published, assigned to the land
 * management unit and carries a PDF. Their tracking codes are DEMO-00001 … DEMO-00050 —
 * illustrative data only.
 */
@Component
@Order(62)
class QuestionDemoData implements ApplicationRunner {

	static final int COUNT = 50;

	private static final Logger log = LoggerFactory.getLogger(QuestionDemoData.class);

	private final boolean demo;

	private final QuestionRepository questions;

	private final OrgDirectory directory;

	private final OpsFiles files;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	QuestionDemoData(@Value("${ddci.demo:true}") boolean demo, QuestionRepository questions, OrgDirectory directory,
			OpsFiles files, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.demo = demo;
		this.questions = questions;
		this.directory = directory;
		this.files = files;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo || jdbc.sql("select exists (select 1 from ops_question where illustrative)")
			.query(Boolean.class)
			.single()) {
			return;
		}
		directory.organisationByCode("STNMT").ifPresent(stnmt -> {
			transactions.executeWithoutResult(status -> load(stnmt));
			log.info("Loaded {} illustrative business questions and petitions", COUNT);
		});
	}

	private void load(Organisation stnmt) {
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		for (int i = 0; i < COUNT; i++) {
			Text text = QuestionDemoTexts.TEXTS.get((i + 2) % QuestionDemoTexts.TEXTS.size());
			Sender sender = QuestionDemoTexts.SENDERS.get(i % QuestionDemoTexts.SENDERS.size());
			if (text.kind() == QuestionKind.PETITION && sender.business().isEmpty()) {
				sender = QuestionDemoTexts.SENDERS.get((i + 1) % QuestionDemoTexts.SENDERS.size());
			}
			LocalDate receivedOn = today.minusDays(3 + i * 7L);
			QuestionInput input = new QuestionInput(text.kind(), stnmt.id(), text.field(), sender.business(),
					sender.taxCode(), sender.contact(), sender.phone(), sender.email(), text.title(), text.content(),
					i % 5 == 2, "", "", "");
			long id = questions.insert(input, TrackingCodes.hash("DEMO-%05d".formatted(i + 1)), true,
					at(receivedOn, 9 + i % 7));
			if (i == 0) {
				byte[] pdf = DemoPdf.of(text.title());
				questions.attach(id,
						files.store(new OpsFiles.Upload("giay-to-kem-theo.pdf", pdf.length, new ByteArrayResource(pdf)),
								FileKind.PDF));
			}
			Question stored = questions.find(id).orElseThrow();
			Long unitId = directory.unitByCode(stnmt.id(), text.unitCode()).map(Unit::id).orElse(null);
			Question next = progress(stored, i, unitId, receivedOn, today, text);
			if (next != null) {
				questions.update(next);
			}
		}
	}

	/**
	 * The item moved to the state its place in the list gives; null when it stays NEW.
	 */
	private static Question progress(Question q, int i, Long unitId, LocalDate receivedOn, LocalDate today, Text text) {
		if (i >= 1 && i <= 3) {
			return null;
		}
		LocalDate assignedOn = receivedOn.plusDays(1);
		OffsetDateTime assignedAt = at(assignedOn, 14);
		boolean overdue = i == 6 || i == 7 || i == 10;
		if (i >= 4 && i <= 15) {
			LocalDate due = overdue ? today.minusDays(2 + i % 4) : today.plusDays(2 + i % 5);
			QuestionStatus status = i <= 7 ? QuestionStatus.ASSIGNED : i <= 10 ? QuestionStatus.DRAFTED
					: i <= 13 ? QuestionStatus.AWAITING_APPROVAL : QuestionStatus.RETURNED;
			String answer = status == QuestionStatus.ASSIGNED ? "" : text.answer();
			String comment = status == QuestionStatus.RETURNED
					? "Đề nghị trích dẫn cụ thể điều, khoản của văn bản áp dụng và bổ sung thời hạn giải quyết." : "";
			return q.with(status, unitId, due, answer, comment, "", assignedAt, null, null);
		}
		LocalDate due = WorkingDays.after(assignedOn, q.kind() == QuestionKind.PETITION ? 10 : 7);
		boolean late = i % 6 == 0 && i > 0;
		LocalDate answeredOn = late ? due.plusDays(3) : due.minusDays(2 + i % 3);
		if (answeredOn.isAfter(today)) {
			answeredOn = today;
		}
		String withheld = i >= 16 && i <= 18
				? "Nội dung liên quan đến vụ việc đang được thanh tra, chưa công khai theo quy định." : "";
		QuestionRating rating = i % 7 == 0 && i > 0 ? QuestionRating.DISSATISFIED
				: i % 3 == 0 ? QuestionRating.SATISFIED : null;
		return q.with(QuestionStatus.ANSWERED, unitId, due, text.answer(), "", withheld, assignedAt, at(answeredOn, 16),
				rating);
	}

	private static OffsetDateTime at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(VietnamTime.ZONE).toOffsetDateTime();
	}

}
