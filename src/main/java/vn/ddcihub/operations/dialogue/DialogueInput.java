package vn.ddcihub.operations.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.ddcihub.shared.Label;

/**
 * A meeting with businesses as typed on the page or sent to the API. The participating
 * businesses are one per line, "name; tax code" (the tax code may be left out).
 */
public record DialogueInput(
		@Label("operations.dialogue.heldOn") @NotNull(message = "{validation.required}") LocalDate heldOn,
		@Label("operations.dialogue.kind") @NotNull(message = "{validation.choose}") DialogueKind kind,
		@Label("operations.dialogue.chair") @NotBlank(message = "{validation.required}") @Size(max = 255,
				message = "{validation.tooLong}") String chair,
		@Label("operations.dialogue.place") @Size(max = 500, message = "{validation.tooLong}") String place,
		@Label("operations.dialogue.topics") @Size(max = 5000, message = "{validation.tooLong}") String topics,
		@Label("operations.dialogue.businesses") @Size(max = 20000,
				message = "{validation.tooLong}") String businesses) {

	public DialogueInput {
		place = place == null ? "" : place.strip();
		topics = topics == null ? "" : topics.strip();
		businesses = businesses == null ? "" : businesses;
	}

	public static DialogueInput blank() {
		return new DialogueInput(null, DialogueKind.QUARTERLY, "", "", "", "");
	}

	/** The businesses typed, one per non-blank line. */
	public List<Participant> participants() {
		List<Participant> list = new ArrayList<>();
		for (String line : businesses.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int cut = line.lastIndexOf(';');
			list.add(cut < 0 ? new Participant(line.strip(), "")
					: new Participant(line.substring(0, cut).strip(), line.substring(cut + 1).strip()));
		}
		return list;
	}

	/** A business at the meeting. */
	public record Participant(String name, String taxCode) {
	}

}
