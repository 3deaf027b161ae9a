package vn.ddcihub.survey.web;

/**
 * What the run page polls while a run works: its status, percentage and stage in the
 * reader's language, and whether it has finished (then the page loads its result).
 */
record RunProgressView(long id, String status, int progress, String stage, boolean finished) {
}
