package vn.ddcihub.operations.dialogue;

import java.time.LocalDate;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.org.OrgDirectory;

/**
 * Illustrative dialogues of the STNMT department (when {@code ddci.demo=true}, once):
 * four in 2020 with none in the third quarter (so the quarterly flag shows), one in 2019
 * for the year-on-year change, and issues with follow-up actions in every state. Marked
 * illustrative; their overdue reminders count as sent, so the demo sends no mail about
 * 2020.
 */
@Component
@Order(50)
class DialogueDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DialogueDemoData.class);

	private final boolean demo;

	private final Dialogues dialogues;

	private final OrgDirectory directory;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DialogueDemoData(@Value("${ddci.demo:true}") boolean demo, Dialogues dialogues, OrgDirectory directory,
			JdbcClient jdbc, TransactionTemplate transactions) {
		this.demo = demo;
		this.dialogues = dialogues;
		this.directory = directory;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo) {
			return;
		}
		directory.organisationByCode("STNMT").ifPresent(stnmt -> {
			boolean loaded = jdbc
				.sql("select exists (select 1 from ops_dialogue where organisation_id = ? and illustrative)")
				.param(stnmt.id())
				.query(Boolean.class)
				.single();
			if (!loaded) {
				transactions.executeWithoutResult(status -> load(stnmt.id()));
				log.info("Demo dialogues of STNMT loaded (illustrative)");
			}
		});
	}

	private void load(long organisationId) {
		Map<String, Long> units = new java.util.HashMap<>();
		directory.units(organisationId).forEach(u -> units.put(u.code(), u.id()));
		dialogue(organisationId, LocalDate.of(2019, 11, 20), DialogueKind.QUARTERLY,
				"Thủ tục đất đai và môi trường cuối năm 2019", "Công ty TNHH Vật liệu xây dựng Hữu Lũng; 4900234561");
		long q1 = dialogue(organisationId, LocalDate.of(2020, 3, 18), DialogueKind.QUARTERLY,
				"Thủ tục cấp giấy chứng nhận quyền sử dụng đất; thuê đất cho dự án",
				"Công ty CP Đầu tư Xây dựng Đồng Đăng; 4900345672\nCông ty TNHH Thương mại Tân Thanh; 4900456783\n"
						+ "Hợp tác xã Nông nghiệp Bắc Sơn; 4900567894");
		long issue = issue(q1, "Thời gian cấp giấy chứng nhận quyền sử dụng đất còn kéo dài so với quy định",
				"Công ty CP Đầu tư Xây dựng Đồng Đăng", "đất đai");
		action(organisationId, issue, units.get("VPDKDD"),
				"Rà soát, rút ngắn quy trình cấp giấy chứng nhận tại Văn phòng Đăng ký đất đai", "2020-05-31",
				ActionStatus.DONE, "2020-05-20", "");
		action(organisationId, issue, units.get("TTCNTT"), "Công khai tiến độ hồ sơ đất đai trên cổng thông tin",
				"2020-06-30", ActionStatus.DONE, "2020-07-15", "");
		long lease = issue(q1, "Khó khăn khi xác định giá thuê đất cho dự án thương mại",
				"Công ty TNHH Thương mại Tân Thanh", "đất đai");
		action(organisationId, lease, units.get("QLDD"), "Hướng dẫn bằng văn bản trình tự xác định giá thuê đất",
				"2020-04-30", ActionStatus.DONE, "2020-04-28", "");
		long q2 = dialogue(organisationId, LocalDate.of(2020, 6, 24), DialogueKind.QUARTERLY,
				"Cấp phép khai thác khoáng sản và tài nguyên nước",
				"Công ty CP Khoáng sản Lạng Sơn; 4900678905\nCông ty TNHH Nước sạch Cao Lộc; 4900789016");
		long mining = issue(q2, "Hồ sơ cấp phép khai thác khoáng sản phải bổ sung nhiều lần",
				"Công ty CP Khoáng sản Lạng Sơn", "khoáng sản");
		action(organisationId, mining, units.get("TNNKS"),
				"Ban hành danh mục thành phần hồ sơ mẫu cho cấp phép khai thác khoáng sản", "2020-09-30",
				ActionStatus.IN_PROGRESS, null, "");
		action(organisationId, mining, units.get("TNNKS"), "Cấp phép qua dịch vụ công trực tuyến toàn trình",
				"2020-08-31", ActionStatus.NOT_FEASIBLE, "2020-08-20",
				"Thủ tục cần thẩm định thực địa, chưa đủ điều kiện cung cấp toàn trình theo quy định hiện hành.");
		long water = issue(q2, "Chưa rõ thủ tục gia hạn giấy phép khai thác nước dưới đất",
				"Công ty TNHH Nước sạch Cao Lộc", "tài nguyên nước");
		action(organisationId, water, units.get("TNNKS"), "Tổ chức tập huấn thủ tục gia hạn giấy phép tài nguyên nước",
				"2020-10-15", ActionStatus.OPEN, null, "");
		long thematic = dialogue(organisationId, LocalDate.of(2020, 5, 12), DialogueKind.THEMATIC,
				"Đối thoại chuyên đề về bảo vệ môi trường trong khu công nghiệp",
				"Công ty CP Gạch Tuynel Lạng Sơn; 4900890127");
		long env = issue(thematic, "Thủ tục xác nhận hoàn thành công trình bảo vệ môi trường kéo dài",
				"Công ty CP Gạch Tuynel Lạng Sơn", "môi trường");
		action(organisationId, env, units.get("CCBVMT"), "Rút ngắn thời hạn xác nhận từ 30 xuống 20 ngày", "2020-07-31",
				ActionStatus.DONE, "2020-07-30", "");
		long q4 = dialogue(organisationId, LocalDate.of(2020, 12, 10), DialogueKind.QUARTERLY,
				"Tổng kết năm 2020: chi phí thời gian và chi phí không chính thức",
				"Công ty TNHH Vật liệu xây dựng Hữu Lũng; 4900234561\nCông ty CP Đầu tư Xây dựng Đồng Đăng; 4900345672");
		long costs = issue(q4, "Doanh nghiệp phải đi lại nhiều lần để bổ sung hồ sơ", "", "thủ tục hành chính");
		action(organisationId, costs, units.get("VP"), "Thông báo một lần đầy đủ yêu cầu bổ sung hồ sơ qua thư điện tử",
				"2020-12-31", ActionStatus.OPEN, null, "");
	}

	private long dialogue(long organisationId, LocalDate heldOn, DialogueKind kind, String topics, String businesses) {
		return dialogues.create(organisationId, new DialogueInput(heldOn, kind, "Giám đốc Sở (minh họa)",
				"Hội trường Sở Tài nguyên và Môi trường", topics, businesses), null, true);
	}

	private long issue(long dialogueId, String content, String business, String field) {
		return dialogues.addIssue(dialogueId, new IssueInput(content, business, field));
	}

	private void action(long organisationId, long issueId, Long unitId, String text, String due, ActionStatus status,
			String closed, String reason) {
		long dialogueId = jdbc.sql("select dialogue_id from ops_dialogue_issue where id = ?")
			.param(issueId)
			.query(Long.class)
			.single();
		long id = dialogues.addAction(dialogueId, issueId, new ActionInput(text, unitId, LocalDate.parse(due)));
		jdbc.sql("update ops_follow_up set status = ?, closed_on = ?, reason = ?, overdue_reminded = true where id = ?")
			.params(status.name(), closed == null ? null : LocalDate.parse(closed), reason, id)
			.update();
	}

}
