package io.homeward.platform.returns;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.homeward.platform.shared.AssignedId;
import org.jspecify.annotations.Nullable;

/**
 * The customer's contact, in its own table so that only the shipper's policy covers it,
 * and apart from the return aggregate so that it can be erased without touching the
 * return's compliance record.
 */
@Entity
@Table(name = "return_contact")
class ReturnContactEntity extends AssignedId<UUID> {

	@Id
	@Column(name = "return_id")
	private UUID returnId;

	@Column(name = "shipper_id", nullable = false, updatable = false)
	private UUID shipperId;

	private String name;

	private @Nullable String email;

	private @Nullable String phone;

	protected ReturnContactEntity() {
	}

	ReturnContactEntity(UUID shipperId, UUID returnId, CustomerContact contact) {
		this.returnId = returnId;
		this.shipperId = shipperId;
		this.name = contact.name();
		this.email = contact.email();
		this.phone = contact.phone();
	}

	@Override
	public UUID getId() {
		return returnId;
	}

}
