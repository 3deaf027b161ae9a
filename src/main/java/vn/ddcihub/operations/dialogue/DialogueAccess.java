package vn.ddcihub.operations.dialogue;

import org.springframework.stereotype.Component;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.NotFoundException;

/**
 * Who may read and change dialogues, called by the handlers' {@code @PreAuthorize} as
 * {@code @dialogueAccess}: the organisation's members read its dialogues (ADMIN and
 * VIEWER every organisation's); the Office (COORDINATOR) records them, their issues and
 * actions; an action's owner unit updates it. A dialogue of another organisation is not
 * found.
 */
@Component
public class DialogueAccess {

	private final Dialogues dialogues;

	private final FollowUps followUps;

	DialogueAccess(Dialogues dialogues, FollowUps followUps) {
		this.dialogues = dialogues;
		this.followUps = followUps;
	}

	public boolean canRead(CurrentUser user, long dialogueId) {
		organisation(user, dialogueId);
		return true;
	}

	public boolean canManage(CurrentUser user, long dialogueId) {
		return user.canManage(organisation(user, dialogueId));
	}

	/** Recording dialogues for the organisation (its Office, or ADMIN). */
	public boolean canRecord(CurrentUser user, Long organisationId) {
		Long id = organisationId != null ? organisationId : user.organisationId();
		return id != null && user.canManage(id);
	}

	public boolean canUpdateAction(CurrentUser user, long actionId) {
		long[] owner = followUps.ownerOf(actionId)
			.filter(o -> user.canRead(o[0]))
			.orElseThrow(() -> new NotFoundException("operations.action.notFound", actionId));
		return user.canChangeUnitWork(owner[0], owner[1]);
	}

	private long organisation(CurrentUser user, long dialogueId) {
		return dialogues.organisationOf(dialogueId)
			.filter(user::canRead)
			.orElseThrow(() -> new NotFoundException("operations.dialogue.notFound", dialogueId));
	}

}
