package vn.ddcihub.operations.dialogue;

import java.time.LocalDate;
import java.util.List;

import vn.ddcihub.operations.dialogue.DialogueInput.Participant;

/**
 * A meeting with businesses (gặp mặt, đối thoại doanh nghiệp) with the businesses that
 * took part, the issues they raised and the follow-up actions of each.
 */
public record Dialogue(long id, long organisationId, LocalDate heldOn, DialogueKind kind, String chair, String place,
		String topics, boolean illustrative, List<Participant> businesses, Minutes minutes, List<Issue> issues) {

	public int quarter() {
		return (heldOn.getMonthValue() - 1) / 3 + 1;
	}

	public DialogueInput toInput() {
		StringBuilder lines = new StringBuilder();
		businesses
			.forEach(b -> lines.append(b.name()).append(b.taxCode().isEmpty() ? "" : "; " + b.taxCode()).append('\n'));
		return new DialogueInput(heldOn, kind, chair, place, topics, lines.toString().strip());
	}

	/** The minutes file, without its bytes. */
	public record Minutes(String fileName, String contentType, long sizeBytes) {
	}

	public record Issue(long id, String content, String business, String field, List<FollowUp> actions) {
	}

	/**
	 * A follow-up action (việc cần làm sau đối thoại).
	 *
	 * @param overdue open after its deadline (today in Vietnam)
	 */
	public record FollowUp(long id, long issueId, long dialogueId, String action, long ownerUnitId,
			String ownerUnitName, LocalDate dueOn, ActionStatus status, String reason, LocalDate closedOn,
			boolean overdue) {

		public boolean closedOnTime() {
			return status == ActionStatus.DONE && closedOn != null && !closedOn.isAfter(dueOn);
		}

	}

	/** A dialogue as its year's list shows it. */
	public record Summary(long id, LocalDate heldOn, DialogueKind kind, String chair, String topics, int businesses,
			int issues, int openActions, int overdueActions, boolean illustrative) {
	}

}
