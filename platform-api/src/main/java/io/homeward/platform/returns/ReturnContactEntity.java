package io.homeward.platform.returns;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.homeward.platform.shared.AssignedId;
import org.jspecify.annotations.Nullable;

/**
 * The customer's contact, in its own table so that only the shipper's policy covers it.
 */
@Entity
@Table(name = "return_contact")
class ReturnContactEntity extends AssignedId {

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

	ReturnContactEntity(ReturnOrderEntity order, CustomerContact contact) {
		this.returnId = order.id();
		this.shipperId = order.shipperId();
		this.name = contact.name();
		this.email = contact.email();
		this.phone = contact.phone();
	}

	UUID returnId() {
		return returnId;
	}

	CustomerContact toContact() {
		return new CustomerContact(name, email, phone);
	}

	@Override
	public UUID getId() {
		return returnId;
	}

}
