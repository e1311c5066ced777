package io.homeward.platform.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The part of the origin address everyone who sees the return reads, in
 * {@code return_order}: the program's operator plans collection and customs by city and
 * country.
 */
@Embeddable
record EmbeddedPlace(@Column(name = "origin_city", updatable = false) String city,
		@Column(name = "origin_country", updatable = false) String country) {

}
