package io.homeward.platform.network;

import java.math.BigDecimal;

/**
 * A point on the earth in WGS 84 degrees, to five decimals (about a metre).
 *
 * @param latitude north positive, -90 to 90
 * @param longitude east positive, -180 to 180
 */
public record GeoPoint(BigDecimal latitude, BigDecimal longitude) {

}
