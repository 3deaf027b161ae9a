package vn.ddcihub.operations.question;

import java.time.OffsetDateTime;

import vn.ddcihub.operations.common.OpsField;

/**
 * A question or petition on the public page: what was asked and answered, who asked (null
 * when anonymous), never the contact.
 */
public record PublishedQuestion(long id, QuestionKind kind, OpsField field, String title, String content, String answer,
		String askedBy, OffsetDateTime receivedAt, OffsetDateTime answeredAt, boolean illustrative) {

	static PublishedQuestion of(Question question) {
		return new PublishedQuestion(question.id(), question.kind(), question.field(), question.title(),
				question.content(), question.answer(), question.askedBy(), question.receivedAt(), question.answeredAt(),
				question.illustrative());
	}

}
