package vn.ddcihub.operations.dialogue;

import vn.ddcihub.org.AuditKind;

/** The dialogue records that the audit trail describes. */
enum DialogueAuditKind implements AuditKind {

	DIALOGUE("OpsDialogue"), ISSUE("OpsDialogueIssue"), FOLLOW_UP("OpsFollowUp");

	private final String code;

	DialogueAuditKind(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
