package io.homeward.platform.network;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "hub")
class HubEntity {

	@Id
	private UUID id;

	@Column(name = "operator_id", nullable = false, updatable = false)
	private UUID operatorId;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private Hub.HubKind kind;

	@Column(name = "country_code")
	private String countryCode;

	private String city;

	private String address;

	@Column(name = "time_zone")
	private String timeZone;

	protected HubEntity() {
	}

	Hub toHub() {
		return new Hub(id, operatorId, code, name, kind, countryCode, city, address, timeZone);
	}

}
