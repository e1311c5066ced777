package io.homeward.platform.returns;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a customer sees of a shipper that offers self-service returns: enough to fill in
 * the form, nothing about the shipper's other business.
 *
 * @param countries the ISO 3166-1 alpha-2 countries goods may be sent from: those the
 * program's lanes collect in, sorted
 */
public record PublicShipper(String handle, String name, String privacyNoticeUrl, @Nullable String privacyNoticeText,
		List<ReturnReason> reasons, List<String> countries) {

	public PublicShipper {
		reasons = List.copyOf(reasons);
		countries = List.copyOf(countries);
	}

}
