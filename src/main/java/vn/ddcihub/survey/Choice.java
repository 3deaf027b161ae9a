package vn.ddcihub.survey;

/** One answer of a choice list (the XLSForm choices sheet). */
public record Choice(String listName, String name, String label, int sort) {
}
