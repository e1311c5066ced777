package io.homeward.platform.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Relay global id: the GraphQL type and the row's UUID, base64url-encoded so clients
 * treat it as opaque. Decoding never throws; anything malformed is simply not an id.
 */
public record GlobalId(String type, UUID uuid) {

	public String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((type + ":" + uuid).getBytes(StandardCharsets.UTF_8));
	}

	public static String encode(String type, UUID uuid) {
		return new GlobalId(type, uuid).encode();
	}

	public static Optional<GlobalId> decode(String id) {
		if (id.length() > 100) {
			return Optional.empty();
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
			int colon = text.indexOf(':');
			if (colon <= 0) {
				return Optional.empty();
			}
			return Optional.of(new GlobalId(text.substring(0, colon), UUID.fromString(text.substring(colon + 1))));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * What an id that names no object of ours decodes to: the nil UUID, which no row has,
	 * so a command given it answers NOT_FOUND like for any unknown id, together with its
	 * other problems.
	 */
	public static final UUID NONE = new UUID(0, 0);

	/**
	 * The UUID of {@code id} if it is an id of {@code type}, else {@link #NONE}. For the
	 * adapters, which decode every id of an input once, at the edge.
	 */
	public static UUID decodeOrNone(String id, String type) {
		return decode(id, type).orElse(NONE);
	}

	/** The UUID of {@code id} if it is an id of {@code type}. */
	public static Optional<UUID> decode(String id, String type) {
		return decode(id).filter((gid) -> gid.type().equals(type)).map(GlobalId::uuid);
	}

}
