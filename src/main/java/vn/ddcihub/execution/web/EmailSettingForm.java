package vn.ddcihub.execution.web;

import vn.ddcihub.shared.Label;

/**
 * Whether the user also receives notifications by e-mail (on by default). An unticked box
 * sends nothing, so absent means off.
 */
public record EmailSettingForm(@Label("execution.notify.settings.email") Boolean email) {

	public boolean wanted() {
		return Boolean.TRUE.equals(email);
	}

}
