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

	UUID id() {
		return id;
	}

	Lane toLane() {
		return new Lane(id, operatorId, code, originHubId, destinationHubId, mode, carrierId, transitDays);
	}

}
