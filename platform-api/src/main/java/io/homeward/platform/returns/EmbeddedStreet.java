package io.homeward.platform.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * The personal part of the origin address, which only the shipper reads: the columns of
 * {@code return_private} the entity that embeds it places there (an embeddable maps to
 * one table, which is why the address is two of them).
 */
@Embeddable
record EmbeddedStreet(@Column(name = "origin_line1", updatable = false) String line1,
		@Column(name = "origin_line2", updatable = false) @Nullable String line2,
		@Column(name = "origin_postal_code", updatable = false) @Nullable String postalCode,
		@Column(name = "origin_region", updatable = false) @Nullable String region) {

}
