package vn.ddcihub.execution;

/**
 * Published by a capability's background job (a large import, …) when it ends, so the
 * user who started it hears: execution's notifications put it under that user's bell and
 * mail it, once per dedupe key whichever node publishes it.
 *
 * @param userId who started the job
 * @param dedupeKey unique per job run, e.g. "dossier-import:42"
 * @param title what the job was, shown in the notification
 * @param href the page of the job's outcome
 * @param succeeded whether it did what it was asked
 */
public record JobFinished(long userId, String dedupeKey, String title, String href, boolean succeeded) {
}
