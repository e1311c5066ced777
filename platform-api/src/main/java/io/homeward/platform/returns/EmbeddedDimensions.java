package io.homeward.platform.returns;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import io.homeward.platform.shared.Dimensions;

/** Outside dimensions as items and parcels store them, in centimetres. */
@Embeddable
record EmbeddedDimensions(@Column(name = "length_cm") BigDecimal lengthCm,
		@Column(name = "width_cm") BigDecimal widthCm, @Column(name = "height_cm") BigDecimal heightCm) {

	static EmbeddedDimensions of(Dimensions dimensions) {
		return new EmbeddedDimensions(dimensions.lengthCm(), dimensions.widthCm(), dimensions.heightCm());
	}

}
