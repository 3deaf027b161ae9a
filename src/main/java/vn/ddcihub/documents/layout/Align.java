package vn.ddcihub.documents.layout;

/** Horizontal alignment of a paragraph or table cell. */
public enum Align {

	LEFT, CENTRE, RIGHT, JUSTIFIED

}
