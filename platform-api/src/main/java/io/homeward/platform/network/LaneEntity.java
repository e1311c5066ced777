package io.homeward.platform.network;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.homeward.platform.shared.AssignedId;

/**
 * A lane as operators write it, built from a {@link LaneCreate}. Reads do not use it:
 * they go through {@link NetworkQueries}.
 */
@Entity
@Table(name = "lane")
class LaneEntity extends AssignedId<UUID> {

	@Id
	private UUID id;

	@Column(name = "operator_id", nullable = false, updatable = false)
	private UUID operatorId;

	private String code;

	@Column(name = "origin_hub_id", updatable = false)
	private UUID originHubId;

	@Column(name = "destination_hub_id", updatable = false)
	private UUID destinationHubId;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private Lane.TransportMode mode;

	@Column(name = "carrier_id")
	private UUID carrierId;

	@Column(name = "transit_days")
	private int transitDays;

	@Column(name = "accepts_lithium")
	private boolean acceptsLithium;

	@Column(name = "lithium_max_kg")
	private BigDecimal lithiumMaxKg = BigDecimal.ZERO;

	protected LaneEntity() {
	}

	/** A new lane of {@code operatorId}, as the command describes it. */
	LaneEntity(UUID operatorId, LaneCreate command) {
		this.id = UUID.randomUUID();
		this.operatorId = operatorId;
		this.code = command.code();
		this.originHubId = command.originHubId();
		this.destinationHubId = command.destinationHubId();
		this.mode = command.mode();
		this.carrierId = command.carrierId();
		this.transitDays = command.transitDays();
	}

	UUID operatorId() {
		return operatorId;
	}

	/**
	 * Route and mode stay as they are: rate cards price them. Name, carrier and transit
	 * time may change.
	 */
	void update(String code, UUID carrierId, int transitDays, boolean acceptsLithium, BigDecimal lithiumMaxKg) {
		this.code = code;
		this.carrierId = carrierId;
		this.transitDays = transitDays;
		this.acceptsLithium = acceptsLithium;
		this.lithiumMaxKg = lithiumMaxKg;
	}

	@Override
	public UUID getId() {
		return id;
	}

	Lane toLane() {
		return new Lane(id, operatorId, code, originHubId, destinationHubId, mode, carrierId, transitDays,
				acceptsLithium, lithiumMaxKg);
	}

}
