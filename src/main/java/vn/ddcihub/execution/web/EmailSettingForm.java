package vn.ddcihub.execution.web;

import vn.ddcihub.shared.Label;

/** Whether the user also receives notifications by e-mail (on by default). */
public record EmailSettingForm(@Label("execution.notify.settings.email") boolean email) {
}
