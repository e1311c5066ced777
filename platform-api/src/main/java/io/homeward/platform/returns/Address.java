package io.homeward.platform.returns;

import org.jspecify.annotations.Nullable;

/** A postal address; the return's origin, where the goods are collected. */
public record Address(String line1, @Nullable String line2, String city, @Nullable String postalCode,
		@Nullable String region, String countryCode) {

}
