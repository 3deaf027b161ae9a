package vn.ddcihub.operations.dialogue;

/**
 * What kind of meeting with businesses: the quarterly dialogue (đối thoại định kỳ hàng
 * quý), a thematic one (chuyên đề), or a meeting (gặp mặt).
 */
public enum DialogueKind {

	QUARTERLY, THEMATIC, MEETING

}
