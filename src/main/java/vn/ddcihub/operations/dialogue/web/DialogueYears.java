package vn.ddcihub.operations.dialogue.web;

import vn.ddcihub.operations.dialogue.Dialogues;
import vn.ddcihub.shared.VietnamTime;

/** The year a list opens on: the latest with a dialogue, else this year. */
final class DialogueYears {

	private DialogueYears() {
	}

	static int latest(Dialogues dialogues, long organisationId) {
		return dialogues.latestYear(organisationId).orElse(VietnamTime.today().getYear());
	}

}
