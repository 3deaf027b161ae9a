package vn.ddcihub.operations.question;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.ddcihub.operations.common.OpsField;

/**
 * A business question or petition as the back office reads it, sender's contact included.
 * Public pages use {@link PublishedQuestion}, which has no contact.
 */
public record Question(long id, long organisationId, QuestionKind kind, OpsField field, String businessName,
		String taxCode, String contactName, String phone, String email, String title, String content, boolean anonymous,
		QuestionStatus status, Long unitId, LocalDate dueOn, String answer, String returnComment, String withheldReason,
		OffsetDateTime receivedAt, OffsetDateTime assignedAt, OffsetDateTime answeredAt, QuestionRating rating,
		boolean illustrative) {

	public boolean answered() {
		return status == QuestionStatus.ANSWERED;
	}

	public boolean withheld() {
		return !withheldReason.isEmpty();
	}

	public boolean published() {
		return answered() && !withheld();
	}

	/** Not answered and past its due date. */
	public boolean overdue(LocalDate today) {
		return !answered() && dueOn != null && dueOn.isBefore(today);
	}

	/** Answered by the due date (or without one). */
	public boolean answeredOnTime() {
		return answered() && (dueOn == null
				|| !answeredAt.atZoneSameInstant(vn.ddcihub.shared.VietnamTime.ZONE).toLocalDate().isAfter(dueOn));
	}

	/**
	 * Who asked, as the public page may name them: nobody when the sender asked for
	 * anonymity.
	 */
	public String askedBy() {
		if (anonymous) {
			return null;
		}
		return businessName.isEmpty() ? contactName : businessName;
	}

	/**
	 * The stage shown in lists: the status, or for an answered item whether it was
	 * published.
	 */
	public String stage() {
		if (answered()) {
			return withheld() ? "WITHHELD" : "PUBLISHED";
		}
		return status.name();
	}

	/** The same item with new workflow columns (the sender's columns never change). */
	Question with(QuestionStatus status, Long unitId, LocalDate dueOn, String answer, String returnComment,
			String withheldReason, OffsetDateTime assignedAt, OffsetDateTime answeredAt, QuestionRating rating) {
		return new Question(id, organisationId, kind, field, businessName, taxCode, contactName, phone, email, title,
				content, anonymous, status, unitId, dueOn, answer, returnComment, withheldReason, receivedAt,
				assignedAt, answeredAt, rating, illustrative);
	}

}
