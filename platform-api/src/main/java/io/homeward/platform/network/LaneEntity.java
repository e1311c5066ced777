package io.homeward.platform.network;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "lane")
class LaneEntity {

	@Id
	private UUID id;

	@Column(name = "operator_id", nullable = false, updatable = false)
	private UUID operatorId;

	private String code;

	@Column(name = "origin_hub_id")
	private UUID originHubId;

	@Column(name = "destination_hub_id")
	private UUID destinationHubId;

	@Enumerated(EnumType.STRING)
	private Lane.TransportMode mode;

	@Column(name = "carrier_id")
	private UUID carrierId;

	@Column(name = "transit_days")
	private int transitDays;

	protected LaneEntity() {
	}

	LaneEntity(UUID id, UUID operatorId, String code, UUID originHubId, UUID destinationHubId, Lane.TransportMode mode,
			UUID carrierId, int transitDays) {
		this.id = id;
		this.operatorId = operatorId;
		this.code = code;
		this.originHubId = originHubId;
		this.destinationHubId = destinationHubId;
		this.mode = mode;
		this.carrierId = carrierId;
		this.transitDays = transitDays;
	}

	UUID operatorId() {
		return operatorId;
	}

	String code() {
		return code;
	}

	/**
	 * Route and mode stay as they are: rate cards price them. Name, carrier and transit
	 * time may change.
	 */
	void update(String code, UUID carrierId, int transitDays) {
		this.code = code;
		this.carrierId = carrierId;
		this.transitDays = transitDays;
	}

	UUID id() {
		return id;
	}

	Lane toLane() {
		return new Lane(id, operatorId, code, originHubId, destinationHubId, mode, carrierId, transitDays);
	}

}
