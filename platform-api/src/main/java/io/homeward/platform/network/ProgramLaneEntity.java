package io.homeward.platform.network;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "program_lane")
@IdClass(ProgramLaneEntity.Key.class)
class ProgramLaneEntity {

	@Id
	@Column(name = "program_id")
	private UUID programId;

	@Id
	@Column(name = "lane_id")
	private UUID laneId;

	@Column(name = "operator_id")
	private UUID operatorId;

	protected ProgramLaneEntity() {
	}

	UUID programId() {
		return programId;
	}

	UUID laneId() {
		return laneId;
	}

	record Key(UUID programId, UUID laneId) implements Serializable {

	}

}
