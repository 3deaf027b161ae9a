package vn.ddcihub.operations.dossier;

import java.util.Optional;

/**
 * How a dossier reached the one-stop shop (kênh tiếp nhận): online (trực tuyến), in
 * person (trực tiếp) or by post (bưu chính).
 */
public enum Channel {

	ONLINE, DIRECT, POST;

	/** The channel a cell names, in Vietnamese or English, with or without diacritics. */
	public static Optional<Channel> parse(String text) {
		String folded = Folding.fold(text);
		if (folded.isEmpty()) {
			return Optional.empty();
		}
		if (folded.contains("truc tuyen") || folded.contains("online") || folded.contains("dvc")
				|| folded.contains("qua mang") || folded.equals("internet")) {
			return Optional.of(ONLINE);
		}
		if (folded.contains("buu chinh") || folded.contains("post") || folded.contains("buu dien")
				|| folded.contains("mail")) {
			return Optional.of(POST);
		}
		if (folded.contains("truc tiep") || folded.contains("direct") || folded.contains("mot cua")
				|| folded.contains("in person") || folded.contains("counter")) {
			return Optional.of(DIRECT);
		}
		for (Channel channel : values()) {
			if (channel.name().equalsIgnoreCase(folded)) {
				return Optional.of(channel);
			}
		}
		return Optional.empty();
	}

	public String messageKey() {
		return "dossiers.channel." + name();
	}

}
