package io.homeward.platform.sustainability;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.homeward.platform.network.GeoPoint;

/**
 * The great-circle distance between two points, by the haversine formula on a sphere of
 * the earth's mean radius (IUGG, 6371.0088 km). The sphere is within 0.5 % of the
 * ellipsoid, well inside the spread of the adjustment factors applied to it.
 */
final class GreatCircle {

	static final double MEAN_RADIUS_KM = 6371.0088;

	private GreatCircle() {
	}

	/** In kilometres, to a tenth. */
	static BigDecimal km(GeoPoint a, GeoPoint b) {
		double lat1 = Math.toRadians(a.latitude().doubleValue());
		double lat2 = Math.toRadians(b.latitude().doubleValue());
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(b.longitude().doubleValue() - a.longitude().doubleValue());
		double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
		double km = 2 * MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
		return BigDecimal.valueOf(km).setScale(1, RoundingMode.HALF_UP);
	}

}
